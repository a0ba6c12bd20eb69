package io.github.hls4j.learning;

import io.github.hls4j.internal.Checks;
import io.github.hls4j.internal.FreeText;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * An experiment or exploration in a learning cycle: the question or prediction, what was done, what
 * was observed, what was learned, and what was decided. One that flexes a threshold, rule or
 * spending line carries a {@link SafeAndLegalConfirmation}.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Experiment {

  Experiment() {}

  /**
   * Returns a new builder. The question is required.
   *
   * @return a builder
   * @since 0.1.0
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the question asked or the prediction made.
   *
   * @return the question
   * @since 0.1.0
   */
  @FreeText
  public abstract String question();

  /**
   * Returns what was done.
   *
   * @return the action, if recorded
   * @since 0.1.0
   */
  @FreeText
  public abstract Optional<String> whatWasDone();

  /**
   * Returns what was observed.
   *
   * @return the observation, if recorded
   * @since 0.1.0
   */
  @FreeText
  public abstract Optional<String> observed();

  /**
   * Returns what was learned.
   *
   * @return the learning, if recorded
   * @since 0.1.0
   */
  @FreeText
  public abstract Optional<String> learned();

  /**
   * Returns what was decided.
   *
   * @return the decision, once taken
   * @since 0.1.0
   */
  public abstract Optional<ExperimentDecision> decision();

  /**
   * Returns what the experiment flexes.
   *
   * @return an unmodifiable set, empty for none
   * @since 0.1.0
   */
  public abstract Set<Flex> flexes();

  /**
   * Returns the safe and legal confirmation.
   *
   * @return the confirmation, if given
   * @since 0.1.0
   */
  public abstract Optional<SafeAndLegalConfirmation> safeAndLegal();

  /**
   * Returns the day the experiment began.
   *
   * @return the date, if recorded
   * @since 0.1.0
   */
  public abstract Optional<LocalDate> startedOn();

  /**
   * Returns the day its decision (adopt, adapt or abandon) was taken, which places the experiment
   * in a period, such as a learning digest's.
   *
   * @return the date, if recorded
   * @since 0.1.0
   */
  public abstract Optional<LocalDate> decidedOn();

  @Value.Check
  void check() {
    Checks.notBlank("Experiment", "question", question());
    if (startedOn().isPresent() && decidedOn().isPresent()) {
      Checks.notBefore(
          "Experiment", "decidedOn", decidedOn().get(), "startedOn", startedOn().get());
    }
  }

  /**
   * Builds an {@link Experiment}. A builder is single-threaded.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableExperiment.Builder {
    Builder() {}
  }
}
