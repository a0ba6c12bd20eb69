package io.github.hls4j.learning;

import io.github.hls4j.internal.Checks;
import io.github.hls4j.internal.FreeText;
import io.github.hls4j.stewardship.StewardId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A barrier escalated to the level that can remove it: open until answered, and closed only when
 * the answer has been fed back to the cycle that raised it. It records the steward it was routed to
 * and, for a barrier no one inside the system can remove, to whom outside it the barrier was made
 * visible. Transitions return new instances.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Escalation {

  /** Where an escalation stands. */
  public enum Status {
    /** Not yet answered. */
    OPEN,
    /** Answered, but not yet fed back to the cycle that raised it. */
    ANSWERED,
    /** Answered and fed back: the loop is closed. */
    CLOSED
  }

  Escalation() {}

  /**
   * Returns a new builder. The id, the barrier, the cycle that raised it, the date raised and the
   * date to respond by are required.
   *
   * @return a builder
   * @since 0.1.0
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the escalation's id.
   *
   * @return the id
   * @since 0.1.0
   */
  public abstract EscalationId id();

  /**
   * Returns the barrier.
   *
   * @return the barrier
   * @since 0.1.0
   */
  public abstract Barrier barrier();

  /**
   * Returns the cycle that raised the barrier. The scale at which it was raised is that cycle's
   * ({@link LearningLoops#raisedAt(Escalation)}).
   *
   * @return the cycle's id
   * @since 0.1.0
   */
  public abstract CycleId raisedBy();

  /**
   * Returns the steward the escalation was routed to, as recorded; {@link EscalationRouter} says
   * where it should go.
   *
   * @return the steward's id, once routed
   * @since 0.1.0
   */
  public abstract Optional<StewardId> routedTo();

  /**
   * Returns when it was raised.
   *
   * @return the date
   * @since 0.1.0
   */
  public abstract LocalDate raisedOn();

  /**
   * Returns when an answer is due.
   *
   * @return the date
   * @since 0.1.0
   */
  public abstract LocalDate respondBy();

  /**
   * Returns to whom outside the system the barrier was made visible, and when, in the order it was
   * done.
   *
   * @return the records, possibly empty
   * @since 0.1.0
   */
  public abstract List<Visibility> madeVisible();

  /**
   * Returns the answer.
   *
   * @return the answer, once given
   * @since 0.1.0
   */
  @FreeText
  public abstract Optional<String> answer();

  /**
   * Returns when the answer was given.
   *
   * @return the date, once answered
   * @since 0.1.0
   */
  public abstract Optional<LocalDate> answeredOn();

  /**
   * Returns when the answer was fed back to the raising cycle.
   *
   * @return the date, once fed back
   * @since 0.1.0
   */
  public abstract Optional<LocalDate> fedBackOn();

  /**
   * Returns where the escalation stands.
   *
   * @return the status
   * @since 0.1.0
   */
  public Status status() {
    if (answer().isEmpty()) {
      return Status.OPEN;
    }
    return fedBackOn().isEmpty() ? Status.ANSWERED : Status.CLOSED;
  }

  /**
   * Returns this escalation answered.
   *
   * @param answer the answer
   * @param on when
   * @return a new escalation
   * @since 0.1.0
   */
  public Escalation answered(String answer, LocalDate on) {
    return builder().from(this).answer(answer).answeredOn(on).build();
  }

  /**
   * Returns this escalation made visible to someone outside the system.
   *
   * @param visibility to whom and when
   * @return a new escalation
   * @since 0.1.0
   */
  public Escalation madeVisible(Visibility visibility) {
    return builder().from(this).addMadeVisible(visibility).build();
  }

  /**
   * Returns this escalation with its answer fed back to the raising cycle.
   *
   * @param on when
   * @return a new, closed escalation
   * @throws IllegalStateException if it has not been answered
   * @since 0.1.0
   */
  public Escalation fedBack(LocalDate on) {
    if (answer().isEmpty()) {
      throw new IllegalStateException(
          "Escalation " + id() + " must be answered before it is fed back");
    }
    return builder().from(this).fedBackOn(on).build();
  }

  @Value.Check
  void check() {
    Checks.givenTogether(
        "Escalation",
        "answeredOn",
        answeredOn().map(LocalDate::toString).orElse("empty"),
        answeredOn().isPresent(),
        "answer",
        answer().orElse("empty"),
        answer().isPresent());
    Checks.argument(
        fedBackOn().isEmpty() || answer().isPresent(),
        "Escalation",
        "fedBackOn",
        "Escalation.fedBackOn (%s) needs an answer to feed back",
        fedBackOn().map(LocalDate::toString).orElse("empty"));
  }

  /**
   * Builds an {@link Escalation}. A builder is single-threaded.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableEscalation.Builder {
    Builder() {}
  }
}
