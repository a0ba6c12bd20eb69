package io.github.hls4j.system;

import io.github.hls4j.governance.BoardReport;
import io.github.hls4j.governance.Recommendation;
import io.github.hls4j.governance.SourceKind;
import io.github.hls4j.governance.SourceRef;
import io.github.hls4j.internal.ConstantWords;
import io.github.hls4j.learning.Barrier;
import io.github.hls4j.learning.Escalation;
import io.github.hls4j.stewardship.BarrierLevel;
import io.github.hls4j.stewardship.SystemScale;
import io.github.hls4j.stewardship.SystemSteward;
import io.github.hls4j.validation.MessageArguments;
import io.github.hls4j.validation.RuleContext;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code governance/recommendation-beyond-remit}: a recommendation drawn from an escalation whose
 * barrier the board cannot remove (national or regional, or local and outside the remit of every
 * steward at the top of the system) that asks the board to act on it itself, rather than to write,
 * ask or make it visible.
 */
final class RemitCheck {

  /** What a board can do about a barrier beyond its remit: write, ask, make visible, note. */
  private static final List<String> WITHIN_REACH =
      List.of(
          "writes to",
          "write to",
          "writing to",
          "make visible",
          "makes visible",
          "made visible",
          "asks ",
          "ask ",
          "requests",
          "request ",
          "notes",
          "note ",
          "lobb",
          "representation",
          "raises",
          "raise ");

  private RemitCheck() {}

  static void recommendationBeyondRemit(LearningSystem system, RuleContext context) {
    List<SystemSteward> top =
        system.stewards().stream().filter(s -> s.scale() == SystemScale.SYSTEM).toList();
    List<BoardReport> reports = system.reports();
    for (int i = 0; i < reports.size(); i++) {
      List<Recommendation> recommendations = reports.get(i).recommendations();
      for (int j = 0; j < recommendations.size(); j++) {
        Recommendation r = recommendations.get(j);
        String action = r.action().toLowerCase(Locale.ROOT);
        if (WITHIN_REACH.stream().anyMatch(action::contains)) {
          continue;
        }
        for (SourceRef ref : r.basedOn()) {
          Optional<Escalation> escalation =
              ref.kind() == SourceKind.ESCALATION ? escalation(system, ref.id()) : Optional.empty();
          Optional<String> reach = escalation.map(Escalation::barrier).flatMap(b -> beyond(b, top));
          if (reach.isPresent()) {
            context
                .at("reports", i)
                .at("recommendations", j)
                .report(
                    "action",
                    MessageArguments.of(
                        "number",
                        r.number(),
                        "barrier",
                        escalation.get().barrier().description(),
                        "reach",
                        reach.get()));
            break;
          }
        }
      }
    }
  }

  private static Optional<Escalation> escalation(LearningSystem system, String id) {
    return system.escalations().stream().filter(e -> e.id().value().equals(id)).findFirst();
  }

  /** Who alone can remove the barrier, in words, when the board cannot. */
  private static Optional<String> beyond(Barrier barrier, List<SystemSteward> top) {
    if (barrier.level() != BarrierLevel.LOCAL) {
      return Optional.of(
          "only " + ConstantWords.of(barrier.level().name()) + " government can remove");
    }
    boolean covered =
        top.stream().anyMatch(s -> s.remit().covers(barrier.kind(), barrier.organisation()));
    return covered
        ? Optional.empty()
        : Optional.of("no steward at the top of the system has the remit to remove");
  }
}
