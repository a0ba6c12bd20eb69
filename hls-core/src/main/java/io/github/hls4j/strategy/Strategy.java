package io.github.hls4j.strategy;

import com.google.common.collect.ImmutableMap;
import io.github.hls4j.internal.Checks;
import io.github.hls4j.internal.FreeText;
import io.github.hls4j.internal.Indexes;
import io.github.hls4j.internal.NotFreeText;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * A strategy of a place, such as "Improving Lives in Somerset", with its priorities in the order
 * the strategy lists them. Priority ids are unique within a strategy. A revision names the version
 * it {@linkplain #supersedes() supersedes}, and may keep that version's priority ids.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Strategy {

  Strategy() {}

  /**
   * Returns a new builder. The id, the title and at least one priority are required.
   *
   * @return a builder
   * @since 0.1.0
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the strategy's id.
   *
   * @return the id
   * @since 0.1.0
   */
  public abstract StrategyId id();

  /**
   * Returns the strategy's title.
   *
   * @return the title
   * @since 0.1.0
   */
  @FreeText
  public abstract String title();

  /**
   * Returns the strategy's priorities, in the strategy's order.
   *
   * @return an unmodifiable list, never empty
   * @since 0.1.0
   */
  public abstract List<Priority> priorities();

  /**
   * Returns where the strategy stands: draft, consulted, adopted or superseded.
   *
   * @return the status; {@code ADOPTED} unless the builder says otherwise
   * @since 0.1.0
   */
  @Value.Default
  public StrategyStatus status() {
    return StrategyStatus.ADOPTED;
  }

  /**
   * Returns the strategy's version as it gives it, such as "2024–2029" or "v2".
   *
   * @return the version, if given
   * @since 0.1.0
   */
  @NotFreeText(NotFreeText.Kind.CODE)
  public abstract Optional<String> version();

  /**
   * Returns the strategy this one revises and replaces, its earlier version: the lineage that lets
   * a revision keep its priorities' ids, and lets the alignment rules of a learning system tell an
   * item aligned to the earlier version that a later one is in force.
   *
   * <pre>{@code
   * Strategy revision = Strategy.builder().id(StrategyId.of("improving-lives-2026"))
   *     .supersedes(StrategyId.of("improving-lives")).version("2026 refresh")…build();
   * }</pre>
   *
   * @return the id of the version it supersedes, if it revises one
   * @since 0.1.0
   */
  public abstract Optional<StrategyId> supersedes();

  /**
   * Returns the priority with the given id.
   *
   * @param id the priority id
   * @return the priority, or empty if the strategy has none with that id
   * @since 0.1.0
   */
  public Optional<Priority> priority(PriorityId id) {
    return Optional.ofNullable(find(id));
  }

  /** Whether the strategy has a priority with the id; for the rules, without allocating. */
  boolean has(PriorityId id) {
    return find(id) != null;
  }

  private @Nullable Priority find(PriorityId id) {
    return priorityIndex().get(id);
  }

  /** The priorities by id, made once per strategy. */
  @Value.Lazy
  Map<PriorityId, Priority> priorityIndex() {
    return Indexes.firstBy(priorities(), Priority::id);
  }

  @Value.Check
  void check() {
    Checks.notBlank("Strategy", "title", title());
    Checks.notEmpty("Strategy", "priorities", priorities());
    Checks.argument(
        !supersedes().equals(Optional.of(id())),
        "Strategy",
        "supersedes",
        "Strategy.supersedes (%s) must not be the strategy itself",
        id());
    Set<PriorityId> seen = new HashSet<>();
    for (Priority p : priorities()) {
      Checks.refuse(
          seen.add(p.id()),
          "model/unique-ids-in-strategy",
          "Strategy",
          "priorities",
          p.id(),
          ImmutableMap.of("strategy", id()));
    }
  }

  /**
   * Builds a {@link Strategy}. A builder is single-threaded; {@code build()} throws {@link
   * IllegalArgumentException} for a blank title, no priorities or a repeated priority id.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableStrategy.Builder {
    Builder() {}
  }
}
