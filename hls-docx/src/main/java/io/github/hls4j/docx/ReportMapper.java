package io.github.hls4j.docx;

import static io.github.hls4j.docx.ImportRules.quote;

import com.google.common.base.CharMatcher;
import io.github.hls4j.docx.ReportDraft.SectionDraft;
import io.github.hls4j.docx.WordBody.Block;
import io.github.hls4j.docx.WordBody.Cell;
import io.github.hls4j.docx.WordBody.Para;
import io.github.hls4j.docx.WordBody.Table;
import io.github.hls4j.governance.ReportId;
import io.github.hls4j.governance.SectionKind;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.openxmlformats.schemas.officeDocument.x2006.customProperties.CTProperty;

/**
 * Maps a Word document's body to a {@link io.github.hls4j.governance.BoardReport} as a template
 * lays it out: walks the body once, in order, finds where each part of the report starts (a
 * heading, a label, a table of the sign-off's columns), and hands each block to the reader of the
 * part it is in ({@link HeaderReader}, {@link LayoutReader} with its {@link TickReader}, {@link
 * SectionReader}, {@link PaperReader}, {@link SignOffReader}); what none can place is an import
 * finding. Single-use and single-threaded.
 */
final class ReportMapper {

  /** The custom document property that holds the report's id, as {@link DocxWriter} writes it. */
  static final String REPORT_ID_PROPERTY = "hls4j-report-id";

  private static final Pattern TYPED_HEADING = Pattern.compile("^(\\d{1,3})\\.?\\s+(\\S.*)$");
  private static final Pattern DIGITS = Pattern.compile("\\d{1,3}");
  private static final CharMatcher NOT_SLUG =
      CharMatcher.forPredicate(Character::isLetterOrDigit).negate();

  /** Where in the report the text being read belongs. */
  private enum Part {
    HEADER,
    LAYOUT,
    SECTION,
    PAPERS,
    SIGN_OFF,
    OTHER
  }

  private final ReportTemplate template;
  private final ReportDraft draft;
  private final HeaderReader header;
  private final LayoutReader layout;
  private final SectionReader sections;
  private final PaperReader papers;
  private final SignOffReader signOffs;

  private Part part = Part.HEADER;
  private boolean layoutSeen;
  private boolean headingsStyled;

  /**
   * Whether the sign-off table being read sits inside a section, under a label of its own, so that
   * the section goes on after it ("9. AUDIT TRAIL", "Consultation" and its table, then "Report
   * history").
   */
  private boolean signOffInSection;

  private ReportMapper(ReportTemplate template) {
    this.template = template;
    this.draft = new ReportDraft(template);
    this.header = new HeaderReader(draft);
    this.layout = new LayoutReader(draft, header, new TickReader(draft));
    this.papers = new PaperReader(draft);
    this.sections = new SectionReader(draft, papers);
    this.signOffs = new SignOffReader(draft);
  }

  static DocxImport map(XWPFDocument document, ReportTemplate template, String source) {
    ReportMapper mapper = new ReportMapper(template);
    DocumentLanguage language = DocumentLanguage.of(document);
    for (Block block : WordBody.read(document, language)) {
      if (block instanceof Para p) {
        mapper.paragraph(p);
      } else {
        mapper.table((Table) block);
      }
    }
    return mapper.draft.build(reportId(document, source), language.language());
  }

  // The body, block by block

  private void paragraph(Para p) {
    String text = Labels.clean(p.text());
    if (text.isEmpty() && p.number().isEmpty()) {
      return;
    }
    if (signOffs.line(p, text)) {
      return; // "Name of finance officer consulted: … Date consulted: …"
    }
    if ((part == Part.HEADER || header.pending()) && header.paragraph(p, text)) {
      return;
    }
    if (p.heading() > 0 && p.heading() <= template.headingLevel() && !text.isEmpty()) {
      styledHeading(p, text);
      return;
    }
    if (part == Part.HEADER
        && p.style().equals("Title")
        && !text.isEmpty()
        && header.styledTitle(text, p.path())) {
      return; // Word's Title style names the title, whatever line came first
    }
    if (part == Part.HEADER && draft.title == null && !text.isEmpty() && !draft.isPrompt(text)) {
      header.firstLine(text, p.path());
      return;
    }
    if (heading(p, text)) {
      return;
    }
    if ((part != Part.HEADER || draft.title != null) && isPartLabelLine(p, text)) {
      // "Background documents" or "Risk and opportunity management implications" alone on its
      // line, in bold or plain, and no heading style: the part it names starts here; so does
      // "REPORT SUMMARY" or "RECOMMENDATIONS" after the cover lines, before the first section
      startPart(0, Labels.clean(text), p);
      return;
    }
    if ((part == Part.HEADER || part == Part.LAYOUT) && isHeaderLabelLine(p, text)) {
      // "FINANCE SUMMARY" alone on its line between the summary and the recommendations: a
      // cover-sheet field, its value on the next line
      header.expect(Labels.clean(text));
      if (part == Part.LAYOUT) {
        part = Part.OTHER;
      }
      return;
    }
    switch (part) {
      case LAYOUT -> {
        if (!draft.isPrompt(text)) {
          layout.paragraph(p, text);
        }
      }
      case SECTION -> sections.paragraph(p, text);
      case PAPERS -> papers.paragraph(p, text);
      case SIGN_OFF, OTHER -> {
        if (!text.isEmpty()
            && !SectionReader.PARAGRAPH_NUMBER.matcher(text).matches()
            && !draft.isPrompt(text)) {
          draft.unplaced(p.path(), text);
        }
      }
      case HEADER -> {
        if (!draft.isPrompt(text)) {
          draft.unplaced(p.path(), text);
        }
      }
    }
  }

  private void table(Table table) {
    int columns = signOffs.header(table);
    if (part == Part.SIGN_OFF || columns >= 0) {
      signOffs.table(table, columns);
      if (signOffInSection && part == Part.SIGN_OFF) {
        part = Part.SECTION; // what follows the table is the section's again
        signOffInSection = false;
      }
    } else if (part == Part.HEADER) {
      layoutSeen = true;
      layout.table(table);
    } else if (part == Part.LAYOUT) {
      layout.partTable(table);
    } else if (part == Part.SECTION) {
      sections.table(table);
    } else {
      for (List<Cell> cells : table.rows()) {
        for (Cell cell : cells) {
          for (Para p : cell.paragraphs()) {
            paragraph(p);
          }
        }
      }
    }
  }

  /**
   * A numbered heading: typed ("1. Background") or automatic at the list's first level. A heading
   * the template does not know counts as one when it is styled as a heading, or, typed, when its
   * number ends with a full stop and it reads as a heading; an automatically numbered line that is
   * neither known nor styled is a list item.
   */
  private boolean heading(Para p, String text) {
    if (p.heading() > template.headingLevel()) {
      return false; // a sub-heading, read as text of the part it is in
    }
    int number;
    String heading;
    if (p.level() == 0 && !p.number().isEmpty() && !text.isEmpty()) {
      Matcher digits = DIGITS.matcher(p.number());
      if (!digits.find()) {
        return false;
      }
      number = Integer.parseInt(digits.group());
      heading = text;
      if (!isKnownHeading(heading) && !p.style().startsWith("Heading")) {
        return false;
      }
    } else {
      Matcher typed = TYPED_HEADING.matcher(text);
      if (!typed.matches() || !p.number().isEmpty()) {
        return false;
      }
      number = Integer.parseInt(typed.group(1));
      heading = typed.group(2);
      boolean dotted = text.startsWith(typed.group(1) + ".");
      boolean guess =
          !headingsStyled && part != Part.LAYOUT && dotted && looksLikeHeading(heading, p);
      if (!isKnownHeading(heading) && !p.style().startsWith("Heading") && !guess) {
        return false;
      }
    }
    startPart(number, heading, p);
    return true;
  }

  private boolean isKnownHeading(String heading) {
    return template.sectionKind(heading).isPresent()
        || layout.isPartLabel(heading)
        || Labels.matches(template.backgroundPapers(), heading)
        || Labels.matches(template.signOff().headings(), heading);
  }

  /**
   * A short line without a full stop, set apart as a heading is, once the header and layout table
   * are read.
   */
  private boolean looksLikeHeading(String heading, Para p) {
    return (part != Part.HEADER || layoutSeen)
        && heading.length() <= 80
        && !heading.endsWith(".")
        && !heading.endsWith(":")
        && p.links().isEmpty()
        && heading.split(" ").length <= 10;
  }

  /**
   * A heading by its style or outline level, at the template's level or above: the start of a
   * layout part (summary, recommendations…), a tick table, a section, the background papers or the
   * sign-off; before any of these, an unknown one is the title.
   */
  private void styledHeading(Para p, String text) {
    headingsStyled = true;
    header.forgetPending();
    String heading = text;
    int number = 0;
    if (!p.number().isEmpty()) {
      Matcher digits = DIGITS.matcher(p.number());
      number = digits.find() ? Integer.parseInt(digits.group()) : 0;
    } else {
      Matcher typed = TYPED_HEADING.matcher(text);
      if (typed.matches()) {
        number = Integer.parseInt(typed.group(1));
        heading = typed.group(2);
      }
    }
    heading = Labels.clean(heading);
    boolean isLayout = layout.isPartLabel(heading);
    if (!isLayout && !isKnownHeading(heading) && header.isLabel(heading)) {
      // "Contact Officer" styled as a heading, the name on the next line: a cover-sheet field
      header.expect(heading);
      if (part != Part.HEADER) {
        part = Part.OTHER;
      }
      return;
    }
    if (part == Part.HEADER
        && !isLayout
        && !isKnownHeading(heading)
        && header.styledTitle(heading, p.path())) {
      return;
    }
    if (isLayout) {
      part = Part.LAYOUT;
      layout.start(heading, p.path());
      return;
    }
    if (number == 0) {
      number = draft.sections.isEmpty() ? 1 : draft.section().number + 1;
    }
    startPart(number, heading, p);
    if (part == Part.SECTION) {
      draft.section().byHeading = true;
    }
  }

  /**
   * A body paragraph, neither numbered nor styled, that is wholly a layout label or the background
   * papers' or sign-off's heading.
   */
  private boolean isPartLabelLine(Para p, String text) {
    if (!p.number().isEmpty()
        || p.heading() > 0
        || !p.path().startsWith("body/paragraph")
        || text.length() > 120) {
      return false;
    }
    String label = Labels.clean(text);
    return layout.isPartLabel(label) && template.sectionKind(label).isEmpty()
        || Labels.matches(template.backgroundPapers(), label)
        || Labels.matches(template.signOff().headings(), label);
  }

  /** A body paragraph, neither numbered nor styled, that is wholly a label of the cover sheet. */
  private boolean isHeaderLabelLine(Para p, String text) {
    return p.number().isEmpty()
        && p.heading() == 0
        && p.path().startsWith("body/paragraph")
        && text.length() <= 120
        && header.isLabel(Labels.clean(text));
  }

  private void startPart(int number, String heading, Para p) {
    boolean inSection = part == Part.SECTION && !draft.sections.isEmpty();
    signOffInSection = false;
    if (layout.isPartLabel(heading) && template.sectionKind(heading).isEmpty()) {
      part = Part.LAYOUT; // "2. Recommendations", a part of the layout under a numbered heading
      layout.start(heading, p.path());
    } else if (Labels.matches(template.backgroundPapers(), heading)) {
      part = Part.PAPERS;
    } else if (Labels.matches(template.signOff().headings(), heading)) {
      part = Part.SIGN_OFF;
      if (inSection && number == 0 && p.heading() == 0) {
        // "Consultation" alone on its line inside "9. AUDIT TRAIL": the section holds the table
        signOffInSection = true;
        draft.section().holdsSignOff = true;
      }
    } else {
      Optional<SectionKind> kind = template.sectionKind(heading);
      if (kind.isEmpty()) {
        draft.report(ImportRules.UNKNOWN_HEADING, p.path(), Map.of("quote", quote(heading)));
      }
      part = Part.SECTION;
      draft.sections.add(
          draft.new SectionDraft(number, heading, kind.orElse(SectionKind.OTHER), p.path()));
    }
  }

  // Values

  /** The cells' text, one after another, for a quote. */
  static String text(List<Cell> cells) {
    return cells.stream()
        .map(Cell::text)
        .filter(t -> !t.isEmpty())
        .collect(Collectors.joining(" "));
  }

  static String slug(String text, String otherwise) {
    String slug = NOT_SLUG.trimAndCollapseFrom(text.toLowerCase(Locale.ROOT), '-');
    return slug.isEmpty() ? otherwise : slug;
  }

  private static ReportId reportId(XWPFDocument document, String source) {
    POIXMLProperties.CustomProperties custom = document.getProperties().getCustomProperties();
    CTProperty property = custom.getProperty(REPORT_ID_PROPERTY);
    if (property != null && property.isSetLpwstr()) {
      String id = Labels.clean(property.getLpwstr());
      if (!id.isEmpty() && !id.contains(" ")) {
        return ReportId.of(id);
      }
    }
    String name = source.replace('\\', '/');
    name = name.substring(name.lastIndexOf('/') + 1);
    int dot = name.lastIndexOf('.');
    return ReportId.of(slug(dot > 0 ? name.substring(0, dot) : name, "report"));
  }
}
