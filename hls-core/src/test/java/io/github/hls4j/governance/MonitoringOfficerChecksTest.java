package io.github.hls4j.governance;

import static io.github.hls4j.governance.Reports.valid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.hls4j.strategy.AlignmentLink;
import io.github.hls4j.strategy.Priority;
import io.github.hls4j.strategy.PriorityId;
import io.github.hls4j.strategy.Strategy;
import io.github.hls4j.strategy.StrategyAlignment;
import io.github.hls4j.strategy.StrategyId;
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
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The checks a Monitoring Officer makes of a report's words, on texts modelled on councils' papers.
 */
class MonitoringOfficerChecksTest {

  private static ValidationResult validate(BoardReport report, Profile profile) {
    return GovernanceRules.validator(profile).validate(report);
  }

  private static AbstractListAssert<?, List<? extends Tuple>, Tuple, ObjectAssert<Tuple>> findings(
      BoardReport report, RuleDescriptor rule) {
    return assertThat(validate(report, Profile.DECISION_READY).withRule(rule.id()).violations())
        .extracting(Violation::path, Violation::severity);
  }

  private static List<Map<String, String>> arguments(BoardReport report, RuleDescriptor rule) {
    return validate(report, Profile.DECISION_READY).withRule(rule.id()).violations().stream()
        .map(Violation::arguments)
        .toList();
  }

  private static Implication implication(String statement, ImplicationArea... areas) {
    return Implication.builder().addAreas(areas).statement(statement).build();
  }

  @ParameterizedTest
  @EnumSource(
      value = Profile.class,
      names = {"DRAFT"})
  void draft_asksNoneOfTheseChecks(Profile profile) {
    BoardReport report =
        valid()
            .withImplications(implication("Work must be safe and legal.", ImplicationArea.LEGAL))
            .withBackgroundPapers(
                BackgroundPaper.builder().title("Homes and Horizons - Human L").build());

    assertThat(validate(report, profile).violations()).isEmpty();
  }

  @Nested
  class ImplicationVague {

    @Test
    void somersetsStatement_namesNoMoneyAndNoLaw_reportedForEachArea() {
      BoardReport report =
          valid()
              .withImplications(
                  implication(
                      "The approach described at the workshop is that work delivered through this approach must be"
                          + " \u201Csafe and legal\u201D. Empowering our workforce to adopt a positive error culture"
                          + " will mean working in a different way.",
                      ImplicationArea.values()));

      findings(report, GovernanceRules.IMPLICATION_VAGUE)
          .containsExactly(
              tuple("implications[0].statement", Severity.WARNING),
              tuple("implications[0].statement", Severity.WARNING));
      assertThat(arguments(report, GovernanceRules.IMPLICATION_VAGUE))
          .extracting(a -> a.get("area"))
          .containsExactly("financial", "legal");
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "The posts cost £120,000 a year, met from the Better Care Fund.",
          "The work is funded within existing budgets.",
          "There are no financial implications arising from this report.",
          "There are no direct resource implications as a result of this report.",
          "Spend of 1.2 million over two years.",
        })
    void financialStatementNamingMoney_passes(String statement) {
      BoardReport report =
          valid().withImplications(implication(statement, ImplicationArea.FINANCIAL));

      findings(report, GovernanceRules.IMPLICATION_VAGUE).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "The Board acts under section 195 of the Health and Social Care Act 2012.",
          "The Council has a statutory duty under the Housing Act 1996, Part 7.",
          "The decision is within the Board's powers in its terms of reference.",
          "There are no legal implications.",
        })
    void legalStatementNamingLaw_passes(String statement) {
      BoardReport report = valid().withImplications(implication(statement, ImplicationArea.LEGAL));

      findings(report, GovernanceRules.IMPLICATION_VAGUE).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "The work must be safe and legal.",
          "This is lawful.",
          "Empowering staff in order to act."
        })
    void legalStatementWithOnlyLegalWords_isVague(String statement) {
      BoardReport report =
          valid()
              .withImplications(implication(statement, ImplicationArea.LEGAL, ImplicationArea.HR));

      findings(report, GovernanceRules.IMPLICATION_VAGUE)
          .containsExactly(tuple("implications[0].statement", Severity.WARNING));
      assertThat(arguments(report, GovernanceRules.IMPLICATION_VAGUE).get(0))
          .containsEntry("area", "legal")
          .containsEntry("lacks", "law, statute, power or duty");
    }

    @Test
    void otherAreas_areNotRead() {
      BoardReport report =
          valid().withImplications(implication("Staff will work differently.", ImplicationArea.HR));

      findings(report, GovernanceRules.IMPLICATION_VAGUE).isEmpty();
    }
  }

  @Nested
  class NoRisksForChange {

    private ImmutableBoardReport withRisk(String statement) {
      return valid().withRiskAssessment(RiskAssessment.builder().statement(statement).build());
    }

    @Test
    void somersetsNewApproach_withNoCurrentRisks_isReportedWithTheWords() {
      BoardReport report =
          withRisk(
              "This is a decision to take a new approach to how services are commissioned, managed and provided."
                  + " There are no current risks identified from the recommendations made at this stage.");

      findings(report, GovernanceRules.NO_RISKS_FOR_CHANGE)
          .containsExactly(tuple("riskAssessment.statement", Severity.WARNING));
      assertThat(arguments(report, GovernanceRules.NO_RISKS_FOR_CHANGE).get(0))
          .containsEntry("said", "no current risks identified")
          .containsEntry("change", "new approach")
          .containsEntry("changeAt", "riskAssessment.statement");
    }

    @Test
    void noneForAReportWhoseRecommendationTransformsAService_isReported() {
      BoardReport report =
          withRisk("None.")
              .withRecommendations(
                  Recommendation.builder()
                      .number(1)
                      .action(
                          "That the Board agrees to transform the reablement service by April 2026, reporting back in June.")
                      .carriedOutBy("Director of Adult Services")
                      .build());

      assertThat(arguments(report, GovernanceRules.NO_RISKS_FOR_CHANGE))
          .singleElement()
          .satisfies(
              a -> {
                assertThat(a).containsEntry("said", "None.");
                assertThat(a).containsEntry("change", "transform");
                assertThat(a).containsEntry("changeAt", "recommendations[0].action");
              });
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "There are no current risks identified.",
          "Not applicable",
        })
    void noRisks_forAReportThatChangesNothing_passes(String statement) {
      BoardReport report =
          withRisk(statement).withTitle("Annual report of the Director of Public Health");

      findings(report, GovernanceRules.NO_RISKS_FOR_CHANGE).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "The new approach to commissioning carries a risk of delay, set out below.",
          "There is no doubt that risks follow any change; they are managed through the programme board.",
          "The exchange of data is covered by an agreement.",
        })
    void statementThatDoesNotSayNoRisks_passes(String statement) {
      findings(withRisk(statement), GovernanceRules.NO_RISKS_FOR_CHANGE).isEmpty();
    }

    @Test
    void noRisksSaid_butRisksListed_passes() {
      BoardReport report =
          valid()
              .withRiskAssessment(
                  RiskAssessment.builder()
                      .statement("No significant risks for this change.")
                      .addRisks("Delay.")
                      .build());

      findings(report, GovernanceRules.NO_RISKS_FOR_CHANGE).isEmpty();
    }
  }

  @Nested
  class RecommendationUnplanned {

    private BoardReport withAction(String action, String owner) {
      Recommendation.Builder r = Recommendation.builder().number(1).action(action);
      if (owner != null) {
        r.carriedOutBy(owner);
      }
      return valid().withRecommendations(r.build()).withSections();
    }

    @Test
    void somersetsRecommendation_withOwnerButNoTimescaleOrReportBack_isReportedOnce() {
      BoardReport report =
          withAction(
              "A multi-agency working group begins work to define and develop what this means for the Somerset"
                  + " system.",
              "A multi-agency working group");

      findings(report, GovernanceRules.RECOMMENDATION_UNPLANNED)
          .containsExactly(tuple("recommendations[0]", Severity.WARNING));
      assertThat(arguments(report, GovernanceRules.RECOMMENDATION_UNPLANNED).get(0))
          .containsEntry("number", "1")
          .containsEntry("missing", "by when and when it comes back to the board")
          .containsEntry("count", "2");
    }

    @Test
    void recommendationWithNothing_namesAllThree() {
      BoardReport report =
          withAction("Opportunities to implement the approach are identified.", null);

      assertThat(arguments(report, GovernanceRules.RECOMMENDATION_UNPLANNED).get(0))
          .containsEntry(
              "missing", "who carries it out, by when and when it comes back to the board")
          .containsEntry("count", "3");
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "The Director of Public Health leads a review by 31 March 2026 and reports back to the Board in June.",
          "The working group sets out a plan within three months and brings it back to the Board.",
          "Officers draft the pooled budget agreement by the end of Q2, with a progress report to the next meeting.",
        })
    void recommendationWithTimescaleAndReportBack_passes(String action) {
      findings(
              withAction(action, "The Director of Public Health"),
              GovernanceRules.RECOMMENDATION_UNPLANNED)
          .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
        strings = {"That the Board notes the report.", "The Board notes the update on housing."})
    void recommendationToNote_needsNone(String action) {
      findings(withAction(action, null), GovernanceRules.RECOMMENDATION_UNPLANNED).isEmpty();
    }

    @Test
    void ownerNamedInTheAction_isAnOwner() {
      BoardReport report = withAction("A multi-agency working group begins work.", null);

      assertThat(arguments(report, GovernanceRules.RECOMMENDATION_UNPLANNED).get(0))
          .containsEntry("missing", "by when and when it comes back to the board");
    }

    @Test
    void mayAsAVerb_isNoTimescale() {
      BoardReport report =
          withAction("The group may report back to the Board when it is ready.", "The group");

      assertThat(arguments(report, GovernanceRules.RECOMMENDATION_UNPLANNED).get(0))
          .containsEntry("missing", "by when");
    }
  }

  @Nested
  class CountContradictsTable {

    private final Strategy improvingLives =
        Strategy.builder()
            .id(StrategyId.of("improving-lives"))
            .title("The Improving Lives in Somerset Strategy")
            .addPriority(Priority.builder().id(PriorityId.of("a")).title("A").build())
            .addPriority(Priority.builder().id(PriorityId.of("b")).title("B").build())
            .addPriority(Priority.builder().id(PriorityId.of("c")).title("C").build())
            .addPriority(Priority.builder().id(PriorityId.of("d")).title("D").build())
            .build();

    private final Strategy healthAndCare =
        Strategy.builder()
            .id(StrategyId.of("ihc"))
            .title("Integrated Health and Care Strategy")
            .addPriority(Priority.builder().id(PriorityId.of("e")).title("E").build())
            .addPriority(Priority.builder().id(PriorityId.of("f")).title("F").build())
            .build();

    private BoardReport saying(String text) {
      StrategyAlignment.Builder all = StrategyAlignment.builder().strategy(improvingLives);
      for (String p : List.of("a", "b", "c", "d")) {
        all.addLink(
            AlignmentLink.builder().priority(PriorityId.of(p)).rationale("Because.").build());
      }
      StrategyAlignment one =
          StrategyAlignment.builder()
              .strategy(healthAndCare)
              .addLink(
                  AlignmentLink.builder()
                      .priority(PriorityId.of("e"))
                      .rationale("Because.")
                      .build())
              .build();
      return valid()
          .withStrategyAlignments(all.build(), one)
          .withSections(
              ReportSection.builder()
                  .number(2)
                  .heading("Priorities and Outcomes")
                  .kind(SectionKind.PRIORITIES_AND_OUTCOMES)
                  .addParagraphs(
                      Paragraph.builder()
                          .number("2.1")
                          .addText("Housing is the number 1 priority theme.", text)
                          .build())
                  .build());
    }

    @Test
    void somersetsTwoPriorities_whereTheTableTicksFour_isReported() {
      BoardReport report =
          saying(
              "Housing connects with two of the Improving Lives Strategy priorities: Fairer life chances and"
                  + " opportunity for all; and improved health and wellbeing.");

      findings(report, GovernanceRules.COUNT_CONTRADICTS_TABLE)
          .containsExactly(tuple("sections[0].paragraphs[0].text[1]", Severity.WARNING));
      assertThat(arguments(report, GovernanceRules.COUNT_CONTRADICTS_TABLE).get(0))
          .containsEntry("said", "two")
          .containsEntry("count", "2")
          .containsEntry("counted", "4")
          .containsEntry("what", "priorities of The Improving Lives in Somerset Strategy");
    }

    @Test
    void digitsBeforeRecommendations_areComparedWithTheRecommendations() {
      BoardReport report = saying("The Board is asked to approve 3 recommendations.");

      findings(report, GovernanceRules.COUNT_CONTRADICTS_TABLE)
          .containsExactly(tuple("sections[0].paragraphs[0].text[1]", Severity.WARNING));
      assertThat(arguments(report, GovernanceRules.COUNT_CONTRADICTS_TABLE).get(0))
          .containsEntry("count", "3")
          .containsEntry("counted", "2")
          .containsEntry("what", "recommendations");
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "This supports all four of the Improving Lives priorities.",
          "It supports one of the Integrated Health and Care priorities.",
          "It serves four Improving Lives priorities.",
          "The Board is asked to approve two recommendations.",
          "It serves three of the five priorities of the county.",
          "It serves two of our key priorities.",
          "It serves two priorities.",
          "3 priorities served by nothing in the system.",
          "The 2024 priorities were agreed in March.",
          "Priorities under this theme include reducing homelessness.",
        })
    void countsThatAgreeOrNameNoTable_pass(String text) {
      findings(saying(text), GovernanceRules.COUNT_CONTRADICTS_TABLE).isEmpty();
    }

    @Test
    void bareCountWithoutAName_mayCountAPart_andIsLeftAlone() {
      BoardReport report = valid().withSummary("2 priorities served by nothing in the system.");

      findings(report, GovernanceRules.COUNT_CONTRADICTS_TABLE).isEmpty();
    }

    @Test
    void countOfThePrioritiesWithoutAName_isComparedWithTheOnlyTable() {
      BoardReport report = valid().withSummary("The report serves two of the priorities.");

      findings(report, GovernanceRules.COUNT_CONTRADICTS_TABLE)
          .containsExactly(tuple("summary[0]", Severity.WARNING));
      assertThat(arguments(report, GovernanceRules.COUNT_CONTRADICTS_TABLE).get(0))
          .containsEntry("counted", "1");
    }
  }

  @Nested
  class TruncatedTitle {

    private BoardReport paper(BackgroundPaper paper) {
      return valid().withBackgroundPapers(paper);
    }

    @Test
    void somersetsHumanL_endingInASingleCapital_isReported() {
      BoardReport report =
          paper(BackgroundPaper.builder().title("Homes and Horizons - Human L").build());

      findings(report, GovernanceRules.TRUNCATED_TITLE)
          .containsExactly(tuple("backgroundPapers[0].title", Severity.WARNING));
      assertThat(arguments(report, GovernanceRules.TRUNCATED_TITLE).get(0))
          .containsEntry("title", "Homes and Horizons - Human L")
          .containsEntry("fragment", "L")
          .containsEntry("evidence", "it ends in a single capital letter");
    }

    @Test
    void titleWhoseLinkRunsOn_isReportedWithTheWholeWord() {
      BoardReport report =
          paper(
              BackgroundPaper.builder()
                  .title("Homes and Horizons - Human Lea")
                  .link(
                      Link.of(
                          "Homes and Horizons",
                          "https://council.example/docs/Homes-and-Horizons-Human-Learning.pdf"))
                  .build());

      assertThat(arguments(report, GovernanceRules.TRUNCATED_TITLE).get(0))
          .containsEntry("fragment", "Lea")
          .containsEntry("evidence", "its link continues it as \"Learning\"");
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "Appendix A",
          "Housing Strategy 2024 - Part B",
          "A Plan for Somerset",
          "Somerset Annual Director of Public Health Report 2023: Housing and Health",
          "Better Care Fund Plan 2025-26 - Annex C",
          "Who we are and what I",
          "Minutes of the meeting held on 5 March.",
        })
    void wholeTitles_pass(String title) {
      BoardReport report =
          paper(
              BackgroundPaper.builder()
                  .title(title)
                  .link(
                      Link.of(
                          "Enc-F-Somerset-Annual-Report-of-the-Director-of-Public-Health-2023-Homes-and-Health.pdf",
                          "https://council.example/Enc-F.pdf"))
                  .build());

      findings(report, GovernanceRules.TRUNCATED_TITLE).isEmpty();
    }
  }
}
