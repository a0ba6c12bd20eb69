package io.github.hls4j.examples.benchmarks;

import io.github.hls4j.governance.BoardReport;
import io.github.hls4j.governance.GovernanceRules;
import io.github.hls4j.testing.ReportGenerator;
import io.github.hls4j.validation.Profile;
import io.github.hls4j.validation.ValidationResult;
import io.github.hls4j.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Validating portfolios of generated reports, to show that the cost per report stays flat, beside
 * the floor over the same portfolio: a portfolio of 100 000 reports is far larger than the
 * processor's caches, and the floor shows what that alone costs. The heap is fixed and touched
 * before the run, so that the first pass over a large portfolio does not pay for the machine
 * handing the JVM its memory.
 */
@State(Scope.Benchmark)
@Fork(jvmArgsAppend = {"-Xms4g", "-Xmx4g", "-XX:+AlwaysPreTouch"})
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class PortfolioBenchmark {

  private final Validator<BoardReport> validator =
      GovernanceRules.validator(Profile.DECISION_READY);

  /** How many generated reports {@link #validateAll} validates. */
  @Param({"1000", "10000", "100000"})
  public int reports;

  private List<BoardReport> portfolio;

  /** Generates the portfolio, the same for every run. */
  @Setup
  public void generate() {
    Random random = new Random(42);
    portfolio = new ArrayList<>(reports);
    for (int i = 0; i < reports; i++) {
      portfolio.add(ReportGenerator.validReport(random));
    }
  }

  /**
   * Validates the whole portfolio.
   *
   * @return the results
   */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public List<ValidationResult> validateAll() {
    return validator.validateAll(portfolio);
  }

  /**
   * Touches every field of every report once: the floor for the portfolio.
   *
   * @return a value made from every field
   */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public long floor() {
    long h = 0;
    for (BoardReport report : portfolio) {
      h += ReportWalk.walk(report);
    }
    return h;
  }
}
