package io.github.hls4j.examples;

import io.github.hls4j.governance.BackgroundPaper;
import io.github.hls4j.governance.BoardReport;
import io.github.hls4j.governance.GovernanceRules;
import io.github.hls4j.learning.AgreementId;
import io.github.hls4j.learning.DataSharingAgreement;
import io.github.hls4j.system.LearningSystem;
import io.github.hls4j.system.SystemRules;
import io.github.hls4j.validation.MessageArguments;
import io.github.hls4j.validation.Profile;
import io.github.hls4j.validation.Rule;
import io.github.hls4j.validation.RuleDescriptor;
import io.github.hls4j.validation.Severity;
import io.github.hls4j.validation.SeverityPolicy;
import io.github.hls4j.validation.ValidationResult;
import io.github.hls4j.validation.Validator;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/** The examples of {@code docs/validation.md}: a council's own rules beside the built-in ones. */
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
            .rule(
                titleLength,
                (r, context) -> {
                  if (r.title().length() > 60) {
                    context.report("title", Map.of("length", r.title().length(), "limit", 60));
                  }
                })
            .policy(
                SeverityPolicy.defaults()
                    .regrade("governance/recommendation-unplanned", Severity.INFO)
                    .suppress("alignment/all-ticked-without-rationale"))
            .profile(Profile.DECISION_READY)
            .build();

    ValidationResult result = validator.validate(report);
    // end snippet
    return result;
  }

  static ValidationResult runWithTypedPath(BoardReport report) {
    // snippet: typed-path
    RuleDescriptor paperUnlinked =
        RuleDescriptor.builder("acme/background-paper-unlinked")
            .severity(Severity.INFO)
            .summary("A background paper has no link for readers to follow.")
            .message("Background paper {title} has no link")
            .build();

    Validator<BoardReport> validator =
        Validator.<BoardReport>builder()
            .rule(
                paperUnlinked,
                (r, context) -> {
                  List<BackgroundPaper> papers = r.backgroundPapers();
                  for (int i = 0; i < papers.size(); i++) {
                    if (papers.get(i).link().isEmpty()) {
                      context
                          .at("backgroundPapers", i)
                          .report("link", MessageArguments.of("title", papers.get(i).title()));
                    }
                  }
                })
            .build();

    ValidationResult result = validator.validate(report); // paths such as backgroundPapers[2].link
    // end snippet
    return result;
  }

  static ValidationResult runOnSystem(LearningSystem system, Clock clock) {
    // snippet: rule-on-each-of
    RuleDescriptor purposeAgreed =
        RuleDescriptor.builder("acme/share-purpose-not-agreed")
            .severity(Severity.WARNING)
            .summary("A share's purpose is not one that the agreement it names lists.")
            .message("The purpose {purpose} is not one of agreement {agreement}'s")
            .build();

    Validator<LearningSystem> validator =
        Validator.builder(SystemRules.learningSystem(clock))
            .rule(
                purposeAgreed,
                Rule.onEachOf(
                    "shares",
                    LearningSystem::shares,
                    s -> {
                      Map<AgreementId, List<DataSharingAgreement>> agreements = s.agreementsById();
                      return (share, context) -> {
                        List<DataSharingAgreement> named =
                            share.agreement().map(agreements::get).orElse(List.of());
                        if (!named.isEmpty()
                            && named.stream()
                                .noneMatch(a -> a.purposes().contains(share.purpose()))) {
                          context.report(
                              "purpose",
                              Map.of("purpose", share.purpose(), "agreement", named.get(0).id()));
                        }
                      };
                    }))
            .build();

    ValidationResult result = validator.validate(system);
    // end snippet
    return result;
  }
}
