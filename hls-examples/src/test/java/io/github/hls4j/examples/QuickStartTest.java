package io.github.hls4j.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.hls4j.validation.Severity;
import io.github.hls4j.validation.Violation;
import org.junit.jupiter.api.Test;

class QuickStartTest {

  @Test
  void run_findsTheUnknownDependencyAndTheGapsOfADecisionReadyReport() {
    assertThat(QuickStart.run().violations())
        .extracting(v -> v.rule().toString(), Violation::path, Violation::severity)
        .containsExactly(
            tuple("governance/equalities-unjustified", "equalities", Severity.ERROR),
            tuple(
                "governance/recommendation-dependency-unknown",
                "recommendations[1].dependsOn[0]",
                Severity.ERROR),
            tuple("governance/signoff-undated", "signOffs[0].date", Severity.ERROR),
            tuple("governance/recommendation-unplanned", "recommendations[0]", Severity.WARNING),
            tuple("governance/recommendation-unplanned", "recommendations[1]", Severity.WARNING),
            tuple("governance/lead-officer-mismatch", "signOffs[0].name", Severity.WARNING),
            tuple("alignment/unaligned", "strategyAlignments", Severity.WARNING));
  }
}
