package io.github.hls4j.examples;

import io.github.hls4j.governance.BoardId;
import io.github.hls4j.party.Organisation;
import io.github.hls4j.party.PartyId;
import io.github.hls4j.party.Sector;
import io.github.hls4j.render.MarkdownRenderer;
import io.github.hls4j.stewardship.BarrierKind;
import io.github.hls4j.stewardship.Remit;
import io.github.hls4j.stewardship.StewardId;
import io.github.hls4j.stewardship.StewardType;
import io.github.hls4j.stewardship.SystemScale;
import io.github.hls4j.stewardship.SystemSteward;
import io.github.hls4j.stewardship.WorkingGroup;
import io.github.hls4j.stewardship.WorkingGroupId;
import io.github.hls4j.stewardship.WorkingGroupMember;
import io.github.hls4j.strategy.AlignmentMatrix;
import io.github.hls4j.system.LearningSystem;
import io.github.hls4j.system.SystemRules;
import io.github.hls4j.validation.Profile;
import io.github.hls4j.validation.ValidationResult;
import java.time.Clock;

/** The example of {@code docs/stewardship.md}: stewards, a working group and a system, checked. */
public final class StewardshipExample {

  private StewardshipExample() {}

  static ValidationResult run() {
    // snippet: stewardship
    PartyId council = PartyId.of("council");
    SystemSteward board =
        SystemSteward.builder()
            .id(StewardId.of("board-members"))
            .heldBy(council)
            .type(StewardType.LEADERSHIP)
            .scale(SystemScale.SYSTEM)
            .addResponsibilities("Shaping the strategic direction", "Setting the pace for change")
            .remit(
                Remit.builder()
                    .addBarrierKinds(BarrierKind.COMMISSIONING)
                    .addOrganisations(council)
                    .build())
            .build();

    WorkingGroup group =
        WorkingGroup.builder()
            .id(WorkingGroupId.of("hls-group"))
            .name("HLS working group")
            .multiAgency(true)
            .addMembers(
                WorkingGroupMember.from(council), WorkingGroupMember.from(PartyId.of("nhs")))
            .reportsTo(BoardId.of("health-and-wellbeing-board"))
            .build();

    LearningSystem system =
        LearningSystem.builder()
            .place("Anyshire")
            .addParties(
                Organisation.builder()
                    .id(council)
                    .name("Anyshire Council")
                    .sector(Sector.COUNCIL)
                    .build())
            .addStewards(board)
            .addWorkingGroups(group)
            .addStrategies(SomersetReport.improvingLives())
            .build();

    ValidationResult result =
        SystemRules.validator(Profile.DECISION_READY, Clock.systemDefaultZone()).validate(system);
    AlignmentMatrix matrix = SystemRules.alignmentMatrix(system);
    System.out.print(
        MarkdownRenderer.render(matrix)); // every priority is a gap: nothing serves it yet
    // end snippet
    return result;
  }
}
