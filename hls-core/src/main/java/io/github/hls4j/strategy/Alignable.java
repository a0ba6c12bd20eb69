package io.github.hls4j.strategy;

import java.util.List;

/**
 * Something that can serve strategy priorities, such as a board report: it holds one {@link
 * StrategyAlignment} per strategy it lines up with. The {@link AlignmentRules} check any alignable
 * item.
 *
 * @since 0.1.0
 */
public interface Alignable {

  /**
   * Returns the item's alignment with each strategy it names.
   *
   * @return an unmodifiable list, possibly empty
   * @since 0.1.0
   */
  List<StrategyAlignment> strategyAlignments();

  /**
   * Returns the parts of the item that carry strategy links of their own, such as a report's
   * recommendations. An item counts as aligned, in {@code alignment/unaligned} and in an {@link
   * AlignmentMatrix}, when it or one of its parts ticks a priority.
   *
   * @return an unmodifiable list, empty unless the item has such parts
   * @since 0.1.0
   */
  default List<? extends Alignable> alignedParts() {
    return List.of();
  }
}
