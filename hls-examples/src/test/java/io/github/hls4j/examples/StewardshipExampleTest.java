package io.github.hls4j.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.hls4j.validation.Severity;
import io.github.hls4j.validation.Violation;
import org.junit.jupiter.api.Test;

class StewardshipExampleTest {

  @Test
  void run_findsTheDanglingReferencesUnansweredQuestionsAndGaps() {
    assertThat(StewardshipExample.run().violations())
        .extracting(v -> v.rule().toString(), Violation::path, Violation::severity)
        .containsExactly(
            // "nhs" is named as a member but the system does not hold it; no board is held either
            tuple(
                "system/unknown-reference",
                "workingGroups[0].members[1].organisation",
                Severity.ERROR),
            tuple("system/unknown-reference", "workingGroups[0].reportsTo", Severity.ERROR),
            // the group ticks no priority of the strategy
            tuple("alignment/unaligned", "workingGroups[0].strategyAlignments", Severity.WARNING),
            tuple(
                "stewardship/stewardship-questions-unanswered",
                "stewards[0].questions.accountableTo",
                Severity.INFO),
            tuple(
                "stewardship/stewardship-questions-unanswered",
                "stewards[0].questions.basisOfLegitimacy",
                Severity.INFO),
            tuple(
                "stewardship/stewardship-questions-unanswered",
                "stewards[0].questions.onWhoseBehalf",
                Severity.INFO),
            tuple(
                "stewardship/stewardship-questions-unanswered",
                "stewards[0].questions.whatIsStewarded",
                Severity.INFO),
            tuple("alignment/uncovered-priority", "strategies[0].priorities[0]", Severity.INFO),
            tuple("alignment/uncovered-priority", "strategies[0].priorities[1]", Severity.INFO),
            tuple("alignment/uncovered-priority", "strategies[0].priorities[2]", Severity.INFO),
            tuple("alignment/uncovered-priority", "strategies[0].priorities[3]", Severity.INFO));
  }
}
