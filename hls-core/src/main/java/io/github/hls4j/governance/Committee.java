package io.github.hls4j.governance;

import io.github.hls4j.internal.Checks;
import io.github.hls4j.internal.FreeText;
import org.immutables.value.Value;

/**
 * A committee that takes decisions, such as a Health and Wellbeing Board or an Integrated Care
 * Partnership.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Committee {

  Committee() {}

  /**
   * Returns a new builder. The id and the name are required.
   *
   * @return a builder
   * @since 0.1.0
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the committee's id.
   *
   * @return the id
   * @since 0.1.0
   */
  public abstract CommitteeId id();

  /**
   * Returns the committee's name.
   *
   * @return the name
   * @since 0.1.0
   */
  @FreeText
  public abstract String name();

  @Value.Check
  void check() {
    Checks.notBlank("Committee", "name", name());
  }

  /**
   * Builds a {@link Committee}. A builder is single-threaded.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableCommittee.Builder {
    Builder() {}
  }
}
