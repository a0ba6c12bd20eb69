package io.github.hls4j.strategy;

import io.github.hls4j.internal.Checks;
import io.github.hls4j.internal.FreeText;
import java.util.List;
import org.immutables.value.Value;

/**
 * A board's ranked priority theme, with the sub-priorities under it and the strategy priorities it
 * connects with. The Somerset Board's number one theme is Housing: independent living for a rapidly
 * ageing population, reducing homelessness and rough sleeping, and a county-wide health impact
 * assessment policy for new housing developments.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class PriorityTheme {

  PriorityTheme() {}

  /**
   * Returns a new builder. The rank and the title are required.
   *
   * @return a builder
   * @since 0.1.0
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the theme's rank, 1 for the board's first priority.
   *
   * @return the rank
   * @since 0.1.0
   */
  public abstract int rank();

  /**
   * Returns the theme's title, such as "Housing".
   *
   * @return the title
   * @since 0.1.0
   */
  @FreeText
  public abstract String title();

  /**
   * Returns the priorities under the theme, in order.
   *
   * @return an unmodifiable list
   * @since 0.1.0
   */
  @FreeText
  public abstract List<String> subPriorities();

  /**
   * Returns the strategy priorities the theme connects with.
   *
   * @return an unmodifiable list of priority ids
   * @since 0.1.0
   */
  public abstract List<PriorityId> connectsWith();

  @Value.Check
  void check() {
    Checks.atLeast("PriorityTheme", "rank", rank(), 1);
    Checks.notBlank("PriorityTheme", "title", title());
  }

  /**
   * Builds a {@link PriorityTheme}. A builder is single-threaded.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutablePriorityTheme.Builder {
    Builder() {}
  }
}
