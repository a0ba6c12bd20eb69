package io.github.hls4j.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hls4j.governance.BoardReport;
import io.github.hls4j.json.fixtures.FormatModuleContract;
import io.github.hls4j.json.fixtures.JsonCorpus;
import io.github.hls4j.validation.Profile;
import io.github.hls4j.validation.RuleId;
import io.github.hls4j.validation.Severity;
import io.github.hls4j.validation.ValidationResult;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * {@code hls validate --format json} writes each file's findings with the JSON modules' own writer:
 * the result in its output is, byte for byte, what {@code HlsJson.write} gives in both modules, and
 * what a web service returns.
 */
class ValidateJsonTest {

  private static final io.github.hls4j.jackson.HlsJson JACKSON_3 =
      io.github.hls4j.jackson.HlsJson.create();
  private static final io.github.hls4j.jackson2.HlsJson JACKSON_2 =
      io.github.hls4j.jackson2.HlsJson.create();
  private static final Path SOMERSET =
      FormatModuleContract.goldenDirectory().resolve("somerset-report.json");
  private static final String RESULT = "\"result\": ";

  @TempDir static Path dir;

  private static Run hls(String... args) {
    return Run.hls(args);
  }

  /**
   * The result's text in a one-file output: from after {@code "result": } to before the closing
   * {@code }}.
   */
  private static String resultText(String out) {
    int start = out.indexOf(RESULT) + RESULT.length();
    int end = out.lastIndexOf("}\n]\n");
    assertThat(start).isGreaterThan(RESULT.length() - 1);
    assertThat(end).isGreaterThan(start);
    return out.substring(start, end);
  }

  private static ValidationResult somersetFindings() throws IOException {
    BoardReport report =
        JACKSON_3.read(Files.readString(SOMERSET), SOMERSET.toString(), BoardReport.class);
    return FormatModuleContract.somersetFindings(report);
  }

  @Test
  void validateJson_somerset_isHlsJsonsWritingOfTheResult_byteForByte_inBothModules()
      throws Exception {
    ValidationResult result = somersetFindings();

    Run run = hls("validate", "--format", "json", SOMERSET.toString());

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err()).isEmpty();
    String written = resultText(run.out());
    assertThat(written).isEqualTo(JACKSON_3.write(result)).isEqualTo(JACKSON_2.write(result));
    assertThat(written + "\n").isEqualTo(FormatModuleContract.golden("somerset-findings.json"));
    assertThat(run.out())
        .isEqualTo(
            "[\n{\"file\": "
                + JACKSON_3.mapper().writeValueAsString(SOMERSET.toString())
                + ", \"profile\": \"DECISION_READY\", \"result\": "
                + JACKSON_3.write(result)
                + "}\n]\n");
  }

  @Test
  void validateJson_somerset_readsBackEqual_inBothModules() throws Exception {
    ValidationResult result = somersetFindings();
    String written = resultText(hls("validate", "--format", "json", SOMERSET.toString()).out());

    assertThat(JACKSON_3.read(written, "out.json", ValidationResult.class)).isEqualTo(result);
    assertThat(JACKSON_2.read(written, "out.json", ValidationResult.class)).isEqualTo(result);
    JsonNode output =
        JACKSON_3.mapper().readTree(hls("validate", "--format", "json", SOMERSET.toString()).out());
    assertThat(JACKSON_3.mapper().treeToValue(output.get(0).get("result"), ValidationResult.class))
        .isEqualTo(result);
  }

  @Test
  void validateJson_findings_carryRuleSeverityPathAndArguments() throws Exception {
    JsonNode output =
        JACKSON_3.mapper().readTree(hls("validate", "--format", "json", SOMERSET.toString()).out());

    JsonNode count = null;
    for (JsonNode finding : output.get(0).get("result").get("violations")) {
      if (finding.get("rule").asString().equals("governance/count-contradicts-table")) {
        count = finding;
      }
    }
    assertThat(count).isNotNull();
    assertThat(count.get("severity").asString()).isEqualTo(Severity.WARNING.name());
    assertThat(count.get("path").asString()).isEqualTo("sections[1].paragraphs[0].text[0]");
    assertThat(count.get("messageKey").asString()).isEqualTo("governance/count-contradicts-table");
    assertThat(count.get("arguments").get("said").asString()).isEqualTo("two");
    assertThat(count.get("arguments").get("counted").asString()).isEqualTo("4");
  }

  @Test
  void validateJson_severalFiles_giveEachItsNameProfileAndResult() throws Exception {
    Path valid = dir.resolve("valid \"quoted\".json");
    Files.writeString(valid, JsonCorpus.validReport(), StandardCharsets.UTF_8);

    Run run =
        hls(
            "validate",
            "--format",
            "json",
            "--profile",
            "draft",
            SOMERSET.toString(),
            valid.toString());

    JsonNode output = JACKSON_3.mapper().readTree(run.out());
    assertThat(output.size()).isEqualTo(2);
    assertThat(output.get(0).get("file").asString()).isEqualTo(SOMERSET.toString());
    assertThat(output.get(1).get("file").asString()).isEqualTo(valid.toString());
    assertThat(output.get(1).get("profile").asString()).isEqualTo(Profile.DRAFT.name());
    for (JsonNode file : output) {
      ValidationResult read =
          JACKSON_3.mapper().treeToValue(file.get("result"), ValidationResult.class);
      assertThat(read.hasErrors()).isFalse();
    }
    ValidationResult somersetDraft =
        JACKSON_3.mapper().treeToValue(output.get(0).get("result"), ValidationResult.class);
    assertThat(somersetDraft.violations())
        .extracting(v -> v.rule())
        .doesNotContain(RuleId.of("governance/signoff-undated"));
  }

  @Test
  void validateJson_unreadableFileOnly_printsAnEmptyArray_andSaysWhyOnStandardError()
      throws Exception {
    Run run = hls("validate", "--format", "json", dir.resolve("none.json").toString());

    assertThat(run.exit()).isEqualTo(ExitCode.UNREADABLE_INPUT.code());
    assertThat(run.out()).isEqualTo("[]\n");
    assertThat(run.err()).contains("none.json: no such file");
  }

  @Test
  void validateJson_wordDocument_hasItsImportFindingsInTheSameShape_locatedInTheDocument()
      throws Exception {
    Path county = dir.resolve("county.docx");
    try (XWPFDocument doc = new XWPFDocument();
        OutputStream out = Files.newOutputStream(county)) {
      for (String text :
          new String[] {
            "Depot review",
            "Author: Ben Ode",
            "1. Background",
            "1.1. The depot is old.",
            "2. Horoscope",
            "2.1. Stars align."
          }) {
        doc.createParagraph().createRun().setText(text);
      }
      doc.write(out);
    }

    Run run = hls("validate", "--format", "json", county.toString());

    JsonNode violations =
        JACKSON_3.mapper().readTree(run.out()).get(0).get("result").get("violations");
    JsonNode heading = null;
    for (JsonNode finding : violations) {
      if (finding.get("rule").asString().equals("import/unknown-heading")) {
        heading = finding;
        break;
      }
    }
    assertThat(heading).isNotNull();
    assertThat(heading.get("severity").asString()).isEqualTo("WARNING");
    assertThat(heading.get("path").asString()).startsWith("body/");
    assertThat(heading.get("arguments").get("quote").asString()).isNotBlank();
    assertThat(heading.get("message").asString())
        .contains(heading.get("arguments").get("quote").asString());
  }
}
