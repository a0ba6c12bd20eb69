package io.github.hls4j.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;
import static org.assertj.core.api.Assertions.tuple;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.google.common.testing.NullPointerTester;
import io.github.hls4j.party.PartyId;
import io.github.hls4j.validation.Profile;
import io.github.hls4j.validation.Severity;
import io.github.hls4j.validation.ValidationResult;
import io.github.hls4j.validation.Violation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import nl.jqno.equalsverifier.EqualsVerifier;
import nl.jqno.equalsverifier.Warning;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HealthTest {

  static HealthAssessment assessment(String assessor, StakeholderGroup group, int... scores) {
    HealthAssessment.Builder a =
        HealthAssessment.builder()
            .assessor(PartyId.of(assessor))
            .speaksFor(group)
            .date(LocalDate.of(2025, 4, 1));
    for (int i = 0; i < scores.length; i++) {
      if (scores[i] > 0) {
        a.addScores(BehaviourScore.of(SystemBehaviour.values()[i], scores[i], "Story " + i));
      }
    }
    return a.build();
  }

  static int[] all(int score) {
    int[] scores = new int[9];
    java.util.Arrays.fill(scores, score);
    return scores;
  }

  private static ValidationResult validate(HealthAssessment... assessments) {
    return HealthRules.validator(Profile.PUBLISHED)
        .validate(HealthRound.builder().name("Round").addAssessments(assessments).build());
  }

  @Test
  void behaviours_areNineInThreeDimensions() {
    assertThat(SystemBehaviour.values()).hasSize(9);
    for (BehaviourDimension d : BehaviourDimension.values()) {
      assertThat(java.util.Arrays.stream(SystemBehaviour.values()).filter(b -> b.dimension() == d))
          .hasSize(3);
    }
    assertThat(SystemBehaviour.ACCOUNTABILITY_MUTUAL.description())
        .isEqualTo("Accountability is mutual");
    assertThat(StakeholderGroup.PEOPLE_USING_SERVICES.isResidentVoice()).isTrue();
    assertThat(StakeholderGroup.FRONTLINE_STAFF.isResidentVoice()).isFalse();
    assertThat(StakeholderGroup.NHS.label()).isEqualTo("NHS");
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 11, -3})
  void score_outsideOneToTen_cannotBeBuilt(int score) {
    assertThatThrownBy(() -> BehaviourScore.of(SystemBehaviour.SHARED_VISION, score))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("BehaviourScore.score (" + score + ") must be from 1 to 10, for SHARED_VISION");
  }

  @Test
  void score_boundsAreAllowed() {
    assertThat(BehaviourScore.of(SystemBehaviour.SHARED_VISION, 1).score()).isEqualTo(1);
    assertThat(BehaviourScore.of(SystemBehaviour.SHARED_VISION, 10).story()).isEmpty();
  }

  @Test
  void assessment_scoringABehaviourTwice_cannotBeBuilt() {
    assertThatThrownBy(
            () ->
                HealthAssessment.builder()
                    .assessor(PartyId.of("a"))
                    .speaksFor(StakeholderGroup.NHS)
                    .date(LocalDate.of(2025, 1, 1))
                    .addScores(
                        BehaviourScore.of(SystemBehaviour.SHARED_VISION, 3),
                        BehaviourScore.of(SystemBehaviour.SHARED_VISION, 4))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "HealthAssessment.scores (SHARED_VISION) must score each behaviour once, but SHARED_VISION is scored twice by a");
  }

  @Test
  void rules_wellHeardCompleteRound_hasNoFindings() {
    assertThat(
            validate(
                    assessment("c", StakeholderGroup.COUNCIL, all(5)),
                    assessment("r", StakeholderGroup.RESIDENTS, all(3)))
                .isEmpty())
        .isTrue();
  }

  @Test
  void rules_incompleteSinglePerspectiveNoResidentAndTarget() {
    HealthAssessment incomplete =
        assessment("c1", StakeholderGroup.COUNCIL, 5, 5, 5, 5, 5, 0, 5, 5, 0);
    HealthAssessment target =
        HealthAssessment.builder()
            .from(assessment("c2", StakeholderGroup.COUNCIL, all(6)))
            .tiedToTarget("KPI 7 in the contract")
            .build();

    ValidationResult result = validate(incomplete, target);

    assertThat(result.violations())
        .extracting(v -> v.rule().toString(), Violation::path, Violation::severity)
        .containsExactly(
            tuple("health/used-as-target", "assessments[1].tiedToTarget", Severity.ERROR),
            tuple("health/no-resident-voice", "assessments", Severity.WARNING),
            tuple("health/single-perspective", "assessments", Severity.WARNING),
            tuple("health/incomplete-assessment", "assessments[0].scores", Severity.WARNING),
            tuple("health/incomplete-assessment", "assessments[0].scores", Severity.WARNING));
    assertThat(result.withRule(HealthRules.INCOMPLETE_ASSESSMENT.id()).violations())
        .extracting(v -> v.arguments().get("behaviour"))
        .containsExactlyInAnyOrder("ACCOUNTABILITY_MUTUAL", "FEEDBACK_DRIVES_ADAPTATION");
    assertThat(result.withRule(HealthRules.SINGLE_PERSPECTIVE.id()).violations().get(0).arguments())
        .containsEntry("group", "COUNCIL");
    assertThat(result.withRule(HealthRules.USED_AS_TARGET.id()).violations().get(0).arguments())
        .containsEntry("target", "KPI 7 in the contract");
  }

  @Test
  void rules_emptyRound_reportsNothing_andBlankTargetIsNone() {
    assertThat(validate().isEmpty()).isTrue();
    HealthAssessment blank =
        HealthAssessment.builder()
            .from(assessment("r", StakeholderGroup.RESIDENTS, all(4)))
            .tiedToTarget(" ")
            .build();
    assertThat(validate(blank, assessment("n", StakeholderGroup.NHS, all(4))).isEmpty()).isTrue();
  }

  @Test
  void spread_ofScores() {
    ScoreSpread s = ScoreSpread.of(List.of(2, 9, 4, 6));

    assertThat(s.voices()).isEqualTo(4);
    assertThat(s.min()).isEqualTo(2);
    assertThat(s.max()).isEqualTo(9);
    assertThat(s.median()).isEqualTo(5.0);
    assertThat(s.lowerQuartile()).isEqualTo(3.5);
    assertThat(s.upperQuartile()).isCloseTo(6.75, offset(1e-9));
    assertThat(s.interquartileRange()).isCloseTo(3.25, offset(1e-9));
    assertThatThrownBy(() -> ScoreSpread.of(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ScoreSpread.scores ([]) must not be empty");
  }

  @Test
  void profile_keepsEachGroupsViewAndTheirDivergence() {
    HealthProfile profile =
        HealthProfile.of(
            "Round",
            List.of(
                assessment("c1", StakeholderGroup.COUNCIL, all(7)),
                assessment("c2", StakeholderGroup.COUNCIL, all(8)),
                assessment("r1", StakeholderGroup.RESIDENTS, 3, 3, 3, 3, 3, 3, 3, 3, 0)));

    assertThat(profile.assessments()).isEqualTo(3);
    assertThat(profile.spread(SystemBehaviour.SHARED_VISION).map(ScoreSpread::median))
        .contains(7.0);
    assertThat(
            profile
                .byGroup()
                .get(StakeholderGroup.COUNCIL)
                .get(SystemBehaviour.SHARED_VISION)
                .median())
        .isEqualTo(7.5);
    assertThat(profile.divergence(SystemBehaviour.SHARED_VISION)).hasValue(4.5);
    assertThat(profile.divergence(SystemBehaviour.FEEDBACK_DRIVES_ADAPTATION)).isEmpty();
    assertThat(profile.disagreements(4))
        .hasSize(8)
        .doesNotContain(SystemBehaviour.FEEDBACK_DRIVES_ADAPTATION);
    assertThat(profile.disagreements(5)).isEmpty();
    assertThat(profile.spread(SystemBehaviour.FEEDBACK_DRIVES_ADAPTATION).map(ScoreSpread::voices))
        .contains(2);
    assertThat(profile)
        .hasToString("HealthProfile{Round, assessments=3, groups=[COUNCIL, RESIDENTS]}");
  }

  @Test
  void disagreements_mostDivergentFirst() {
    HealthProfile profile =
        HealthProfile.of(
            "Round",
            List.of(
                assessment("c", StakeholderGroup.COUNCIL, 9, 9, 9, 5, 5, 5, 5, 5, 5),
                assessment("r", StakeholderGroup.RESIDENTS, 5, 2, 5, 5, 5, 5, 5, 5, 5)));

    assertThat(profile.disagreements(3))
        .containsExactly(
            SystemBehaviour.PEOPLE_RESOURCEFUL,
            SystemBehaviour.INTERCONNECTED_WHOLE,
            SystemBehaviour.SHARED_VISION);
  }

  @Test
  void change_betweenRounds_forBehavioursScoredInBoth() {
    HealthProfile before =
        HealthProfile.of(
            "A", List.of(assessment("c", StakeholderGroup.COUNCIL, 4, 4, 4, 4, 4, 4, 4, 4, 0)));
    HealthProfile after =
        HealthProfile.of(
            "B", List.of(assessment("c", StakeholderGroup.COUNCIL, 6, 3, 4, 4, 4, 4, 4, 4, 7)));

    Map<SystemBehaviour, Double> change = HealthProfile.change(before, after);

    assertThat(change)
        .hasSize(8)
        .containsEntry(SystemBehaviour.INTERCONNECTED_WHOLE, 2.0)
        .containsEntry(SystemBehaviour.PEOPLE_RESOURCEFUL, -1.0);
    assertThat(change).doesNotContainKey(SystemBehaviour.FEEDBACK_DRIVES_ADAPTATION);
  }

  private static List<HealthAssessment> assessments(List<List<Integer>> rows) {
    List<HealthAssessment> assessments = new ArrayList<>();
    StakeholderGroup[] groups = StakeholderGroup.values();
    for (int i = 0; i < rows.size(); i++) {
      List<Integer> row = rows.get(i);
      int[] scores = new int[9];
      for (int b = 0; b < 9 && b < row.size(); b++) {
        scores[b] = row.get(b);
      }
      assessments.add(assessment("a" + i, groups[i % groups.length], scores));
    }
    return assessments;
  }

  @Test
  void properties_medianWithinRange_votesNeverLost_orderIrrelevant() {
    qt().withExamples(Integer.getInteger("hls4j.examples", 300))
        .forAll(
            lists()
                .of(lists().of(integers().between(0, 10)).ofSizeBetween(0, 9))
                .ofSizeBetween(0, 12))
        .checkAssert(
            rows -> {
              List<HealthAssessment> list = assessments(rows);
              HealthProfile profile = HealthProfile.of("p", list);
              for (ScoreSpread s : profile.byBehaviour().values()) {
                assertThat(s.median()).isBetween((double) s.min(), (double) s.max());
                assertThat(s.lowerQuartile()).isBetween((double) s.min(), s.median());
                assertThat(s.upperQuartile()).isBetween(s.median(), (double) s.max());
              }
              // adding an assessor never removes a voice
              List<HealthAssessment> more = new ArrayList<>(list);
              more.add(assessment("extra", StakeholderGroup.RESIDENTS, 5, 0, 5, 0, 5, 0, 5, 0, 5));
              HealthProfile larger = HealthProfile.of("p", more);
              for (SystemBehaviour b : SystemBehaviour.values()) {
                int before = profile.spread(b).map(ScoreSpread::voices).orElse(0);
                assertThat(larger.spread(b).map(ScoreSpread::voices).orElse(0))
                    .isGreaterThanOrEqualTo(before);
              }
              // the order of assessments does not matter
              List<HealthAssessment> shuffled = new ArrayList<>(list);
              Collections.shuffle(shuffled, new Random(rows.size()));
              HealthProfile reordered = HealthProfile.of("p", shuffled);
              assertThat(reordered.byBehaviour()).isEqualTo(profile.byBehaviour());
              assertThat(reordered.byGroup()).isEqualTo(profile.byGroup());
            });
  }

  @Test
  void valueTypes_equalByEveryAttribute() {
    EqualsVerifier.forClasses(
            ImmutableBehaviourScore.class,
            ImmutableHealthAssessment.class,
            ImmutableHealthRound.class,
            ImmutableScoreSpread.class)
        .suppress(Warning.NULL_FIELDS)
        .verify();
  }

  @Test
  void publicFactories_rejectNull() {
    new NullPointerTester().testAllPublicStaticMethods(BehaviourScore.class);
    new NullPointerTester().testAllPublicStaticMethods(ScoreSpread.class);
  }

  @Test
  void round_blankName_cannotBeBuilt() {
    assertThatThrownBy(() -> HealthRound.builder().name(" ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("HealthRound.name ( ) must not be blank");
  }
}
