package io.github.hls4j.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hls4j.learning.CycleId;
import io.github.hls4j.learning.Evidence;
import io.github.hls4j.learning.HorizontalShare;
import io.github.hls4j.learning.LearningCycle;
import io.github.hls4j.learning.LearningRecord;
import io.github.hls4j.learning.RecordKind;
import io.github.hls4j.learning.ShareTargetKind;
import io.github.hls4j.party.Organisation;
import io.github.hls4j.party.PartyId;
import io.github.hls4j.party.Person;
import io.github.hls4j.party.Sector;
import io.github.hls4j.stewardship.StewardId;
import io.github.hls4j.stewardship.SystemScale;
import io.github.hls4j.validation.Profile;
import io.github.hls4j.validation.RuleDescriptor;
import io.github.hls4j.validation.Severity;
import io.github.hls4j.validation.Violation;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The system's data-protection rules: personal records in multi-agency cycles, recipient labels.
 */
class DataProtectionRulesTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2025-06-01T00:00:00Z"), ZoneOffset.UTC);
  private static final PartyId COUNCIL = PartyId.of("council");
  private static final PartyId HOUSING = PartyId.of("housing");

  private static LearningSystem.Builder place() {
    return LearningSystem.builder()
        .place("Place")
        .addParties(
            Organisation.builder()
                .id(COUNCIL)
                .name("Somerset Council")
                .sector(Sector.COUNCIL)
                .build(),
            Organisation.builder()
                .id(HOUSING)
                .name("Homes in Sedgemoor")
                .sector(Sector.OTHER_STATUTORY)
                .build(),
            Person.builder()
                .id(PartyId.of("worker"))
                .name("A worker")
                .organisation(HOUSING)
                .build());
  }

  private static List<Violation> findings(LearningSystem system, RuleDescriptor rule) {
    return SystemRules.validator(Profile.PUBLISHED, CLOCK)
        .validate(system)
        .withRule(rule.id())
        .violations();
  }

  private static LearningCycle cycle(List<PartyId> actors, LearningRecord record) {
    return LearningCycle.builder()
        .id(CycleId.of("c"))
        .name("Cycle")
        .scale(SystemScale.TEAM)
        .owner(StewardId.of("s"))
        .purpose("Learn")
        .actors(actors)
        .addRecords(record)
        .build();
  }

  private static final LearningRecord PERSONAL =
      LearningRecord.builder()
          .kind(RecordKind.INSIGHT)
          .whatHappened("A story")
          .addEvidence(Evidence.personalStory("J., 15"))
          .build();

  @Test
  void personalRecord_inACycleOfTwoOrganisations_isAWarning() {
    LearningSystem system =
        place().addCycles(cycle(List.of(COUNCIL, PartyId.of("worker")), PERSONAL)).build();

    assertThat(findings(system, SystemRules.PERSONAL_DATA_IN_MULTI_AGENCY_CYCLE))
        .extracting(Violation::path, Violation::severity, v -> v.arguments().get("organisations"))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "cycles[0].records[0].evidence", Severity.WARNING, "2"));
  }

  @Test
  void personalRecord_inASingleOrganisationsCycle_orRedacted_isFine() {
    LearningSystem single =
        place().addCycles(cycle(List.of(HOUSING, PartyId.of("worker")), PERSONAL)).build();
    LearningSystem redacted =
        place().addCycles(cycle(List.of(COUNCIL, HOUSING), PERSONAL.redacted())).build();

    assertThat(findings(single, SystemRules.PERSONAL_DATA_IN_MULTI_AGENCY_CYCLE)).isEmpty();
    assertThat(findings(redacted, SystemRules.PERSONAL_DATA_IN_MULTI_AGENCY_CYCLE)).isEmpty();
  }

  private static HorizontalShare share(String label, PartyId to) {
    return HorizontalShare.builder()
        .fromCycle(CycleId.of("c"))
        .fromOrganisation(COUNCIL)
        .toKind(ShareTargetKind.ORGANISATION)
        .to(label)
        .toOrganisation(to)
        .purpose("Learning")
        .build();
  }

  @Test
  void recipientLabel_namingAnotherOrganisation_isAnError_whateverItsCase() {
    LearningSystem system = place().addShares(share("HOMES IN SEDGEMOOR", COUNCIL)).build();

    assertThat(findings(system, SystemRules.SHARE_RECIPIENT_MISMATCH))
        .extracting(
            Violation::path,
            v -> v.arguments().get("named"),
            v -> v.arguments().get("toOrganisation"))
        .containsExactly(org.assertj.core.groups.Tuple.tuple("shares[0].to", "housing", "council"));
  }

  @Test
  void recipientLabel_namingItsOwnOrganisation_orNoneOfTheSystem_isFine() {
    LearningSystem system =
        place()
            .addShares(share("Homes in Sedgemoor", HOUSING), share("The housing team", HOUSING))
            .build();

    assertThat(findings(system, SystemRules.SHARE_RECIPIENT_MISMATCH)).isEmpty();
  }

  @Test
  void recipientLabel_namingAPersonOfAnotherOrganisation_whileTheIdsStayInside_isAnError() {
    HorizontalShare byName = share("a WORKER", COUNCIL);
    HorizontalShare byId = share("worker", COUNCIL);
    LearningSystem system = place().addShares(byName, byId).build();

    assertThat(byName.fromOrganisation()).isEqualTo(byName.toOrganisation());
    assertThat(findings(system, SystemRules.SHARE_RECIPIENT_MISMATCH))
        .extracting(
            Violation::path,
            Violation::severity,
            v -> v.arguments().get("named"),
            v -> v.arguments().get("toOrganisation"))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "shares[0].to", Severity.ERROR, "housing", "council"),
            org.assertj.core.groups.Tuple.tuple(
                "shares[1].to", Severity.ERROR, "housing", "council"));
  }

  @Test
  void recipientLabel_namingAPersonOfItsOwnOrganisation_isFine() {
    LearningSystem system = place().addShares(share("A worker", HOUSING)).build();

    assertThat(findings(system, SystemRules.SHARE_RECIPIENT_MISMATCH)).isEmpty();
  }

  private static final Person RESIDENT =
      Person.builder().id(PartyId.of("resident")).name("Mary Ellis").memberOfPublic(true).build();
  private static final Person TOLD =
      Person.builder().id(PartyId.of("told")).name("Jo Bright").build();

  private static LearningCycle cycleNamed(String name, LearningRecord... records) {
    return LearningCycle.builder()
        .id(CycleId.of("c"))
        .name(name)
        .scale(SystemScale.TEAM)
        .owner(StewardId.of("s"))
        .purpose("Learn")
        .addRecords(records)
        .build();
  }

  @Test
  void
      memberOfThePublic_namedInACyclesName_isFound_whateverTheCase_andTheFindingSaysWhoseNotTheName() {
    LearningSystem system =
        place().addParties(RESIDENT).addCycles(cycleNamed("MARY ELLIS's move home")).build();

    List<Violation> found = findings(system, SystemRules.PERSONAL_NAME_IN_TEXT);

    assertThat(found)
        .extracting(
            Violation::path,
            Violation::severity,
            v -> v.arguments().get("party"),
            v -> v.arguments().get("reason"))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "cycles[0].name", Severity.WARNING, "resident", "a member of the public"));
    assertThat(found.get(0).message()).doesNotContainIgnoringCase("Mary Ellis");
  }

  @Test
  void personNamedInPersonalEvidence_namedAgainInPlainText_isFound_butNotInTheEvidenceItself() {
    LearningRecord record =
        LearningRecord.builder()
            .kind(RecordKind.INSIGHT)
            .whatHappened("Jo Bright chose the day of the move")
            .addEvidence(Evidence.story("Jo Bright's own account"))
            .build();
    LearningSystem system = place().addParties(TOLD).addCycles(cycleNamed("Moves", record)).build();

    assertThat(findings(system, SystemRules.PERSONAL_NAME_IN_TEXT))
        .extracting(
            Violation::path, v -> v.arguments().get("party"), v -> v.arguments().get("reason"))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "cycles[0].records[0].whatHappened", "told", "named in personal evidence"));
  }

  @Test
  void noPersonKnownToBePersonal_noNameFinding() {
    LearningSystem system =
        place().addParties(TOLD).addCycles(cycleNamed("Jo Bright's cycle")).build();

    assertThat(findings(system, SystemRules.PERSONAL_NAME_IN_TEXT)).isEmpty();
  }

  @Test
  void identifierInAnyFreeText_outsidePersonalEvidence_isAWarningAtItsPath() {
    LearningRecord record =
        LearningRecord.builder()
            .kind(RecordKind.INSIGHT)
            .whatHappened("Met")
            .addEvidence(Evidence.story("NHS 943 476 5919"))
            .build();
    LearningSystem system =
        place().addCycles(cycleNamed("Cycle for jo@example.org", record)).build();

    assertThat(findings(system, SystemRules.PERSONAL_IDENTIFIER_IN_TEXT))
        .extracting(Violation::path, Violation::severity, v -> v.arguments().get("kinds"))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "cycles[0].name", Severity.WARNING, "e-mail address"));
  }
}
