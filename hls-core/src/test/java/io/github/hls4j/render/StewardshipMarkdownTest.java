package io.github.hls4j.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hls4j.governance.BoardId;
import io.github.hls4j.party.Organisation;
import io.github.hls4j.party.PartyId;
import io.github.hls4j.party.Sector;
import io.github.hls4j.stewardship.BarrierKind;
import io.github.hls4j.stewardship.Remit;
import io.github.hls4j.stewardship.StewardId;
import io.github.hls4j.stewardship.StewardType;
import io.github.hls4j.stewardship.SystemScale;
import io.github.hls4j.stewardship.SystemSteward;
import io.github.hls4j.stewardship.WorkingGroup;
import io.github.hls4j.stewardship.WorkingGroupId;
import io.github.hls4j.stewardship.WorkingGroupMember;
import io.github.hls4j.system.LearningSystem;
import org.junit.jupiter.api.Test;

class StewardshipMarkdownTest {

  @Test
  void render_listsStewardsAndGroups_namingPartiesAndShowingUnknownIds() {
    PartyId council = PartyId.of("council");
    LearningSystem system =
        LearningSystem.builder()
            .place("Somewhere | else")
            .addParties(
                Organisation.builder()
                    .id(council)
                    .name("The *Council*")
                    .sector(Sector.COUNCIL)
                    .build())
            .addStewards(
                SystemSteward.builder()
                    .id(StewardId.of("board"))
                    .heldBy(council)
                    .type(StewardType.LEADERSHIP)
                    .scale(SystemScale.SYSTEM)
                    .addResponsibilities("Shaping", "Pacing")
                    .remit(
                        Remit.builder()
                            .addBarrierKinds(
                                BarrierKind.SPENDING_FLEXIBILITY, BarrierKind.THRESHOLDS)
                            .addOrganisations(council, PartyId.of("ghost"))
                            .build())
                    .build(),
                SystemSteward.builder()
                    .id(StewardId.of("team"))
                    .heldBy(PartyId.of("nobody"))
                    .type(StewardType.PRACTITIONER)
                    .scale(SystemScale.TEAM)
                    .build())
            .addWorkingGroups(
                WorkingGroup.builder()
                    .id(WorkingGroupId.of("g"))
                    .name("Group")
                    .multiAgency(true)
                    .addMembers(WorkingGroupMember.from(council))
                    .reportsTo(BoardId.of("unknown-board"))
                    .build(),
                WorkingGroup.builder()
                    .id(WorkingGroupId.of("h"))
                    .name("Alone")
                    .multiAgency(false)
                    .build())
            .build();

    assertThat(MarkdownRenderer.render(system).lines())
        .containsExactly(
            "## System stewards of Somewhere \\| else",
            "",
            "| Steward | Held by | Type | Scale | Responsibilities | Remit |",
            "|---|---|---|---|---|---|",
            "| board | The \\*Council\\* | leadership | system | Shaping; Pacing | thresholds, spending flexibility for The \\*Council\\*, ghost |",
            "| team | nobody | practitioner | team |  | none stated |",
            "",
            "## Working groups",
            "",
            "| Group | Members from | Reports to | Set up by |",
            "|---|---|---|---|",
            "| Group (multi-agency) | The \\*Council\\* | unknown-board |  |",
            "| Alone |  | none |  |");
  }
}
