package io.github.hls4j.testing;

import static java.util.Objects.requireNonNull;

import io.github.hls4j.governance.BackgroundPaper;
import io.github.hls4j.governance.BoardReport;
import io.github.hls4j.governance.EqualitiesStatement;
import io.github.hls4j.governance.GovernanceRules;
import io.github.hls4j.governance.ImpactAssessment;
import io.github.hls4j.governance.Implication;
import io.github.hls4j.governance.ImplicationArea;
import io.github.hls4j.governance.Link;
import io.github.hls4j.governance.Paragraph;
import io.github.hls4j.governance.Recommendation;
import io.github.hls4j.governance.ReportSection;
import io.github.hls4j.governance.RiskAssessment;
import io.github.hls4j.governance.SignOff;
import io.github.hls4j.governance.SourceKind;
import io.github.hls4j.governance.SourceRef;
import io.github.hls4j.system.LearningSystem;
import io.github.hls4j.validation.FindingPath;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Plants one defect in a board report or a learning system at a place chosen by a random generator,
 * and says which rule should find it where. Planted in a report from {@link ReportGenerator}, or in
 * a system from {@link SystemGenerator} validated with a clock that reads the generator's {@code
 * today}, the defect is the only finding of its rule.
 *
 * <pre>{@code
 * PlantedDefect<BoardReport> planted = DefectPlanter.plant(report, Defect.UNDATED_SIGNOFF, random);
 * // validator.validate(planted.subject()) finds planted.rule() at planted.path()
 *
 * PlantedDefect<LearningSystem> broken = DefectPlanter.plant(system, SystemDefect.REVIEW_OVERDUE, random, today);
 * // SystemRules.validator(profile, clock).validate(broken.subject()) finds broken.rule() at broken.path()
 * }</pre>
 *
 * @since 0.1.0
 */
public final class DefectPlanter {

  private DefectPlanter() {}

  /**
   * Returns the report with the defect planted.
   *
   * @param report a report to break, such as one from {@link ReportGenerator}
   * @param defect the defect
   * @param random chooses where
   * @return the broken report, the rule and the path
   * @since 0.1.0
   */
  public static PlantedDefect<BoardReport> plant(
      BoardReport report, Defect defect, RandomGenerator random) {
    requireNonNull(report, "report");
    requireNonNull(defect, "defect");
    requireNonNull(random, "random");
    BoardReport.Builder broken = BoardReport.builder().from(report);
    switch (defect) {
      case UNDATED_SIGNOFF -> {
        List<SignOff> rows = new ArrayList<>(report.signOffs());
        int at = random.nextInt(rows.size() + 1);
        rows.add(
            at,
            SignOff.builder()
                .role(
                    io.github.hls4j.governance.SignOffRole.required(
                        "Planted role", io.github.hls4j.governance.SignOffRoleKind.OTHER))
                .name("Planted Signer")
                .build());
        broken.signOffs(rows);
        return PlantedDefect.of(
            broken.build(),
            GovernanceRules.SIGNOFF_UNDATED.id(),
            FindingPath.in(BoardReport.class, "signOffs", at, "date"));
      }
      case PLACEHOLDER_TEXT -> {
        broken.title(report.title() + " Click or tap here to enter text.");
        return PlantedDefect.of(broken.build(), GovernanceRules.PLACEHOLDER_TEXT.id(), "title");
      }
      case EMPTY_PARAGRAPH -> {
        List<ReportSection> sections = new ArrayList<>(report.sections());
        int at = random.nextInt(sections.size());
        ReportSection section = sections.get(at);
        int paragraph = section.paragraphs().size();
        sections.set(
            at,
            ReportSection.builder()
                .from(section)
                .addParagraphs(
                    Paragraph.builder().number(section.number() + "." + (paragraph + 1)).build())
                .build());
        broken.sections(sections);
        return PlantedDefect.of(
            broken.build(),
            GovernanceRules.EMPTY_PARAGRAPH.id(),
            FindingPath.in(BoardReport.class, "sections", at, "paragraphs", paragraph));
      }
      case BROKEN_LINK -> {
        List<BackgroundPaper> papers = new ArrayList<>(report.backgroundPapers());
        int at = random.nextInt(papers.size() + 1);
        papers.add(
            at,
            BackgroundPaper.builder()
                .title("Planted paper")
                .link(Link.of("Planted link", "#"))
                .build());
        broken.backgroundPapers(papers);
        return PlantedDefect.of(
            broken.build(),
            GovernanceRules.BROKEN_LINK.id(),
            FindingPath.in(BoardReport.class, "backgroundPapers", at, "link", "target"));
      }
      case UNKNOWN_DEPENDENCY -> {
        List<Recommendation> recommendations = new ArrayList<>(report.recommendations());
        int at = random.nextInt(recommendations.size());
        Recommendation r = recommendations.get(at);
        recommendations.set(
            at, Recommendation.builder().from(r).addDependsOn(recommendations.size() + 1).build());
        broken.recommendations(recommendations);
        return PlantedDefect.of(
            broken.build(),
            GovernanceRules.RECOMMENDATION_DEPENDENCY_UNKNOWN.id(),
            FindingPath.in(
                BoardReport.class, "recommendations", at, "dependsOn", r.dependsOn().size()));
      }
      case UNJUSTIFIED_EQUALITIES -> {
        broken.equalities(
            EqualitiesStatement.builder().impactAssessment(ImpactAssessment.NOT_NEEDED).build());
        return PlantedDefect.of(
            broken.build(), GovernanceRules.EQUALITIES_UNJUSTIFIED.id(), "equalities.statement");
      }
      case VAGUE_IMPLICATION -> {
        List<Implication> implications = new ArrayList<>(report.implications());
        int at = random.nextInt(implications.size() + 1);
        implications.add(
            at,
            Implication.builder()
                .addAreas(ImplicationArea.LEGAL)
                .statement(
                    "Work delivered through this approach must be \u201Csafe and legal\u201D.")
                .build());
        broken.implications(implications);
        return PlantedDefect.of(
            broken.build(),
            GovernanceRules.IMPLICATION_VAGUE.id(),
            FindingPath.in(BoardReport.class, "implications", at, "statement"));
      }
      case NO_RISKS_FOR_CHANGE -> {
        broken.riskAssessment(
            RiskAssessment.builder()
                .statement(
                    "This is a decision to take a new approach to how services are commissioned. There are no"
                        + " current risks identified.")
                .build());
        return PlantedDefect.of(
            broken.build(), GovernanceRules.NO_RISKS_FOR_CHANGE.id(), "riskAssessment.statement");
      }
      case UNPLANNED_RECOMMENDATION -> {
        int at = report.recommendations().size();
        broken.addRecommendations(
            Recommendation.builder()
                .number(at + 1)
                .action("Opportunities to implement the approach are identified.")
                .build());
        return PlantedDefect.of(
            broken.build(),
            GovernanceRules.RECOMMENDATION_UNPLANNED.id(),
            FindingPath.in(BoardReport.class, "recommendations", at));
      }
      case MISCOUNTED_PRIORITIES -> {
        List<String> summary = new ArrayList<>(report.summary());
        int at = random.nextInt(summary.size() + 1);
        int ticked = report.strategyAlignments().stream().mapToInt(a -> a.links().size()).sum();
        summary.add(at, "The work connects with " + (ticked + 1) + " of the priorities.");
        broken.summary(summary);
        return PlantedDefect.of(
            broken.build(),
            GovernanceRules.COUNT_CONTRADICTS_TABLE.id(),
            FindingPath.in(BoardReport.class, "summary", at));
      }
      case TRUNCATED_TITLE -> {
        List<BackgroundPaper> papers = new ArrayList<>(report.backgroundPapers());
        int at = random.nextInt(papers.size() + 1);
        papers.add(at, BackgroundPaper.builder().title("Homes and Horizons - Human L").build());
        broken.backgroundPapers(papers);
        return PlantedDefect.of(
            broken.build(),
            GovernanceRules.TRUNCATED_TITLE.id(),
            FindingPath.in(BoardReport.class, "backgroundPapers", at, "title"));
      }
      case RECOMMENDATION_WITHOUT_EVIDENCE -> {
        List<Recommendation> recommendations = new ArrayList<>();
        int at = random.nextInt(report.recommendations().size());
        for (int i = 0; i < report.recommendations().size(); i++) {
          Recommendation r = report.recommendations().get(i);
          recommendations.add(
              Recommendation.builder()
                  .from(r)
                  .basedOn(
                      i == at
                          ? List.of()
                          : List.of(SourceRef.of(SourceKind.LEARNING_CYCLE, "planted-cycle")))
                  .build());
        }
        recommendations.add(
            Recommendation.builder()
                .number(recommendations.size() + 1)
                .action(
                    "The Board asks the practice steward to report back on the planted cycle by the end of March.")
                .carriedOutBy("The practice steward")
                .addBasedOn(SourceRef.of(SourceKind.LEARNING_CYCLE, "planted-cycle"))
                .build());
        broken.recommendations(recommendations);
        return PlantedDefect.of(
            broken.build(),
            GovernanceRules.RECOMMENDATION_WITHOUT_EVIDENCE.id(),
            FindingPath.of("recommendations", at, "basedOn"));
      }
    }
    throw new AssertionError(defect);
  }

  /**
   * Returns the learning system with the defect planted.
   *
   * @param system a system to break, such as one from {@link SystemGenerator}
   * @param defect the defect
   * @param random chooses where
   * @param today the date the system will be validated on
   * @return the broken system, the rule and the path
   * @throws IllegalArgumentException if the system has no part to plant the defect in
   * @since 0.1.0
   */
  public static PlantedDefect<LearningSystem> plant(
      LearningSystem system, SystemDefect defect, RandomGenerator random, LocalDate today) {
    return SystemDefectPlanter.plant(system, defect, random, today);
  }
}
