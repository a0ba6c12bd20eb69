package io.github.hls4j.stewardship;

import io.github.hls4j.governance.ReportId;
import org.immutables.value.Value;

/**
 * A reference to one recommendation of a board report, such as recommendation 1 of the Somerset
 * report, which set up the multi-agency working group.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class RecommendationRef {

  RecommendationRef() {}

  /**
   * Returns a reference to a recommendation.
   *
   * @param report the report's id
   * @param number the recommendation's number, from 1
   * @return the reference
   * @throws IllegalArgumentException if {@code number} is below 1
   * @since 0.1.0
   */
  public static RecommendationRef of(ReportId report, int number) {
    return ImmutableRecommendationRef.of(report, number);
  }

  /**
   * Returns the report.
   *
   * @return the report's id
   * @since 0.1.0
   */
  @Value.Parameter
  public abstract ReportId report();

  /**
   * Returns the recommendation's number.
   *
   * @return the number
   * @since 0.1.0
   */
  @Value.Parameter
  public abstract int number();

  @Value.Check
  void check() {
    io.github.hls4j.internal.Checks.atLeast("RecommendationRef", "number", number(), 1);
  }
}
