package io.github.hls4j.health;

import io.github.hls4j.internal.Checks;
import io.github.hls4j.internal.FreeText;
import io.github.hls4j.party.PartyId;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * One assessor's view of the system's health: who, for which stakeholder group, when, and a score
 * with its story for each behaviour. Each behaviour is scored at most once; one left out is
 * reported by {@code health/incomplete-assessment}.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class HealthAssessment {

  HealthAssessment() {}

  /**
   * Returns a new builder. The assessor, the group and the date are required.
   *
   * @return a builder
   * @since 0.1.0
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the party who scored.
   *
   * @return the assessor's id
   * @since 0.1.0
   */
  public abstract PartyId assessor();

  /**
   * Returns the stakeholder group the assessor speaks for.
   *
   * @return the group
   * @since 0.1.0
   */
  public abstract StakeholderGroup speaksFor();

  /**
   * Returns when the assessment was made.
   *
   * @return the date
   * @since 0.1.0
   */
  public abstract LocalDate date();

  /**
   * Returns the scores, one per behaviour scored.
   *
   * @return an unmodifiable list
   * @since 0.1.0
   */
  public abstract List<BehaviourScore> scores();

  /**
   * Returns the performance target, indicator or payment the assessment is tied to, if any. The
   * behaviours are a mirror for conversation: tying them to a target is reported by {@code
   * health/used-as-target}.
   *
   * @return the target, if the assessment is tied to one
   * @since 0.1.0
   */
  @FreeText
  public abstract Optional<String> tiedToTarget();

  /**
   * Returns the score given to a behaviour.
   *
   * @param behaviour the behaviour
   * @return the score, if the behaviour was scored
   * @since 0.1.0
   */
  public Optional<BehaviourScore> score(SystemBehaviour behaviour) {
    return scores().stream().filter(s -> s.behaviour() == behaviour).findFirst();
  }

  @Value.Check
  void check() {
    Set<SystemBehaviour> seen = EnumSet.noneOf(SystemBehaviour.class);
    for (BehaviourScore s : scores()) {
      Checks.argument(
          seen.add(s.behaviour()),
          "HealthAssessment",
          "scores",
          "HealthAssessment.scores (%s) must score each behaviour once, but %s is scored twice by %s",
          s.behaviour(),
          s.behaviour(),
          assessor());
    }
  }

  /**
   * Builds a {@link HealthAssessment}. A builder is single-threaded.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableHealthAssessment.Builder {
    Builder() {}
  }
}
