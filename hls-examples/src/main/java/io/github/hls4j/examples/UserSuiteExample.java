package io.github.hls4j.examples;

import io.github.hls4j.governance.BoardReport;
import io.github.hls4j.governance.GovernanceRules;
import io.github.hls4j.testing.Defect;
import io.github.hls4j.testing.DefectPlanter;
import io.github.hls4j.testing.HlsAssertions;
import io.github.hls4j.testing.PlantedDefect;
import io.github.hls4j.testing.ReportGenerator;
import io.github.hls4j.validation.Profile;
import io.github.hls4j.validation.ValidationResult;
import java.util.Random;

/** The example of {@code docs/testing.md}: hls4j's test support in a council system's own suite. */
public final class UserSuiteExample {

  private UserSuiteExample() {}

  static ValidationResult run(long seed) {
    // snippet: testing
    Random random = new Random(seed);
    BoardReport report = ReportGenerator.validReport(random); // valid in every profile
    HlsAssertions.assertNoErrors(report, Profile.DECISION_READY); // passes

    PlantedDefect<BoardReport> planted =
        DefectPlanter.plant(report, Defect.UNDATED_SIGNOFF, random);
    ValidationResult result =
        GovernanceRules.validator(Profile.DECISION_READY).validate(planted.subject());
    // result holds one finding: planted.rule() at planted.path(), such as signOffs[1].date
    // end snippet
    return result;
  }
}
