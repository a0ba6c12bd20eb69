package io.github.hls4j.governance;

import io.github.hls4j.internal.FreeText;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A decision on a {@link Recommendation}: its outcome, the committee or committees that took it,
 * and when.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Decision {

  Decision() {}

  /**
   * Returns a new builder. The outcome is required.
   *
   * @return a builder
   * @since 0.1.0
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the outcome.
   *
   * @return the outcome
   * @since 0.1.0
   */
  public abstract DecisionOutcome outcome();

  /**
   * Returns the committees that took the decision; empty when the record does not say.
   *
   * @return an unmodifiable list
   * @since 0.1.0
   */
  public abstract List<CommitteeId> takenBy();

  /**
   * Returns the date of the decision.
   *
   * @return the date, if decided
   * @since 0.1.0
   */
  public abstract Optional<LocalDate> date();

  /**
   * Returns the amendment, for {@link DecisionOutcome#APPROVED_WITH_AMENDMENT}, or any other note.
   *
   * @return the note, if any
   * @since 0.1.0
   */
  @FreeText
  public abstract Optional<String> note();

  /**
   * Builds a {@link Decision}. A builder is single-threaded.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableDecision.Builder {
    Builder() {}
  }
}
