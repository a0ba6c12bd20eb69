package io.github.hls4j.strategy;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.hls4j.validation.Profile;
import io.github.hls4j.validation.RuleContext;
import io.github.hls4j.validation.RuleDescriptor;
import io.github.hls4j.validation.RuleSet;
import io.github.hls4j.validation.Severity;
import java.util.List;

/**
 * The {@code alignment/*} rules, for any {@link Alignable} item. Paths start at the item's
 * {@code strategyAlignments}.
 *
 * @since 0.1.0
 */
public final class AlignmentRules {

  /**
   * {@code alignment/unknown-priority}: a link names a priority the strategy does not have.
   * Arguments: {@code priority}, {@code strategy}.
   *
   * @since 0.1.0
   */
  public static final RuleDescriptor UNKNOWN_PRIORITY =
      RuleDescriptor.builder("alignment/unknown-priority")
          .severity(Severity.ERROR)
          .summary("A link ticks a priority that its strategy does not have.")
          .message("Priority {priority} is not a priority of strategy {strategy}")
          .build();

  /**
   * {@code alignment/unaligned}: the item ticks no priority of any strategy. No arguments.
   *
   * @since 0.1.0
   */
  public static final RuleDescriptor UNALIGNED =
      RuleDescriptor.builder("alignment/unaligned")
          .severity(Severity.WARNING)
          .profiles(Profile.DECISION_READY, Profile.PUBLISHED)
          .summary("The item ticks no priority of any strategy.")
          .message("No strategy priority is ticked: say which priorities this work serves")
          .build();

  /**
   * {@code alignment/all-ticked-without-rationale}: every priority of a strategy is ticked and
   * no tick says why. Arguments: {@code strategy}, {@code priorities} (how many).
   *
   * @since 0.1.0
   */
  public static final RuleDescriptor ALL_TICKED_WITHOUT_RATIONALE =
      RuleDescriptor.builder("alignment/all-ticked-without-rationale")
          .severity(Severity.WARNING)
          .profiles(Profile.DECISION_READY, Profile.PUBLISHED)
          .summary(
              "Every priority of a strategy is ticked and no tick has a priority-specific"
                  + " rationale.")
          .message(
              "All {priorities} priorities of strategy {strategy} are ticked with no rationale for"
                  + " any of them, which says little about what the work serves")
          .build();

  private static final RuleSet<Alignable> RULES =
      RuleSet.<Alignable>builder()
          .add(UNKNOWN_PRIORITY, AlignmentRules::unknownPriority)
          .add(UNALIGNED, AlignmentRules::unaligned)
          .add(ALL_TICKED_WITHOUT_RATIONALE, AlignmentRules::allTickedWithoutRationale)
          .build();

  private AlignmentRules() {}

  /**
   * Returns the alignment rules, for any alignable item.
   *
   * @return the rule set
   * @since 0.1.0
   */
  public static RuleSet<Alignable> rules() {
    return RULES;
  }

  /**
   * Returns the descriptors of the alignment rules.
   *
   * @return an unmodifiable list
   * @since 0.1.0
   */
  public static List<RuleDescriptor> descriptors() {
    return RULES.descriptors();
  }

  private static void unknownPriority(Alignable item, RuleContext context) {
    List<StrategyAlignment> alignments = item.strategyAlignments();
    for (int i = 0; i < alignments.size(); i++) {
      Strategy strategy = alignments.get(i).strategy();
      List<AlignmentLink> links = alignments.get(i).links();
      for (int j = 0; j < links.size(); j++) {
        PriorityId priority = links.get(j).priority();
        if (strategy.priority(priority).isEmpty()) {
          context.report(
              "strategyAlignments[" + i + "].links[" + j + "].priority",
              ImmutableMap.of("priority", priority, "strategy", strategy.id()));
        }
      }
    }
  }

  private static void unaligned(Alignable item, RuleContext context) {
    for (StrategyAlignment alignment : item.strategyAlignments()) {
      if (!alignment.links().isEmpty()) {
        return;
      }
    }
    context.report("strategyAlignments");
  }

  private static void allTickedWithoutRationale(Alignable item, RuleContext context) {
    List<StrategyAlignment> alignments = item.strategyAlignments();
    for (int i = 0; i < alignments.size(); i++) {
      StrategyAlignment alignment = alignments.get(i);
      List<Priority> priorities = alignment.strategy().priorities();
      if (priorities.size() > 1
          && ticksEvery(alignment, priorities)
          && alignment.links().stream()
              .noneMatch(l -> l.rationale().filter(r -> !r.isBlank()).isPresent())) {
        context.report(
            "strategyAlignments[" + i + "]",
            ImmutableMap.of(
                "strategy", alignment.strategy().id(), "priorities", priorities.size()));
      }
    }
  }

  private static boolean ticksEvery(StrategyAlignment alignment, List<Priority> priorities) {
    ImmutableList<PriorityId> ticked =
        alignment.links().stream().map(AlignmentLink::priority).collect(ImmutableList.toImmutableList());
    return priorities.stream().allMatch(p -> ticked.contains(p.id()));
  }
}
