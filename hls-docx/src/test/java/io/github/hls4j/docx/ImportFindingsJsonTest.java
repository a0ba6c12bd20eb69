package io.github.hls4j.docx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hls4j.jackson.HlsJson;
import io.github.hls4j.validation.Severity;
import io.github.hls4j.validation.ValidationResult;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The import findings are findings like any other: written and read in the findings' JSON form,
 * their place in the Word document in {@code path} and the text there in the {@code quote}
 * argument. The golden file is read by both JSON modules and checked against the findings' schema.
 */
class ImportFindingsJsonTest {

  private static final HlsJson JSON = HlsJson.create();
  private static final Path GOLDEN =
      Path.of("..", "hls-json", "src", "test", "golden", "county-import-findings.json");

  /** A county's report read with Somerset's template, which does not know its layout. */
  private static ValidationResult countyBySomerset() {
    return DocxReader.of(ReportTemplate.somerset())
        .read(
            new ByteArrayInputStream(SecondTemplateTest.countyDocument()),
            "cabinet/depot review.docx")
        .findings();
  }

  @Test
  void importFindings_ofACountyDocument_areTheGoldenFindings_andReadBackEqual() throws Exception {
    ValidationResult findings = countyBySomerset();
    if (Boolean.getBoolean("hls4j.writeGolden")) {
      Files.writeString(GOLDEN, JSON.write(findings) + "\n", StandardCharsets.UTF_8);
    }

    String json = JSON.write(findings);

    assertThat(json + "\n").isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
    assertThat(JSON.read(json, "findings.json", ValidationResult.class)).isEqualTo(findings);
  }

  @Test
  void importFinding_inJson_carriesItsPlaceInTheDocumentAndTheTextThere() throws Exception {
    ValidationResult findings = countyBySomerset();

    JsonNode violations = JSON.mapper().readTree(JSON.write(findings)).get("violations");

    assertThat(violations.size()).isEqualTo(findings.size()).isGreaterThan(1);
    JsonNode heading = null;
    for (JsonNode finding : violations) {
      assertThat(finding.get("rule").asString()).startsWith("import/");
      assertThat(finding.get("path").asString()).startsWith("body");
      if (finding.get("rule").asString().equals("import/unknown-heading") && heading == null) {
        heading = finding;
      }
    }
    assertThat(heading).isNotNull();
    assertThat(heading.get("severity").asString()).isEqualTo(Severity.WARNING.name());
    assertThat(heading.get("path").asString()).matches("body/(paragraph|table)\\[\\d+\\].*");
    assertThat(heading.get("messageKey").asString()).isEqualTo("import/unknown-heading");
    assertThat(heading.get("arguments").get("quote").asString()).isNotBlank();
  }
}
