package io.github.hls4j.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hls4j.docx.DocxAnnotator;
import io.github.hls4j.docx.DocxReader;
import io.github.hls4j.docx.ReportTemplate;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnnotateCommandTest {

  private static final Path SOMERSET_DOCX = HlsTest.SOMERSET_DOCX;

  @TempDir Path dir;

  @Test
  void annotate_somersetDocx_writesACommentForEachFinding_andExitsOne() throws IOException {
    Path checked = dir.resolve("somerset.docx");

    Run run = Run.hls("annotate", SOMERSET_DOCX.toString(), "-o", checked.toString());

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .contains("18 comments written to")
        .contains("6 errors, 12 warnings, 0 infos");
    try (InputStream in = Files.newInputStream(checked);
        XWPFDocument word = new XWPFDocument(in)) {
      List<String> comments =
          Arrays.stream(word.getComments()).map(XWPFComment::getText).map(String::strip).toList();
      assertThat(comments)
          .hasSize(18)
          .anyMatch(c -> c.startsWith("ERROR governance/signoff-undated: "));
      assertThat(word.getComments())
          .allSatisfy(c -> assertThat(c.getAuthor()).isEqualTo(DocxAnnotator.AUTHOR));
    }
    assertThat(DocxReader.of(ReportTemplate.somerset()).read(checked).report())
        .isEqualTo(DocxReader.of(ReportTemplate.somerset()).read(SOMERSET_DOCX).report());
  }

  @Test
  void annotate_draftProfile_hasNoErrors_andExitsZero() throws IOException {
    Path checked = dir.resolve("draft.docx");

    Run run =
        Run.hls(
            "annotate", "--profile", "draft", SOMERSET_DOCX.toString(), "-o", checked.toString());

    assertThat(run.exit()).isZero();
    assertThat(Files.exists(checked)).isTrue();
  }

  @Test
  void annotate_jsonReport_exitsUnreadableSayingItIsNoWordDocument() throws IOException {
    Path json = dir.resolve("report.json");
    Files.writeString(json, "{}");

    Run run = Run.hls("annotate", json.toString(), "-o", dir.resolve("out.docx").toString());

    assertThat(run.exit()).isEqualTo(ExitCode.UNREADABLE_INPUT.code());
    assertThat(run.err())
        .startsWith("hls: " + json + ": cannot be read")
        .contains("not a Word document");
    assertThat(Files.exists(dir.resolve("out.docx"))).isFalse();
  }

  @Test
  void annotate_missingFile_andUnwritableOutput_exitUnreadableAndUnwritable() {
    Run missing =
        Run.hls(
            "annotate",
            dir.resolve("none.docx").toString(),
            "-o",
            dir.resolve("out.docx").toString());
    Run unwritable =
        Run.hls(
            "annotate",
            SOMERSET_DOCX.toString(),
            "-o",
            dir.resolve("no/such/folder/out.docx").toString());

    assertThat(missing.exit()).isEqualTo(ExitCode.UNREADABLE_INPUT.code());
    assertThat(missing.err()).contains("none.docx").contains("no such file");
    assertThat(unwritable.exit()).isEqualTo(ExitCode.UNWRITABLE_OUTPUT.code());
    assertThat(unwritable.err()).contains("cannot be written").contains("does not exist");
  }

  @Test
  void annotate_withoutOutput_isAUsageError() {
    Run run = Run.hls("annotate", SOMERSET_DOCX.toString());

    assertThat(run.exit()).isEqualTo(ExitCode.USAGE.code());
    assertThat(run.err()).contains("--output");
  }
}
