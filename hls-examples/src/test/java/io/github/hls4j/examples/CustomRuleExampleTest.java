package io.github.hls4j.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.hls4j.validation.Severity;
import io.github.hls4j.validation.ValidationResult;
import io.github.hls4j.validation.Violation;
import org.junit.jupiter.api.Test;

class CustomRuleExampleTest {

  @Test
  void run_addsTheCouncilsRuleAndAppliesThePolicy() {
    ValidationResult result = CustomRuleExample.run(SomersetReport.report());

    assertThat(result.withRule(io.github.hls4j.validation.RuleId.of("acme/title-length")).violations())
        .extracting(Violation::path, Violation::severity)
        .containsExactly(tuple("title", Severity.WARNING));
    assertThat(result.withRule(io.github.hls4j.validation.RuleId.of("acme/title-length")).violations().get(0).arguments())
        .containsEntry("length", "66")
        .containsEntry("limit", "60");
    assertThat(result.violations())
        .filteredOn(v -> v.rule().toString().equals("governance/lead-officer-mismatch"))
        .extracting(Violation::severity)
        .containsExactly(Severity.INFO);
    assertThat(result.violations())
        .extracting(v -> v.rule().toString())
        .doesNotContain("alignment/all-ticked-without-rationale");
  }
}
