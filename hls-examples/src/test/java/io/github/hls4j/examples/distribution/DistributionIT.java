package io.github.hls4j.examples.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hls4j.examples.SomersetReport;
import io.github.hls4j.jackson.HlsJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built distribution's {@code bin/hls}, run as a separate process with no Maven: what a user
 * who unpacks it and types commands sees.
 */
class DistributionIT {

  private static final Path HOME = Path.of("target", "hls").toAbsolutePath();

  @TempDir static Path dir;
  private static Path somerset;

  private record Run(int exit, String out, String err) {}

  @BeforeAll
  static void writeSomerset() throws IOException {
    somerset =
        Files.writeString(
            dir.resolve("somerset.json"), HlsJson.create().write(SomersetReport.report()));
  }

  private static Run hls(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(HOME.resolve("bin").resolve("hls").toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
    builder.environment().keySet().removeIf(name -> name.startsWith("MAVEN"));
    builder.environment().put("NO_COLOR", "1");
    Path out = Files.createTempFile(dir, "out", ".txt");
    Path err = Files.createTempFile(dir, "err", ".txt");
    Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("hls %s finished", command).isTrue();
    return new Run(
        process.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  @Test
  void somerset_exitsOne_withItsFindings() throws Exception {
    Run run = hls("validate", somerset.toString());

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out())
        .contains("governance/signoff-undated")
        .contains("governance/count-contradicts-table")
        .endsWith("1 report, 1 with errors, 0 unreadable: 6 errors, 12 warnings, 0 infos\n");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void somersetDocx_printsTheFindingsOfTheSomersetJson_andNothingOnStandardError()
      throws Exception {
    Path docx =
        Path.of(
                "..",
                "hls-docx",
                "src",
                "test",
                "resources",
                "io",
                "github",
                "hls4j",
                "docx",
                "somerset.docx")
            .toAbsolutePath();

    Run word = hls("validate", docx.toString());
    Run json = hls("validate", somerset.toString());

    assertThat(word.exit()).isEqualTo(1);
    assertThat(word.err()).isEmpty();
    assertThat(findings(word.out())).hasSize(18).isEqualTo(findings(json.out()));
  }

  @Test
  void wordWithPropertiesPoiCannotParse_isValidated_andPoiSaysNothing() throws Exception {
    Path docx =
        Path.of(
                "..",
                "hls-docx",
                "src",
                "test",
                "resources",
                "io",
                "github",
                "hls4j",
                "docx",
                "somerset.docx")
            .toAbsolutePath();
    Path broken = dir.resolve("broken-properties.docx");
    try (java.util.zip.ZipInputStream in =
            new java.util.zip.ZipInputStream(Files.newInputStream(docx));
        java.util.zip.ZipOutputStream out =
            new java.util.zip.ZipOutputStream(Files.newOutputStream(broken))) {
      for (java.util.zip.ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        if (e.getName().equals("[Content_Types].xml")) {
          text =
              text.replace(
                  "</Types>",
                  "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/></Types>");
        } else if (e.getName().equals("_rels/.rels")) {
          text =
              text.replace(
                  "</Relationships>",
                  "<Relationship Id=\"rId9\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/></Relationships>");
        }
        out.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
        out.write(text.getBytes(StandardCharsets.UTF_8));
      }
      out.putNextEntry(new java.util.zip.ZipEntry("docProps/core.xml"));
      out.write(
          ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
                  + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>a&#7;b</dc:title></cp:coreProperties>")
              .getBytes(StandardCharsets.UTF_8));
    }

    Run run = hls("validate", broken.toString());

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out()).contains("6 errors, 12 warnings");
    assertThat(run.err()).isEmpty();
  }

  private static List<String> findings(String out) {
    return out.lines()
        .filter(line -> line.startsWith("ERROR") || line.startsWith("WARNING"))
        .toList();
  }

  @Test
  void fileWithSpacesAndNonAsciiLetters_isPassedIntact() throws Exception {
    Path named = Files.copy(somerset, dir.resolve("Board report – Sömerset 'draft' \"2\".json"));

    Run run = hls("validate", named.toString());

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out()).startsWith(named + " at DECISION_READY");
  }

  @Test
  void folder_endsWithASummary_andFailOnChoosesTheExitCode() throws Exception {
    Path pack = Files.createDirectories(dir.resolve("board pack"));
    Files.copy(somerset, pack.resolve("a.json"));
    Files.copy(somerset, Files.createDirectories(pack.resolve("inner")).resolve("b.json"));

    Run decisionReady = hls("validate", "--quiet", pack.toString());
    Run draft = hls("validate", "--profile", "draft", pack.toString());
    Run draftOnWarning =
        hls("validate", "--profile", "draft", "--fail-on", "warning", "--quiet", pack.toString());

    assertThat(decisionReady.exit()).isEqualTo(1);
    assertThat(decisionReady.out())
        .isEqualTo("2 reports, 2 with errors, 0 unreadable: 12 errors, 24 warnings, 0 infos\n");
    assertThat(draft.exit()).isZero();
    assertThat(draft.out())
        .endsWith("2 reports, 0 with errors, 0 unreadable: 0 errors, 2 warnings, 0 infos\n");
    assertThat(draftOnWarning.exit()).isEqualTo(1);
  }

  @Test
  void noArguments_exitsUsage_withTheUsageOnStandardError() throws Exception {
    Run run = hls();

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("Usage: hls").contains("validate");
  }

  @Test
  void profileInLowerCase_isRead() throws Exception {
    Run run = hls("validate", "--profile", "draft", somerset.toString());

    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains("at DRAFT");
  }

  @Test
  void distribution_holdsCompletionManPagesAndTheClassDataArchive() throws IOException {
    assertThat(HOME.resolve("bin/hls")).isExecutable();
    assertThat(HOME.resolve("bin/hls.bat")).isRegularFile();
    assertThat(Files.readString(HOME.resolve("completion/hls_completion")))
        .contains("complete -F")
        .contains("validate");
    assertThat(HOME.resolve("man/hls.adoc")).isRegularFile();
    assertThat(Files.readString(HOME.resolve("man/hls-validate.adoc"))).contains("--fail-on");
    assertThat(Files.readString(HOME.resolve("man/man1/hls.1")))
        .startsWith("'\\\" t")
        .contains(".TH \"HLS\" \"1\"");
    assertThat(Files.readString(HOME.resolve("man/man1/hls-validate.1"))).contains("fail\\-on");
    assertThat(HOME.resolve("lib/hls.jsa")).isRegularFile();
    assertThat(Path.of("target", "hls.zip")).isRegularFile();
  }
}
