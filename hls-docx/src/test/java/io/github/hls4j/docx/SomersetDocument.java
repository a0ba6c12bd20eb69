package io.github.hls4j.docx;

import static io.github.hls4j.docx.WordFile.Xml.cell;
import static io.github.hls4j.docx.WordFile.Xml.datePlaceholder;
import static io.github.hls4j.docx.WordFile.Xml.greyCell;
import static io.github.hls4j.docx.WordFile.Xml.hyperlink;
import static io.github.hls4j.docx.WordFile.Xml.lineBreak;
import static io.github.hls4j.docx.WordFile.Xml.mergeStart;
import static io.github.hls4j.docx.WordFile.Xml.mergedCell;
import static io.github.hls4j.docx.WordFile.Xml.p;
import static io.github.hls4j.docx.WordFile.Xml.pOf;
import static io.github.hls4j.docx.WordFile.Xml.row;
import static io.github.hls4j.docx.WordFile.Xml.run;
import static io.github.hls4j.docx.WordFile.Xml.styled;
import static io.github.hls4j.docx.WordFile.Xml.table;
import static io.github.hls4j.docx.WordFile.Xml.textCell;

import io.github.hls4j.governance.BoardReport;
import io.github.hls4j.governance.Paragraph;
import io.github.hls4j.governance.Recommendation;
import io.github.hls4j.governance.ReportSection;
import io.github.hls4j.governance.SignOff;
import io.github.hls4j.jackson.HlsJson;
import io.github.hls4j.strategy.Priority;
import io.github.hls4j.strategy.Strategy;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The Somerset Board report as its author wrote it in the council's Word template: header lines,
 * the two-column layout table with the priorities in a nested table whose rows run on past the
 * first strategy (as in the source), paragraph numbers typed in a table for section 1 and in the
 * text after it, the background papers' links pointing at {@code #}, and the sign-off table's date
 * pickers still showing "Click or tap to enter a date.".
 *
 * <p>The words come from the Somerset report's golden JSON, so that there is one copy of them; the
 * layout is made here, by hand, not by {@link DocxWriter}. {@code main} writes the fixture.
 */
final class SomersetDocument {

  static final Path GOLDEN =
      Path.of("..", "hls-json", "src", "test", "golden", "somerset-report.json");
  static final Path FIXTURE =
      Path.of("src", "test", "resources", "io", "github", "hls4j", "docx", "somerset.docx");

  private SomersetDocument() {}

  static BoardReport golden() throws IOException {
    try (InputStream in = Files.newInputStream(GOLDEN)) {
      return HlsJson.create().read(in, GOLDEN.toString(), BoardReport.class);
    }
  }

  static byte[] bytes() throws IOException {
    BoardReport r = golden();
    WordFile doc = new WordFile();
    doc.add(p(""), styled("Title", r.title()), p(""));
    doc.add(
        p(
            "Lead Officer: "
                + r.leadOfficer().name()
                + " / "
                + r.leadOfficer().roleTitle().orElseThrow()));
    doc.add(p("Author: " + r.author().name() + " / " + r.author().roleTitle().orElseThrow()));
    doc.add(p("Contact Details: " + r.contact().orElseThrow().email().orElseThrow()), p(""));

    List<String> rows = new ArrayList<>();
    rows.add(row(textCell("Summary:"), textCell(r.summary().toArray(String[]::new))));
    List<String> recs = new ArrayList<>();
    recs.add(p(r.recommendationsPreamble().orElseThrow()));
    for (Recommendation rec : r.recommendations()) {
      recs.add(p(rec.number() + ". " + rec.action()));
    }
    rows.add(row(textCell("Recommendations:"), cell(recs.toArray(String[]::new))));
    rows.add(
        row(
            textCell("Reasons for recommendations:"),
            textCell(r.reasons().toArray(String[]::new))));
    Strategy lives = r.strategyAlignments().get(0).strategy();
    Strategy care = r.strategyAlignments().get(1).strategy();
    // As in the source: the first nested table holds the four Improving Lives priorities, a grey
    // separator and the first three of Integrated Health and Care; the other two follow in the
    // next row, with the statement.
    List<String> first = new ArrayList<>();
    lives.priorities().forEach(pr -> first.add(tick(pr)));
    first.add(row(greyCell(2)));
    care.priorities().subList(0, 3).forEach(pr -> first.add(tick(pr)));
    rows.add(
        row(
            textCell("Links to The Improving Lives in Somerset Strategy"),
            cell(
                p(
                    "Please tick the Improving Lives and Integrated Health and Care Strategy priorities influenced by the delivery of this work"),
                table(first.toArray(String[]::new)),
                p(""))));
    List<String> second = new ArrayList<>();
    care.priorities().subList(3, 5).forEach(pr -> second.add(tick(pr)));
    rows.add(
        row(
            textCell("Links to Integrated Health and Care Strategy"),
            cell(
                table(second.toArray(String[]::new)),
                p(r.strategyAlignments().get(1).statement().orElseThrow()))));
    rows.add(
        row(
            textCell("Financial, Legal, HR, Social value and partnership Implications:"),
            textCell(r.implications().get(0).statement())));
    rows.add(
        row(
            textCell("Equalities Implications:"),
            textCell(r.equalities().orElseThrow().statement().orElseThrow())));
    rows.add(
        row(textCell("Risk Assessment:"), textCell(r.riskAssessment().orElseThrow().statement())));
    doc.add(table(rows.toArray(String[]::new)), p(""));

    // Section 1: numbers typed in the left column of a table, as in the source.
    ReportSection background = r.sections().get(0);
    doc.add(p("1. " + background.heading()));
    List<String> numbered = new ArrayList<>();
    for (Paragraph para : background.paragraphs()) {
      List<String> text = para.text();
      numbered.add(row(textCell(para.number() + "."), textCell(text.get(0))));
      if (text.size() > 1) {
        numbered.add(
            row(textCell(""), textCell(text.subList(1, text.size()).toArray(String[]::new))));
      }
    }
    doc.add(table(numbered.toArray(String[]::new)), p(""));
    // Sections 2 to 4: numbers typed at the start of the paragraph; the request's list typed as
    // (1).
    for (ReportSection section : r.sections().subList(1, r.sections().size())) {
      doc.add(p(section.number() + ". " + section.heading()));
      for (Paragraph para : section.paragraphs()) {
        doc.add(p(para.number() + "." + (para.text().isEmpty() ? "" : " " + para.text().get(0))));
        para.text().stream().skip(1).forEach(t -> doc.add(p(t)));
        para.items().forEach(item -> doc.add(p(item.label() + " " + item.text())));
      }
      doc.add(p(""));
    }
    doc.add(p("5. Background papers"));
    var papers = r.backgroundPapers();
    doc.add(
        pOf(
            run("5.1. " + papers.get(0).title() + ", available at: "),
            hyperlink(doc.link("#"), papers.get(0).link().orElseThrow().text())));
    doc.add(
        pOf(
            run(papers.get(1).title() + ": "),
            hyperlink(doc.link("#"), papers.get(1).link().orElseThrow().text())));
    // An embedded document's label, broken over two lines and cut short.
    doc.add(pOf(run("Homes and"), lineBreak(), run("Horizons - Human L")), p(""));

    doc.add(p("6. Report Sign-Off"), p("6.1"));
    List<String> signOff = new ArrayList<>();
    signOff.add(row(textCell("Report"), textCell("Seen by:"), textCell("Name"), textCell("Date")));
    boolean firstRow = true;
    for (SignOff s : r.signOffs()) {
      signOff.add(
          row(
              firstRow ? mergeStart("Sign off") : mergedCell(),
              textCell(s.role().title()),
              textCell(s.name().orElseThrow()),
              cell(datePlaceholder())));
      firstRow = false;
    }
    doc.add(table(signOff.toArray(String[]::new)));
    return doc.bytes();
  }

  private static String tick(Priority priority) {
    String text =
        priority.description().map(d -> priority.title() + " – " + d).orElse(priority.title());
    return row(textCell(text), textCell("x"));
  }

  /**
   * Writes the fixture.
   *
   * @param args none
   * @throws IOException if it cannot be written
   */
  public static void main(String[] args) throws IOException {
    Files.write(FIXTURE, bytes());
  }
}
