package io.github.hls4j.learning;

import io.github.hls4j.internal.Checks;
import io.github.hls4j.internal.FreeText;
import org.immutables.value.Value;

/**
 * A measure attached to a learning cycle, and how it is used.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Measure {

  Measure() {}

  /**
   * Returns a measure.
   *
   * @param name what is measured, such as "days from referral to a home"
   * @param use how the measure is used
   * @return the measure
   * @since 0.1.0
   */
  public static Measure of(String name, MeasureUse use) {
    return ImmutableMeasure.of(name, use);
  }

  /**
   * Returns what is measured.
   *
   * @return the name
   * @since 0.1.0
   */
  @Value.Parameter
  @FreeText
  public abstract String name();

  /**
   * Returns how the measure is used.
   *
   * @return the use
   * @since 0.1.0
   */
  @Value.Parameter
  public abstract MeasureUse use();

  @Value.Check
  void check() {
    Checks.notBlank("Measure", "name", name());
  }
}
