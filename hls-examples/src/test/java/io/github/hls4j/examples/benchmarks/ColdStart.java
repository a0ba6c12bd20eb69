package io.github.hls4j.examples.benchmarks;

import io.github.hls4j.examples.SomersetBeanReport;
import io.github.hls4j.examples.SomersetReport;
import io.github.hls4j.examples.beanvalidation.BeanReportValidation;
import io.github.hls4j.examples.beanvalidation.BeanReports;

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
   * @param args {@code hls4j}, {@code hibernate-validator}, or {@code jvm} (start and stop only)
   */
  public static void main(String[] args) {
    String engine = args.length == 0 ? "" : args[0];
    switch (engine) {
      case "hls4j" -> System.out.println(
          "hls4j: " + BeanReports.comparedRules().validate(SomersetReport.report()).size());
      case "hibernate-validator" -> System.out.println(
          "hibernate-validator: "
              + BeanReportValidation.validator().validate(SomersetBeanReport.report()).size());
      case "jvm" -> System.out.println("jvm: 0");
      default -> throw new IllegalArgumentException(
          "ColdStart engine (" + engine + ") must be hls4j, hibernate-validator or jvm");
    }
  }
}
