package io.github.hls4j.stewardship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.google.common.testing.NullPointerTester;
import io.github.hls4j.governance.BoardId;
import io.github.hls4j.governance.ReportId;
import io.github.hls4j.party.PartyId;
import io.github.hls4j.validation.Profile;
import io.github.hls4j.validation.Severity;
import io.github.hls4j.validation.ValidationResult;
import io.github.hls4j.validation.Validator;
import io.github.hls4j.validation.Violation;
import nl.jqno.equalsverifier.EqualsVerifier;
import nl.jqno.equalsverifier.Warning;
import org.junit.jupiter.api.Test;

class StewardshipRulesTest {

  static final PartyId COUNCIL = PartyId.of("council");
  static final PartyId NHS = PartyId.of("nhs");

  static SystemSteward.Builder steward() {
    return SystemSteward.builder()
        .id(StewardId.of("board"))
        .heldBy(PartyId.of("board-members"))
        .type(StewardType.LEADERSHIP)
        .scale(SystemScale.SYSTEM)
        .addResponsibilities("Shaping the strategic direction")
        .questions(
            StewardshipQuestions.builder()
                .whatIsStewarded("Health and wellbeing in the county")
                .onWhoseBehalf("Residents")
                .accountableTo("The public, through the Board")
                .basisOfLegitimacy("The Board's constitution")
                .build());
  }

  static WorkingGroup.Builder group() {
    return WorkingGroup.builder()
        .id(WorkingGroupId.of("group"))
        .name("HLS working group")
        .multiAgency(true)
        .addMembers(
            WorkingGroupMember.from(COUNCIL), WorkingGroupMember.of(NHS, PartyId.of("nurse")))
        .reportsTo(BoardId.of("board"))
        .createdBy(RecommendationRef.of(ReportId.of("report"), 1));
  }

  private static ValidationResult validate(SystemSteward steward) {
    return Validator.builder(StewardshipRules.systemSteward())
        .profile(Profile.PUBLISHED)
        .build()
        .validate(steward);
  }

  private static ValidationResult validate(WorkingGroup group) {
    return Validator.builder(StewardshipRules.workingGroup())
        .profile(Profile.PUBLISHED)
        .build()
        .validate(group);
  }

  @Test
  void wellDescribedStewardAndGroup_haveNoFindings() {
    assertThat(validate(steward().build()).isEmpty()).isTrue();
    assertThat(validate(group().build()).isEmpty()).isTrue();
  }

  @Test
  void stewardWithoutResponsibility_isReported() {
    ValidationResult result = validate(steward().responsibilities(java.util.List.of(" ")).build());

    assertThat(result.violations())
        .extracting(v -> v.rule().toString(), Violation::path, Violation::severity)
        .containsExactly(
            tuple(
                "stewardship/steward-without-responsibility",
                "responsibilities",
                Severity.WARNING));
    assertThat(result.violations().get(0).arguments()).containsEntry("steward", "board");
  }

  @Test
  void unansweredQuestions_areReportedOneByOne() {
    SystemSteward steward =
        steward()
            .questions(
                StewardshipQuestions.builder().whatIsStewarded("Health").onWhoseBehalf(" ").build())
            .build();

    assertThat(validate(steward).violations())
        .extracting(v -> v.rule().toString(), Violation::path, Violation::severity)
        .containsExactly(
            tuple(
                "stewardship/stewardship-questions-unanswered",
                "questions.accountableTo",
                Severity.INFO),
            tuple(
                "stewardship/stewardship-questions-unanswered",
                "questions.basisOfLegitimacy",
                Severity.INFO),
            tuple(
                "stewardship/stewardship-questions-unanswered",
                "questions.onWhoseBehalf",
                Severity.INFO));
    assertThat(validate(steward).violations().get(0).arguments())
        .containsEntry("question", "accountableTo");
  }

  @Test
  void defaults_areUnansweredQuestionsAndNoRemit() {
    SystemSteward s =
        SystemSteward.builder()
            .id(StewardId.of("s"))
            .heldBy(COUNCIL)
            .type(StewardType.PRACTITIONER)
            .scale(SystemScale.TEAM)
            .build();

    assertThat(s.questions()).isEqualTo(StewardshipQuestions.unanswered());
    assertThat(s.remit()).isEqualTo(Remit.none());
    assertThat(validate(s).violations()).hasSize(5);
  }

  @Test
  void multiAgencyGroupFromOneOrganisation_isReported() {
    WorkingGroup single =
        group()
            .members(
                java.util.List.of(
                    WorkingGroupMember.of(COUNCIL, PartyId.of("a")),
                    WorkingGroupMember.of(COUNCIL, PartyId.of("b"))))
            .build();

    assertThat(validate(single).violations())
        .extracting(v -> v.rule().toString(), Violation::path, Violation::severity)
        .containsExactly(
            tuple("stewardship/working-group-single-agency", "members", Severity.WARNING));
    assertThat(validate(single).violations().get(0).arguments())
        .containsEntry("group", "HLS working group")
        .containsEntry("organisations", "1");
    assertThat(validate(group().multiAgency(false).members(java.util.List.of()).build()).isEmpty())
        .isTrue();
  }

  @Test
  void groupWithoutReportingLine_isReported() {
    WorkingGroup group =
        WorkingGroup.builder().from(group().build()).reportsTo(java.util.Optional.empty()).build();

    assertThat(validate(group).violations())
        .extracting(v -> v.rule().toString(), Violation::path)
        .containsExactly(tuple("stewardship/group-without-reporting-line", "reportsTo"));
  }

  @Test
  void organisations_areDistinctInOrderOfFirstAppearance() {
    WorkingGroup g =
        group()
            .members(
                java.util.List.of(
                    WorkingGroupMember.from(NHS),
                    WorkingGroupMember.from(COUNCIL),
                    WorkingGroupMember.from(NHS)))
            .build();

    assertThat(g.organisations()).containsExactly(NHS, COUNCIL);
  }

  @Test
  void remit_coversAKindInAnOrganisation() {
    Remit remit =
        Remit.builder().addBarrierKinds(BarrierKind.THRESHOLDS).addOrganisations(COUNCIL).build();

    assertThat(remit.covers(BarrierKind.THRESHOLDS, COUNCIL)).isTrue();
    assertThat(remit.covers(BarrierKind.THRESHOLDS, NHS)).isFalse();
    assertThat(remit.covers(BarrierKind.LEGISLATION, COUNCIL)).isFalse();
  }

  @Test
  void construction_rejectsBadValues() {
    assertThatThrownBy(() -> RecommendationRef.of(ReportId.of("r"), 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("RecommendationRef.number (0) must be at least 1");
    assertThatThrownBy(() -> group().name(" ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("WorkingGroup.name ( ) must not be blank");
    assertThatThrownBy(() -> StewardId.of(" x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("StewardId.value ( x) must be");
    assertThatThrownBy(() -> WorkingGroupId.of(""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("WorkingGroupId.value () must be");
    assertThat(StewardId.of("a")).isLessThan(StewardId.of("b")).hasToString("a");
    assertThat(WorkingGroupId.of("b")).isGreaterThan(WorkingGroupId.of("a")).hasToString("b");
  }

  @Test
  void systemScale_ordersFromPracticeToSystem() {
    assertThat(SystemScale.PRACTICE).isLessThan(SystemScale.TEAM);
    assertThat(SystemScale.ORGANISATION).isLessThan(SystemScale.SYSTEM);
  }

  @Test
  void valueTypes_equalByEveryAttribute() {
    EqualsVerifier.forClasses(
            ImmutableStewardId.class,
            ImmutableWorkingGroupId.class,
            ImmutableStewardshipQuestions.class,
            ImmutableRemit.class,
            ImmutableSystemSteward.class,
            ImmutableWorkingGroupMember.class,
            ImmutableRecommendationRef.class,
            ImmutableWorkingGroup.class)
        .suppress(Warning.NULL_FIELDS)
        .verify();
  }

  @Test
  void publicFactories_rejectNull() {
    NullPointerTester tester =
        new NullPointerTester()
            .setDefault(ReportId.class, ReportId.of("r"))
            .setDefault(PartyId.class, COUNCIL);
    for (Class<?> type :
        new Class<?>[] {
          StewardId.class, WorkingGroupId.class, WorkingGroupMember.class, RecommendationRef.class
        }) {
      tester.testAllPublicStaticMethods(type);
    }
  }
}
