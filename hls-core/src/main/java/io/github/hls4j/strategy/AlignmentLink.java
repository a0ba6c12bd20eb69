package io.github.hls4j.strategy;

import static java.util.Objects.requireNonNull;

import io.github.hls4j.internal.FreeText;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A tick against one priority: the priority an item serves, and optionally why.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class AlignmentLink {

  AlignmentLink() {}

  /**
   * Returns a new builder. The priority is required.
   *
   * @return a builder
   * @since 0.1.0
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a link to a priority with no rationale, as a ticked box.
   *
   * @param priority the priority ticked
   * @return the link
   * @since 0.1.0
   */
  public static AlignmentLink to(PriorityId priority) {
    return builder().priority(priority).build();
  }

  /**
   * Returns the priority the item serves.
   *
   * @return the priority's id
   * @since 0.1.0
   */
  public abstract PriorityId priority();

  /**
   * Returns why the item serves this priority in particular.
   *
   * @return the rationale, if one is given
   * @since 0.1.0
   */
  @FreeText
  public abstract Optional<String> rationale();

  /**
   * Returns whether the link proposes a priority the strategy does not have yet, as a report that
   * asks for a new priority does. A proposed priority the strategy lacks is information ({@code
   * alignment/proposed-priority}), not an unknown priority.
   *
   * @return {@code true} for a proposal; {@code false} unless the builder says so
   * @since 0.1.0
   */
  @Value.Default
  public boolean proposed() {
    return false;
  }

  /**
   * Returns a tick on a priority with the reason the work serves it: the short way.
   *
   * @param priority the priority's id
   * @param rationale why the work serves it
   * @return the link
   * @throws IllegalArgumentException if the id is not a valid id
   * @throws NullPointerException if an argument is null
   * @since 0.1.0
   */
  public static AlignmentLink because(String priority, String rationale) {
    requireNonNull(priority, "priority");
    requireNonNull(rationale, "rationale");
    return builder().priority(PriorityId.of(priority)).rationale(rationale).build();
  }

  /**
   * Builds an {@link AlignmentLink}. A builder is single-threaded.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableAlignmentLink.Builder {
    Builder() {}
  }
}
