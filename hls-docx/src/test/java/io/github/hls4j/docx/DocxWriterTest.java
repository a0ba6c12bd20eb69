package io.github.hls4j.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.hls4j.governance.BackgroundPaper;
import io.github.hls4j.governance.Board;
import io.github.hls4j.governance.BoardId;
import io.github.hls4j.governance.BoardReport;
import io.github.hls4j.governance.Link;
import io.github.hls4j.strategy.AlignmentLink;
import io.github.hls4j.strategy.Priority;
import io.github.hls4j.strategy.PriorityId;
import io.github.hls4j.strategy.Strategy;
import io.github.hls4j.strategy.StrategyAlignment;
import io.github.hls4j.strategy.StrategyId;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DocxWriterTest {

  private static BoardReport somerset;

  @BeforeAll
  static void golden() throws Exception {
    somerset = SomersetDocument.golden();
  }

  private static BoardReport withPapers(BackgroundPaper... papers) {
    return BoardReport.builder().from(somerset).backgroundPapers(java.util.List.of(papers)).build();
  }

  @Test
  void write_controlAndBidiCharacters_areShownAsEscapes_andTheDocumentReads() {
    BoardReport hostile =
        BoardReport.builder().from(somerset).title("Bell\u0007 and \u202Eoverride").build();

    DocxImport read = RoundTripPropertiesTest.roundTrip(hostile, ReportTemplate.somerset());

    assertThat(read.report().title()).isEqualTo("Bell\\u0007 and \\u202Eoverride");
  }

  @Test
  void write_unsafeTarget_isTextNotALiveLink() {
    BoardReport report =
        withPapers(
            BackgroundPaper.builder()
                .title("Trap")
                .link(Link.of("Click", "javascript:alert(1)"))
                .build());

    DocxImport read = RoundTripPropertiesTest.roundTrip(report, ReportTemplate.somerset());

    assertThat(read.report().backgroundPapers())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.link()).isEmpty();
              assertThat(p.title()).isEqualTo("Trap, available at: Click <javascript:alert(1)>");
            });
  }

  @Test
  void write_anchorsAndHashAndAddresses_stayLinks() {
    BoardReport report =
        withPapers(
            BackgroundPaper.builder().title("A").link(Link.of("Appendix", "#appendix-a")).build(),
            BackgroundPaper.builder().title("B").link(Link.of("Nowhere", "#")).build(),
            BackgroundPaper.builder()
                .title("C")
                .link(Link.of("Plan", "https://example.org/plan.pdf"))
                .build());

    DocxImport read = RoundTripPropertiesTest.roundTrip(report, ReportTemplate.somerset());

    assertThat(read.report().backgroundPapers()).isEqualTo(report.backgroundPapers());
  }

  @Test
  void write_sameReport_sameBytes_withNoTimeOfWriting() throws Exception {
    ByteArrayOutputStream first = new ByteArrayOutputStream();
    ByteArrayOutputStream second = new ByteArrayOutputStream();

    DocxWriter.of(ReportTemplate.somerset()).write(somerset, first);
    DocxWriter.of(ReportTemplate.somerset()).write(somerset, second);

    assertThat(first.toByteArray()).isEqualTo(second.toByteArray());
    // Nothing in the package depends on when it was written: every entry is dated 1 January 1980,
    // and the core properties carry no creation time.
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(first.toByteArray()))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        assertThat(e.getTimeLocal()).as(e.getName()).isEqualTo(LocalDateTime.of(1980, 1, 1, 0, 0));
        if (e.getName().equals("docProps/core.xml")) {
          assertThat(new String(zip.readAllBytes(), StandardCharsets.UTF_8))
              .doesNotContain("created");
        }
      }
    }
  }

  @Test
  void write_strategyTheTemplateHasNoRowFor_isRefusedByName() {
    Strategy other =
        Strategy.builder()
            .id(StrategyId.of("buses"))
            .title("Buses")
            .addPriority(Priority.builder().id(PriorityId.of("routes")).title("Routes").build())
            .build();
    BoardReport report =
        BoardReport.builder()
            .from(somerset)
            .addStrategyAlignments(
                StrategyAlignment.builder()
                    .strategy(other)
                    .addLink(AlignmentLink.to(PriorityId.of("routes")))
                    .build())
            .build();

    assertThatThrownBy(
            () ->
                DocxWriter.of(ReportTemplate.somerset()).write(report, new ByteArrayOutputStream()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "BoardReport.strategyAlignments (buses) has no row in the template Somerset Board report");
  }

  @Test
  void write_reportOfAnotherBoard_isRefusedNamingBothBoards() {
    // the board of a report read back is its template's: written into another board's layout, the
    // report would come back as that board's
    BoardReport report =
        BoardReport.builder()
            .from(somerset)
            .board(
                Board.builder()
                    .id(BoardId.of("anyshire-hwbb"))
                    .name("Anyshire Health and Wellbeing Board")
                    .build())
            .build();

    assertThatThrownBy(
            () ->
                DocxWriter.of(ReportTemplate.somerset()).write(report, new ByteArrayOutputStream()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "BoardReport.board (anyshire-hwbb) is not the board of the template Somerset Board report"
                + " (somerset-board)");
  }
}
