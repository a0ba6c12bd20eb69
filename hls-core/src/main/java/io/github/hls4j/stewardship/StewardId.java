package io.github.hls4j.stewardship;

import io.github.hls4j.internal.Checks;
import io.github.hls4j.internal.NotFreeText;
import org.immutables.value.Value;

/**
 * The identifier of a {@link SystemSteward}, such as {@code somerset-board-stewards}: non-blank
 * text with no white space, control or invisible characters.
 *
 * <p>Instances are immutable and thread-safe. They compare by their text.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class StewardId implements Comparable<StewardId> {

  StewardId() {}

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
   * Returns the {@link SystemSteward} id with the given text.
   *
   * @param value the text
   * @return the id
   * @throws IllegalArgumentException if {@code value} is blank or holds white space, control or
   *     invisible characters
   * @since 0.1.0
   */
  public static StewardId of(String value) {
    return ImmutableStewardId.of(value);
  }

  @Value.Check
  void check() {
    Checks.id("StewardId", "value", value());
  }

  @Override
  public int compareTo(StewardId other) {
    return value().compareTo(other.value());
  }

  /** Returns the id's text. */
  @Override
  public String toString() {
    return value();
  }
}
