package io.github.hls4j.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.hls4j.governance.BoardReport;
import io.github.hls4j.governance.GovernanceRules;
import io.github.hls4j.governance.SectionKind;
import io.github.hls4j.validation.Profile;
import io.github.hls4j.validation.Severity;
import io.github.hls4j.validation.ValidationResult;
import io.github.hls4j.validation.Violation;
import org.junit.jupiter.api.Test;

/** Pins what hls4j finds in the real Somerset Board report, line by line of the document. */
class SomersetReportTest {

  private static final BoardReport REPORT = SomersetReport.report();

  @Test
  void decisionReady_findsExactlyTheDocumentsFlaws() {
    ValidationResult result = GovernanceRules.validator(Profile.DECISION_READY).validate(REPORT);

    assertThat(result.violations())
        .extracting(v -> v.rule().toString(), Violation::path, Violation::severity)
        .containsExactly(
            // "5.1 ... available at: [Human Learning Systems - Public Service for the Real
            // World](#)"
            tuple("governance/broken-link", "backgroundPapers[0].link.target", Severity.ERROR),
            // "Somerset Annual Director of Public Health Report 2023: Housing and Health:
            //  [Enc-F-Somerset-Annual-Report-...-Homes-and-Health.pdf](#)"
            tuple("governance/broken-link", "backgroundPapers[1].link.target", Severity.ERROR),
            // "Relevant Senior Manager / Lead Officer (Director Level)  Trudi Grant
            //  Click or tap to enter a date."
            tuple("governance/signoff-undated", "signOffs[0].date", Severity.ERROR),
            // "HWBB chair & Leader of the Council  Bill Revans  Click or tap to enter a date."
            tuple("governance/signoff-undated", "signOffs[1].date", Severity.ERROR),
            // "Monitoring Officer (Somerset Council)  David Clark  Click or tap to enter a date."
            tuple("governance/signoff-undated", "signOffs[3].date", Severity.ERROR),
            // "Somerset Integrated Care Partnership Chair  Paul Von Der Heyde
            //  Click or tap to enter a date."
            tuple("governance/signoff-undated", "signOffs[4].date", Severity.ERROR),
            // "Homes and Horizons - Human L"
            tuple("governance/truncated-title", "backgroundPapers[2].title", Severity.WARNING),
            // "Financial, Legal, HR, Social value and partnership Implications": "… must be
            // “safe and legal” …" names no money and no law
            tuple("governance/implication-vague", "implications[0].statement", Severity.WARNING),
            tuple("governance/implication-vague", "implications[0].statement", Severity.WARNING),
            // "That the Somerset Board approves: (1) … (2) … (3) …": no timescale, no report-back
            tuple("governance/recommendation-unplanned", "recommendations[0]", Severity.WARNING),
            tuple("governance/recommendation-unplanned", "recommendations[1]", Severity.WARNING),
            tuple("governance/recommendation-unplanned", "recommendations[2]", Severity.WARNING),
            // "This is a decision to take a new approach to how services are commissioned … There
            //  are no current risks identified"
            tuple("governance/no-risks-for-change", "riskAssessment.statement", Severity.WARNING),
            // 2.1 "connects with two of the Improving Lives Strategy priorities"; the table ticks
            // four
            tuple(
                "governance/count-contradicts-table",
                "sections[1].paragraphs[0].text[0]",
                Severity.WARNING),
            // "4.2." stands numbered and empty before "5. Background papers"
            tuple("governance/empty-paragraph", "sections[3].paragraphs[1]", Severity.WARNING),
            // "Executive Member (if applicable)  Graham Oakes  Click or tap to enter a date."
            tuple("governance/signoff-if-applicable-undated", "signOffs[2].date", Severity.WARNING),
            // "Links to The Improving Lives in Somerset Strategy": all four priorities "x"
            tuple(
                "alignment/all-ticked-without-rationale",
                "strategyAlignments[0]",
                Severity.WARNING),
            // "Links to Integrated Health and Care Strategy": all five priorities "x"; the one
            // statement ("The approach can be adopted across the system…") names no priority
            tuple(
                "alignment/all-ticked-without-rationale",
                "strategyAlignments[1]",
                Severity.WARNING));
  }

  @Test
  void decisionReady_argumentsNameThePeopleAndTargets() {
    ValidationResult result = GovernanceRules.validator(Profile.DECISION_READY).validate(REPORT);

    // The template asks the director above the report's officer to sign: no mismatch.
    assertThat(result.withRule(GovernanceRules.LEAD_OFFICER_MISMATCH.id()).violations()).isEmpty();
    assertThat(result.withRule(GovernanceRules.SIGNOFF_IF_APPLICABLE_UNDATED.id()).violations())
        .extracting(v -> v.arguments().get("name"))
        .containsExactly("Graham Oakes");
    assertThat(
            result
                .withRule(GovernanceRules.COUNT_CONTRADICTS_TABLE.id())
                .violations()
                .get(0)
                .arguments())
        .containsEntry("said", "two")
        .containsEntry("counted", "4");
    assertThat(
            result
                .withRule(GovernanceRules.NO_RISKS_FOR_CHANGE.id())
                .violations()
                .get(0)
                .arguments())
        .containsEntry("said", "no current risks identified")
        .containsEntry("change", "new approach");
    assertThat(result.withRule(GovernanceRules.RECOMMENDATION_UNPLANNED.id()).violations())
        .extracting(v -> v.arguments().get("missing"))
        .containsOnly("by when and when it comes back to the board");
    assertThat(
            result.withRule(GovernanceRules.TRUNCATED_TITLE.id()).violations().get(0).arguments())
        .containsEntry("fragment", "L");
    assertThat(result.withRule(GovernanceRules.BROKEN_LINK.id()).violations())
        .extracting(v -> v.arguments().get("target"))
        .containsExactly("#", "#");
    assertThat(result.withRule(GovernanceRules.SIGNOFF_UNDATED.id()).violations())
        .extracting(v -> v.arguments().get("name"))
        .containsExactly("Trudi Grant", "Bill Revans", "David Clark", "Paul Von Der Heyde");
    // one cause, one finding: the date pickers' template text is quoted by the undated sign-off
    assertThat(result.withRule(GovernanceRules.SIGNOFF_UNDATED.id()).violations())
        .extracting(v -> v.arguments().get("dateField"))
        .containsOnly("\"Click or tap to enter a date.\"");
    assertThat(result.withRule(GovernanceRules.PLACEHOLDER_TEXT.id()).violations()).isEmpty();
  }

  @Test
  void draft_findsOnlyTheEmptyParagraph() {
    // A draft may be undated and hold template text; an empty numbered paragraph is worth a look.
    assertThat(GovernanceRules.validator(Profile.DRAFT).validate(REPORT).violations())
        .extracting(v -> v.rule().toString(), Violation::path)
        .containsExactly(tuple("governance/empty-paragraph", "sections[3].paragraphs[1]"));
  }

  @Test
  void report_holdsEveryPartOfTheDocument() {
    assertThat(REPORT.summary()).hasSize(5);
    assertThat(REPORT.recommendations()).extracting(r -> r.number()).containsExactly(1, 2, 3);
    // "2. Once defined and approved by the Somerset Board the group identifies opportunities…"
    assertThat(REPORT.recommendations().get(1).dependsOn()).containsExactly(1);
    assertThat(REPORT.reasons()).hasSize(2);
    assertThat(REPORT.strategyAlignments())
        .extracting(a -> a.strategy().priorities().size(), a -> a.links().size())
        .containsExactly(tuple(4, 4), tuple(5, 5));
    assertThat(REPORT.board().sitsInCommon()).isTrue();
    assertThat(REPORT.sections())
        .extracting(s -> s.kind())
        .containsExactly(
            SectionKind.BACKGROUND,
            SectionKind.PRIORITIES_AND_OUTCOMES,
            SectionKind.CONSULTATIONS,
            SectionKind.REQUEST_OF_THE_BOARD);
    assertThat(REPORT.backgroundPapers()).hasSize(3);
    assertThat(REPORT.signOffs()).hasSize(5);
    assertThat(REPORT.signOffs().get(2).role().ifApplicable()).isTrue();
  }
}
