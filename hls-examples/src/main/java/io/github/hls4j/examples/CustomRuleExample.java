package io.github.hls4j.examples;

import io.github.hls4j.governance.BoardReport;
import io.github.hls4j.governance.GovernanceRules;
import io.github.hls4j.validation.Profile;
import io.github.hls4j.validation.RuleDescriptor;
import io.github.hls4j.validation.Severity;
import io.github.hls4j.validation.SeverityPolicy;
import io.github.hls4j.validation.ValidationResult;
import io.github.hls4j.validation.Validator;
import java.util.Map;

/** The example of {@code docs/validation.md}: a council's own rule beside the built-in ones. */
public final class CustomRuleExample {

  private CustomRuleExample() {}

  static ValidationResult run(BoardReport report) {
    // snippet: custom-rule
    RuleDescriptor titleLength =
        RuleDescriptor.builder("acme/title-length")
            .severity(Severity.WARNING)
            .profiles(Profile.DECISION_READY, Profile.PUBLISHED)
            .summary("A report title is longer than the committee system allows.")
            .message("The title has {length} characters; the limit is {limit}")
            .build();

    Validator<BoardReport> validator =
        Validator.builder(GovernanceRules.boardReport())
            .rule(titleLength, (r, context) -> {
              if (r.title().length() > 60) {
                context.report("title", Map.of("length", r.title().length(), "limit", 60));
              }
            })
            .policy(SeverityPolicy.defaults()
                .regrade("governance/lead-officer-mismatch", Severity.INFO)
                .suppress("alignment/all-ticked-without-rationale"))
            .profile(Profile.DECISION_READY)
            .build();

    ValidationResult result = validator.validate(report);
    // end snippet
    return result;
  }
}
