package io.github.hls4j.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.hls4j.commissioning.Arrangement;
import io.github.hls4j.commissioning.ArrangementId;
import io.github.hls4j.commissioning.ArrangementKind;
import io.github.hls4j.commissioning.ArrangementMember;
import io.github.hls4j.learning.Barrier;
import io.github.hls4j.learning.CycleId;
import io.github.hls4j.learning.Escalation;
import io.github.hls4j.learning.EscalationId;
import io.github.hls4j.party.Organisation;
import io.github.hls4j.party.PartyId;
import io.github.hls4j.party.Sector;
import io.github.hls4j.stewardship.BarrierKind;
import io.github.hls4j.stewardship.MemberRole;
import io.github.hls4j.stewardship.WorkingGroup;
import io.github.hls4j.stewardship.WorkingGroupId;
import io.github.hls4j.stewardship.WorkingGroupMember;
import io.github.hls4j.validation.Profile;
import io.github.hls4j.validation.Severity;
import io.github.hls4j.validation.Violation;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Organisations with dates and successors, wider sectors, member roles, and the rule that reads
 * dates.
 */
class OrganisationsOverTimeTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2025-06-01T00:00:00Z"), ZoneOffset.UTC);
  private static final PartyId CCG = PartyId.of("somerset-ccg");
  private static final PartyId ICB = PartyId.of("somerset-icb");

  private static Organisation ccg() {
    return Organisation.builder()
        .id(CCG)
        .name("NHS Somerset CCG")
        .sector(Sector.NHS)
        .activeUntil(LocalDate.of(2022, 6, 30))
        .succeededBy(ICB)
        .build();
  }

  private static Organisation icb() {
    return Organisation.builder()
        .id(ICB)
        .name("NHS Somerset ICB")
        .sector(Sector.NHS)
        .activeFrom(LocalDate.of(2022, 7, 1))
        .build();
  }

  private static Escalation raisedFor(PartyId organisation, LocalDate on) {
    return Escalation.builder()
        .id(EscalationId.of("e-" + on))
        .barrier(
            Barrier.builder()
                .kind(BarrierKind.COMMISSIONING)
                .organisation(organisation)
                .description("Contracts pay per visit")
                .build())
        .raisedBy(CycleId.of("c"))
        .raisedOn(on)
        .respondBy(on.plusDays(30))
        .build();
  }

  private static List<Violation> inactive(LearningSystem system) {
    return SystemRules.validator(Profile.PUBLISHED, CLOCK)
        .validate(system)
        .withRule(SystemRules.ORGANISATION_INACTIVE.id())
        .violations();
  }

  @Test
  void activeOn_readsTheDates() {
    assertThat(ccg().activeOn(LocalDate.of(2022, 6, 30))).isTrue();
    assertThat(ccg().activeOn(LocalDate.of(2022, 7, 1))).isFalse();
    assertThat(icb().activeOn(LocalDate.of(2022, 6, 30))).isFalse();
    assertThat(icb().activeOn(LocalDate.of(2030, 1, 1))).isTrue();
  }

  @Test
  void activeUntil_beforeActiveFrom_cannotBeBuilt() {
    assertThatThrownBy(
            () ->
                Organisation.builder()
                    .id(CCG)
                    .name("CCG")
                    .sector(Sector.NHS)
                    .activeFrom(LocalDate.of(2013, 4, 1))
                    .activeUntil(LocalDate.of(2012, 1, 1))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Organisation.activeUntil (2012-01-01) must not be before Organisation.activeFrom (2013-04-01)");
  }

  @Test
  void escalationForAnAbolishedBody_isReported_namingItsSuccessor() {
    LearningSystem system =
        LearningSystem.builder()
            .place("Somerset")
            .addParties(ccg(), icb())
            .addEscalations(
                raisedFor(CCG, LocalDate.of(2021, 5, 1)),
                raisedFor(CCG, LocalDate.of(2024, 5, 1)),
                raisedFor(ICB, LocalDate.of(2024, 5, 1)))
            .build();

    assertThat(inactive(system))
        .extracting(
            Violation::path,
            Violation::severity,
            v -> v.arguments().get("successor"),
            v -> v.arguments().get("date"))
        .containsExactly(
            tuple(
                "escalations[1].barrier.organisation",
                Severity.WARNING,
                "NHS Somerset ICB",
                "2024-05-01"));
  }

  @Test
  void arrangementMember_abolishedBeforeOrDuringTheTerm_isReportedAtTheMember() {
    PartyId council = PartyId.of("council");
    Arrangement.Builder alliance =
        Arrangement.builder()
            .kind(ArrangementKind.ALLIANCE)
            .title("Somerset mental health alliance")
            .termYears(5)
            .addSharedOutcomes("People live well");
    Arrangement before =
        alliance
            .id(ArrangementId.of("before"))
            .start(LocalDate.of(2023, 4, 1))
            .members(
                List.of(
                    ArrangementMember.of(council, MemberRole.COMMISSIONER),
                    ArrangementMember.of(CCG, MemberRole.COMMISSIONER)))
            .build();
    Arrangement during =
        Arrangement.builder()
            .from(before)
            .id(ArrangementId.of("during"))
            .start(LocalDate.of(2020, 4, 1))
            .build();
    Arrangement after =
        Arrangement.builder()
            .from(before)
            .id(ArrangementId.of("after"))
            .start(LocalDate.of(2016, 4, 1))
            .termYears(5)
            .build();
    Arrangement successor =
        Arrangement.builder()
            .from(before)
            .id(ArrangementId.of("successor"))
            .members(
                List.of(
                    ArrangementMember.of(council, MemberRole.COMMISSIONER),
                    ArrangementMember.of(ICB, MemberRole.COMMISSIONER)))
            .build();
    LearningSystem system =
        LearningSystem.builder()
            .place("Somerset")
            .addParties(
                Organisation.builder()
                    .id(council)
                    .name("Somerset Council")
                    .sector(Sector.COUNCIL)
                    .build(),
                ccg(),
                icb())
            .addArrangements(before, during, after, successor)
            .build();

    assertThat(inactive(system))
        .extracting(
            Violation::path, v -> v.arguments().get("date"), v -> v.arguments().get("successor"))
        .containsExactly(
            tuple("arrangements[0].members[1].organisation", "2023-04-01", "NHS Somerset ICB"),
            tuple("arrangements[1].members[1].organisation", "2022-07-01", "NHS Somerset ICB"));
  }

  @Test
  void visibilityToAPartyTheSystemDoesNotHold_isAnUnknownReference() {
    Escalation e =
        raisedFor(ICB, LocalDate.of(2024, 5, 1))
            .madeVisible(
                io.github.hls4j.learning.Visibility.builder()
                    .to("Department of Health and Social Care")
                    .toParty(PartyId.of("dhsc"))
                    .on(LocalDate.of(2024, 5, 2))
                    .build())
            .madeVisible(
                io.github.hls4j.learning.Visibility.builder()
                    .to("NHS Somerset ICB")
                    .toParty(ICB)
                    .on(LocalDate.of(2024, 5, 3))
                    .build());
    LearningSystem system =
        LearningSystem.builder().place("Somerset").addParties(icb()).addEscalations(e).build();

    assertThat(
            SystemRules.validator(Profile.PUBLISHED, CLOCK)
                .validate(system)
                .withRule(SystemRules.UNKNOWN_REFERENCE.id())
                .violations())
        .filteredOn(v -> v.path().contains("madeVisible"))
        .extracting(Violation::path, v -> v.arguments().get("id"))
        .containsExactly(tuple("escalations[0].madeVisible[0].toParty", "dhsc"));
  }

  @Test
  void unknownSuccessor_isAnUnknownReference() {
    Organisation gone =
        Organisation.builder().from(ccg()).succeededBy(PartyId.of("nobody")).build();
    LearningSystem system = LearningSystem.builder().place("Somerset").addParties(gone).build();

    assertThat(
            SystemRules.validator(Profile.PUBLISHED, CLOCK)
                .validate(system)
                .withRule(SystemRules.UNKNOWN_REFERENCE.id())
                .violations())
        .extracting(Violation::path)
        .containsExactly("parties[0].succeededBy");
  }

  @Test
  void workingGroup_isSingleAgencyUnlessSaid_andMembersCanHaveRoles() {
    WorkingGroup group =
        WorkingGroup.builder()
            .id(WorkingGroupId.of("g"))
            .name("Alliance board")
            .addMembers(
                WorkingGroupMember.of(ICB, null, MemberRole.COMMISSIONER),
                WorkingGroupMember.of(CCG, PartyId.of("p"), MemberRole.CHAIR))
            .build();

    assertThat(group.multiAgency()).isFalse();
    assertThat(group.members())
        .extracting(m -> m.role().orElseThrow())
        .containsExactly(MemberRole.COMMISSIONER, MemberRole.CHAIR);
    assertThat(group.members().get(0).person()).isEmpty();
  }
}
