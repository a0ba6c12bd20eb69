package io.github.hls4j.examples.benchmarks;

import io.github.hls4j.examples.SomersetBeanReport;
import io.github.hls4j.examples.SomersetReport;
import io.github.hls4j.examples.beanvalidation.BeanReportValidation;
import io.github.hls4j.examples.beanvalidation.BeanReports;
import io.github.hls4j.governance.BoardReport;
import io.github.hls4j.validation.Validator;

/**
 * One cold start, for {@code scripts/cold-start}: a fresh JVM builds a validator, validates the
 * Somerset report once and prints how many problems it found. Each engine's path touches only its
 * own types, so a run loads one engine.
 */
public final class ColdStart {

  private ColdStart() {}

  /**
   * Runs one engine.
   *
   * @param args {@code hls4j}, {@code hibernate-validator}, {@code jvm} (start and stop only), or
   *     {@code hls4j-phases} (hls4j, printing how long building the report, building the validator
   *     and validating each took)
   */
  public static void main(String[] args) {
    String engine = args.length == 0 ? "" : args[0];
    switch (engine) {
      case "hls4j" ->
          System.out.println(
              "hls4j: " + BeanReports.comparedRules().validate(SomersetReport.report()).size());
      case "hibernate-validator" ->
          System.out.println(
              "hibernate-validator: "
                  + BeanReportValidation.validator().validate(SomersetBeanReport.report()).size());
      case "jvm" -> System.out.println("jvm: 0");
      case "hls4j-phases" -> hls4jPhases();
      default ->
          throw new IllegalArgumentException(
              "ColdStart engine ("
                  + engine
                  + ") must be hls4j, hibernate-validator, jvm or hls4j-phases");
    }
  }

  private static void hls4jPhases() {
    long start = System.nanoTime();
    BoardReport report = SomersetReport.report();
    long built = System.nanoTime();
    Validator<BoardReport> validator = BeanReports.comparedRules();
    long ready = System.nanoTime();
    int found = validator.validate(report).size();
    long validated = System.nanoTime();
    System.out.printf(
        "hls4j: %d; report built in %d ms, validator in %d ms, validated in %d ms%n",
        found,
        (built - start) / 1_000_000,
        (ready - built) / 1_000_000,
        (validated - ready) / 1_000_000);
  }
}
