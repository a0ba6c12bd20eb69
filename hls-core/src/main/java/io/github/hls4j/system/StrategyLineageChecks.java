package io.github.hls4j.system;

import io.github.hls4j.governance.BoardReport;
import io.github.hls4j.governance.Recommendation;
import io.github.hls4j.strategy.Alignable;
import io.github.hls4j.strategy.Priority;
import io.github.hls4j.strategy.PriorityId;
import io.github.hls4j.strategy.Strategy;
import io.github.hls4j.strategy.StrategyAlignment;
import io.github.hls4j.strategy.StrategyId;
import io.github.hls4j.strategy.StrategyStatus;
import io.github.hls4j.validation.MessageArguments;
import io.github.hls4j.validation.Rule;
import io.github.hls4j.validation.RuleContext;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The checks that follow the lineage of a learning system's strategies: which is in force. */
final class StrategyLineageChecks {

  private StrategyLineageChecks() {}

  /**
   * {@code alignment/strategy-superseded} in a learning system, in place of the alignment rules'
   * own: an item aligned to a strategy whose status says it is superseded (at {@code
   * strategy.status}, naming the revision in the system that supersedes it, if there is one), or to
   * a strategy that does not say so but that a revision in the system supersedes (at {@code
   * strategy.id}). A report's recommendations are checked too.
   */
  static <T extends Alignable> Rule<T> supersededInItems(LearningSystem system) {
    Map<StrategyId, StrategyId> successors = system.successors();
    return (item, context) -> {
      superseded(successors, item, context);
      if (item instanceof BoardReport report) {
        List<Recommendation> recommendations = report.recommendations();
        for (int k = 0; k < recommendations.size(); k++) {
          superseded(successors, recommendations.get(k), context.at("recommendations", k));
        }
      }
    };
  }

  private static void superseded(
      Map<StrategyId, StrategyId> successors, Alignable item, RuleContext context) {
    List<StrategyAlignment> alignments = item.strategyAlignments();
    for (int j = 0; j < alignments.size(); j++) {
      Strategy strategy = alignments.get(j).strategy();
      StrategyId successor = successors.get(strategy.id());
      RuleContext at = context.at("strategyAlignments", j).at("strategy");
      if (strategy.status() == StrategyStatus.SUPERSEDED) {
        if (successor == null) {
          at.reportForm(
              SystemRules.UNNAMED, "status", MessageArguments.of("strategy", strategy.id()));
        } else {
          at.report(
              "status", MessageArguments.of("strategy", strategy.id(), "successor", successor));
        }
      } else if (successor != null) {
        at.report("id", MessageArguments.of("strategy", strategy.id(), "successor", successor));
      }
    }
  }

  /**
   * {@code alignment/strategy-not-adopted} in a learning system, in place of the alignment rules'
   * own: an item aligned to a strategy that is a draft or out to consultation by its own copy's
   * status or by the status of the strategy the system holds with that id, so that a copy made
   * before the status was known does not hide it. A report's recommendations are checked too.
   */
  static <T extends Alignable> Rule<T> notAdoptedInItems(LearningSystem system) {
    return (item, context) -> {
      notAdopted(system, item, context);
      if (item instanceof BoardReport report) {
        List<Recommendation> recommendations = report.recommendations();
        for (int k = 0; k < recommendations.size(); k++) {
          notAdopted(system, recommendations.get(k), context.at("recommendations", k));
        }
      }
    };
  }

  private static void notAdopted(LearningSystem system, Alignable item, RuleContext context) {
    List<StrategyAlignment> alignments = item.strategyAlignments();
    for (int j = 0; j < alignments.size(); j++) {
      Strategy strategy = alignments.get(j).strategy();
      StrategyStatus status = strategy.status();
      if (!notAdopted(status)) {
        status =
            system.strategy(strategy.id()).map(Strategy::status).orElse(StrategyStatus.ADOPTED);
      }
      if (notAdopted(status)) {
        context
            .at("strategyAlignments", j)
            .at("strategy")
            .report("status", MessageArguments.of("strategy", strategy.id(), "status", status));
      }
    }
  }

  private static boolean notAdopted(StrategyStatus status) {
    return status == StrategyStatus.DRAFT || status == StrategyStatus.CONSULTED;
  }

  /**
   * The ids of the priorities of the strategies in force: those neither marked superseded nor
   * superseded by a revision in the system, the first with each id. A priority a revision carries
   * forward is in force.
   */
  static Set<PriorityId> prioritiesInForce(LearningSystem system) {
    Map<StrategyId, StrategyId> successors = system.successors();
    Set<PriorityId> inForce = new HashSet<>();
    for (Strategy strategy : system.strategyIndex().values()) {
      if (strategy.status() != StrategyStatus.SUPERSEDED
          && !successors.containsKey(strategy.id())) {
        for (Priority priority : strategy.priorities()) {
          inForce.add(priority.id());
        }
      }
    }
    return inForce;
  }
}
