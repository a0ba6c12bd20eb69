package io.github.hls4j.commissioning;

import io.github.hls4j.internal.Checks;
import io.github.hls4j.internal.NotFreeText;
import org.immutables.value.Value;

/**
 * The identifier of an {@link Arrangement}, such as {@code homes-and-horizons-alliance}: non-blank
 * text with no white space, control or invisible characters.
 *
 * <p>Instances are immutable and thread-safe. They compare by their text.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class ArrangementId implements Comparable<ArrangementId> {

  ArrangementId() {}

  /**
   * Returns the id's text.
   *
   * @return the text
   * @since 0.1.0
   */
  @Value.Parameter
  @NotFreeText(NotFreeText.Kind.CODE)
  public abstract String value();

  /**
   * Returns the {@link Arrangement} id with the given text.
   *
   * @param value the text
   * @return the id
   * @throws IllegalArgumentException if {@code value} is blank or holds white space, control or
   *     invisible characters
   * @since 0.1.0
   */
  public static ArrangementId of(String value) {
    return ImmutableArrangementId.of(value);
  }

  @Value.Check
  void check() {
    Checks.id("ArrangementId", "value", value());
  }

  @Override
  public int compareTo(ArrangementId other) {
    return value().compareTo(other.value());
  }

  /** Returns the id's text. */
  @Override
  public String toString() {
    return value();
  }
}
