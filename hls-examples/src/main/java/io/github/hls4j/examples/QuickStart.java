package io.github.hls4j.examples;

import io.github.hls4j.governance.Board;
import io.github.hls4j.governance.BoardId;
import io.github.hls4j.governance.BoardReport;
import io.github.hls4j.governance.GovernanceRules;
import io.github.hls4j.governance.Recommendation;
import io.github.hls4j.governance.ReportId;
import io.github.hls4j.governance.SignOff;
import io.github.hls4j.governance.SignOffRole;
import io.github.hls4j.governance.SignOffRoleKind;
import io.github.hls4j.party.PartyId;
import io.github.hls4j.party.Person;
import io.github.hls4j.validation.Profile;
import io.github.hls4j.validation.ValidationResult;

/** The README's example: build a board report, validate it for a decision, print the findings. */
public final class QuickStart {

  private QuickStart() {}

  /**
   * Runs the example.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    run();
  }

  static ValidationResult run() {
    // snippet: quickstart
    BoardReport report =
        BoardReport.builder()
            .id(ReportId.of("hls-approach"))
            .title("Taking a Human Learning Systems approach for the work of the Board")
            .board(Board.builder().id(BoardId.of("somerset-board")).name("Somerset Board").build())
            .leadOfficer(Person.builder().id(PartyId.of("munro")).name("Munro").build())
            .author(Person.builder().id(PartyId.of("alice-munro")).name("Alice Munro").build())
            .addRecommendations(
                Recommendation.builder().number(1).action("A working group begins work.").build(),
                Recommendation.builder()
                    .number(2)
                    .action("The group finds openings.")
                    .addDependsOn(3)
                    .build())
            .addSignOffs(
                SignOff.builder()
                    .role(SignOffRole.required("Lead Officer", SignOffRoleKind.LEAD_OFFICER))
                    .name("Trudi Grant")
                    .build())
            .build();

    ValidationResult result = GovernanceRules.validator(Profile.DECISION_READY).validate(report);
    System.out.println(result); // one line per finding: severity, rule id, path, message
    // end snippet
    return result;
  }
}
