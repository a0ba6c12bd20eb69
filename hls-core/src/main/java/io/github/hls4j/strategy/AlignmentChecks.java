package io.github.hls4j.strategy;

import io.github.hls4j.validation.MessageArguments;
import io.github.hls4j.validation.RuleContext;
import java.util.List;

/** The logic of the {@code alignment/*} rules; {@link AlignmentRules} pairs it with ids. */
final class AlignmentChecks {

  private AlignmentChecks() {}

  static void unknownPriority(Alignable item, RuleContext context) {
    missingPriorities(item, context, false);
  }

  static void proposedPriority(Alignable item, RuleContext context) {
    missingPriorities(item, context, true);
  }

  /** Reports the links, proposed or not as asked, to priorities their strategy does not have. */
  private static void missingPriorities(Alignable item, RuleContext context, boolean proposed) {
    List<StrategyAlignment> alignments = item.strategyAlignments();
    for (int i = 0; i < alignments.size(); i++) {
      Strategy strategy = alignments.get(i).strategy();
      List<AlignmentLink> links = alignments.get(i).links();
      for (int j = 0; j < links.size(); j++) {
        PriorityId priority = links.get(j).priority();
        if (links.get(j).proposed() == proposed && !strategy.has(priority)) {
          context
              .at("strategyAlignments", i)
              .at("links", j)
              .report(
                  "priority", MessageArguments.of("priority", priority, "strategy", strategy.id()));
        }
      }
    }
  }

  static void strategySuperseded(Alignable item, RuleContext context) {
    List<StrategyAlignment> alignments = item.strategyAlignments();
    for (int i = 0; i < alignments.size(); i++) {
      Strategy strategy = alignments.get(i).strategy();
      if (strategy.status() == StrategyStatus.SUPERSEDED) {
        context
            .at("strategyAlignments", i)
            .at("strategy")
            .reportForm(
                AlignmentRules.UNNAMED, "status", MessageArguments.of("strategy", strategy.id()));
      }
    }
  }

  static void strategyNotAdopted(Alignable item, RuleContext context) {
    List<StrategyAlignment> alignments = item.strategyAlignments();
    for (int i = 0; i < alignments.size(); i++) {
      Strategy strategy = alignments.get(i).strategy();
      if (strategy.status() == StrategyStatus.DRAFT
          || strategy.status() == StrategyStatus.CONSULTED) {
        context
            .at("strategyAlignments", i)
            .at("strategy")
            .report(
                "status",
                MessageArguments.of("strategy", strategy.id(), "status", strategy.status()));
      }
    }
  }

  static void unaligned(Alignable item, RuleContext context) {
    if (ticksAny(item)) {
      return;
    }
    for (Alignable part : item.alignedParts()) {
      if (ticksAny(part)) {
        return;
      }
    }
    context.report("strategyAlignments");
  }

  private static boolean ticksAny(Alignable item) {
    for (StrategyAlignment alignment : item.strategyAlignments()) {
      if (!alignment.links().isEmpty()) {
        return true;
      }
    }
    return false;
  }

  static void allTickedWithoutRationale(Alignable item, RuleContext context) {
    List<StrategyAlignment> alignments = item.strategyAlignments();
    for (int i = 0; i < alignments.size(); i++) {
      StrategyAlignment alignment = alignments.get(i);
      List<Priority> priorities = alignment.strategy().priorities();
      if (priorities.size() > 1
          && ticksEvery(alignment, priorities)
          && alignment.links().stream()
              .noneMatch(l -> l.rationale().filter(r -> !r.isBlank()).isPresent())) {
        context.report(
            "strategyAlignments",
            i,
            MessageArguments.of(
                "strategy", alignment.strategy().title(), "priorities", priorities.size()));
      }
    }
  }

  private static boolean ticksEvery(StrategyAlignment alignment, List<Priority> priorities) {
    if (alignment.links().size() < priorities.size()) {
      return false;
    }
    for (int i = 0; i < priorities.size(); i++) {
      if (alignment.linkAt(i).isEmpty()) {
        return false;
      }
    }
    return true;
  }
}
