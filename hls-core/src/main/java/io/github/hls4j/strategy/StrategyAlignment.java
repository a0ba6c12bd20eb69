package io.github.hls4j.strategy;

import com.google.common.collect.ImmutableMap;
import io.github.hls4j.internal.Checks;
import io.github.hls4j.internal.FreeText;
import io.github.hls4j.internal.Indexes;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * How an item lines up with one strategy: the strategy with all its priorities, the priorities
 * ticked, and any statement that speaks for the alignment as a whole rather than for one priority.
 * A priority is ticked at most once.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class StrategyAlignment {

  StrategyAlignment() {}

  /**
   * Returns a new builder. The strategy is required.
   *
   * @return a builder
   * @since 0.1.0
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the strategy, with every priority it has.
   *
   * @return the strategy
   * @since 0.1.0
   */
  public abstract Strategy strategy();

  /**
   * Returns the ticked priorities, in the order they were given.
   *
   * @return an unmodifiable list, possibly empty
   * @since 0.1.0
   */
  public abstract List<AlignmentLink> links();

  /**
   * Returns a statement about the alignment as a whole, such as "The approach can be adopted across
   * the system…"; it is not a rationale for any one priority.
   *
   * @return the statement, if one is given
   * @since 0.1.0
   */
  @FreeText
  public abstract Optional<String> statement();

  /**
   * Returns the link to a priority, the first if there are several.
   *
   * @param priority the priority's id
   * @return the link, or empty if the alignment does not tick that priority
   * @since 0.1.0
   */
  public Optional<AlignmentLink> link(PriorityId priority) {
    return Optional.ofNullable(linkIndex().get(priority));
  }

  /** The links by priority, made once per alignment. */
  @Value.Lazy
  Map<PriorityId, AlignmentLink> linkIndex() {
    return Indexes.firstBy(links(), AlignmentLink::priority);
  }

  /**
   * Returns the link to the priority at a position in the strategy's list of priorities, as {@link
   * #link(PriorityId)} gives it for that priority's id. Where priorities are walked in order, as a
   * rendered table does, this reads the links in that order, without a look-up for each.
   *
   * @param position the priority's position in {@code strategy().priorities()}, from 0
   * @return the link, or empty if the alignment does not tick that priority
   * @throws IndexOutOfBoundsException if the strategy has no priority at that position
   * @since 0.1.0
   */
  public Optional<AlignmentLink> linkAt(int position) {
    return Optional.ofNullable(linksByPosition().get(position));
  }

  /**
   * The link to each of the strategy's priorities, by the priority's position; made once per
   * alignment.
   */
  @Value.Lazy
  List<@Nullable AlignmentLink> linksByPosition() {
    List<Priority> priorities = strategy().priorities();
    @Nullable AlignmentLink[] byPosition = new AlignmentLink[priorities.size()];
    if (!links().isEmpty()) {
      Map<PriorityId, AlignmentLink> index = linkIndex();
      for (int i = 0; i < byPosition.length; i++) {
        byPosition[i] = index.get(priorities.get(i).id());
      }
    }
    return Collections.unmodifiableList(Arrays.asList(byPosition));
  }

  @Value.Check
  void check() {
    Set<PriorityId> seen = new HashSet<>();
    for (AlignmentLink link : links()) {
      Checks.refuse(
          seen.add(link.priority()),
          "model/tick-once",
          "StrategyAlignment",
          "links",
          link.priority(),
          ImmutableMap.of());
    }
  }

  /**
   * Builds a {@link StrategyAlignment}. A builder is single-threaded; {@code build()} throws {@link
   * IllegalArgumentException} when a priority is ticked twice.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableStrategyAlignment.Builder {
    Builder() {}
  }
}
