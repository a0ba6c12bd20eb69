package io.github.hls4j.docx;

import io.github.hls4j.docx.WordBody.Block;
import io.github.hls4j.docx.WordBody.Cell;
import io.github.hls4j.docx.WordBody.Para;
import io.github.hls4j.docx.WordBody.Table;
import io.github.hls4j.governance.Board;
import io.github.hls4j.governance.BoardId;
import io.github.hls4j.governance.ImpactAssessment;
import io.github.hls4j.governance.ImplicationArea;
import io.github.hls4j.governance.SectionKind;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Drafts a {@link TemplateDraft} from a council's blank report template: walks the blank's body
 * once, places each label, heading and table by the words councils commonly use, and marks every
 * guess for a person to check. Single-use and single-threaded.
 */
final class TemplateDrafter {
  /** Word's check boxes, ticked or not. */
  private static final com.google.common.base.CharMatcher TICK_BOXES =
      com.google.common.base.CharMatcher.anyOf("\u2610\u2611\u2612");

  /** "That Cabinet:", "That the Board:": the recommendations' preamble, not a cover label. */
  private static final Pattern PREAMBLE = Pattern.compile("(?i)that\\s");

  /** A cell's text with that of the tables nested in it, for tick boxes set out in a table. */
  private static String withNestedTables(Cell cell) {
    StringBuilder text = new StringBuilder(cell.text());
    for (Block block : cell.blocks()) {
      if (block instanceof Table nested) {
        nested.rows().forEach(row -> row.forEach(c -> text.append('\n').append(c.text())));
      }
    }
    return text.toString();
  }

  private static final Pattern TYPED_HEADING = Pattern.compile("^(\\d{1,2})\\.?\\s+(\\S.{0,80})$");

  /**
   * A prompt for the author, wholly in square brackets or braces: "[Purpose]", "{How much does it
   * cost?}".
   */
  private static final Pattern PROMPT = Pattern.compile("^(?:\\[[^\\]]*\\]|\\{[^}]*\\})$");

  private static final Pattern GUIDANCE =
      Pattern.compile(
          "^(please|tick|insert|delete|select|state|provide)\\b.*", Pattern.CASE_INSENSITIVE);
  private static final List<String> ROLE_WORDS =
      List.of(
          "Director",
          "Head of",
          "Manager",
          "Officer",
          "Consultant",
          "Chief Executive",
          "Cabinet Member");

  private final String source;
  private final Map<DraftField, Set<String>> labels = new EnumMap<>(DraftField.class);
  private final Map<SectionKind, Set<String>> sections = new EnumMap<>(SectionKind.class);
  private final List<String> prompts = new ArrayList<>();
  private final List<String> toCheck = new ArrayList<>();
  private final List<String> unplaced = new ArrayList<>();
  private @Nullable String boardName;
  private int headingLevel = 10;
  private @Nullable DraftField part;
  private @Nullable String partLabel;
  private boolean firstLine = true;

  /** Whether no label, heading or table has been seen yet: lines here are fixed text. */
  private boolean beforeFields = true;

  /**
   * A short line alone, such as "Consultation", after the last heading: the sign-off table's own
   * heading when the table follows it inside a section.
   */
  private @Nullable String labelLine;

  /**
   * Whether a heading or the layout has been seen: after it, "Label: text" is body text, not the
   * cover sheet.
   */
  private boolean inBody;

  private boolean valueNext;

  /** A contact label whose prompt asks for a name too: "[Name, Job title, email, telephone]". */
  private @Nullable String contactWithName;

  private final SignOffDrafter signOffs = new SignOffDrafter(this::check);
  private final TickTableDrafter tickTables = new TickTableDrafter(this::check, unplaced);

  TemplateDrafter(String source) {
    this.source = source;
  }

  TemplateDraft draft(List<Block> blocks) {
    for (Block b : blocks) {
      if (b instanceof Para p) {
        paragraph(p);
      } else {
        table((Table) b);
      }
    }
    return new TemplateDraft(template(), toCheck, unplaced);
  }

  private void paragraph(Para p) {
    String text = Labels.clean(p.text());
    if (text.isEmpty()) {
      return;
    }
    if (valueNext) {
      valueNext = false; // the value of a label written alone on the line above
      return;
    }
    int colon = text.indexOf(':');
    if (!inBody
        && colon > 0
        && text.substring(0, colon).split(" ").length <= 6
        && !PREAMBLE.matcher(text).lookingAt()) {
      String label = text.substring(0, colon);
      Optional<DraftField> field = DraftField.of(label);
      if (field.isEmpty() || field.get().cover()) {
        coverLabel(label, field, text.substring(colon + 1), p.path());
        valueNext = Labels.clean(text.substring(colon + 1)).isEmpty();
        firstLine = false;
        beforeFields = false;
        return;
      }
    }
    if (isHeading(p, text)) {
      heading(p, text);
      firstLine = false;
      beforeFields = false;
      inBody = true;
      labelLine = null;
      return;
    }
    if (firstLine) {
      firstLine = false;
      if (!text.startsWith("[") && !p.placeholder()) {
        prompts.add(text);
        boardName = boardName == null ? text : boardName;
        check(
            "prompts: \""
                + text
                + "\", the blank's first line, is taken as fixed text such as the council's or the board's name;"
                + " remove it if it is where the title goes");
      }
      return;
    }
    if (beforeFields && !text.startsWith("[") && !p.placeholder() && text.length() <= 80) {
      // "Cabinet", "Board of Directors (Meeting in Public)" under the council's name, above the
      // cover sheet: the meeting's name, not a field
      prompts.add(text);
      check(
          "prompts: \""
              + ImportRules.quote(text)
              + "\", above the blank's first field, is taken as fixed text such as the meeting's name;"
              + " remove it if it is where the title goes");
      return;
    }
    labelLine = inBody && isLabelLine(text) ? text : null;
    if (signOffs.line(text)) {
      return;
    }
    if (GUIDANCE.matcher(text).matches() && !p.placeholder()) {
      prompts.add(text);
      check(
          "prompts: \""
              + ImportRules.quote(text)
              + "\" is taken as guidance to the author, not report content");
      return;
    }
    if (!inBody && !p.placeholder() && !text.startsWith("[")) {
      unplaced.add(p.path() + ": " + ImportRules.quote(text));
    }
  }

  /** A short line alone, neither a sentence nor a prompt: "Consultation", "Report history". */
  private static boolean isLabelLine(String text) {
    return text.length() <= 40
        && text.split(" ").length <= 5
        && Character.isLetter(text.codePointAt(0))
        && text.indexOf('[') < 0
        && text.indexOf('{') < 0
        && !text.endsWith(".")
        && !text.endsWith(":")
        && !PROMPT.matcher(text).matches()
        && !GUIDANCE.matcher(text).matches();
  }

  private boolean isHeading(Para p, String text) {
    if (p.heading() > 0) {
      return true;
    }
    if (p.number().isEmpty()
        && text.length() <= 40
        && text.equals(text.toUpperCase(Locale.ROOT))
        && DraftField.of(text).filter(f -> !f.cover()).isPresent()) {
      return true; // "REPORT SUMMARY", "RECOMMENDATIONS" alone on their lines, in capitals
    }
    if (p.placeholder() || PROMPT.matcher(text).matches()) {
      return false; // "[Purpose]": where the author writes, not a label
    }
    boolean styledHeadings = headingLevel <= 9;
    if (p.level() == 0
        && !p.number().isEmpty()
        && text.length() <= 80
        && !text.endsWith(".")
        && !styledHeadings) {
      // numbered by Word, in a blank whose headings are not styled; where they are, a numbered
      // line that is not styled is a paragraph, numbered through the report
      return true;
    }
    Matcher typed = TYPED_HEADING.matcher(text);
    return typed.matches() && !text.endsWith(".") && !text.endsWith(":") && p.number().isEmpty();
  }

  private void heading(Para p, String text) {
    Matcher typed = TYPED_HEADING.matcher(text);
    String heading = typed.matches() && p.number().isEmpty() ? typed.group(2) : text;
    if (p.heading() > 0) {
      headingLevel = Math.min(headingLevel, p.heading());
      if (p.heading() > headingLevel) {
        // a sub-heading: text of its part, unless it names the equalities or the risk part
        // ("Equality and diversity", "Risk management" under "Implications") and no implication
        // area
        Optional<DraftField> sub = DraftField.of(heading);
        if (sub.isPresent()
            && (sub.get() == DraftField.EQUALITIES || sub.get() == DraftField.RISK)
            && !Labels.mentions(heading, List.of("financ", "legal"))) {
          part = sub.get();
          partLabel = heading;
          place(sub.get(), heading, p.path());
        }
        return;
      }
    }
    Optional<DraftField> field = DraftField.of(heading);
    if (field.isPresent() && field.get().cover()) {
      field = Optional.empty();
    }
    part = field.orElse(null);
    partLabel = heading;
    if (field.isEmpty()) {
      add(sections, SectionKind.OTHER, heading);
      check(
          "sections: \""
              + heading
              + "\" is a heading of no part hls4j knows; it is kept as an OTHER section");
      return;
    }
    place(field.get(), heading, p.path());
  }

  /** Records a label or heading for its field. */
  private void place(DraftField field, String label, String path) {
    switch (field) {
      case BACKGROUND -> add(sections, SectionKind.BACKGROUND, label);
      case CONSULTATIONS -> add(sections, SectionKind.CONSULTATIONS, label);
      case REQUEST -> add(sections, SectionKind.REQUEST_OF_THE_BOARD, label);
      default -> labels.computeIfAbsent(field, f -> new LinkedHashSet<>()).add(label);
    }
    check(field.templateField() + ": \"" + label + "\" (at " + path + ")");
  }

  private void coverLabel(String label, Optional<DraftField> field, String value, String path) {
    DraftField f = field.orElse(DraftField.IGNORED);
    labels.computeIfAbsent(f, x -> new LinkedHashSet<>()).add(label);
    String v = Labels.clean(value);
    if (f == DraftField.CONTACT && contactWithName == null && Labels.mentions(v, List.of("name"))) {
      contactWithName = label;
    }
    if (field.isEmpty()) {
      check(
          "header.ignored: \""
              + label
              + "\" is a cover-sheet field hls4j does not hold; it is read and left aside");
    } else {
      check(f.templateField() + ": \"" + label + "\" (at " + path + ")");
    }
    if (f == DraftField.IGNORED
        && Labels.normalise(label).equals("report to")
        && !v.isEmpty()
        && !v.startsWith("[")) {
      boardName = v;
    }
  }

  private void table(Table table) {
    beforeFields = false;
    String above = labelLine;
    labelLine = null;
    if (signOffs.isTable(table, part == DraftField.SIGN_OFF)) {
      String other =
          part == null
                  && partLabel != null
                  && sections.getOrDefault(SectionKind.OTHER, Set.of()).contains(partLabel)
              ? partLabel
              : null;
      if (other != null && above != null) {
        // "9. AUDIT TRAIL", then "Consultation" alone on its line above the table: the section
        // holds the sign-off table under a heading of its own, and goes on after it
        signOffs.table(table, null, above);
        part = null;
        return;
      }
      if (other != null) {
        sections
            .get(SectionKind.OTHER)
            .remove(other); // "Audit trail", then the table: the sign-off's heading
        if (sections.get(SectionKind.OTHER).isEmpty()) {
          sections.remove(SectionKind.OTHER); // a template names each kind of section it lists
        }
      }
      signOffs.table(table, part == DraftField.SIGN_OFF ? partLabel : null, other);
      part = null;
      return;
    }
    if (part == DraftField.TICKS && partLabel != null) {
      tickTables.table(table, partLabel);
      return;
    }
    if (part != null || (inBody && partLabel != null)) {
      papersRow(table); // a table in a part: its content is the part's
      return;
    }
    inBody = true;
    for (List<Cell> cells : table.rows()) {
      if (cells.size() < 2) {
        continue;
      }
      String label = cells.get(0).text();
      if (label.isEmpty()) {
        continue;
      }
      Optional<DraftField> field = DraftField.of(label);
      if (field.isPresent()
          && field.get() != DraftField.TICKS
          && TICK_BOXES.matchesAnyOf(withNestedTables(cells.get(1)))) {
        // "Purpose of paper: For decision ☐ For assurance ☐": a choice the model does not hold
        labels.computeIfAbsent(DraftField.IGNORED, x -> new LinkedHashSet<>()).add(label);
        check(
            "header.ignored: \""
                + label
                + "\" holds tick boxes ("
                + ImportRules.quote(cells.get(1).text())
                + "), a choice hls4j does not hold; it is read and left aside");
        continue;
      }
      if (field.isPresent() && field.get() == DraftField.TICKS) {
        labels.computeIfAbsent(DraftField.TICKS, x -> new LinkedHashSet<>()).add(label);
        for (Block b : cells.get(1).blocks()) {
          if (b instanceof Table nested) {
            tickTables.table(nested, label);
          } else if (b instanceof Para p && GUIDANCE.matcher(Labels.clean(p.text())).matches()) {
            prompts.add(Labels.clean(p.text()));
            check(
                "prompts: \""
                    + ImportRules.quote(p.text())
                    + "\" is taken as guidance to the author, not report content");
          }
        }
      } else if (field.isPresent() && !field.get().cover()) {
        place(field.get(), label, cells.get(0).path());
      } else {
        coverLabel(label, field, cells.get(1).text(), cells.get(0).path());
      }
    }
  }

  /**
   * Background papers' labels written as a row of a table, as "Report history" tables have them.
   */
  private static final List<String> PAPERS_ROWS =
      List.of("background papers", "background documents", "background information");

  /**
   * A row labelled "Background information" in a section's table of labels and values: the
   * background papers' label.
   */
  private void papersRow(Table table) {
    for (List<Cell> cells : table.rows()) {
      String label = cells.size() == 2 ? cells.get(0).text() : "";
      if (PAPERS_ROWS.contains(Labels.normalise(label))) {
        labels.computeIfAbsent(DraftField.PAPERS, f -> new LinkedHashSet<>()).add(label);
        check(
            "backgroundPapers: \""
                + label
                + "\", a row of a table in a section (at "
                + cells.get(0).path()
                + ")");
      }
    }
  }

  // The template

  private ReportTemplate template() {
    String board = boardName == null ? "Board" : boardName;
    if (boardName == null) {
      check("board: no board was named in the blank; give its id and name");
    } else {
      check("board: \"" + board + "\" is taken for the board's name; check its id and name");
    }
    ReportTemplate.HeaderLabels header =
        new ReportTemplate.HeaderLabels(
            required(DraftField.LEAD_OFFICER, "header.leadOfficer", "Report of"),
            author(),
            required(DraftField.CONTACT, "header.contact", "Contact details"),
            required(DraftField.MEETING_DATE, "header.meetingDate", "Date of meeting"),
            optional(DraftField.TITLE),
            optional(DraftField.IGNORED),
            ROLE_WORDS);
    check(
        "header.roles: "
            + ROLE_WORDS
            + " mark a person field as a role, such as \"Director of Public Health\"");
    ReportTemplate.LayoutLabels layout =
        new ReportTemplate.LayoutLabels(
            required(DraftField.SUMMARY, "layout.summary", "Summary"),
            required(DraftField.RECOMMENDATIONS, "layout.recommendations", "Recommendations"),
            required(DraftField.REASONS, "layout.reasons", "Reasons for recommendations"),
            required(DraftField.IMPLICATIONS, "layout.implications", "Implications"),
            required(DraftField.EQUALITIES, "layout.equalities", "Equalities implications"),
            required(DraftField.RISK, "layout.riskAssessment", "Risk assessment"));
    List<ReportTemplate.SectionHeading> headings = new ArrayList<>();
    sections.forEach(
        (kind, names) -> headings.add(new ReportTemplate.SectionHeading(kind, List.copyOf(names))));
    ReportTemplate.SignOffTable table = signOffs.template();
    check("impactAssessment: the common phrases are assumed; add your template's own");
    check("paperLeadIns and dependencyPhrases: the common ones are assumed");
    return new ReportTemplate(
        "Drafted from " + source,
        Board.builder().id(BoardId.of(ReportMapper.slug(board, "board"))).name(board).build(),
        header,
        layout,
        List.of(),
        prompts.stream().distinct().toList(),
        implicationAreas(),
        Map.of(
            ImpactAssessment.CARRIED_OUT,
                List.of("has been carried out", "has been completed", "is attached"),
            ImpactAssessment.NOT_NEEDED,
                List.of("is not needed", "is not required", "is not considered necessary")),
        headings,
        required(DraftField.PAPERS, "backgroundPapers", "Background papers"),
        List.of(", available at:", ": available at:", " - ", ":"),
        table,
        headingLevel > 9 ? 1 : headingLevel,
        tickTables.tables(),
        List.of("subject to", "following", "once", "dependent on"));
  }

  private Set<ImplicationArea> implicationAreas() {
    Set<ImplicationArea> areas = EnumSet.noneOf(ImplicationArea.class);
    for (String label : labels.getOrDefault(DraftField.IMPLICATIONS, Set.of())) {
      String l = Labels.normalise(label);
      if (l.contains("financ") || l.contains("resource")) {
        areas.add(ImplicationArea.FINANCIAL);
      }
      if (l.contains("legal")) {
        areas.add(ImplicationArea.LEGAL);
      }
      if (l.contains("hr") || l.contains("workforce") || l.contains("staff")) {
        areas.add(ImplicationArea.HR);
      }
      if (l.contains("social value")) {
        areas.add(ImplicationArea.SOCIAL_VALUE);
      }
      if (l.contains("partnership")) {
        areas.add(ImplicationArea.PARTNERSHIP);
      }
    }
    if (areas.isEmpty()) {
      areas.add(ImplicationArea.FINANCIAL);
      areas.add(ImplicationArea.LEGAL);
    }
    check("implicationAreas: " + areas + ", from the implications' labels");
    return areas;
  }

  private List<String> required(DraftField field, String name, String common) {
    Set<String> found = labels.get(field);
    if (found == null || found.isEmpty()) {
      check(name + ": not found in the blank; \"" + common + "\" is assumed");
      return List.of(common);
    }
    return List.copyOf(found);
  }

  /**
   * The author's labels; with none, a contact label whose prompt asks for a name ("Contact for
   * enquiries: [Name, Job title, email, telephone]") names the author too.
   */
  private List<String> author() {
    if (!labels.containsKey(DraftField.AUTHOR) && contactWithName != null) {
      check(
          "header.author: \""
              + contactWithName
              + "\", the contact's field, which asks for a name: the author and the contact share it");
      return List.of(contactWithName);
    }
    return required(DraftField.AUTHOR, "header.author", "Report author");
  }

  private List<String> optional(DraftField field) {
    Set<String> found = labels.get(field);
    return found == null ? List.of() : List.copyOf(found);
  }

  private void check(String guess) {
    toCheck.add(guess);
  }

  private static <K, V> void add(Map<K, Set<V>> map, K key, V value) {
    map.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(value);
  }
}
