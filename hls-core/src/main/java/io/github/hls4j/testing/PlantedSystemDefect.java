package io.github.hls4j.testing;

import io.github.hls4j.internal.NotFreeText;
import io.github.hls4j.system.LearningSystem;
import io.github.hls4j.validation.RuleId;
import org.immutables.value.Value;

/**
 * A learning system with one planted defect, the rule that should find it and the path it should
 * be found at.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class PlantedSystemDefect {

  PlantedSystemDefect() {}

  static PlantedSystemDefect of(LearningSystem system, RuleId rule, String path) {
    return ImmutablePlantedSystemDefect.builder().system(system).rule(rule).path(path).build();
  }

  /**
   * Returns the system with the defect.
   *
   * @return the system
   * @since 0.1.0
   */
  public abstract LearningSystem system();

  /**
   * Returns the rule that should find the defect.
   *
   * @return the rule's id
   * @since 0.1.0
   */
  public abstract RuleId rule();

  /**
   * Returns the path at which the rule should find it.
   *
   * @return the path
   * @since 0.1.0
   */
  @NotFreeText(NotFreeText.Kind.CODE)
  public abstract String path();
}
