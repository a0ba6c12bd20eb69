package io.github.hls4j.docx;

import static io.github.hls4j.docx.ImportRules.finding;
import static io.github.hls4j.docx.ImportRules.quote;

import com.google.common.base.CharMatcher;
import io.github.hls4j.docx.WordBody.Block;
import io.github.hls4j.docx.WordBody.Cell;
import io.github.hls4j.docx.WordBody.Para;
import io.github.hls4j.docx.WordBody.Table;
import io.github.hls4j.docx.WordBody.WordLink;
import io.github.hls4j.governance.BackgroundPaper;
import io.github.hls4j.governance.BoardReport;
import io.github.hls4j.governance.EqualitiesStatement;
import io.github.hls4j.governance.ImpactAssessment;
import io.github.hls4j.governance.Implication;
import io.github.hls4j.governance.Link;
import io.github.hls4j.governance.ListItem;
import io.github.hls4j.governance.Paragraph;
import io.github.hls4j.governance.Recommendation;
import io.github.hls4j.governance.ReportId;
import io.github.hls4j.governance.ReportSection;
import io.github.hls4j.governance.RiskAssessment;
import io.github.hls4j.governance.SectionKind;
import io.github.hls4j.governance.SignOff;
import io.github.hls4j.governance.SignOffRole;
import io.github.hls4j.governance.SignOffRoleKind;
import io.github.hls4j.party.ContactDetails;
import io.github.hls4j.party.PartyId;
import io.github.hls4j.party.Person;
import io.github.hls4j.strategy.AlignmentLink;
import io.github.hls4j.strategy.Priority;
import io.github.hls4j.strategy.Strategy;
import io.github.hls4j.strategy.StrategyAlignment;
import io.github.hls4j.strategy.StrategyId;
import io.github.hls4j.validation.Location;
import io.github.hls4j.validation.RuleDescriptor;
import io.github.hls4j.validation.ValidationResult;
import io.github.hls4j.validation.Violation;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jspecify.annotations.Nullable;
import org.openxmlformats.schemas.officeDocument.x2006.customProperties.CTProperty;

/**
 * Maps a Word document's body to a {@link BoardReport} as a template lays it out, gathering an
 * import finding for whatever it cannot map. Single-use and single-threaded.
 */
final class ReportMapper {

  /** The custom document property that holds the report's id, as {@link DocxWriter} writes it. */
  static final String REPORT_ID_PROPERTY = "hls4j-report-id";

  private static final Pattern TYPED_HEADING = Pattern.compile("^(\\d{1,3})\\.?\\s+(\\S.*)$");
  private static final Pattern TYPED_PARAGRAPH = Pattern.compile("^(\\d{1,3}(?:\\.\\d{1,3})+)\\.?(?:\\s+(.*))?$");
  private static final Pattern PARAGRAPH_NUMBER = Pattern.compile("^\\d{1,3}(?:\\.\\d{1,3})+\\.?$");
  private static final Pattern TYPED_ITEM = Pattern.compile("^(\\(\\w{1,4}\\)|\\w{1,3}\\))\\s+(\\S.*)$");
  private static final Pattern TYPED_RECOMMENDATION =
      Pattern.compile("^(?:\\((\\d{1,3}|[a-zA-Z]|[ivx]{2,5})\\)|(\\d{1,3})[.)]|(\\d{1,3}(?:\\.\\d{1,3})+)\\.?|([a-zA-Z]|[ivx]{2,5})[.)])\\s+(\\S.*)$");
  private static final Pattern DIGITS = Pattern.compile("\\d{1,3}");
  private static final Pattern ORDINAL = Pattern.compile("(?<=\\d)(st|nd|rd|th)\\b");
  private static final List<DateTimeFormatter> DATES =
      List.of("uuuu-MM-dd", "d/M/uuuu", "d.M.uuuu", "d-M-uuuu", "d MMMM uuuu", "d MMM uuuu", "EEEE d MMMM uuuu")
          .stream().map(p -> DateTimeFormatter.ofPattern(p, Locale.UK)).toList();
  private static final CharMatcher NOT_SLUG = CharMatcher.forPredicate(Character::isLetterOrDigit).negate();
  private static final List<String> TICKED = List.of("x", "✓", "✔", "☒", "☑", "yes", "ticked");
  private static final List<String> UNTICKED = List.of("", "☐", "no");

  /** Where in the report the text being read belongs. */
  private enum Part { HEADER, LAYOUT, SECTION, PAPERS, SIGN_OFF, OTHER }

  /** What the layout row being read holds. */
  private enum Row { SUMMARY, RECOMMENDATIONS, REASONS, STRATEGY, IMPLICATIONS, EQUALITIES, RISK, HEADER_FIELD, UNKNOWN }

  private final ReportTemplate template;
  private final String source;
  private final List<Violation> findings = new ArrayList<>();
  /** Where each part of the report was read from, by its path in the model. */
  private final Map<String, Location> places = new LinkedHashMap<>();
  private @Nullable Location titlePlace;
  /** Where the layout row or heading being read starts, and its label. */
  private Location rowPlace = Locations.of(Locations.BODY, "");

  private @Nullable String title;
  private @Nullable Person leadOfficer;
  private @Nullable Person author;
  private @Nullable ContactDetails contact;
  private @Nullable LocalDate meetingDate;
  private final List<String> summary = new ArrayList<>();
  private final List<String> preamble = new ArrayList<>();
  private final List<RecommendationDraft> recommendations = new ArrayList<>();
  private final List<String> reasons = new ArrayList<>();
  private final Map<StrategyId, AlignmentDraft> alignments = new LinkedHashMap<>();
  private final List<String> implications = new ArrayList<>();
  private final List<String> equalities = new ArrayList<>();
  private final List<String> risks = new ArrayList<>();
  private final List<SectionDraft> sections = new ArrayList<>();
  private final List<BackgroundPaper> papers = new ArrayList<>();
  private final List<SignOff> signOffs = new ArrayList<>();

  private Part part = Part.HEADER;
  private boolean layoutSeen;
  private Row row = Row.UNKNOWN;
  private @Nullable Strategy rowStrategy;
  private @Nullable TickSpec rowTick;
  private int tickAt;
  private @Nullable String rowField;
  /** A cover-sheet label written alone on its line, whose value is the next line. */
  private @Nullable String pendingField;
  private boolean headingsStyled;
  private @Nullable String firstLine;
  private @Nullable String firstLinePath;
  private @Nullable String leadOfficerRole;
  private @Nullable String leadOfficerRolePath;
  private @Nullable String authorRole;

  private ReportMapper(ReportTemplate template, String source) {
    this.template = template;
    this.source = source;
  }

  static DocxImport map(XWPFDocument document, ReportTemplate template, String source) {
    ReportMapper mapper = new ReportMapper(template, source);
    for (Block block : WordBody.read(document)) {
      if (block instanceof Para p) {
        mapper.paragraph(p);
      } else {
        mapper.table((Table) block);
      }
    }
    ReportId id = reportId(document, source);
    BoardReport report;
    try {
      report = mapper.report(id);
    } catch (IllegalArgumentException | IllegalStateException | NullPointerException e) {
      // What the parts allowed, the whole refused: keep what every report needs, and say why.
      mapper.report(ImportRules.MALFORMED_VALUE, "body", Map.of("quote", "", "problem", String.valueOf(e.getMessage())));
      report = mapper.minimal(id);
    }
    Map<String, Location> places = mapper.places;
    if (mapper.titlePlace != null) {
      places.put("title", mapper.titlePlace);
      places.put("", mapper.titlePlace);
    }
    places.putIfAbsent("", Locations.of(Locations.BODY, ""));
    return new DocxImport(report, Locations.locate(ValidationResult.of(mapper.findings), Map.of()), places);
  }

  // The body, block by block

  private void paragraph(Para p) {
    String text = Labels.clean(p.text());
    if (text.isEmpty() && p.number().isEmpty()) {
      return;
    }
    if (part == Part.HEADER && pendingField != null && !text.isEmpty()) {
      String label = pendingField;
      pendingField = null;
      if (!isHeaderLabel(text.replaceFirst(":.*$", ""))) {
        headerField(label, text, p.path());
        return;
      }
    }
    if (part == Part.HEADER && headerLine(p, text)) {
      return;
    }
    if (p.heading() > 0 && p.heading() <= template.headingLevel() && !text.isEmpty()) {
      styledHeading(p, text);
      return;
    }
    if (part == Part.HEADER && title == null && !text.isEmpty() && !isPrompt(text)) {
      title = text;
      titlePlace = Locations.of(p.path(), text);
      firstLine = text;
      firstLinePath = p.path();
      return;
    }
    if (heading(p, text)) {
      return;
    }
    switch (part) {
      case LAYOUT -> {
        if (!isPrompt(text)) {
          layoutParagraph(p, text);
        }
      }
      case SECTION -> sectionParagraph(p, text);
      case PAPERS -> paper(p, text);
      case SIGN_OFF, OTHER -> {
        if (!text.isEmpty() && !PARAGRAPH_NUMBER.matcher(text).matches() && !isPrompt(text)) {
          unplaced(p.path(), text);
        }
      }
      case HEADER -> {
        if (!isPrompt(text)) {
          unplaced(p.path(), text);
        }
      }
    }
  }

  private void table(Table table) {
    int header = header(table);
    if (part == Part.SIGN_OFF || header >= 0) {
      signOffTable(table, header);
    } else if (part == Part.HEADER) {
      layoutTable(table);
    } else if (part == Part.LAYOUT) {
      layoutPartTable(table);
    } else if (part == Part.SECTION) {
      sectionTable(table);
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

  /** A header line such as "Lead Officer: Munro / Consultant in Public Health". */
  private boolean headerLine(Para p, String text) {
    int colon = text.indexOf(':');
    if (colon <= 0) {
      return false;
    }
    String label = text.substring(0, colon);
    if (!isHeaderLabel(label)) {
      return false;
    }
    if (Labels.clean(text.substring(colon + 1)).isEmpty()) {
      pendingField = label; // "Report of:" in bold, the value on the next line
      return true;
    }
    headerField(label, text.substring(colon + 1), p.path());
    return true;
  }

  private boolean isHeaderLabel(String label) {
    ReportTemplate.HeaderLabels h = template.header();
    return Labels.matches(h.leadOfficer(), label) || Labels.matches(h.author(), label)
        || Labels.matches(h.contact(), label) || Labels.matches(h.meetingDate(), label)
        || Labels.matches(h.title(), label) || Labels.matches(h.ignored(), label);
  }

  private void headerField(String label, String value, String path) {
    ReportTemplate.HeaderLabels h = template.header();
    String text = Labels.clean(value);
    if (text.isEmpty() || Labels.matches(h.ignored(), label)) {
      return;
    }
    if (Labels.matches(h.title(), label)) {
      if (firstLine != null && firstLinePath != null && !firstLine.equals(text)) {
        unplaced(firstLinePath, firstLine); // the first line was not the title after all
      }
      firstLine = null;
      title = text;
      titlePlace = Locations.of(path, text);
    } else if (Labels.matches(h.leadOfficer(), label)) {
      Optional<String> role = roleOnly(text);
      if (role.isPresent()) {
        leadOfficerRole = role.get();
        leadOfficerRolePath = path;
        places.put("leadOfficer", Locations.of(path, text));
      } else {
        leadOfficer = person(text, path).orElse(leadOfficer);
        places.put("leadOfficer", Locations.of(path, text));
      }
    } else if (Labels.matches(h.author(), label)) {
      Optional<String> role = roleOnly(text);
      if (role.isPresent()) {
        authorRole = role.get();
        places.put("author", Locations.of(path, text));
      } else {
        author = person(text, path).orElse(author);
        places.put("author", Locations.of(path, text));
      }
    } else if (Labels.matches(h.contact(), label)) {
      contact = contact(text, path).orElse(contact);
      places.put("contact", Locations.of(path, text));
    } else {
      LocalDate date = date(text);
      if (date == null) {
        report(ImportRules.UNREADABLE_DATE, path, Map.of("quote", quote(text)));
      } else {
        meetingDate = date;
        places.put("meetingDate", Locations.of(path, text));
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
      boolean guess = !headingsStyled && part != Part.LAYOUT && dotted && looksLikeHeading(heading, p);
      if (!isKnownHeading(heading) && !p.style().startsWith("Heading") && !guess) {
        return false;
      }
    }
    startPart(number, heading, p);
    return true;
  }

  private boolean isKnownHeading(String heading) {
    return template.sectionKind(heading).isPresent() || isLayoutLabel(heading)
        || Labels.matches(template.backgroundPapers(), heading)
        || Labels.matches(template.signOff().headings(), heading);
  }

  /** A short line without a full stop, set apart as a heading is, once the header and layout table are read. */
  private boolean looksLikeHeading(String heading, Para p) {
    return (part != Part.HEADER || layoutSeen) && heading.length() <= 80 && !heading.endsWith(".") && !heading.endsWith(":")
        && p.links().isEmpty() && heading.split(" ").length <= 10;
  }

  /**
   * A heading by its style or outline level, at the template's level or above: the start of a
   * layout part (summary, recommendations…), a tick table, a section, the background papers or the
   * sign-off; before any of these, an unknown one is the title.
   */
  private void styledHeading(Para p, String text) {
    headingsStyled = true;
    pendingField = null;
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
    boolean layout = isLayoutLabel(heading);
    if (part == Part.HEADER && !layout && !isKnownHeading(heading)) {
      if (title == null) {
        title = heading;
        titlePlace = Locations.of(p.path(), heading);
        return;
      }
      if (firstLine != null && firstLine.equals(title)) {
        // the first line was a header line; the styled heading is the title
        if (firstLinePath != null) {
          unplaced(firstLinePath, firstLine);
        }
        firstLine = null;
        title = heading;
        titlePlace = Locations.of(p.path(), heading);
        return;
      }
    }
    if (layout) {
      part = Part.LAYOUT;
      startRow(heading, p.path());
      return;
    }
    if (number == 0) {
      number = sections.isEmpty() ? 1 : sections.get(sections.size() - 1).number + 1;
    }
    startPart(number, heading, p);
    if (part == Part.SECTION) {
      sections.get(sections.size() - 1).byHeading = true;
    }
  }

  /** Whether a heading names a part of the layout: summary, recommendations, a tick table… */
  private boolean isLayoutLabel(String label) {
    return isLabel(label) && !isHeaderLabel(label);
  }

  private void startPart(int number, String heading, Para p) {
    if (isLayoutLabel(heading) && template.sectionKind(heading).isEmpty()) {
      part = Part.LAYOUT; // "2. Recommendations", a part of the layout under a numbered heading
      startRow(heading, p.path());
    } else if (Labels.matches(template.backgroundPapers(), heading)) {
      part = Part.PAPERS;
    } else if (Labels.matches(template.signOff().headings(), heading)) {
      part = Part.SIGN_OFF;
    } else {
      Optional<SectionKind> kind = template.sectionKind(heading);
      if (kind.isEmpty()) {
        report(ImportRules.UNKNOWN_HEADING, p.path(), Map.of("quote", quote(heading)));
      }
      part = Part.SECTION;
      sections.add(new SectionDraft(number, heading, kind.orElse(SectionKind.OTHER), p.path()));
    }
  }

  // Sections

  private void sectionParagraph(Para p, String text) {
    SectionDraft section = sections.get(sections.size() - 1);
    if (!p.number().isEmpty()) {
      if (PARAGRAPH_NUMBER.matcher(p.number()).matches()) {
        section.paragraphs.add(new ParagraphDraft(stripDot(p.number()), p.path()));
        section.text(text, p.path());
      } else {
        if (section.byHeading && section.current() == null) {
          section.unnumbered(p.path());
        }
        section.item(p.number(), text, p.path());
      }
      return;
    }
    if (section.byHeading && !TYPED_PARAGRAPH.matcher(text).matches()) {
      // a section under a heading, in paragraphs without numbers: each is one, numbered in order
      ParagraphDraft current = section.current();
      Matcher item = TYPED_ITEM.matcher(text);
      if (item.matches() && current != null) {
        section.item(item.group(1), item.group(2), p.path());
      } else if (current != null && !current.synthetic) {
        section.text(text, p.path());
      } else {
        section.unnumbered(p.path());
        section.text(text, p.path());
      }
      return;
    }
    Matcher numbered = TYPED_PARAGRAPH.matcher(text);
    if (numbered.matches()) {
      section.paragraphs.add(new ParagraphDraft(numbered.group(1), p.path()));
      section.text(numbered.group(2) == null ? "" : numbered.group(2), p.path());
      return;
    }
    Matcher item = TYPED_ITEM.matcher(text);
    if (item.matches() && section.current() != null) {
      section.item(item.group(1), item.group(2), p.path());
      return;
    }
    if (section.current() == null) {
      unplaced(p.path(), text);
    } else {
      section.text(text, p.path());
    }
  }

  /** A table of numbered paragraphs: the number in the first cell, the text beside it. */
  private void sectionTable(Table table) {
    SectionDraft section = sections.get(sections.size() - 1);
    for (List<Cell> cells : table.rows()) {
      if (cells.isEmpty()) {
        continue;
      }
      String first = cells.get(0).text();
      List<Cell> rest = cells.subList(1, cells.size());
      if (PARAGRAPH_NUMBER.matcher(first).matches()) {
        section.paragraphs.add(new ParagraphDraft(stripDot(first), cells.get(0).path()));
      } else if (!first.isEmpty() || section.current() == null) {
        unplaced(cells.get(0).path(), text(cells));
        continue;
      }
      for (Cell cell : rest) {
        for (Para p : cell.paragraphs()) {
          String text = Labels.clean(p.text());
          if (text.isEmpty()) {
            continue;
          }
          Matcher item = TYPED_ITEM.matcher(text);
          if (!p.number().isEmpty()) {
            section.item(p.number(), text, p.path());
          } else if (item.matches()) {
            section.item(item.group(1), item.group(2), p.path());
          } else {
            section.text(text, p.path());
          }
        }
      }
    }
  }

  // Background papers

  private void paper(Para p, String text) {
    String rest = text.replaceFirst("^\\d{1,3}(?:\\.\\d{1,3})*\\.?\\s*", "");
    if (rest.isEmpty()) {
      return;
    }
    if (p.links().isEmpty()) {
      attempt(p.path(), rest, () -> BackgroundPaper.builder().title(rest).build()).ifPresent(paper -> paper(paper, p.path(), rest));
      return;
    }
    WordLink link = p.links().get(0);
    int at = link.text().isEmpty() ? -1 : rest.lastIndexOf(link.text());
    String before = at < 0 ? rest : rest.substring(0, at);
    String paperTitle = withoutLeadIn(Labels.clean(before));
    String shown = paperTitle.isEmpty() ? link.text() : paperTitle;
    String linkText = link.text().isEmpty() ? link.target() : link.text();
    attempt(p.path(), rest, () -> BackgroundPaper.builder().title(shown).link(Link.of(linkText, link.target())).build())
        .ifPresent(paper -> paper(paper, p.path(), rest));
  }

  private void paper(BackgroundPaper paper, String path, String text) {
    papers.add(paper);
    places.put("backgroundPapers[" + (papers.size() - 1) + "]", Locations.of(path, text));
  }

  private String withoutLeadIn(String before) {
    String lower = before.toLowerCase(Locale.ROOT);
    for (String leadIn : template.paperLeadIns()) {
      String l = Labels.clean(leadIn).toLowerCase(Locale.ROOT);
      if (!l.isEmpty() && lower.endsWith(l)) {
        return Labels.clean(before.substring(0, before.length() - l.length()));
      }
    }
    return before;
  }

  // The layout table

  private void layoutTable(Table table) {
    layoutSeen = true;
    for (List<Cell> cells : table.rows()) {
      if (cells.isEmpty()) {
        continue;
      }
      Cell first = cells.get(0);
      String label = first.text();
      List<Cell> content = cells.size() > 1 ? cells.subList(1, cells.size()) : List.of();
      if (cells.size() == 1 && !label.isEmpty() && !isLabel(label)) {
        content = cells;
        label = "";
      }
      if (!label.isEmpty()) {
        if (row == Row.STRATEGY && !isLabel(label) && priority(label).isPresent()) {
          priorityRow(cells, first.path()); // a priority table run on into the layout table
          continue;
        }
        startRow(label, first.path());
      }
      for (Cell cell : content) {
        layoutContent(cell);
      }
    }
  }

  private boolean isLabel(String label) {
    ReportTemplate.LayoutLabels l = template.layout();
    return isHeaderLabel(label) || template.strategyRow(label).isPresent() || template.tickTable(label).isPresent()
        || Labels.matches(l.summary(), label) || Labels.matches(l.recommendations(), label)
        || Labels.matches(l.reasons(), label) || Labels.matches(l.implications(), label)
        || Labels.matches(l.equalities(), label) || Labels.matches(l.riskAssessment(), label);
  }

  private void startRow(String label, String path) {
    ReportTemplate.LayoutLabels l = template.layout();
    rowPlace = Locations.of(path, label);
    rowStrategy = null;
    rowTick = null;
    tickAt = 0;
    rowField = null;
    Optional<ReportTemplate.StrategyRow> strategy = template.strategyRow(label);
    Optional<ReportTemplate.TickTable> tickTable = template.tickTable(label);
    if (isHeaderLabel(label)) {
      row = Row.HEADER_FIELD;
      rowField = label;
    } else if (strategy.isPresent()) {
      row = Row.STRATEGY;
      rowStrategy = strategy.get().strategy();
      rowTick = new TickSpec(List.of(strategy.get().strategy()), 0, 0, false);
    } else if (tickTable.isPresent()) {
      ReportTemplate.TickTable t = tickTable.get();
      row = Row.STRATEGY;
      rowStrategy = t.strategies().get(0);
      rowTick = new TickSpec(t.strategies(), t.tickColumn(), t.rationaleColumn(), true);
    } else if (Labels.matches(l.summary(), label)) {
      row = Row.SUMMARY;
      places.putIfAbsent("summary", Locations.of(path, label));
    } else if (Labels.matches(l.recommendations(), label)) {
      row = Row.RECOMMENDATIONS;
      places.putIfAbsent("recommendations", Locations.of(path, label));
    } else if (Labels.matches(l.reasons(), label)) {
      row = Row.REASONS;
      places.putIfAbsent("reasons", Locations.of(path, label));
    } else if (Labels.matches(l.implications(), label)) {
      row = Row.IMPLICATIONS;
      places.putIfAbsent("implications", Locations.of(path, label));
    } else if (Labels.matches(l.equalities(), label)) {
      row = Row.EQUALITIES;
      places.putIfAbsent("equalities", Locations.of(path, label));
    } else if (Labels.matches(l.riskAssessment(), label)) {
      row = Row.RISK;
      places.putIfAbsent("riskAssessment", Locations.of(path, label));
    } else {
      row = Row.UNKNOWN;
      report(ImportRules.UNKNOWN_HEADING, path, Map.of("quote", quote(label)));
    }
  }

  /** A header row's text, one paragraph after another, read as one value: "Munro" and "Consultant" as "Munro / Consultant". */
  private final List<String> fieldText = new ArrayList<>();
  private @Nullable String fieldPath;

  private void layoutContent(Cell cell) {
    fieldText.clear();
    fieldPath = null;
    layoutBlocks(cell);
    if (row == Row.HEADER_FIELD && fieldPath != null) {
      headerField(rowField == null ? "" : rowField, String.join(" / ", fieldText), fieldPath);
    }
  }

  private void layoutBlocks(Cell cell) {
    for (Block block : cell.blocks()) {
      if (block instanceof Table nested) {
        if (row == Row.STRATEGY) {
          tickRows(nested);
        } else if (row != Row.UNKNOWN) {
          unplaced(nested.path(), text(nested.rows().stream().flatMap(List::stream).toList()));
        }
        continue;
      }
      Para p = (Para) block;
      String text = Labels.clean(p.text());
      if (text.isEmpty() || isPrompt(text)) {
        continue;
      }
      if (row == Row.HEADER_FIELD) {
        fieldText.add(text);
        fieldPath = fieldPath == null ? p.path() : fieldPath;
        continue;
      }
      layoutParagraph(p, text);
    }
  }

  /** A table in a part of the layout laid out by headings: a tick table, or lines of text. */
  private void layoutPartTable(Table table) {
    if (row == Row.STRATEGY) {
      tickRows(table);
      return;
    }
    for (List<Cell> cells : table.rows()) {
      for (Cell cell : cells) {
        for (Block block : cell.blocks()) {
          if (block instanceof Para p && !p.isBlank() && !isPrompt(Labels.clean(p.text()))) {
            layoutParagraph(p, Labels.clean(p.text()));
          } else if (block instanceof Table nested) {
            unplaced(nested.path(), text(nested.rows().stream().flatMap(List::stream).toList()));
          }
        }
      }
    }
  }

  /** A paragraph of a layout row or of a part laid out by a heading. */
  private void layoutParagraph(Para p, String text) {
    switch (row) {
      case SUMMARY -> {
        summary.add(text);
        places.put("summary[" + (summary.size() - 1) + "]", Locations.of(p.path(), text));
      }
      case REASONS -> {
        reasons.add(text);
        places.put("reasons[" + (reasons.size() - 1) + "]", Locations.of(p.path(), text));
      }
      case RECOMMENDATIONS -> recommendation(p, text);
      case STRATEGY -> {
        if (!namesTickStrategy(text)) {
          AlignmentDraft alignment = strategy();
          alignment.statement.add(text);
          if (alignment.statementPlace == null) {
            alignment.statementPlace = Locations.of(p.path(), text);
          }
        }
      }
      case IMPLICATIONS -> {
        implications.add(text);
        places.putIfAbsent("implications[0]", Locations.of(p.path(), text));
      }
      case EQUALITIES -> {
        equalities.add(text);
        places.putIfAbsent("equalities.statement", Locations.of(p.path(), text));
      }
      case RISK -> {
        risks.add(text);
        places.putIfAbsent("riskAssessment.statement", Locations.of(p.path(), text));
      }
      case HEADER_FIELD, UNKNOWN -> { }
    }
  }

  /**
   * Whether a paragraph above a tick table is a sub-heading naming one of the tick table's
   * strategies ("Integrated Care Strategy" before its own table); if so, the rows below are its.
   */
  private boolean namesTickStrategy(String text) {
    TickSpec tick = rowTick;
    if (tick == null || !tick.declared() || tick.strategies().size() < 2 || priority(text).isPresent()) {
      return false;
    }
    String wanted = Labels.normalise(text);
    for (int i = 0; i < tick.strategies().size(); i++) {
      Strategy s = tick.strategies().get(i);
      String title = Labels.normalise(s.title());
      if (wanted.startsWith(title) && wanted.length() <= title.length() + 15) {
        rowStrategy = s;
        tickAt = i;
        return true;
      }
    }
    return false;
  }

  /**
   * A line of the recommendations: Word's number ("1.", "(a)", "2.1"), a typed one ("1.",
   * "(a)", "a)", "(ii)"), an item of a bulleted list after "That the Board:", or the preamble,
   * or more of the recommendation above. Letters and roman numerals count as numbers: (b) is 2.
   */
  private void recommendation(Para p, String text) {
    if (!p.number().isEmpty()) {
      int number = RecommendationText.number(p.number(), previousNumber());
      if (number > 0) {
        recommendations.add(new RecommendationDraft(number, text, p.path()));
        return;
      }
    } else if (p.level() >= 0 && !preamble.isEmpty()) {
      // a bulleted list after "That the Board:": each bullet is the next recommendation
      recommendations.add(new RecommendationDraft(recommendations.size() + 1, text, p.path()));
      return;
    }
    Matcher typed = TYPED_RECOMMENDATION.matcher(text);
    int number = 0;
    if (typed.matches()) {
      for (int g = 1; g <= 4 && number == 0; g++) {
        if (typed.group(g) != null) {
          number = RecommendationText.number(typed.group(g), previousNumber());
        }
      }
    }
    if (number > 0) {
      recommendations.add(new RecommendationDraft(number, typed.group(5), p.path()));
    } else if (recommendations.isEmpty()) {
      preamble.add(text);
      places.putIfAbsent("recommendationsPreamble", Locations.of(p.path(), text));
    } else {
      RecommendationDraft last = recommendations.get(recommendations.size() - 1);
      last.action = last.action + " " + text;
    }
  }

  /** The number of the recommendation read last, or 0. */
  private int previousNumber() {
    return recommendations.isEmpty() ? 0 : recommendations.get(recommendations.size() - 1).number;
  }

  private AlignmentDraft strategy() {
    Strategy strategy = rowStrategy == null ? template.strategyRows().get(0).strategy() : rowStrategy;
    return alignments.computeIfAbsent(strategy.id(), id -> new AlignmentDraft(strategy, rowPlace));
  }

  /**
   * The rows of a tick table. In a template's tick table, a first row that names no priority is
   * its header, a shaded empty row moves on to the next strategy, and a row that names one of
   * the table's strategies moves to it.
   */
  private void tickRows(Table table) {
    TickSpec tick = rowTick;
    boolean first = true;
    for (List<Cell> cells : table.rows()) {
      String path = cells.isEmpty() ? table.path() : cells.get(0).path();
      if (tick != null && tick.declared()) {
        boolean wasFirst = first;
        first = false;
        String text = text(cells);
        if (text.isEmpty()) {
          if (cells.stream().anyMatch(Cell::shaded) && tickAt + 1 < tick.strategies().size()) {
            rowStrategy = tick.strategies().get(++tickAt);
          }
          continue;
        }
        String named = cells.get(0).text();
        if (priority(named).isEmpty()) {
          Optional<Strategy> strategy = tick.strategies().stream()
              .filter(s -> Labels.mentions(text, List.of(s.title()))).findFirst();
          if (strategy.isPresent()) {
            rowStrategy = strategy.get();
            tickAt = tick.strategies().indexOf(strategy.get());
            continue;
          }
          if (wasFirst) {
            continue; // the table's header
          }
        }
      }
      priorityRow(cells, path);
    }
  }

  /** A row of a priority table: the priority's text, and its tick in the last cell. Returns whether it named a priority. */
  private boolean priorityRow(List<Cell> cells, String path) {
    String text = cells.isEmpty() ? "" : cells.get(0).text();
    if (text.isEmpty()) {
      return false;
    }
    Optional<Match> match = priority(text);
    if (match.isEmpty()) {
      if (cells.size() > 1) {
        report(ImportRules.UNKNOWN_PRIORITY, path, Map.of("quote", quote(text)));
        return true;
      }
      return false;
    }
    if (cells.size() < 2) {
      report(ImportRules.UNREADABLE_TICK, path, Map.of("quote", ""));
      return true;
    }
    TickSpec spec = rowTick;
    int tickColumn = spec == null ? 0 : spec.tickColumn();
    Cell tick = tickColumn > 0 && tickColumn <= cells.size() ? cells.get(tickColumn - 1) : cells.get(cells.size() - 1);
    if (ticked(tick)) {
      AlignmentDraft alignment = alignments.computeIfAbsent(
          match.get().strategy.id(), id -> new AlignmentDraft(match.get().strategy, rowPlace));
      int rationaleColumn = spec == null ? 0 : spec.rationaleColumn();
      String rationale = rationaleColumn > 0 && rationaleColumn <= cells.size() ? cells.get(rationaleColumn - 1).text() : "";
      AlignmentLink.Builder link = AlignmentLink.builder().priority(match.get().priority.id());
      if (!rationale.isEmpty()) {
        link.rationale(rationale.replace('\n', ' '));
      }
      // a priority listed twice is ticked once
      if (alignment.links.stream().noneMatch(l -> l.priority().equals(match.get().priority.id()))) {
        attempt(path, rationale, link::build).ifPresent(built -> {
          alignment.links.add(built);
          alignment.linkPlaces.add(Locations.of(path, text));
        });
      }
    }
    return true;
  }

  private record Match(Strategy strategy, Priority priority) {}

  /** The priority whose title the text starts with, the row's own strategy first, the longest title winning. */
  private Optional<Match> priority(String text) {
    String wanted = Labels.normalise(text);
    Match best = null;
    int bestLength = -1;
    List<Strategy> strategies = new ArrayList<>();
    if (rowStrategy != null) {
      strategies.add(rowStrategy);
    }
    TickSpec spec = rowTick;
    if (spec != null) {
      strategies.addAll(spec.strategies());
    }
    template.strategyRows().forEach(r -> strategies.add(r.strategy()));
    template.tickTables().forEach(t -> strategies.addAll(t.strategies()));
    for (Strategy s : strategies) {
      for (Priority p : s.priorities()) {
        String title = Labels.normalise(p.title());
        if (wanted.startsWith(title) && title.length() > bestLength) {
          best = new Match(s, p);
          bestLength = title.length();
        }
      }
    }
    return Optional.ofNullable(best);
  }

  private boolean ticked(Cell cell) {
    for (Para p : cell.paragraphs()) {
      if (p.checked() != null) {
        return p.checked();
      }
    }
    String text = Labels.normalise(cell.text());
    if (TICKED.contains(text)) {
      return true;
    }
    if (!UNTICKED.contains(text)) {
      report(ImportRules.UNREADABLE_TICK, cell.path(), Map.of("quote", quote(cell.text())));
    }
    return false;
  }

  // The sign-off table

  /** The index of the row that heads the role, name and date columns, or -1. */
  private int header(Table table) {
    ReportTemplate.SignOffTable s = template.signOff();
    for (int r = 0; r < table.rows().size(); r++) {
      List<Cell> cells = table.rows().get(r);
      if (column(cells, s.roleColumn()) >= 0 && column(cells, s.nameColumn()) >= 0 && column(cells, s.dateColumn()) >= 0) {
        return r;
      }
    }
    return -1;
  }

  private static int column(List<Cell> cells, List<String> labels) {
    for (int c = 0; c < cells.size(); c++) {
      if (Labels.matches(labels, cells.get(c).text())) {
        return c;
      }
    }
    return -1;
  }

  /** A sign-off table, whose {@code header} row heads the role, name and date columns (-1 when none does). */
  private void signOffTable(Table table, int header) {
    ReportTemplate.SignOffTable s = template.signOff();
    if (header < 0) {
      for (List<Cell> cells : table.rows()) {
        cells.forEach(c -> {
          if (!c.text().isEmpty()) {
            unplaced(c.path(), c.text());
          }
        });
      }
      return;
    }
    List<Cell> headings = table.rows().get(header);
    int roleAt = column(headings, s.roleColumn());
    int nameAt = column(headings, s.nameColumn());
    int dateAt = column(headings, s.dateColumn());
    for (List<Cell> cells : table.rows().subList(header + 1, table.rows().size())) {
      // A row whose leading cells are merged down has fewer cells: count from the right.
      int shift = headings.size() - cells.size();
      Cell role = cellAt(cells, roleAt - shift);
      Cell name = cellAt(cells, nameAt - shift);
      Cell date = cellAt(cells, dateAt - shift);
      String roleText = role == null ? "" : role.text();
      String nameText = name == null ? "" : name.text();
      String dateText = date == null ? "" : date.text();
      if (roleText.isEmpty() && nameText.isEmpty() && dateText.isEmpty()) {
        continue;
      }
      String path = cells.isEmpty() ? table.path() : cells.get(0).path();
      if (roleText.isEmpty()) {
        report(ImportRules.SIGNOFF_WITHOUT_ROLE, path, Map.of("quote", quote((nameText + " " + dateText).strip())));
        continue;
      }
      SignOffRoleKind kind = kind(roleText);
      boolean ifApplicable = Labels.mentions(roleText, s.ifApplicable());
      SignOff.Builder signOff = SignOff.builder()
          .role(ifApplicable ? SignOffRole.ifApplicable(roleText, kind) : SignOffRole.required(roleText, kind));
      if (!nameText.isEmpty()) {
        signOff.name(nameText);
      }
      if (date != null) {
        signOffDate(date, dateText, signOff);
      }
      String rolePath = role == null ? path : role.path();
      attempt(path, roleText, signOff::build).ifPresent(built -> {
        signOffs.add(built);
        String at = "signOffs[" + (signOffs.size() - 1) + "]";
        places.put(at, Locations.of(path, roleText));
        places.put(at + ".role", Locations.of(rolePath, roleText));
        if (name != null) {
          places.put(at + ".name", Locations.of(name.path(), nameText));
        }
        if (date != null) {
          places.put(at + ".date", Locations.of(date.path(), dateText));
          places.put(at + ".dateText", Locations.of(date.path(), dateText));
        }
      });
    }
  }

  private static @Nullable Cell cellAt(List<Cell> cells, int at) {
    return at >= 0 && at < cells.size() ? cells.get(at) : null;
  }

  private void signOffDate(Cell cell, String text, SignOff.Builder signOff) {
    for (Para p : cell.paragraphs()) {
      if (p.date() != null) {
        signOff.date(p.date());
        return;
      }
    }
    if (text.isEmpty()) {
      return;
    }
    boolean placeholder = cell.paragraphs().stream().anyMatch(Para::placeholder);
    LocalDate date = placeholder ? null : date(text);
    if (date != null) {
      signOff.date(date);
      return;
    }
    if (!placeholder) {
      report(ImportRules.UNREADABLE_DATE, cell.path(), Map.of("quote", quote(text)));
    }
    signOff.dateText(text);
  }

  private SignOffRoleKind kind(String role) {
    for (SignOffRoleKind kind : SignOffRoleKind.values()) {
      List<String> words = template.signOff().roleKinds().get(kind);
      if (words != null && Labels.mentions(role, words)) {
        return kind;
      }
    }
    return SignOffRoleKind.OTHER;
  }

  // Values

  /** The text of a person field that names a role and no person, by the template's role words. */
  private Optional<String> roleOnly(String text) {
    if (template.header().roles().isEmpty() || text.contains(" / ") || SEPARATOR.matcher(text).find()) {
      return Optional.empty();
    }
    return isRole(text) ? Optional.of(text) : Optional.empty();
  }

  private boolean isRole(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    for (String word : template.header().roles()) {
      if (Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(Labels.clean(word).toLowerCase(Locale.ROOT)) + "(?![\\p{L}\\p{N}])")
          .matcher(lower).find()) {
        return true;
      }
    }
    return false;
  }

  private static final Pattern SEPARATOR = Pattern.compile(",\\s|\\s[\u2013\u2014-]\\s");

  private Optional<Person> person(String text, String path) {
    int slash = text.indexOf(" / ");
    String name = Labels.clean(slash < 0 ? text : text.substring(0, slash));
    String role = slash < 0 ? "" : Labels.clean(text.substring(slash + 3));
    Matcher separator = SEPARATOR.matcher(text);
    if (slash < 0 && !template.header().roles().isEmpty() && separator.find()) {
      // "Jane Smith, Head of Commissioning", or the role first
      String before = Labels.clean(text.substring(0, separator.start()));
      String after = Labels.clean(text.substring(separator.end()));
      boolean roleFirst = isRole(before) && !isRole(after);
      name = roleFirst ? after : before;
      role = roleFirst ? before : after;
    }
    String personName = name;
    String personRole = role;
    return attempt(path, text, () -> {
      Person.Builder person = Person.builder().id(PartyId.of(slug(personName, "person"))).name(personName);
      if (!personRole.isEmpty()) {
        person.roleTitle(personRole);
      }
      return person.build();
    });
  }

  private Optional<ContactDetails> contact(String text, String path) {
    return attempt(path, text, () -> {
      ContactDetails.Builder details = ContactDetails.builder();
      for (String part : text.split("\\s*(?:/|;|,)\\s*")) {
        String token = Labels.clean(part);
        if (token.contains("@")) {
          details.email(token);
        } else if (!token.isEmpty()) {
          details.telephone(token);
        }
      }
      return details.build();
    });
  }

  static @Nullable LocalDate date(String text) {
    String cleaned = ORDINAL.matcher(Labels.clean(text)).replaceAll("");
    for (DateTimeFormatter format : DATES) {
      try {
        return LocalDate.parse(cleaned, format);
      } catch (DateTimeParseException e) {
        // the next form
      }
    }
    return null;
  }

  private boolean isPrompt(String text) {
    return Labels.matches(template.prompts(), text);
  }

  /** Builds a value, or reports what the model refused and gives nothing. */
  private <T> Optional<T> attempt(String path, String text, Supplier<T> build) {
    try {
      return Optional.of(build.get());
    } catch (IllegalArgumentException | IllegalStateException | NullPointerException e) {
      report(ImportRules.MALFORMED_VALUE, path, Map.of("quote", quote(text), "problem", String.valueOf(e.getMessage())));
      return Optional.empty();
    }
  }

  /** The cells' text, one after another, for a quote. */
  private static String text(List<Cell> cells) {
    return cells.stream().map(Cell::text).filter(t -> !t.isEmpty()).collect(Collectors.joining(" "));
  }

  private void unplaced(String path, String text) {
    report(ImportRules.UNPLACED_TEXT, path, Map.of("quote", quote(text)));
  }

  private void report(RuleDescriptor rule, String path, Map<String, String> arguments) {
    findings.add(finding(rule, path, arguments));
  }

  static String slug(String text, String otherwise) {
    String slug = NOT_SLUG.trimAndCollapseFrom(text.toLowerCase(Locale.ROOT), '-');
    return slug.isEmpty() ? otherwise : slug;
  }

  private static String stripDot(String number) {
    return number.endsWith(".") ? number.substring(0, number.length() - 1) : number;
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

  // The report

  private BoardReport report(ReportId id) {
    BoardReport.Builder report = BoardReport.builder().id(id).board(template.board());
    report.title(title == null ? missing("title", "(no title)") : title);
    report.leadOfficer(leadOfficer == null ? leadOfficerByRole() : leadOfficer);
    report.author(author == null ? (authorRole == null ? standIn("author") : byRole("author", authorRole, null)) : author);
    if (contact != null) {
      report.contact(contact);
    }
    if (meetingDate != null) {
      report.meetingDate(meetingDate);
    }
    report.summary(summary).reasons(reasons);
    if (!preamble.isEmpty()) {
      report.recommendationsPreamble(String.join(" ", preamble));
    }
    int recommendation = 0;
    for (RecommendationDraft r : recommendations) {
      List<Integer> dependsOn = RecommendationText.dependencies(r.number, r.action, template.dependencyPhrases());
      Optional<Recommendation> built =
          attempt(r.path, r.action, () -> Recommendation.builder().number(r.number).action(r.action).dependsOn(dependsOn).build());
      if (built.isPresent()) {
        report.addRecommendations(built.get());
        places.put("recommendations[" + recommendation++ + "]", Locations.of(r.path, r.action));
      }
    }
    int alignmentAt = 0;
    for (AlignmentDraft a : alignments.values()) {
      String at = "strategyAlignments[" + alignmentAt++ + "]";
      places.put(at, a.place);
      for (int i = 0; i < a.linkPlaces.size(); i++) {
        places.put(at + ".links[" + i + "]", a.linkPlaces.get(i));
      }
      if (a.statementPlace != null) {
        places.put(at + ".statement", a.statementPlace);
      }
      StrategyAlignment.Builder alignment = StrategyAlignment.builder().strategy(a.strategy).links(a.links);
      if (!a.statement.isEmpty()) {
        alignment.statement(String.join("\n", a.statement));
      }
      report.addStrategyAlignments(alignment.build());
    }
    if (!implications.isEmpty()) {
      report.addImplications(
          Implication.builder().areas(template.implicationAreas()).statement(String.join("\n", implications)).build());
    }
    if (!equalities.isEmpty()) {
      String statement = String.join("\n", equalities);
      report.equalities(EqualitiesStatement.builder().impactAssessment(impactAssessment(statement)).statement(statement).build());
    }
    if (!risks.isEmpty()) {
      report.riskAssessment(RiskAssessment.builder().statement(String.join("\n", risks)).build());
    }
    int section = 0;
    for (SectionDraft s : sections) {
      String at = "sections[" + section + "]";
      Optional<ReportSection> built = attempt(s.path, s.heading, () -> s.build(at));
      if (built.isPresent()) {
        report.addSections(built.get());
        section++;
      }
    }
    report.backgroundPapers(papers).signOffs(signOffs);
    return report.build();
  }

  private BoardReport minimal(ReportId id) {
    return BoardReport.builder()
        .id(id)
        .board(template.board())
        .title(title == null ? "(no title)" : title)
        .leadOfficer(leadOfficer == null ? standIn("lead officer") : leadOfficer)
        .author(author == null ? standIn("author") : author)
        .build();
  }

  /** The answer the statement gives; a statement that gives none claims no assessment was carried out. */
  private ImpactAssessment impactAssessment(String statement) {
    for (ImpactAssessment answer : List.of(ImpactAssessment.NOT_NEEDED, ImpactAssessment.CARRIED_OUT)) {
      List<String> phrases = template.impactAssessment().get(answer);
      if (phrases != null && Labels.mentions(statement, phrases)) {
        return answer;
      }
    }
    return ImpactAssessment.NOT_NEEDED;
  }

  /**
   * The lead officer when the header gives only a role ("Report of: Director of Public Health"):
   * the person who signs as lead officer, with that role, or a stand-in.
   */
  private Person leadOfficerByRole() {
    if (leadOfficerRole == null) {
      return standIn("lead officer");
    }
    String signer = null;
    for (SignOff s : signOffs) {
      if (s.role().kind() == SignOffRoleKind.LEAD_OFFICER && s.name().isPresent()) {
        signer = s.name().get();
        break;
      }
    }
    return byRole("lead officer", leadOfficerRole, signer);
  }

  private Person byRole(String part, String role, @Nullable String name) {
    String named = name == null ? missing(part + "'s name", "(not named)") : name;
    return Person.builder().id(PartyId.of(name == null ? slug(part, "person") + "-not-named" : slug(name, "person")))
        .name(named).roleTitle(role).build();
  }

  private String missing(String part, String standIn) {
    report(ImportRules.MISSING_PART, "body", Map.of("part", part));
    return standIn;
  }

  private Person standIn(String part) {
    String name = missing(part, "(not given)");
    return Person.builder().id(PartyId.of(slug(part, "person") + "-not-given")).name(name).build();
  }

  /** A recommendation as read, before it is built. */
  private static final class RecommendationDraft {
    final int number;
    String action;
    final String path;

    RecommendationDraft(int number, String action, String path) {
      this.number = number;
      this.action = action;
      this.path = path;
    }
  }

  /**
   * The tick table being read: its strategies in order, its tick and rationale columns (0 for
   * the default), and whether a template's tick table declared it.
   */
  private record TickSpec(List<Strategy> strategies, int tickColumn, int rationaleColumn, boolean declared) {}

  /** A strategy's ticks and statement as read, and where. */
  private static final class AlignmentDraft {
    final Strategy strategy;
    final Location place;
    final List<AlignmentLink> links = new ArrayList<>();
    final List<Location> linkPlaces = new ArrayList<>();
    final List<String> statement = new ArrayList<>();
    @Nullable Location statementPlace;

    AlignmentDraft(Strategy strategy, Location place) {
      this.strategy = strategy;
      this.place = place;
    }
  }

  /** A numbered paragraph as read. */
  private static final class ParagraphDraft {
    final String number;
    final String path;
    final List<String> text = new ArrayList<>();
    final List<Location> textPlaces = new ArrayList<>();
    final List<ListItem> items = new ArrayList<>();
    final List<Location> itemPlaces = new ArrayList<>();
    /** Whether the number was given by the reader, to a paragraph under a heading written without one. */
    boolean synthetic;

    ParagraphDraft(String number, String path) {
      this.number = number;
      this.path = path;
    }
  }

  /** A section as read. */
  private final class SectionDraft {
    final int number;
    final String heading;
    final SectionKind kind;
    final String path;
    final List<ParagraphDraft> paragraphs = new ArrayList<>();
    /** Whether the section starts at a styled heading, so that its paragraphs may have no numbers. */
    boolean byHeading;

    SectionDraft(int number, String heading, SectionKind kind, String path) {
      this.number = number;
      this.heading = heading;
      this.kind = kind;
      this.path = path;
    }

    @Nullable ParagraphDraft current() {
      return paragraphs.isEmpty() ? null : paragraphs.get(paragraphs.size() - 1);
    }

    /** Starts a paragraph written without a number, numbered after the section's others. */
    void unnumbered(String path) {
      ParagraphDraft draft = new ParagraphDraft(number + "." + (paragraphs.size() + 1), path);
      draft.synthetic = true;
      paragraphs.add(draft);
    }

    void text(String text, String path) {
      ParagraphDraft current = current();
      if (current != null && !text.isEmpty()) {
        current.text.add(text);
        current.textPlaces.add(Locations.of(path, text));
      }
    }

    void item(String label, String text, String path) {
      ParagraphDraft current = current();
      if (current == null) {
        unplaced(path, label + " " + text);
      } else {
        attempt(path, text, () -> ListItem.of(label, text)).ifPresent(item -> {
          current.items.add(item);
          current.itemPlaces.add(Locations.of(path, label + " " + text));
        });
      }
    }

    /** Builds the section, keeping where each of its parts was read as {@code at}'s. */
    ReportSection build(String at) {
      ReportSection.Builder section = ReportSection.builder().number(number).heading(heading).kind(kind);
      Map<String, Location> found = new LinkedHashMap<>();
      found.put(at, Locations.of(path, heading));
      found.put(at + ".heading", Locations.of(path, heading));
      int built = 0;
      for (ParagraphDraft p : paragraphs) {
        Optional<Paragraph> paragraph =
            attempt(p.path, p.number, () -> Paragraph.builder().number(p.number).text(p.text).items(p.items).build());
        if (paragraph.isPresent()) {
          section.addParagraphs(paragraph.get());
          String in = at + ".paragraphs[" + built++ + "]";
          found.put(in, Locations.of(p.path, p.text.isEmpty() ? p.number : p.text.get(0)));
          for (int i = 0; i < p.textPlaces.size(); i++) {
            found.put(in + ".text[" + i + "]", p.textPlaces.get(i));
          }
          for (int i = 0; i < p.itemPlaces.size(); i++) {
            found.put(in + ".items[" + i + "]", p.itemPlaces.get(i));
          }
        }
      }
      ReportSection result = section.build();
      places.putAll(found);
      return result;
    }
  }
}
