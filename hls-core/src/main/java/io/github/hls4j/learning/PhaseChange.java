package io.github.hls4j.learning;

import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A dated move of a learning cycle into a phase.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class PhaseChange {

  PhaseChange() {}

  /**
   * Returns a phase change.
   *
   * @param phase the phase entered
   * @param date when
   * @return the change
   * @since 0.1.0
   */
  public static PhaseChange of(LearningPhase phase, LocalDate date) {
    return ImmutablePhaseChange.of(phase, date);
  }

  /**
   * Returns the phase entered.
   *
   * @return the phase
   * @since 0.1.0
   */
  @Value.Parameter
  public abstract LearningPhase phase();

  /**
   * Returns when the phase was entered.
   *
   * @return the date
   * @since 0.1.0
   */
  @Value.Parameter
  public abstract LocalDate date();
}
