package io.github.hls4j.learning;

import io.github.hls4j.internal.Checks;
import io.github.hls4j.internal.FreeText;
import io.github.hls4j.party.PartyId;
import io.github.hls4j.stewardship.StewardId;
import io.github.hls4j.stewardship.SystemScale;
import io.github.hls4j.strategy.Alignable;
import io.github.hls4j.strategy.StrategyAlignment;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A learning cycle: a purpose pursued at a scale by the actors involved, owned by a steward, moving
 * through the {@link LearningPhase}s, running experiments, keeping learning records, using formal
 * and informal learning spaces, aligned to strategy priorities, and due for review. Transitions
 * return new instances; moving back is normal.
 *
 * <pre>{@code
 * LearningCycle next = cycle.moveTo(LearningPhase.CO_DESIGN_EXPERIMENTS, LocalDate.of(2025, 3, 1));
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class LearningCycle implements Alignable {

  LearningCycle() {}

  /**
   * Returns a new builder. The id, the name, the scale, the owner and the purpose are required.
   *
   * @return a builder
   * @since 0.1.0
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the cycle's id.
   *
   * @return the id
   * @since 0.1.0
   */
  public abstract CycleId id();

  /**
   * Returns the cycle's name.
   *
   * @return the name
   * @since 0.1.0
   */
  @FreeText
  public abstract String name();

  /**
   * Returns the scale the cycle works at.
   *
   * @return the scale
   * @since 0.1.0
   */
  public abstract SystemScale scale();

  /**
   * Returns the steward who owns the cycle.
   *
   * @return the steward's id
   * @since 0.1.0
   */
  public abstract StewardId owner();

  /**
   * Returns the shared purpose.
   *
   * @return the purpose
   * @since 0.1.0
   */
  @FreeText
  public abstract String purpose();

  /**
   * Returns the parties involved.
   *
   * @return an unmodifiable list
   * @since 0.1.0
   */
  public abstract List<PartyId> actors();

  /**
   * Returns the dated phase history, oldest first.
   *
   * @return an unmodifiable list
   * @since 0.1.0
   */
  public abstract List<PhaseChange> phases();

  /**
   * Returns the experiments.
   *
   * @return an unmodifiable list
   * @since 0.1.0
   */
  public abstract List<Experiment> experiments();

  /**
   * Returns the learning records.
   *
   * @return an unmodifiable list
   * @since 0.1.0
   */
  public abstract List<LearningRecord> records();

  /**
   * Returns the learning spaces the cycle uses.
   *
   * @return an unmodifiable list
   * @since 0.1.0
   */
  public abstract List<LearningSpace> spaces();

  /**
   * Returns the measures attached to the cycle.
   *
   * @return an unmodifiable list
   * @since 0.1.0
   */
  public abstract List<Measure> measures();

  @Override
  public abstract List<StrategyAlignment> strategyAlignments();

  /**
   * Returns when the cycle is next to be reviewed.
   *
   * @return the date, if set
   * @since 0.1.0
   */
  public abstract Optional<LocalDate> nextReview();

  /**
   * Returns the phase the cycle is in: the last it moved to.
   *
   * @return the phase, or empty before the cycle starts
   * @since 0.1.0
   */
  public Optional<LearningPhase> currentPhase() {
    return phases().isEmpty()
        ? Optional.empty()
        : Optional.of(phases().get(phases().size() - 1).phase());
  }

  /**
   * Returns this cycle moved into a phase on a date, forwards or back.
   *
   * @param phase the phase
   * @param date when
   * @return a new cycle with the move added to its history
   * @since 0.1.0
   */
  public LearningCycle moveTo(LearningPhase phase, LocalDate date) {
    return builder().from(this).addPhases(PhaseChange.of(phase, date)).build();
  }

  /**
   * Returns this cycle with a learning record added.
   *
   * @param record the record
   * @return a new cycle
   * @since 0.1.0
   */
  public LearningCycle record(LearningRecord record) {
    return builder().from(this).addRecords(record).build();
  }

  @Value.Check
  void check() {
    Checks.notBlank("LearningCycle", "name", name());
    Checks.notBlank("LearningCycle", "purpose", purpose());
  }

  /**
   * Builds a {@link LearningCycle}. A builder is single-threaded.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableLearningCycle.Builder {
    Builder() {}
  }
}
