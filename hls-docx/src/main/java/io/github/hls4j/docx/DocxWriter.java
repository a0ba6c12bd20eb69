package io.github.hls4j.docx;

import static java.util.Objects.requireNonNull;

import io.github.hls4j.governance.BackgroundPaper;
import io.github.hls4j.governance.BoardReport;
import io.github.hls4j.governance.Committee;
import io.github.hls4j.governance.Decision;
import io.github.hls4j.governance.EqualitiesStatement;
import io.github.hls4j.governance.GovernanceRules;
import io.github.hls4j.governance.ImpactAssessment;
import io.github.hls4j.governance.Implication;
import io.github.hls4j.governance.ListItem;
import io.github.hls4j.governance.Paragraph;
import io.github.hls4j.governance.Recommendation;
import io.github.hls4j.governance.ReportSection;
import io.github.hls4j.governance.SignOff;
import io.github.hls4j.party.ContactDetails;
import io.github.hls4j.party.Person;
import io.github.hls4j.render.Words;
import io.github.hls4j.strategy.AlignmentLink;
import io.github.hls4j.strategy.Priority;
import io.github.hls4j.strategy.StrategyAlignment;
import io.github.hls4j.text.Printable;
import io.github.hls4j.validation.Phrasebook;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.jspecify.annotations.Nullable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHyperlink;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSdtBlock;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSdtPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTc;

/**
 * Writes a board report into a template's layout as a Word document (.docx), so that a paper can be
 * drafted from a model: the title and header lines, the two-column layout table with each
 * strategy's priorities and ticks, numbered sections, background papers with their links, and the
 * sign-off table, whose template text is left in date pickers as Word leaves it.
 *
 * <p>The same report gives the same bytes: the document carries no time of writing.
 *
 * <p>A writer in {@linkplain #publication() publication mode} writes a paper to go straight into an
 * agenda pack, as {@link io.github.hls4j.render.HtmlRenderer#publication(BoardReport)} does for
 * HTML: every implication with the names of its areas, every tick table with its header row, each
 * recommendation with who carries it out, what it depends on and its decisions in words, links that
 * say where they go, and no model id (not even in the document's properties).
 *
 * <p>{@link DocxReader} with the same template reads the document back as the same report, up to
 * what the layout does not hold; {@code docs/word.md} lists those normalisations.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class DocxWriter {

  /** 1 January 1980, the earliest time a zip entry holds, in the default time zone's terms. */
  private static final long STEADY_TIME =
      LocalDateTime.of(1980, 1, 1, 0, 0).atZone(ZoneId.systemDefault()).toInstant().toEpochMilli();

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);

  private final ReportTemplate template;

  /** The words of a paper to publish, or null when the writer writes the working document. */
  private final @Nullable Phrasebook publication;

  private DocxWriter(ReportTemplate template, @Nullable Phrasebook publication) {
    this.template = template;
    this.publication = publication;
  }

  /**
   * Returns a writer into {@code template}'s layout.
   *
   * @param template the template
   * @return the writer
   * @throws NullPointerException if {@code template} is null
   * @since 0.1.0
   */
  public static DocxWriter of(ReportTemplate template) {
    return new DocxWriter(requireNonNull(template, "template"), null);
  }

  /**
   * Returns a writer into the same layout in publication mode, with its words in English: the
   * document goes straight into an agenda pack. Each implication names its areas in words, each
   * strategy's tick table has a header row (priority, ticked, rationale), each recommendation says
   * who carries it out, what it depends on and its decisions in words, each background paper's link
   * says where it goes, a sign-off date left to fill is plain text rather than a date picker, and
   * no model id is written, not even the report's id in the document's properties. {@link
   * DocxReader} is not meant to read such a document back as the same report.
   *
   * @return the writer in publication mode
   * @since 0.1.0
   */
  public DocxWriter publication() {
    return publication(Locale.ENGLISH);
  }

  /**
   * Returns a writer into the same layout in publication mode, as {@link #publication()} does, with
   * the words it adds (labels of the notes, implication areas, the tick tables' header) in a
   * language such as {@code cy}; the template's own labels are kept.
   *
   * @param language the language of the words the writer adds
   * @return the writer in publication mode
   * @throws NullPointerException if {@code language} is null
   * @since 0.1.0
   */
  public DocxWriter publication(Locale language) {
    return new DocxWriter(template, Words.of(requireNonNull(language, "language")));
  }

  /**
   * Returns whether this writer writes a paper to publish ({@link #publication()}).
   *
   * @return whether the writer is in publication mode
   * @since 0.1.0
   */
  public boolean isPublication() {
    return publication != null;
  }

  /**
   * Writes a report as a Word document; the stream is not closed.
   *
   * @param report the report
   * @param out where the document goes
   * @throws IllegalArgumentException if the report is of another board than the template's, or
   *     ticks a strategy the template has no row for
   * @throws UncheckedIOException if the document cannot be written to {@code out}
   * @since 0.1.0
   */
  public void write(BoardReport report, OutputStream out) {
    requireNonNull(report, "report");
    requireNonNull(out, "out");
    if (!report.board().equals(template.board())) {
      // the board is the template's, not the document's: read back, the report would change boards
      throw new IllegalArgumentException(
          "BoardReport.board ("
              + report.board().id()
              + ") is not the board of the template "
              + template.name()
              + " ("
              + template.board().id()
              + ")");
    }
    for (StrategyAlignment a : report.strategyAlignments()) {
      if (row(a).isEmpty()) {
        throw new IllegalArgumentException(
            "BoardReport.strategyAlignments ("
                + a.strategy().id()
                + ") has no row in the template "
                + template.name());
      }
    }
    try (XWPFDocument doc = new XWPFDocument()) {
      if (publication == null) {
        doc.getProperties()
            .getCustomProperties()
            .addProperty(ReportMapper.REPORT_ID_PROPERTY, shown(report.id().value()));
      }
      doc.getProperties().getCoreProperties().setTitle(shown(report.title()));
      doc.getProperties().getCoreProperties().setCreator("hls4j");
      doc.getProperties().getCoreProperties().setCreated(Optional.empty());
      paragraph(doc, report.title()).setStyle("Title");
      header(doc, report);
      layout(doc, report);
      int number = 0;
      for (ReportSection section : report.sections()) {
        section(doc, section);
        number = Math.max(number, section.number());
      }
      if (!report.backgroundPapers().isEmpty()) {
        paragraph(doc, ++number + ". " + template.backgroundPapers().get(0));
        for (BackgroundPaper paper : report.backgroundPapers()) {
          paper(doc.createParagraph(), paper);
        }
      }
      if (!report.signOffs().isEmpty()) {
        paragraph(doc, ++number + ". " + template.signOff().headings().get(0));
        signOffs(doc, report.signOffs());
      }
      ByteArrayOutputStream written = new ByteArrayOutputStream();
      doc.write(written);
      steady(written.toByteArray(), out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes the package again with every entry dated 1 January 1980, so that the same report gives
   * the same bytes: POI dates entries with the time of writing.
   */
  private static void steady(byte[] zip, OutputStream out) throws IOException {
    ZipOutputStream steady = new ZipOutputStream(out);
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        ZipEntry entry = new ZipEntry(e.getName());
        entry.setTime(STEADY_TIME);
        steady.putNextEntry(entry);
        in.transferTo(steady);
        steady.closeEntry();
      }
    }
    steady.finish();
  }

  private Optional<ReportTemplate.StrategyRow> row(StrategyAlignment alignment) {
    return template.strategyRows().stream()
        .filter(r -> r.strategy().id().equals(alignment.strategy().id()))
        .findFirst();
  }

  private void header(XWPFDocument doc, BoardReport report) {
    ReportTemplate.HeaderLabels h = template.header();
    paragraph(doc, h.leadOfficer().get(0) + ": " + person(report.leadOfficer()));
    paragraph(doc, h.author().get(0) + ": " + person(report.author()));
    report.contact().ifPresent(c -> paragraph(doc, h.contact().get(0) + ": " + contact(c)));
    report
        .meetingDate()
        .ifPresent(d -> paragraph(doc, h.meetingDate().get(0) + ": " + DATE.format(d)));
  }

  private static String person(Person person) {
    return person.name() + person.roleTitle().map(r -> " / " + r).orElse("");
  }

  private static String contact(ContactDetails contact) {
    List<String> parts = new ArrayList<>();
    contact.email().ifPresent(parts::add);
    contact.telephone().ifPresent(parts::add);
    return String.join(" / ", parts);
  }

  private void layout(XWPFDocument doc, BoardReport report) {
    ReportTemplate.LayoutLabels l = template.layout();
    XWPFTable table = doc.createTable();
    List<String> recommendations = new ArrayList<>();
    report.recommendationsPreamble().ifPresent(recommendations::add);
    for (Recommendation r : report.recommendations()) {
      recommendations.add(
          r.number()
              + ". "
              + r.action()
              + (publication == null ? "" : notes(report, r, publication)));
    }
    boolean first = true;
    first = layoutRow(table, first, l.summary().get(0), report.summary());
    first = layoutRow(table, first, l.recommendations().get(0), recommendations);
    first = layoutRow(table, first, l.reasons().get(0), report.reasons());
    for (ReportTemplate.StrategyRow row : template.strategyRows()) {
      Optional<StrategyAlignment> alignment =
          report.strategyAlignments().stream()
              .filter(a -> a.strategy().id().equals(row.strategy().id()))
              .findFirst();
      if (alignment.isPresent()) {
        XWPFTableRow tableRow = nextRow(table, first);
        first = false;
        tableRow.getCell(0).setText(shown(row.labels().get(0)));
        XWPFTableCell cell = tableRow.getCell(1);
        XWPFTable ticks = cell.insertNewTbl(cell.getParagraphArray(0).getCTP().newCursor());
        List<Priority> priorities = row.strategy().priorities();
        int columns = publication == null ? 2 : 3;
        if (publication != null) {
          XWPFTableRow header = tickRow(ticks, columns);
          header.setRepeatHeader(true);
          header.getCell(0).setText(shown(publication.phrase("report.priority")));
          header.getCell(1).setText(shown(publication.phrase("report.ticked")));
          header.getCell(2).setText(shown(publication.phrase("report.rationale")));
        }
        for (Priority p : priorities) {
          XWPFTableRow tick = tickRow(ticks, columns);
          tick.getCell(0)
              .setText(shown(p.description().map(d -> p.title() + " – " + d).orElse(p.title())));
          Optional<AlignmentLink> link = alignment.get().link(p.id());
          if (publication == null) {
            tick.getCell(1).setText(link.isPresent() ? "x" : "");
          } else {
            tick.getCell(1)
                .setText(link.isPresent() ? "\u2713 " + publication.phrase("report.yes") : "");
            link.flatMap(AlignmentLink::rationale)
                .ifPresent(r -> tick.getCell(2).setText(shown(r)));
          }
        }
        alignment
            .get()
            .statement()
            .ifPresent(
                s ->
                    lines(s).forEach(line -> cell.addParagraph().createRun().setText(shown(line))));
      }
    }
    List<String> implications = new ArrayList<>();
    for (Implication i : report.implications()) {
      List<String> statement = new ArrayList<>(lines(i.statement()));
      if (publication != null) {
        String areas =
            capitalised(
                i.areas().stream()
                    .sorted()
                    .map(a -> publication.find(Phrasebook.key("area", a.name())).orElse(a.name()))
                    .collect(Collectors.joining(", ")));
        statement.add(0, statement.isEmpty() ? areas + ":" : areas + ": " + statement.remove(0));
      }
      implications.addAll(statement);
    }
    first = layoutRow(table, first, l.implications().get(0), implications);
    first =
        layoutRow(
            table,
            first,
            l.equalities().get(0),
            report.equalities().map(this::equalities).orElse(List.of()));
    List<String> risks = new ArrayList<>();
    report
        .riskAssessment()
        .ifPresent(
            r -> {
              risks.addAll(lines(r.statement()));
              risks.addAll(r.risks());
            });
    if (layoutRow(table, first, l.riskAssessment().get(0), risks)) {
      doc.removeBodyElement(doc.getPosOfTable(table)); // nothing to lay out
    }
  }

  /** A row of a tick table with as many cells as it has columns. */
  private static XWPFTableRow tickRow(XWPFTable ticks, int columns) {
    XWPFTableRow row = ticks.createRow();
    while (row.getTableCells().size() < columns) {
      row.addNewTableCell();
    }
    return row;
  }

  /**
   * A recommendation's notes in a paper to publish, as the HTML page writes them: who carries it
   * out, what it depends on and each decision, in words. Its sources are left out: they name the
   * model's ids.
   */
  private static String notes(BoardReport report, Recommendation r, Phrasebook w) {
    List<String> notes = new ArrayList<>();
    r.carriedOutBy().ifPresent(b -> notes.add(w.format("report.carriedOutBy", Map.of("by", b))));
    if (!r.dependsOn().isEmpty()) {
      notes.add(
          w.format(
              "report.dependsOn",
              Map.of(
                  "numbers",
                  r.dependsOn().stream().map(String::valueOf).collect(Collectors.joining(", ")))));
    }
    for (Decision d : r.decisions()) {
      StringBuilder note =
          new StringBuilder(
              w.format(
                  "report.decision",
                  Map.of(
                      "outcome",
                      w.find(Phrasebook.key("outcome", d.outcome().name()))
                          .orElse(d.outcome().name().toLowerCase(Locale.ROOT).replace('_', ' ')))));
      if (!d.takenBy().isEmpty()) {
        note.append(' ')
            .append(
                w.format(
                    "report.decisionBy",
                    Map.of(
                        "bodies",
                        d.takenBy().stream()
                            .map(
                                id ->
                                    report
                                        .board()
                                        .committee(id)
                                        .map(Committee::name)
                                        .orElse(id.value()))
                            .collect(Collectors.joining(", ")))));
      }
      d.date()
          .ifPresent(
              date ->
                  note.append(' ')
                      .append(w.format("report.decisionOn", Map.of("date", DATE.format(date)))));
      notes.add(note.toString());
    }
    return notes.isEmpty() ? "" : " (" + String.join("; ", notes) + ")";
  }

  private static String capitalised(String text) {
    return text.isEmpty()
        ? text
        : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
  }

  /**
   * The statement, and a sentence that gives the answer on the assessment when the statement does
   * not.
   */
  private List<String> equalities(EqualitiesStatement equalities) {
    List<String> lines = new ArrayList<>();
    equalities.statement().ifPresent(s -> lines.addAll(lines(s)));
    String said = String.join(" ", lines);
    ImpactAssessment answer = equalities.impactAssessment();
    List<String> phrases = template.impactAssessment().getOrDefault(answer, List.of());
    boolean given = Labels.mentions(said, phrases);
    ImpactAssessment other =
        answer == ImpactAssessment.NOT_NEEDED
            ? ImpactAssessment.CARRIED_OUT
            : answer == ImpactAssessment.CARRIED_OUT ? ImpactAssessment.NOT_NEEDED : answer;
    boolean contradicted =
        Labels.mentions(said, template.impactAssessment().getOrDefault(other, List.of()));
    if ((!given || contradicted) && !phrases.isEmpty()) {
      lines.add("An equalities impact assessment " + phrases.get(0) + ".");
    }
    return lines;
  }

  /**
   * Adds a label and its paragraphs as a row, unless there are none. Returns whether the table is
   * still unused.
   */
  private static boolean layoutRow(
      XWPFTable table, boolean first, String label, List<String> paragraphs) {
    if (paragraphs.isEmpty()) {
      return first;
    }
    XWPFTableRow row = nextRow(table, first);
    row.getCell(0).setText(shown(label));
    XWPFTableCell cell = row.getCell(1);
    cell.getParagraphArray(0).createRun().setText(shown(paragraphs.get(0)));
    for (String text : paragraphs.subList(1, paragraphs.size())) {
      cell.addParagraph().createRun().setText(shown(text));
    }
    return false;
  }

  /** The table's first row when it is still unused, else a new row; with two cells. */
  private static XWPFTableRow nextRow(XWPFTable table, boolean first) {
    XWPFTableRow row = first ? table.getRow(0) : table.createRow();
    while (row.getTableCells().size() < 2) {
      row.addNewTableCell();
    }
    return row;
  }

  private static void section(XWPFDocument doc, ReportSection section) {
    paragraph(doc, section.number() + ". " + section.heading());
    for (Paragraph p : section.paragraphs()) {
      List<String> text = p.text();
      paragraph(doc, p.number() + "." + (text.isEmpty() ? "" : " " + text.get(0)));
      for (String more : text.subList(Math.min(1, text.size()), text.size())) {
        paragraph(doc, more);
      }
      for (ListItem item : p.items()) {
        paragraph(doc, item.label() + " " + item.text());
      }
    }
  }

  private void paper(XWPFParagraph paragraph, BackgroundPaper paper) {
    if (paper.link().isEmpty()) {
      paragraph.createRun().setText(shown(paper.title()));
      return;
    }
    String leadIn = template.paperLeadIns().isEmpty() ? ":" : template.paperLeadIns().get(0);
    paragraph.createRun().setText(shown(paper.title() + leadIn + " "));
    String target = paper.link().get().target();
    String text = paper.link().get().text();
    if (publication != null) {
      if (isLive(target)) {
        paragraph.createHyperlinkRun(target).setText(shown(text));
      } else {
        paragraph.createRun().setText(shown(text));
      }
      paragraph.createRun().setText(shown(" (" + where(target, publication) + ")"));
    } else if (target.startsWith("#")) {
      if (target.length() == 1) {
        paragraph.createHyperlinkRun("#").setText(shown(text));
      } else {
        CTHyperlink link = paragraph.getCTP().addNewHyperlink();
        link.setAnchor(target.substring(1));
        link.addNewR().addNewT().setStringValue(shown(text));
      }
    } else if (isLive(target)) {
      paragraph.createHyperlinkRun(target).setText(shown(text));
    } else {
      // Not a link a reader may follow: shown as text, as the renderers show it.
      paragraph.createRun().setText(shown(text + " <" + target + ">"));
    }
  }

  /**
   * Where a link goes, in words, as the HTML page says it: its address, or that it has none a
   * reader could follow.
   */
  private static String where(String target, Phrasebook w) {
    String t = target.strip();
    if (t.isEmpty() || t.equals("#")) {
      return w.phrase("report.linkNowhere");
    }
    if (t.startsWith("#")) {
      return w.format("report.linkInPaper", Map.of("anchor", t.substring(1)));
    }
    return w.format(isLive(t) ? "report.linkAt" : "report.linkGivenAs", Map.of("address", t));
  }

  /** Whether a target may be a live link: an absolute http, https or mailto URI. */
  private static boolean isLive(String target) {
    try {
      URI uri = new URI(target);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      return scheme.equals("https") || scheme.equals("http") || scheme.equals("mailto");
    } catch (URISyntaxException e) {
      return false;
    }
  }

  private void signOffs(XWPFDocument doc, List<SignOff> signOffs) {
    ReportTemplate.SignOffTable s = template.signOff();
    XWPFTable table = doc.createTable(1, 3);
    table.getRow(0).getCell(0).setText(shown(s.roleColumn().get(0)));
    table.getRow(0).getCell(1).setText(shown(s.nameColumn().get(0)));
    table.getRow(0).getCell(2).setText(shown(s.dateColumn().get(0)));
    for (SignOff signOff : signOffs) {
      XWPFTableRow row = table.createRow();
      row.getCell(0).setText(shown(signOff.role().title()));
      signOff.name().ifPresent(name -> row.getCell(1).setText(shown(name)));
      if (signOff.date().isPresent()) {
        row.getCell(2).setText(DATE.format(signOff.date().get()));
      } else if (signOff.dateText().isPresent()) {
        String text = signOff.dateText().get();
        if (GovernanceRules.DEFAULT_PLACEHOLDER_TEXTS.contains(text) && publication == null) {
          datePicker(row.getCell(2), text);
        } else {
          row.getCell(2).setText(shown(text));
        }
      }
    }
  }

  /** An empty date picker showing its template text, as Word leaves one. */
  private static void datePicker(XWPFTableCell cell, String prompt) {
    CTTc tc = cell.getCTTc();
    tc.removeP(0);
    CTSdtBlock sdt = tc.addNewSdt();
    CTSdtPr pr = sdt.addNewSdtPr();
    pr.addNewShowingPlcHdr();
    pr.addNewDate().addNewDateFormat().setVal("dd/MM/yyyy");
    CTR run = sdt.addNewSdtContent().addNewP().addNewR();
    run.addNewT().setStringValue(shown(prompt));
  }

  /**
   * Returns text as a page may show it, by hls4j's one policy ({@link Printable}): control
   * characters, which XML cannot hold, and invisible or bidirectional ones, shown as escapes.
   */
  private static String shown(String text) {
    return Printable.visible(text, false);
  }

  private static XWPFParagraph paragraph(XWPFDocument doc, String text) {
    XWPFParagraph paragraph = doc.createParagraph();
    if (!text.isEmpty()) {
      paragraph.createRun().setText(shown(text));
    }
    return paragraph;
  }

  private static List<String> lines(String text) {
    return List.of(text.split("\n", -1)).stream().filter(line -> !line.isBlank()).toList();
  }
}
