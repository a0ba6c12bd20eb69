package io.github.hls4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hls4j.governance.GovernanceRules;
import io.github.hls4j.validation.Profile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WordExampleTest {

  @Test
  void draftThenClear_givesTheSomersetFindings(@TempDir Path dir) throws Exception {
    Path docx = dir.resolve("somerset.docx");

    WordExample.draft(docx);

    // the same table, with each finding's place in the document on the line below it
    assertThat(
            WordExample.clear(docx)
                .lines()
                .filter(line -> !line.strip().startsWith("in the document: ")))
        .containsExactlyElementsOf(
            GovernanceRules.validator(Profile.DECISION_READY)
                .validate(SomersetReport.report())
                .toString()
                .lines()
                .toList());
    assertThat(
            WordExample.clear(docx)
                .lines()
                .filter(line -> line.strip().startsWith("in the document: ")))
        .hasSize(18);
  }

  @Test
  void clear_binaryDoc_saysWhy(@TempDir Path dir) throws Exception {
    byte[] ole2 = new byte[512];
    byte[] magic = {
      (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
    };
    System.arraycopy(magic, 0, ole2, 0, magic.length);
    Path doc = Files.write(dir.resolve("board.doc"), ole2);

    assertThat(WordExample.clear(doc)).startsWith(doc + ": cannot be read: it is");
  }

  @Test
  void ownTemplate_readsTheCountyTemplate() {
    Path county =
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
            "county-template.json");

    assertThat(WordExample.ownTemplate(county).template().name())
        .isEqualTo("County Council cabinet report");
  }

  @Test
  void draftTemplate_writesATemplateThatReads_andListsItsGuesses(@TempDir Path dir)
      throws Exception {
    Path docx = dir.resolve("somerset.docx");
    WordExample.draft(docx);
    Path template = dir.resolve("drafted.json");

    assertThat(WordExample.draftTemplate(docx, template))
        .anyMatch(g -> g.startsWith("header.leadOfficer: \"Lead Officer\""));
    assertThat(io.github.hls4j.docx.ReportTemplate.read(template).header().leadOfficer())
        .containsExactly("Lead Officer");
  }

  @Test
  void annotate_writesACommentForEachFinding(@TempDir Path dir) throws Exception {
    Path docx = dir.resolve("somerset.docx");
    WordExample.draft(docx);
    Path checked = dir.resolve("checked.docx");

    int comments = WordExample.annotate(docx, checked);

    assertThat(comments).isPositive();
    try (java.io.InputStream in = java.nio.file.Files.newInputStream(checked);
        org.apache.poi.xwpf.usermodel.XWPFDocument word =
            new org.apache.poi.xwpf.usermodel.XWPFDocument(in)) {
      assertThat(word.getComments()).hasSize(comments);
    }
  }
}
