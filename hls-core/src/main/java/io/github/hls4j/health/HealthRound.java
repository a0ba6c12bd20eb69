package io.github.hls4j.health;

import io.github.hls4j.internal.Checks;
import io.github.hls4j.internal.FreeText;
import java.util.List;
import org.immutables.value.Value;

/**
 * One round of system-health self-assessments, such as "Autumn 2025": the unit that {@link
 * HealthRules} checks and that {@link HealthProfile#of(HealthRound)} aggregates.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class HealthRound {

  HealthRound() {}

  /**
   * Returns a new builder. The name is required.
   *
   * @return a builder
   * @since 0.1.0
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the round's name, such as "Autumn 2025".
   *
   * @return the name
   * @since 0.1.0
   */
  @FreeText
  public abstract String name();

  /**
   * Returns the assessments of the round.
   *
   * @return an unmodifiable list
   * @since 0.1.0
   */
  public abstract List<HealthAssessment> assessments();

  @Value.Check
  void check() {
    Checks.notBlank("HealthRound", "name", name());
  }

  /**
   * Builds a {@link HealthRound}. A builder is single-threaded.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableHealthRound.Builder {
    Builder() {}
  }
}
