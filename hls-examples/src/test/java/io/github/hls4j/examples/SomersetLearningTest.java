package io.github.hls4j.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.hls4j.learning.EscalationRouter;
import io.github.hls4j.learning.LearningRules;
import io.github.hls4j.system.LearningSystem;
import io.github.hls4j.validation.Severity;
import io.github.hls4j.validation.ValidationResult;
import io.github.hls4j.validation.Validator;
import io.github.hls4j.validation.Violation;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Pins the routing and the findings of the illustrative Somerset learning loops. */
class SomersetLearningTest {

  private static final LearningSystem SYSTEM = SomersetLearning.system();

  @Test
  void homesAndHorizons_keepsItsLearning_andNeedsNothing() {
    ValidationResult result =
        Validator.builder(LearningRules.learningCycle(SomersetExample.AS_OF))
            .build()
            .validate(SomersetLearning.homesAndHorizons());

    assertThat(result.isEmpty()).isTrue();
  }

  @Test
  void housingBarriers_routeByRemit_oneToNobody_legislationToTheTop() {
    EscalationRouter router = EscalationRouter.of(SYSTEM.stewards());
    List<String> routes =
        SYSTEM.escalations().stream()
            .map(
                e ->
                    router
                        .route(e.barrier(), SYSTEM.raisedAt(e))
                        .steward()
                        .map(s -> s.id().value())
                        .orElse("nobody"))
            .toList();

    assertThat(routes)
        .containsExactly(
            "housing-team-lead", // thresholds for the council: the team lead's remit
            "somerset-board-members", // joint commissioning: only the Board's remit covers it
            "somerset-board-members", // spending flexibility in the NHS
            "nobody", // workforce silos in other statutory services: no remit covers them
            "somerset-board-members", // legislation goes to the top
            "somerset-board-members"); // so does a national funding regime, to be made visible
  }

  @Test
  void decisionReady_asOfJune_findsTheUnroutedBarrierTheUncoveredShareAndTheOpenLoops() {
    ValidationResult result =
        SomersetExample.runLearning(
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));

    assertThat(result.violations())
        .extracting(v -> v.rule().toString(), Violation::path, Violation::severity)
        .containsExactly(
            tuple("learning/escalation-unrouted", "escalations[3].barrier", Severity.ERROR),
            // Homes2Inspire is not party to the council and NHS agreement
            tuple("learning/share-without-agreement", "shares[1].agreement", Severity.ERROR),
            tuple("learning/review-overdue", "cycles[1].nextReview", Severity.WARNING),
            // the housing cycle serves Improving Lives' housing priority, which the 2026 refresh
            // carries on
            tuple(
                "alignment/strategy-superseded",
                "cycles[1].strategyAlignments[0].strategy.id",
                Severity.WARNING),
            tuple("learning/escalation-not-fed-back", "escalations[1].fedBackOn", Severity.WARNING),
            tuple("learning/escalation-unanswered", "escalations[2].answer", Severity.WARNING),
            tuple("learning/escalation-unanswered", "escalations[3].answer", Severity.WARNING),
            tuple("learning/escalation-unanswered", "escalations[4].answer", Severity.WARNING),
            // made visible in January; the ministry's reply was due in April
            tuple(
                "learning/visible-barrier-unanswered",
                "escalations[5].madeVisible[0].response",
                Severity.WARNING),
            // the report ticks Improving Lives, which the (illustrative) 2026 refresh supersedes
            tuple(
                "alignment/strategy-superseded",
                "reports[0].strategyAlignments[0].strategy.id",
                Severity.WARNING));
    assertThat(
            result
                .withRule(io.github.hls4j.strategy.AlignmentRules.STRATEGY_SUPERSEDED.id())
                .violations()
                .get(0)
                .arguments())
        .containsEntry("strategy", "improving-lives")
        .containsEntry("successor", "improving-lives-2026");
  }

  @Test
  void alliance_councilHoldsTwoRoles_andTheRevisionKeepsThePriorityIds() {
    assertThat(SYSTEM.arrangements().get(0).members().get(0).roles())
        .containsExactly(
            io.github.hls4j.stewardship.MemberRole.COMMISSIONER,
            io.github.hls4j.stewardship.MemberRole.PROVIDER);
    assertThat(SYSTEM.strategies().get(2).supersedes())
        .contains(io.github.hls4j.strategy.StrategyId.of("improving-lives"));
    assertThat(SYSTEM.strategies().get(2).priorities())
        .extracting(p -> p.id().value())
        .containsExactlyElementsOf(
            SYSTEM.strategies().get(0).priorities().stream().map(p -> p.id().value()).toList());
  }

  @Test
  void redactedShare_carriesNoPersonalData() {
    assertThat(SYSTEM.shares().get(2).records())
        .allSatisfy(r -> assertThat(r.containsPersonalData()).isFalse());
    assertThat(SYSTEM.shares().get(2).records().get(0).redactionNote()).isPresent();
  }
}
