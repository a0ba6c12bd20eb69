package io.github.hls4j.learning;

import io.github.hls4j.internal.Checks;
import io.github.hls4j.internal.NotFreeText;
import org.immutables.value.Value;

/**
 * The identifier of a {@link LearningRecord}, such as {@code deposit-kept-a-tenancy}: non-blank
 * text with no white space, control or invisible characters.
 *
 * <p>Instances are immutable and thread-safe. They compare by their text.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class RecordId implements Comparable<RecordId> {

  RecordId() {}

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
   * Returns the {@link LearningRecord} id with the given text.
   *
   * @param value the text
   * @return the id
   * @throws IllegalArgumentException if {@code value} is blank or holds white space, control or
   *     invisible characters
   * @since 0.1.0
   */
  public static RecordId of(String value) {
    return ImmutableRecordId.of(value);
  }

  @Value.Check
  void check() {
    Checks.id("RecordId", "value", value());
  }

  @Override
  public int compareTo(RecordId other) {
    return value().compareTo(other.value());
  }

  /** Returns the id's text. */
  @Override
  public String toString() {
    return value();
  }
}
