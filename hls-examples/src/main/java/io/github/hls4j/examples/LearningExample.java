package io.github.hls4j.examples;

import io.github.hls4j.learning.Barrier;
import io.github.hls4j.learning.CycleId;
import io.github.hls4j.learning.EscalationRouter;
import io.github.hls4j.learning.Evidence;
import io.github.hls4j.learning.LearningCycle;
import io.github.hls4j.learning.LearningPhase;
import io.github.hls4j.learning.LearningRecord;
import io.github.hls4j.learning.LearningRules;
import io.github.hls4j.learning.PhaseChange;
import io.github.hls4j.learning.RecordKind;
import io.github.hls4j.learning.Route;
import io.github.hls4j.party.PartyId;
import io.github.hls4j.stewardship.BarrierKind;
import io.github.hls4j.stewardship.Remit;
import io.github.hls4j.stewardship.StewardId;
import io.github.hls4j.stewardship.StewardType;
import io.github.hls4j.stewardship.SystemScale;
import io.github.hls4j.stewardship.SystemSteward;
import io.github.hls4j.validation.ValidationResult;
import io.github.hls4j.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** The examples of {@code docs/learning.md}: a cycle, a redacted record, a routed barrier. */
public final class LearningExample {

  private LearningExample() {}

  static ValidationResult cycle(Clock clock) {
    // snippet: learning-cycle
    LearningCycle cycle =
        LearningCycle.builder()
            .id(CycleId.of("housing-practice"))
            .name("Housing and health practice")
            .scale(SystemScale.TEAM)
            .owner(StewardId.of("housing-team-lead"))
            .purpose("Join up support for people whose needs fit no single pathway")
            .addPhases(
                PhaseChange.of(LearningPhase.CREATE_SHARED_PURPOSE, LocalDate.of(2025, 1, 10)))
            .nextReview(LocalDate.of(2025, 5, 15))
            .build()
            .moveTo(LearningPhase.UNDERSTAND_THE_SYSTEM, LocalDate.of(2025, 3, 1))
            .record(
                LearningRecord.builder()
                    .kind(RecordKind.ERROR)
                    .whatHappened("A discharge went ahead before a home was ready")
                    .learned("Housing joins the discharge huddle from day one")
                    .addEvidence(
                        Evidence.personalStory("Mr B's account, with dates"),
                        Evidence.number("3 readmissions").notPersonal())
                    .build());

    LearningRecord shareable = cycle.records().get(0).redacted(); // no personal data, and says so
    ValidationResult result =
        Validator.builder(LearningRules.learningCycle(clock)).build().validate(cycle);
    // end snippet
    return shareable.containsPersonalData() ? ValidationResult.empty() : result;
  }

  static Route route() {
    // snippet: escalation-routing
    PartyId council = PartyId.of("council");
    SystemSteward teamLead =
        SystemSteward.builder()
            .id(StewardId.of("housing-team-lead"))
            .heldBy(council)
            .type(StewardType.PRACTITIONER)
            .scale(SystemScale.TEAM)
            .remit(
                Remit.builder()
                    .addBarrierKinds(BarrierKind.THRESHOLDS)
                    .addOrganisations(council)
                    .build())
            .build();
    SystemSteward board =
        SystemSteward.builder()
            .id(StewardId.of("board-members"))
            .heldBy(PartyId.of("board-members"))
            .type(StewardType.LEADERSHIP)
            .scale(SystemScale.SYSTEM)
            .remit(
                Remit.builder()
                    .addBarrierKinds(BarrierKind.COMMISSIONING)
                    .addOrganisations(council)
                    .build())
            .build();
    EscalationRouter router = EscalationRouter.of(List.of(teamLead, board));

    Route route =
        router.route(
            Barrier.builder()
                .kind(BarrierKind.COMMISSIONING)
                .organisation(council)
                .description("Housing and health commission support separately")
                .build(),
            SystemScale.TEAM);
    // raised at team scale, route.steward() is the board: the team lead's remit does not cover
    // commissioning
    // end snippet
    return route;
  }
}
