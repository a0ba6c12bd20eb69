package io.github.hls4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hls4j.docx.DocxWriter;
import io.github.hls4j.docx.ReportTemplate;
import io.github.hls4j.governance.BoardReport;
import io.github.hls4j.governance.Decision;
import io.github.hls4j.governance.DecisionOutcome;
import io.github.hls4j.governance.Paragraph;
import io.github.hls4j.governance.Recommendation;
import io.github.hls4j.governance.ReportSection;
import io.github.hls4j.governance.SectionKind;
import io.github.hls4j.validation.RuleCatalog;
import io.github.hls4j.validation.RuleDescriptor;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;

/**
 * A Word document in publication mode goes straight into an agenda pack, as a publication page
 * does: read back with POI, it shows no rule id, no model id and no enum constant, and keeps the
 * tick tables' header rows and the implications' areas.
 */
class PublicationDocumentsTest {

  private static byte[] publication(BoardReport report) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    DocxWriter.of(ReportTemplate.somerset()).publication().write(report, out);
    return out.toByteArray();
  }

  /** Every piece of text a reader of the document sees, and its properties. */
  private static String text(byte[] docx) throws IOException {
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
        XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
      StringBuilder all = new StringBuilder(extractor.getText());
      for (XWPFTable table : doc.getTables()) {
        nested(table, all);
      }
      doc.getProperties()
          .getCustomProperties()
          .getUnderlyingProperties()
          .getPropertyList()
          .forEach(p -> all.append('\n').append(p.getName()).append(' ').append(p.getLpwstr()));
      all.append('\n').append(doc.getProperties().getCoreProperties().getTitle());
      return all.toString();
    }
  }

  private static void nested(XWPFTable table, StringBuilder all) {
    for (XWPFTableRow row : table.getRows()) {
      for (XWPFTableCell cell : row.getTableCells()) {
        for (XWPFTable inner : cell.getTables()) {
          all.append('\n').append(inner.getText());
          nested(inner, all);
        }
      }
    }
  }

  /** The first row of each tick table: the tables held in the layout table's cells. */
  private static List<List<String>> tickHeaders(byte[] docx) throws IOException {
    List<List<String>> headers = new ArrayList<>();
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
      for (XWPFTable table : doc.getTables()) {
        for (XWPFTableRow row : table.getRows()) {
          for (XWPFTableCell cell : row.getTableCells()) {
            for (XWPFTable ticks : cell.getTables()) {
              headers.add(
                  ticks.getRow(0).getTableCells().stream().map(XWPFTableCell::getText).toList());
            }
          }
        }
      }
    }
    return headers;
  }

  static void assertPublishable(String text, List<String> ids) {
    for (RuleDescriptor d : RuleCatalog.builtIn().descriptors()) {
      assertThat(text).as("rule id").doesNotContain(d.id().toString());
    }
    for (String id : ids) {
      assertThat(text).as("model id").doesNotContain(id);
    }
    for (Class<? extends Enum<?>> type : PublicationPagesTest.ENUMS) {
      for (Enum<?> constant : type.getEnumConstants()) {
        if (!PublicationPagesTest.WORDS.contains(constant.name())) {
          assertThat(Pattern.compile("\\b" + constant.name() + "\\b").matcher(text).find())
              .as("enum constant %s.%s", type.getSimpleName(), constant.name())
              .isFalse();
        }
      }
    }
  }

  @Test
  void publication_ofTheSomersetReport_showsNoRuleIdModelIdOrEnumConstant() throws IOException {
    BoardReport report = SomersetReport.report();

    assertPublishable(
        text(publication(report)),
        PublicationPagesTest.modelIds(SomersetLearning.system(), report));
  }

  @Test
  void publication_ofTheSomersetReport_keepsTickHeadersAndImplicationAreas() throws IOException {
    byte[] docx = publication(SomersetReport.report());

    assertThat(tickHeaders(docx))
        .hasSize(SomersetReport.report().strategyAlignments().size())
        .allSatisfy(
            header -> assertThat(header).containsExactly("Priority", "Ticked", "Rationale"));
    assertThat(text(docx)).contains("Financial, legal, HR, social value, partnership: ");
  }

  @Test
  void publication_ofTheSomersetDigest_showsNoRuleIdModelIdOrEnumConstant() throws IOException {
    BoardReport paper = SomersetDigest.paper();

    assertPublishable(
        text(publication(paper)), PublicationPagesTest.modelIds(SomersetLearning.system(), paper));
  }

  @Test
  void publication_ofEveryBuiltInSectionKind_showsNoRuleIdModelIdOrEnumConstant()
      throws IOException {
    BoardReport report = SomersetReport.report();
    List<ReportSection> sections =
        Stream.of(SectionKind.values())
            .map(
                kind ->
                    ReportSection.builder()
                        .number(kind.ordinal() + 1)
                        .heading("Heading " + (kind.ordinal() + 1))
                        .kind(kind)
                        .addParagraphs(
                            Paragraph.builder()
                                .number((kind.ordinal() + 1) + ".1")
                                .addText("A paragraph.")
                                .build())
                        .build())
            .toList();
    BoardReport everyKind = BoardReport.builder().from(report).sections(sections).build();

    String text = text(publication(everyKind));

    assertPublishable(text, PublicationPagesTest.modelIds(SomersetLearning.system(), everyKind));
    assertThat(text).contains("Heading " + SectionKind.values().length);
  }

  @Test
  void publication_decisionsAndDependencies_areInWords() throws IOException {
    BoardReport report = SomersetReport.report();
    List<Recommendation> decided = new ArrayList<>();
    for (Recommendation r : report.recommendations()) {
      decided.add(
          Recommendation.builder()
              .from(r)
              .decisions(
                  List.of(
                      Decision.builder().outcome(DecisionOutcome.APPROVED_WITH_AMENDMENT).build()))
              .build());
    }
    BoardReport withDecisions = BoardReport.builder().from(report).recommendations(decided).build();

    String text = text(publication(withDecisions));

    assertThat(text).contains("decision: approved with amendment").doesNotContain("APPROVED");
    assertThat(report.recommendations()).anySatisfy(r -> assertThat(r.dependsOn()).isNotEmpty());
    assertThat(text).contains("depends on: 1");
  }

  @Test
  void working_document_keepsTheReportIdAndNoTickHeader() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    DocxWriter.of(ReportTemplate.somerset()).write(SomersetReport.report(), out);

    assertThat(text(out.toByteArray())).contains(SomersetReport.report().id().value());
    assertThat(tickHeaders(out.toByteArray()))
        .allSatisfy(header -> assertThat(header).doesNotContain("Ticked"));
  }
}
