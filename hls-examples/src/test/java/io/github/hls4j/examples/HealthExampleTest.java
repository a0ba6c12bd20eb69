package io.github.hls4j.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.hls4j.validation.Severity;
import io.github.hls4j.validation.Violation;
import org.junit.jupiter.api.Test;

class HealthExampleTest {

  @Test
  void run_findsTheUnscoredBehavioursAndTheMissingResidentVoice() {
    assertThat(HealthExample.run().violations())
        .extracting(v -> v.rule().toString(), Violation::path, Violation::severity)
        .filteredOn(t -> !t.toList().get(0).equals("health/incomplete-assessment"))
        .containsExactly(tuple("health/no-resident-voice", "assessments", Severity.WARNING));
    assertThat(
            HealthExample.run()
                .withRule(io.github.hls4j.validation.RuleId.of("health/incomplete-assessment"))
                .size())
        .isEqualTo(2 * 7);
  }
}
