package io.github.hls4j.governance;

import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.List;

/** Seeded samples of generated board reports, for tests in other packages. */
public final class ReportSamples {

  private ReportSamples() {}

  /**
   * Returns the same {@code count} generated reports on every call with the same seed.
   *
   * @param seed the seed
   * @param count how many reports
   * @return the reports
   */
  public static List<BoardReport> generated(long seed, int count) {
    List<BoardReport> reports = new ArrayList<>(count);
    qt().withFixedSeed(seed)
        .withExamples(count)
        .forAll(ReportGen.reports())
        .checkAssert(reports::add);
    return reports;
  }
}
