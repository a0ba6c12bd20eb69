package io.github.hls4j.governance;

import static io.github.hls4j.governance.Reports.valid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.hls4j.validation.Profile;
import io.github.hls4j.validation.RuleDescriptor;
import io.github.hls4j.validation.Severity;
import io.github.hls4j.validation.ValidationResult;
import io.github.hls4j.validation.Violation;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.AbstractListAssert;
import org.assertj.core.api.ObjectAssert;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The governance rules on texts a tester wrote from the documentation alone, modelled on councils'
 * papers in English and in Welsh: prompts in brackets, Welsh phrasing, ratifications, cut-off
 * titles behind a broken link and a ticked assessment with no statement.
 */
class TrialReadingTest {

  private static ValidationResult validate(BoardReport report) {
    return GovernanceRules.validator(Profile.DECISION_READY).validate(report);
  }

  private static AbstractListAssert<?, List<? extends Tuple>, Tuple, ObjectAssert<Tuple>> findings(
      BoardReport report, RuleDescriptor rule) {
    return assertThat(validate(report).withRule(rule.id()).violations())
        .extracting(Violation::path, Violation::severity);
  }

  private static Map<String, String> firstArguments(BoardReport report, RuleDescriptor rule) {
    return validate(report).withRule(rule.id()).violations().get(0).arguments();
  }

  @Nested
  class Prompts {

    @ParameterizedTest
    @ValueSource(
        strings = {
          "[Finance to confirm]",
          "[To be confirmed]",
          "[Author to complete]",
          "[TBC]",
          "[Officer name]",
          "[Name of officer]",
          "The cost is [£xx] a year.",
          "[I'w gadarnhau]",
          "[Cyllid i gadarnhau]",
          "[Rhowch enw'r swyddog]",
          "[dyddiad]",
          "[Summary]",
          "[Reasons]",
          "[Completed / not required, and why]",
          // an impact assessments table read a cell a line: the prompt alone on its line
          "Integrated Impact Assessment\n[Completed / not required, and why]\nData Protection"
              + " Impact Assessment\nNot required: no personal data is shared."
        })
    void placeholderText_bracketedPrompt_isAnErrorQuotingIt(String summary) {
      BoardReport report = valid().withSummary(summary);

      findings(report, GovernanceRules.PLACEHOLDER_TEXT)
          .containsExactly(tuple("summary[0]", Severity.ERROR));
      assertThat(firstArguments(report, GovernanceRules.PLACEHOLDER_TEXT).get("placeholder"))
          .startsWith("[")
          .endsWith("]");
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "R (Smith) v Anyshire CC [2025] EWHC 123 (Admin) applies.",
          "See [Appendix 1].",
          "[Appendix 1]",
          "The resident, [name removed], complained.",
          "[Redacted under paragraph 1 of Schedule 12A]",
          "He said it was \"unacceptible [sic]\".",
          "The duties in section 2(d) apply.",
          "As the report says [1], demand rose.",
          "Appendices\n[Appendix 1]\nThe report is attached.",
          "The consultation [summary attached] closed in May.\nNo changes were made.",
          "[Enw wedi'i ddileu] a gwynodd."
        })
    void placeholderText_legitimateBrackets_areNotPrompts(String summary) {
      findings(valid().withSummary(summary), GovernanceRules.PLACEHOLDER_TEXT).isEmpty();
    }

    @Test
    void implicationVague_statementThatIsAPrompt_isOnlyReportedAsTemplateText() {
      BoardReport report =
          valid()
              .withImplications(
                  Implication.builder()
                      .addAreas(ImplicationArea.FINANCIAL, ImplicationArea.LEGAL)
                      .statement("[Finance to confirm]")
                      .build());

      findings(report, GovernanceRules.IMPLICATION_VAGUE).isEmpty();
      findings(report, GovernanceRules.PLACEHOLDER_TEXT)
          .containsExactly(tuple("implications[0].statement", Severity.ERROR));
    }
  }

  @Nested
  class Welsh {

    @Test
    void implicationVague_welshDutySectionAndAct_namesLaw() {
      BoardReport report =
          valid()
              .withImplications(
                  Implication.builder()
                      .addAreas(ImplicationArea.LEGAL)
                      .statement(
                          "Mae gan y Cyngor ddyletswydd dan adran 35 o Ddeddf Gwasanaethau Cymdeithasol a Llesiant"
                              + " (Cymru) 2014.")
                      .build(),
                  Implication.builder()
                      .addAreas(ImplicationArea.FINANCIAL)
                      .statement(
                          "Bydd y model yn cael ei ddarparu o fewn y gyllideb bresennol o £3.2 miliwn.")
                      .build(),
                  Implication.builder()
                      .addAreas(ImplicationArea.FINANCIAL)
                      .statement(
                          "Mae'r argymhellion yn ymwneud â chyllid: y swyddog Adran 151 i gadarnhau.")
                      .build());

      findings(report, GovernanceRules.IMPLICATION_VAGUE).isEmpty();
    }

    @Test
    void implicationVague_welshStatementNamingNothing_isStillReported() {
      BoardReport report =
          valid()
              .withImplications(
                  Implication.builder()
                      .addAreas(ImplicationArea.LEGAL)
                      .statement("Rhaid i'r gwaith fod yn ddiogel ac yn gyfreithlon.")
                      .build());

      findings(report, GovernanceRules.IMPLICATION_VAGUE)
          .containsExactly(tuple("implications[0].statement", Severity.WARNING));
      assertThat(firstArguments(report, GovernanceRules.IMPLICATION_VAGUE))
          .containsEntry("area", "legal");
    }

    @Test
    void recommendationUnplanned_welshOwnerDateAndReportBack_isPlanned() {
      BoardReport report =
          valid()
              .withRecommendations(
                  Recommendation.builder()
                      .number(1)
                      .action(
                          "Yn gofyn i'r Pennaeth Gofal Oedolion ail-gomisiynu'r gwasanaeth erbyn Ebrill 2026 ac"
                              + " adrodd yn ôl i'r Cabinet.")
                      .build(),
                  Recommendation.builder().number(2).action("Yn nodi'r adroddiad.").build())
              .withSections();

      findings(report, GovernanceRules.RECOMMENDATION_UNPLANNED).isEmpty();
    }

    @Test
    void recommendationUnplanned_welshWithNoDate_saysByWhen() {
      BoardReport report =
          valid()
              .withRecommendations(
                  Recommendation.builder()
                      .number(1)
                      .action("Yn gofyn i'r Bwrdd Partneriaeth adrodd yn ôl ar y gwaith.")
                      .build())
              .withSections();

      findings(report, GovernanceRules.RECOMMENDATION_UNPLANNED)
          .containsExactly(tuple("recommendations[0]", Severity.WARNING));
      assertThat(firstArguments(report, GovernanceRules.RECOMMENDATION_UNPLANNED))
          .containsEntry("missing", "by when")
          .containsEntry("count", "1");
    }

    @Test
    void noRisksForChange_dimRisgiauForANewModel_isReported() {
      BoardReport report =
          valid()
              .withTitle("Model newydd ar gyfer gofal cartref yn y gymuned")
              .withRiskAssessment(RiskAssessment.builder().statement("Dim risgiau.").build());

      findings(report, GovernanceRules.NO_RISKS_FOR_CHANGE)
          .containsExactly(tuple("riskAssessment.statement", Severity.WARNING));
      assertThat(firstArguments(report, GovernanceRules.NO_RISKS_FOR_CHANGE))
          .containsEntry("said", "Dim risgiau")
          .containsEntry("change", "Model newydd")
          .containsEntry("changeAt", "title");
    }
  }

  @Nested
  class AlreadyDone {

    @ParameterizedTest
    @ValueSource(
        strings = {
          "That the Board ratifies the quarter 2 Better Care Fund return, as submitted by the Director of Adult"
              + " Social Care under delegated authority.",
          "That the Board receives the annual report.",
          "That the Board endorses the return already submitted to NHS England.",
          "That the Board retrospectively approves the action taken by the Chair.",
          "Bod y Bwrdd yn cadarnhau'r ffurflen fel y'i cyflwynwyd."
        })
    void recommendationUnplanned_ratificationOfWhatIsDone_needsNoPlan(String action) {
      BoardReport report =
          valid()
              .withRecommendations(Recommendation.builder().number(1).action(action).build())
              .withSections();

      findings(report, GovernanceRules.RECOMMENDATION_UNPLANNED).isEmpty();
    }

    @Test
    void recommendationUnplanned_approvalOfWhatIsStillToDo_isReported() {
      BoardReport report =
          valid()
              .withRecommendations(
                  Recommendation.builder()
                      .number(1)
                      .action("That the Board approves the new carers strategy.")
                      .build())
              .withSections();

      findings(report, GovernanceRules.RECOMMENDATION_UNPLANNED)
          .containsExactly(tuple("recommendations[0]", Severity.WARNING));
    }
  }

  @Nested
  class PlanForTheSet {

    @Test
    void recommendationUnplanned_dateOnlyInARatifiedReturn_isNoTimescaleForTheOthers() {
      BoardReport report =
          valid()
              .withRecommendations(
                  Recommendation.builder()
                      .number(1)
                      .action(
                          "That the Board ratifies the Integrated Care Fund quarter 2 return as"
                              + " submitted.")
                      .build(),
                  Recommendation.builder()
                      .number(2)
                      .action("That the Board approves the new carers support pathway.")
                      .carriedOutBy("Carers Trust South East Wales")
                      .build())
              .withSections();

      findings(report, GovernanceRules.RECOMMENDATION_UNPLANNED)
          .containsExactly(tuple("recommendations[1]", Severity.WARNING));
      assertThat(firstArguments(report, GovernanceRules.RECOMMENDATION_UNPLANNED))
          .containsEntry("missing", "by when and when it comes back to the board")
          .containsEntry("count", "2");
    }

    @Test
    void recommendationUnplanned_notingWithAFurtherReport_servesTheSet() {
      BoardReport report =
          valid()
              .withRecommendations(
                  Recommendation.builder()
                      .number(1)
                      .action(
                          "That the Board notes the report and asks for a further report in"
                              + " September 2026.")
                      .build(),
                  Recommendation.builder()
                      .number(2)
                      .action("That the Board approves the new carers support pathway.")
                      .carriedOutBy("Carers Trust South East Wales")
                      .build())
              .withSections();

      findings(report, GovernanceRules.RECOMMENDATION_UNPLANNED).isEmpty();
    }
  }

  @Nested
  class TruncatedTitle {

    @Test
    void truncatedTitle_cutOffWordBehindAnInPageLink_isReported() {
      BoardReport report =
          valid()
              .withBackgroundPapers(
                  BackgroundPaper.builder()
                      .title(
                          "Homelessness and Rough Sleeping Strategy 2023-2028 - Summary of Consultation Respo")
                      .link(Link.of("Homelessness strategy consultation", "#"))
                      .build());

      findings(report, GovernanceRules.TRUNCATED_TITLE)
          .containsExactly(tuple("backgroundPapers[0].title", Severity.WARNING));
      assertThat(firstArguments(report, GovernanceRules.TRUNCATED_TITLE))
          .containsEntry("fragment", "Respo")
          .containsEntry("evidence", "it stops part-way through a word");
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "Health and Social Care Act",
          "Carers Strategy Update",
          "Joint Strategic Needs Assessment: Mental",
          "Anyshire SEND Info",
          "Summary of Consultation Responses"
        })
    void truncatedTitle_wholeLastWord_isNotReported(String title) {
      BoardReport report =
          valid().withBackgroundPapers(BackgroundPaper.builder().title(title).build());

      findings(report, GovernanceRules.TRUNCATED_TITLE).isEmpty();
    }
  }

  @Nested
  class Equalities {

    @Test
    void equalitiesUnjustified_carriedOutWithNoStatement_isAnErrorAtTheStatement() {
      BoardReport report =
          valid()
              .withEqualities(
                  EqualitiesStatement.builder()
                      .impactAssessment(ImpactAssessment.CARRIED_OUT)
                      .build());

      findings(report, GovernanceRules.EQUALITIES_UNJUSTIFIED)
          .containsExactly(tuple("equalities.statement", Severity.ERROR));
    }

    @Test
    void equalitiesUnjustified_carriedOutWithItsOutcome_isFine() {
      BoardReport report =
          valid()
              .withEqualities(
                  EqualitiesStatement.builder()
                      .impactAssessment(ImpactAssessment.CARRIED_OUT)
                      .statement("The assessment found no negative impact on any protected group.")
                      .build());

      findings(report, GovernanceRules.EQUALITIES_UNJUSTIFIED).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "Not applicable.",
          "N/A",
          "Not required.",
          "An equality impact assessment is not required."
        })
    void equalitiesUnjustified_notNeededWithNoReason_isAnErrorAtTheStatement(String statement) {
      BoardReport report =
          valid()
              .withEqualities(
                  EqualitiesStatement.builder()
                      .impactAssessment(ImpactAssessment.NOT_NEEDED)
                      .statement(statement)
                      .build());

      findings(report, GovernanceRules.EQUALITIES_UNJUSTIFIED)
          .containsExactly(tuple("equalities.statement", Severity.ERROR));
    }

    @Test
    void equalitiesUnjustified_notNeededWithItsReason_isFine() {
      BoardReport report =
          valid()
              .withEqualities(
                  EqualitiesStatement.builder()
                      .impactAssessment(ImpactAssessment.NOT_NEEDED)
                      .statement("Not applicable: the report changes no service, policy or budget.")
                      .build());

      findings(report, GovernanceRules.EQUALITIES_UNJUSTIFIED).isEmpty();
    }
  }
}
