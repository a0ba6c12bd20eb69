package io.github.hls4j.governance;

/** Board reports for tests in other packages. */
public final class GovernanceFixtures {

  private GovernanceFixtures() {}

  /**
   * Returns a report that every built-in rule passes in every profile.
   *
   * @return the report
   */
  public static BoardReport validReport() {
    return Reports.valid();
  }

  /**
   * Returns the valid report with its one sign-off row undated and holding the given text.
   *
   * @param dateText the text in the date cell
   * @return the report
   */
  public static BoardReport reportWithUndatedSignOff(String dateText) {
    return Reports.valid()
        .withSignOffs(
            SignOff.builder()
                .role(SignOffRole.required("Lead Officer", SignOffRoleKind.LEAD_OFFICER))
                .name("Jo Lead")
                .dateText(dateText)
                .build());
  }

  /**
   * Returns the valid report with one recommendation, deferred by the given committee.
   *
   * @param committee the committee's id
   * @return the report
   */
  public static BoardReport reportWithDecisionBy(String committee) {
    return Reports.valid()
        .withRecommendations(
            Recommendation.builder()
                .number(1)
                .action(Reports.FIRST)
                .addDecisions(
                    Decision.builder()
                        .outcome(DecisionOutcome.DEFERRED)
                        .addTakenBy(CommitteeId.of(committee))
                        .build())
                .build());
  }

  /**
   * Returns a report with the given text in every free-text field, ids aside.
   *
   * @param t the text
   * @return the report
   */
  public static BoardReport reportWithTextEverywhere(String t) {
    ImmutableBoardReport valid = Reports.valid();
    return valid
        .withTitle(t)
        .withLeadOfficer(
            io.github.hls4j.party.Person.builder()
                .from(valid.leadOfficer())
                .name(t)
                .roleTitle(t)
                .build())
        .withSummary(t)
        .withRecommendationsPreamble(t)
        .withRecommendations(Recommendation.builder().number(1).action(t).carriedOutBy(t).build())
        .withReasons(t)
        .withImplications(
            Implication.builder().addAreas(ImplicationArea.LEGAL).statement(t).build())
        .withEqualities(
            EqualitiesStatement.builder()
                .impactAssessment(ImpactAssessment.NOT_NEEDED)
                .statement(t)
                .build())
        .withRiskAssessment(RiskAssessment.builder().statement(t).build())
        .withSections(
            ReportSection.builder()
                .number(1)
                .heading(t)
                .kind(SectionKind.BACKGROUND)
                .addParagraphs(
                    Paragraph.builder()
                        .number("1.1")
                        .addText(t)
                        .addItems(ListItem.of(t, t))
                        .build())
                .build())
        .withBackgroundPapers(BackgroundPaper.builder().title(t).link(Link.of(t, t)).build())
        .withSignOffs(
            SignOff.builder()
                .role(SignOffRole.required(t, SignOffRoleKind.LEAD_OFFICER))
                .name(t)
                .dateText(t)
                .build());
  }
}
