package io.github.hls4j.stewardship;

import io.github.hls4j.validation.MessageArguments;
import io.github.hls4j.validation.RuleContext;
import java.util.Optional;

/** The logic of the {@code stewardship/*} rules; {@link StewardshipRules} pairs it with ids. */
final class StewardshipChecks {

  private StewardshipChecks() {}

  static void workingGroupSingleAgency(WorkingGroup group, RuleContext context) {
    int organisations = group.organisations().size();
    if (group.multiAgency() && organisations < 2) {
      context.report(
          "members", MessageArguments.of("group", group.name(), "organisations", organisations));
    }
  }

  static void groupWithoutReportingLine(WorkingGroup group, RuleContext context) {
    if (group.reportsTo().isEmpty()) {
      context.report("reportsTo", MessageArguments.of("group", group.name()));
    }
  }

  static void stewardWithoutResponsibility(SystemSteward steward, RuleContext context) {
    if (steward.responsibilities().stream().allMatch(String::isBlank)) {
      context.report("responsibilities", MessageArguments.of("steward", steward.id()));
    }
  }

  static void stewardshipQuestionsUnanswered(SystemSteward steward, RuleContext context) {
    StewardshipQuestions q = steward.questions();
    unanswered("questions.whatIsStewarded", q.whatIsStewarded(), steward, context);
    unanswered("questions.onWhoseBehalf", q.onWhoseBehalf(), steward, context);
    unanswered("questions.accountableTo", q.accountableTo(), steward, context);
    unanswered("questions.basisOfLegitimacy", q.basisOfLegitimacy(), steward, context);
  }

  private static void unanswered(
      String path, Optional<String> answer, SystemSteward steward, RuleContext context) {
    if (answer.isEmpty() || answer.get().isBlank()) {
      context.report(
          path,
          MessageArguments.of(
              "steward", steward.id(), "question", path.substring(path.indexOf('.') + 1)));
    }
  }
}
