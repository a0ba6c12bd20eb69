package io.github.hls4j.testing;

import io.github.hls4j.internal.NotFreeText;
import io.github.hls4j.validation.RuleId;
import org.immutables.value.Value;

/**
 * A model with one planted defect, the rule that should find it and the path it should be found at:
 * a {@code PlantedDefect<BoardReport>} from {@link DefectPlanter#plant(
 * io.github.hls4j.governance.BoardReport, Defect, java.util.random.RandomGenerator)}, a {@code
 * PlantedDefect<LearningSystem>} from {@link DefectPlanter#plant(
 * io.github.hls4j.system.LearningSystem, SystemDefect, java.util.random.RandomGenerator,
 * java.time.LocalDate)}.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param <T> the type of the model, such as {@link io.github.hls4j.governance.BoardReport}
 * @since 0.1.0
 */
@Value.Immutable
public abstract class PlantedDefect<T> {

  PlantedDefect() {}

  static <T> PlantedDefect<T> of(T subject, RuleId rule, String path) {
    return ImmutablePlantedDefect.<T>builder().subject(subject).rule(rule).path(path).build();
  }

  /**
   * Returns the model with the defect, to validate.
   *
   * @return the report or system
   * @since 0.1.0
   */
  public abstract T subject();

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
