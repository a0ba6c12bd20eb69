package io.github.hls4j.docx;

import static io.github.hls4j.docx.WordFile.Xml.escape;
import static io.github.hls4j.docx.WordFile.Xml.list;
import static io.github.hls4j.docx.WordFile.Xml.num;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.hls4j.governance.GovernanceRules;
import io.github.hls4j.validation.Profile;
import io.github.hls4j.validation.Violation;
import java.io.ByteArrayInputStream;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * A readable document never makes the reader throw: random bodies built from the pieces of real
 * templates — labels, headings, numbers, ticks, dates, content controls, links to missing
 * relationships, numbering that does not exist — give a report and import findings.
 */
class ArbitraryDocumentPropertiesTest {

  private static final int EXAMPLES = Integer.getInteger("hls4j.examples", 150);

  private static final String[] TEXT = {
    "",
    " ",
    "Taking stock",
    "Summary:",
    "Recommendations:",
    "Recommendation(s)",
    "Links to The Improving Lives in Somerset Strategy",
    "Links to Integrated Health and Care Strategy",
    "Reduce Inequalities",
    "Fairer life chances and opportunity for all",
    "Risk Assessment:",
    "Equalities Implications:",
    "is not considered necessary",
    "1. Background",
    "2. Next steps",
    "0. Nothing",
    "999. Far",
    "1.1.",
    "4.2",
    "1.1. Text.",
    "(1) An item",
    "a) An item",
    "1. A recommendation",
    "x",
    "X",
    "\u2612",
    "\u2610",
    "maybe",
    "Lead Officer: Ann Lee / Director",
    "Lead Officer:",
    "Author: Ben",
    "Contact Details: a@@b",
    "Contact Details: a@b.gov.uk / 0123",
    "Date of meeting: 31/02/2025",
    "Date of meeting: 12 March 2025",
    "5. Background papers",
    "6. Report Sign-Off",
    "Seen by:",
    "Name",
    "Date",
    "Monitoring Officer",
    "Chair (if applicable)",
    "Click or tap to enter a date.",
    ", available at:",
    "Please tick the Improving Lives and Integrated Health and Care Strategy priorities influenced by the delivery of this work",
    "\u00e7\u0131\u0130 \uD83D\uDE00",
    "\t",
    "#"
  };

  @Test
  void read_anyBodyOfTemplatePieces_neverThrows_andValidationNeverThrows() {
    qt().withExamples(EXAMPLES)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              byte[] docx = document(new SplittableRandom(seed));
              DocxImport read;
              try {
                read =
                    DocxReader.of(ReportTemplate.somerset())
                        .read(new ByteArrayInputStream(docx), "arbitrary.docx");
              } catch (UnreadableDocumentException e) {
                assertThat(e.problem()).contains("nests");
                return;
              }
              assertThat(read.findings().violations())
                  .extracting(Violation::rule)
                  .allMatch(r -> r.namespace().equals("import"));
              assertThat(read.findings().violations()).allMatch(v -> v.path().startsWith("body"));
              GovernanceRules.validator(Profile.PUBLISHED).validate(read.report());
            });
  }

  @Test
  void read_tablesNestedPastTheLimit_areRefused() {
    String body = "<w:p/>";
    for (int i = 0; i < WordBody.MAX_DEPTH + 2; i++) {
      body = "<w:tbl><w:tr><w:tc>" + body + "</w:tc></w:tr></w:tbl><w:p/>";
    }
    byte[] deep = new WordFile().add(body).bytes();

    assertThatThrownBy(
            () ->
                DocxReader.of(ReportTemplate.somerset())
                    .read(new ByteArrayInputStream(deep), "deep.docx"))
        .isInstanceOf(UnreadableDocumentException.class)
        .hasMessage(
            "deep.docx: cannot be read: it nests tables, content controls or links more than 32 deep");
  }

  static byte[] document(SplittableRandom random) {
    WordFile doc = new WordFile();
    doc.numbering(
        list(1, "%1.", "decimal", "%1.%2.", "decimal")
            + list(2, "(%1)", "lowerRoman")
            + num(1, 1)
            + num(2, 2));
    doc.link("#");
    doc.link("https://example.org/a.pdf");
    StringBuilder body = new StringBuilder();
    int blocks = random.nextInt(30);
    for (int i = 0; i < blocks; i++) {
      body.append(block(random, 0));
    }
    return doc.add(body.toString()).bytes();
  }

  private static String block(SplittableRandom random, int depth) {
    int kind = random.nextInt(depth > 3 ? 1 : 10);
    if (kind < 6) {
      return paragraph(random);
    }
    if (kind < 9) {
      StringBuilder table = new StringBuilder("<w:tbl>");
      int rows = random.nextInt(5);
      for (int r = 0; r < rows; r++) {
        table.append("<w:tr>");
        int cells = random.nextInt(5);
        for (int c = 0; c < cells; c++) {
          table.append("<w:tc>");
          int inner = random.nextInt(3);
          for (int b = 0; b < inner; b++) {
            table.append(block(random, depth + 1));
          }
          table.append("</w:tc>");
        }
        table.append("</w:tr>");
      }
      return table.append("</w:tbl>").toString();
    }
    return "<w:sdt>"
        + properties(random)
        + "<w:sdtContent>"
        + block(random, depth + 1)
        + "</w:sdtContent></w:sdt>";
  }

  private static String paragraph(SplittableRandom random) {
    StringBuilder p = new StringBuilder("<w:p>");
    if (random.nextBoolean()) {
      p.append("<w:pPr>");
      if (random.nextInt(4) == 0) {
        p.append("<w:pStyle w:val=\"")
            .append(random.nextBoolean() ? "Heading1" : "Title")
            .append("\"/>");
      }
      if (random.nextBoolean()) {
        p.append("<w:numPr><w:ilvl w:val=\"")
            .append(random.nextInt(12) - 1)
            .append("\"/><w:numId w:val=\"")
            .append(random.nextInt(5))
            .append("\"/></w:numPr>");
      }
      p.append("</w:pPr>");
    }
    int runs = random.nextInt(4);
    for (int i = 0; i < runs; i++) {
      p.append(
          switch (random.nextInt(8)) {
            case 0 ->
                "<w:hyperlink r:id=\"rIdLink"
                    + random.nextInt(4)
                    + "\">"
                    + run(random)
                    + "</w:hyperlink>";
            case 1 ->
                "<w:hyperlink w:anchor=\""
                    + escape(text(random))
                    + "\">"
                    + run(random)
                    + "</w:hyperlink>";
            case 2 ->
                "<w:sdt>"
                    + properties(random)
                    + "<w:sdtContent>"
                    + run(random)
                    + "</w:sdtContent></w:sdt>";
            case 3 ->
                "<w:r><w:sym w:font=\"Wingdings\" w:char=\""
                    + Integer.toHexString(random.nextInt(0x10000))
                    + "\"/></w:r>";
            case 4 -> "<w:r><w:br/></w:r>";
            case 5 -> "<w:del><w:r><w:delText>gone</w:delText></w:r></w:del>";
            default -> run(random);
          });
    }
    return p.append("</w:p>").toString();
  }

  private static String properties(SplittableRandom random) {
    StringBuilder pr = new StringBuilder("<w:sdtPr>");
    if (random.nextBoolean()) {
      pr.append("<w:showingPlcHdr/>");
    }
    switch (random.nextInt(4)) {
      case 0 ->
          pr.append("<w:date w:fullDate=\"")
              .append(random.nextBoolean() ? "2025-02-30T00:00:00Z" : "2025-03-01T00:00:00Z")
              .append("\"/>");
      case 1 ->
          pr.append("<w14:checkbox><w14:checked w14:val=\"")
              .append(random.nextInt(3))
              .append("\"/></w14:checkbox>");
      case 2 -> pr.append("<w:date/>");
      default -> {}
    }
    return pr.append("</w:sdtPr>").toString();
  }

  private static String run(SplittableRandom random) {
    return "<w:r><w:t xml:space=\"preserve\">" + escape(text(random)) + "</w:t></w:r>";
  }

  private static String text(SplittableRandom random) {
    return TEXT[random.nextInt(TEXT.length)];
  }
}
