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
}
