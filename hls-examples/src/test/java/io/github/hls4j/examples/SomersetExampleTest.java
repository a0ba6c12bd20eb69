package io.github.hls4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hls4j.validation.Severity;
import io.github.hls4j.validation.ValidationResult;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SomersetExampleTest {

  @Test
  void run_printsTheFindingsThenTheRenderedReport() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ValidationResult result;
    try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      result = SomersetExample.run(out);
    }
    String printed = bytes.toString(StandardCharsets.UTF_8);

    assertThat(result.count(Severity.ERROR)).isEqualTo(6);
    assertThat(result.count(Severity.WARNING)).isEqualTo(12);
    assertThat(printed)
        .contains("6 errors, 12 warnings, 0 infos")
        .contains("governance/signoff-undated")
        .contains("# Taking a Human Learning Systems approach for the work of the Board")
        .contains("## 6. Report sign-off");
    assertThat(printed.indexOf("6 errors")).isLessThan(printed.indexOf("# Taking"));
  }

  @Test
  void runSystem_printsTheMapTheMatrixAndTheFindings_markingIllustrativeData() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      SomersetExample.runSystem(out);
    }
    String printed = bytes.toString(StandardCharsets.UTF_8);

    assertThat(printed)
        .contains("Illustrative:")
        .contains("## System stewards of Somerset")
        .contains(
            "| Priority | report somerset-board-hls-approach | group hls-working-group | Items |")
        .contains("6 errors, 13 warnings, 4 infos");
  }
}
