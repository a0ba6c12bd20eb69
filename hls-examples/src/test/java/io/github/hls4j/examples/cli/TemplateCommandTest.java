package io.github.hls4j.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hls4j.docx.ReportTemplate;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateCommandTest {

  @TempDir static Path dir;

  private static Run hls(String... args) {
    return Run.hls(args);
  }

  private static String p(String text) {
    return "<w:p><w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r></w:p>";
  }

  private static String heading(String text) {
    return "<w:p><w:pPr><w:pStyle w:val=\"Heading1\"/></w:pPr><w:r><w:t>"
        + text
        + "</w:t></w:r></w:p>";
  }

  private static String cell(String text) {
    return "<w:tc>" + p(text) + "</w:tc>";
  }

  /** A council's blank cabinet report template, written by hand in WordprocessingML. */
  private static Path blank() throws IOException {
    String body =
        p("Anytown Borough Council")
            + p("Report to: Cabinet")
            + p("Report of: [Director]")
            + p("Report author: [Name, job title]")
            + p("Date of meeting: [date]")
            + p("Subject: [title]")
            + heading("Executive summary")
            + p("[Summary]")
            + heading("Recommendations")
            + p("That Cabinet:")
            + heading("Reasons for recommendations")
            + heading("Background")
            + heading("Financial implications")
            + heading("Equality implications")
            + heading("Risk management")
            + heading("Background papers")
            + heading("Report clearance")
            + "<w:tbl><w:tr>"
            + cell("Role")
            + cell("Name")
            + cell("Date")
            + "</w:tr><w:tr>"
            + cell("Director of Place")
            + cell("")
            + cell("")
            + "</w:tr></w:tbl>";
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      entry(
          zip,
          "[Content_Types].xml",
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
              + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
              + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
              + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
      entry(
          zip,
          "_rels/.rels",
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
              + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>");
      entry(
          zip,
          "word/document.xml",
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
              + body
              + "<w:sectPr/></w:body></w:document>");
    }
    Path file = dir.resolve("blank.docx");
    Files.write(file, bytes.toByteArray());
    return file;
  }

  private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(text.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }

  @Test
  void draft_blankTemplate_printsATemplate_andItsGuessesOnStandardError() throws IOException {
    Run run = hls("template", "draft", blank().toString());

    assertThat(run.exit()).isZero();
    ReportTemplate drafted =
        ReportTemplate.read(
            new java.io.ByteArrayInputStream(run.out().getBytes(StandardCharsets.UTF_8)),
            "drafted.json");
    assertThat(drafted.header().leadOfficer()).containsExactly("Report of");
    assertThat(drafted.header().title()).containsExactly("Subject");
    assertThat(drafted.layout().equalities()).containsExactly("Equality implications");
    assertThat(drafted.board().name()).isEqualTo("Cabinet");
    assertThat(run.err()).contains("blank.docx: check header.leadOfficer: \"Report of\"");
  }

  @Test
  void draft_langCy_saysEachGuessInWelsh_withTheSameGuessesAsInEnglish() throws IOException {
    String blank = blank().toString();
    io.github.hls4j.validation.Phrasebook welsh =
        LanguageOption.words(java.util.Locale.forLanguageTag("cy"));

    Run cy = hls("template", "draft", "--lang", "cy", blank);
    Run en = hls("template", "draft", blank);

    assertThat(cy.exit()).isZero();
    assertThat(cy.out()).isEqualTo(en.out());
    assertThat(cy.err().lines().count()).isEqualTo(en.err().lines().count()).isPositive();
    String check = welsh.format("template.check", java.util.Map.of("file", blank, "guess", ""));
    String notPlaced =
        welsh.format("template.notPlaced", java.util.Map.of("file", blank, "text", ""));
    assertThat(cy.err().lines())
        .allSatisfy(
            line ->
                assertThat(line)
                    .matches(
                        l -> l.startsWith("hls: " + check) || l.startsWith("hls: " + notPlaced)));
    assertThat(cy.err()).doesNotContain(": check ", ": not placed: ");
  }

  @Test
  void draft_output_writesTheFile_thatValidateTakesAsTemplate() throws IOException {
    Path drafted = dir.resolve("my-council.json");

    Run run = hls("template", "draft", "-o", drafted.toString(), blank().toString());

    assertThat(run.exit()).isZero();
    assertThat(run.out()).isEmpty();
    Run validate = hls("import", "--template", drafted.toString(), blank().toString());
    assertThat(validate.exit()).isZero();
    assertThat(validate.err()).doesNotContain("import/unplaced-text", "import/unknown-heading");
  }

  @Test
  void draft_outputIntoAFolderThatDoesNotExist_exitsUnwritable_withOneLine() throws IOException {
    Path missing = dir.resolve("no-such-folder").resolve("my-council.json");

    Run run = hls("template", "draft", "-o", missing.toString(), blank().toString());

    assertThat(run.exit()).isEqualTo(ExitCode.UNWRITABLE_OUTPUT.code());
    assertThat(run.err())
        .endsWith(
            "hls: "
                + missing
                + ": cannot be written: the folder "
                + missing.getParent()
                + " does not exist\n");
    assertThat(missing).doesNotExist();
  }

  @Test
  void draft_version_printsTheVersion() {
    Run run = hls("template", "draft", "-V");

    assertThat(run.exit()).isZero();
    assertThat(run.out()).startsWith("hls ");
  }

  @Test
  void draft_notAWordDocument_exitsUnreadable() throws IOException {
    Path notWord = Files.writeString(dir.resolve("blank.json"), "{}");

    Run run = hls("template", "draft", notWord.toString());

    assertThat(run.exit()).isEqualTo(ExitCode.UNREADABLE_INPUT.code());
    assertThat(run.err()).contains("blank.json");
  }

  @Test
  void template_withoutASubcommand_exitsUsage() {
    assertThat(hls("template").exit()).isEqualTo(ExitCode.USAGE.code());
  }
}
