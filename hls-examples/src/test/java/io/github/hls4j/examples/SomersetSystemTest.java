package io.github.hls4j.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.hls4j.strategy.AlignmentMatrix;
import io.github.hls4j.system.LearningSystem;
import io.github.hls4j.system.SystemRules;
import io.github.hls4j.validation.Profile;
import io.github.hls4j.validation.Severity;
import io.github.hls4j.validation.ValidationResult;
import io.github.hls4j.validation.Violation;
import org.junit.jupiter.api.Test;

/** Pins what hls4j finds in the Somerset learning system that the report describes. */
class SomersetSystemTest {

  private static final LearningSystem SYSTEM = SomersetSystem.system();

  @Test
  void decisionReady_findsTheReportsFlawsAndTheUnansweredStewardshipQuestions() {
    ValidationResult result =
        SystemRules.validator(Profile.DECISION_READY, SomersetExample.AS_OF).validate(SYSTEM);

    // Every reference resolves and no id is used twice; the report's own findings appear under
    // reports[0] (pinned line by line in SomersetReportTest).
    assertThat(result.withRule(SystemRules.UNKNOWN_REFERENCE.id()).isEmpty()).isTrue();
    assertThat(result.withRule(SystemRules.DUPLICATE_ID.id()).isEmpty()).isTrue();
    assertThat(result.filter(v -> v.path().startsWith("reports[0].")).size()).isEqualTo(18);
    // The report asks Board members to "consider themselves to be 'system stewards'" and names
    // their
    // three responsibilities, but answers none of the stewardship questions; nor does it say which
    // priorities the working group it sets up serves.
    assertThat(result.filter(v -> !v.path().startsWith("reports[0].")).violations())
        .extracting(v -> v.rule().toString(), Violation::path, Violation::severity)
        .containsExactly(
            tuple("alignment/unaligned", "workingGroups[0].strategyAlignments", Severity.WARNING),
            tuple(
                "stewardship/stewardship-questions-unanswered",
                "stewards[0].questions.accountableTo",
                Severity.INFO),
            tuple(
                "stewardship/stewardship-questions-unanswered",
                "stewards[0].questions.basisOfLegitimacy",
                Severity.INFO),
            tuple(
                "stewardship/stewardship-questions-unanswered",
                "stewards[0].questions.onWhoseBehalf",
                Severity.INFO),
            tuple(
                "stewardship/stewardship-questions-unanswered",
                "stewards[0].questions.whatIsStewarded",
                Severity.INFO));
  }

  @Test
  void alignmentMatrix_reportTicksEverythingAndTheGroupNothing() {
    AlignmentMatrix matrix = SystemRules.alignmentMatrix(SYSTEM);

    assertThat(matrix.priorities()).hasSize(9);
    assertThat(matrix.gaps()).isEmpty();
    assertThat(matrix.itemsTickingEverything())
        .containsExactly("report somerset-board-hls-approach");
    assertThat(matrix.unalignedItems()).containsExactly("group hls-working-group");
  }

  @Test
  void system_holdsTheBoardTheGroupTheThemeAndTheReport() {
    assertThat(SYSTEM.stewards())
        .singleElement()
        .satisfies(s -> assertThat(s.responsibilities()).hasSize(3));
    assertThat(SYSTEM.workingGroups())
        .singleElement()
        .satisfies(g -> assertThat(g.organisations()).hasSize(4));
    assertThat(SYSTEM.themes())
        .singleElement()
        .satisfies(t -> assertThat(t.title()).isEqualTo("Housing"));
    assertThat(SYSTEM.board(SomersetReport.somersetBoard().id())).isPresent();
    assertThat(SYSTEM.reports()).containsExactly(SomersetReport.report());
  }
}
