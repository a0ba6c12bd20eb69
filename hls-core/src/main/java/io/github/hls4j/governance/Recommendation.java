package io.github.hls4j.governance;

import io.github.hls4j.internal.Checks;
import io.github.hls4j.internal.FreeText;
import io.github.hls4j.strategy.Alignable;
import io.github.hls4j.strategy.StrategyAlignment;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One numbered recommendation of a {@link BoardReport}: the action the board is asked to approve,
 * the body that carries it out, the recommendations it depends on, the decisions taken on it, and
 * the strategy priorities it serves where it names its own.
 *
 * <pre>{@code
 * Recommendation second =
 *     Recommendation.builder()
 *         .number(2)
 *         .action("Once defined and approved by the Somerset Board the group identifies"
 *             + " opportunities to implement the approach.")
 *         .carriedOutBy("The multi-agency working group")
 *         .addDependsOn(1)
 *         .build();
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Recommendation implements Alignable {

  Recommendation() {}

  /**
   * Returns a new builder. The number and the action are required.
   *
   * @return a builder
   * @since 0.1.0
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the recommendation's number, from 1.
   *
   * @return the number
   * @since 0.1.0
   */
  public abstract int number();

  /**
   * Returns the action the board is asked to approve, as the report words it.
   *
   * @return the action
   * @since 0.1.0
   */
  @FreeText
  public abstract String action();

  /**
   * Returns the body that carries the action out, such as "A multi-agency working group" or "Board
   * members".
   *
   * @return the body, if the report names one
   * @since 0.1.0
   */
  @FreeText
  public abstract Optional<String> carriedOutBy();

  /**
   * Returns the numbers of the recommendations this one depends on, such as 1 for "once defined and
   * approved by the Board".
   *
   * @return an unmodifiable list of recommendation numbers
   * @since 0.1.0
   */
  public abstract List<Integer> dependsOn();

  /**
   * Returns the decisions taken on the recommendation, one per committee or one for all.
   *
   * @return an unmodifiable list, empty before the meeting
   * @since 0.1.0
   */
  public abstract List<Decision> decisions();

  /**
   * Returns the priorities this recommendation serves, per strategy, where it names its own; the
   * report's alignment covers it otherwise. {@code alignment/unknown-priority} and {@code
   * alignment/proposed-priority} check these links at {@code
   * recommendations[i].strategyAlignments}.
   *
   * @return an unmodifiable list, possibly empty
   * @since 0.1.0
   */
  @Override
  public abstract List<StrategyAlignment> strategyAlignments();

  /**
   * Returns the items the recommendation was drafted from, such as the escalations and cycles a
   * learning digest drew it from; empty for a recommendation a person wrote.
   *
   * @return an unmodifiable list of references
   * @since 0.1.0
   */
  public abstract List<SourceRef> basedOn();

  @Value.Check
  void check() {
    Checks.atLeast("Recommendation", "number", number(), 1);
    Checks.notBlank("Recommendation", "action", action());
  }

  /**
   * Builds a {@link Recommendation}. A builder is single-threaded; {@code build()} throws {@link
   * IllegalArgumentException} for a number below 1 or a blank action.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableRecommendation.Builder {
    Builder() {}
  }
}
