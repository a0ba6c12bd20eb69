package io.github.hls4j.examples.benchmarks;

import io.github.hls4j.examples.SomersetBeanReport;
import io.github.hls4j.examples.SomersetReport;
import io.github.hls4j.examples.beanvalidation.BeanBoardReport;
import io.github.hls4j.examples.beanvalidation.BeanReportValidation;
import io.github.hls4j.examples.beanvalidation.BeanReports;
import io.github.hls4j.governance.BoardReport;
import io.github.hls4j.validation.ValidationResult;
import io.github.hls4j.validation.Validator;
import jakarta.validation.ConstraintViolation;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * hls4j and Hibernate Validator side by side, on the same checks of the Somerset report; {@code
 * BeanValidationEquivalenceTest} proves that both find the same problems.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ComparisonBenchmark {

  private final BoardReport somerset = SomersetReport.report();
  private final Validator<BoardReport> hls4j = BeanReports.comparedRules();
  private final BeanBoardReport somersetBean = SomersetBeanReport.report();
  private final jakarta.validation.Validator hibernate = BeanReportValidation.validator();

  /**
   * hls4j: the compared rules on the Somerset report. Its build-time checks ran when the report was
   * built.
   *
   * @return the result
   */
  @Benchmark
  public ValidationResult hls4jSameChecks() {
    return hls4j.validate(somerset);
  }

  /**
   * Hibernate Validator: the same checks on the Somerset report's Bean Validation mirror, field
   * constraints included.
   *
   * @return the violations
   */
  @Benchmark
  public Set<ConstraintViolation<BeanBoardReport>> hibernateValidatorSameChecks() {
    return hibernate.validate(somersetBean);
  }
}
