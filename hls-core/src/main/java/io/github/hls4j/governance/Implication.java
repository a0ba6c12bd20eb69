package io.github.hls4j.governance;

import io.github.hls4j.internal.Checks;
import io.github.hls4j.internal.FreeText;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A statement of the implications of a report's recommendations in one or more areas. A report may
 * give one statement for several areas, as the Somerset report does for "Financial, Legal, HR,
 * Social value and partnership".
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Implication {

  Implication() {}

  /**
   * Returns a new builder. At least one area and the statement are required.
   *
   * @return a builder
   * @since 0.1.0
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the areas the statement covers.
   *
   * @return an unmodifiable set, never empty
   * @since 0.1.0
   */
  public abstract Set<ImplicationArea> areas();

  /**
   * Returns the statement.
   *
   * @return the statement
   * @since 0.1.0
   */
  @FreeText
  public abstract String statement();

  @Value.Check
  void check() {
    Checks.notEmpty("Implication", "areas", areas());
  }

  /**
   * Builds an {@link Implication}. A builder is single-threaded.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableImplication.Builder {
    Builder() {}
  }
}
