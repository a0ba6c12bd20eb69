package io.github.hls4j.learning;

import io.github.hls4j.internal.Checks;
import io.github.hls4j.internal.NotFreeText;
import org.immutables.value.Value;

/**
 * The identifier of an {@link Escalation}, such as {@code housing-barrier-1}: non-blank text with
 * no white space, control or invisible characters.
 *
 * <p>Instances are immutable and thread-safe. They compare by their text.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class EscalationId implements Comparable<EscalationId> {

  EscalationId() {}

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
   * Returns the {@link Escalation} id with the given text.
   *
   * @param value the text
   * @return the id
   * @throws IllegalArgumentException if {@code value} is blank or holds white space, control or
   *     invisible characters
   * @since 0.1.0
   */
  public static EscalationId of(String value) {
    return ImmutableEscalationId.of(value);
  }

  @Value.Check
  void check() {
    Checks.id("EscalationId", "value", value());
  }

  @Override
  public int compareTo(EscalationId other) {
    return value().compareTo(other.value());
  }

  /** Returns the id's text. */
  @Override
  public String toString() {
    return value();
  }
}
