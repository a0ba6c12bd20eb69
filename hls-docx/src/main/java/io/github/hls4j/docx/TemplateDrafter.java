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
  /** The parts of a template a label can name, in the order a label is tried against them. */
  private enum Field {
    IGNORED(
        List.of(
            "report to",
            "ward(s) affected",
            "wards affected",
            "key decision",
            "classification",
            "decision-maker",
            "status",
            "previously considered",
            "forward plan",
            "exempt")),
    AUTHOR(List.of("author", "report writer", "contact officer")),
    LEAD_OFFICER(
        List.of(
            "report of",
            "report by",
            "lead officer",
            "head of service",
            "responsible officer",
            "director",
            "executive lead",
            "executive sponsor",
            "lead executive")),
    CONTACT(List.of("contact", "e-mail", "email", "telephone")),
    MEETING_DATE(List.of("date of meeting", "meeting date", "date")),
    TITLE(List.of("subject", "title")),
    PAPERS(List.of("background papers", "background documents", "appendices")),
    SIGN_OFF(List.of("sign-off", "sign off", "clearance")),
    REASONS(List.of("reason")),
    EQUALITIES(List.of("equalit", "equality")),
    TICKS(List.of("links to", "priorities", "objectives", "strategy", "plan")),
    RISK(List.of("risk")),
    IMPLICATIONS(List.of("implications", "financial", "legal", "resource")),
    RECOMMENDATIONS(List.of("recommendation")),
    SUMMARY(List.of("summary", "purpose")),
    BACKGROUND(List.of("background", "introduction", "context")),
    CONSULTATIONS(List.of("consultation", "engagement")),
    REQUEST(List.of("request of the board", "decision sought"));

    final List<String> words;

    Field(List<String> words) {
      this.words = words;
    }

    boolean cover() {
      return this == IGNORED
          || this == AUTHOR
          || this == LEAD_OFFICER
          || this == CONTACT
          || this == MEETING_DATE
          || this == TITLE;
    }

    static Optional<Field> of(String label) {
      String text = Labels.normalise(label);
      if (text.contains("authorised by") || text.contains("authorized by")) {
        return Optional.of(LEAD_OFFICER); // "Report Authorised by", not its author
      }
      for (Field f : values()) {
        for (String w : f.words) {
          if (text.contains(w)) {
            return Optional.of(f);
          }
        }
      }
      return Optional.empty();
    }
  }

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
  private final Map<Field, Set<String>> labels = new EnumMap<>(Field.class);
  private final Map<SectionKind, Set<String>> sections = new EnumMap<>(SectionKind.class);
  private final List<String> prompts = new ArrayList<>();
  private final List<String> toCheck = new ArrayList<>();
  private final List<String> unplaced = new ArrayList<>();
  private @Nullable String boardName;
  private int headingLevel = 10;
  private @Nullable Field part;
  private @Nullable String partLabel;
  private boolean firstLine = true;

  /**
   * Whether a heading or the layout has been seen: after it, "Label: text" is body text, not the
   * cover sheet.
   */
  private boolean inBody;

  private boolean valueNext;
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
      Optional<Field> field = Field.of(label);
      if (field.isEmpty() || field.get().cover()) {
        coverLabel(label, field, text.substring(colon + 1), p.path());
        valueNext = Labels.clean(text.substring(colon + 1)).isEmpty();
        firstLine = false;
        return;
      }
    }
    if (isHeading(p, text)) {
      heading(p, text);
      firstLine = false;
      inBody = true;
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

  private boolean isHeading(Para p, String text) {
    if (p.heading() > 0) {
      return true;
    }
    if (p.number().isEmpty()
        && text.length() <= 40
        && text.equals(text.toUpperCase(Locale.ROOT))
        && Field.of(text).filter(f -> !f.cover()).isPresent()) {
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
        Optional<Field> sub = Field.of(heading);
        if (sub.isPresent()
            && (sub.get() == Field.EQUALITIES || sub.get() == Field.RISK)
            && !Labels.mentions(heading, List.of("financ", "legal"))) {
          part = sub.get();
          partLabel = heading;
          place(sub.get(), heading, p.path());
        }
        return;
      }
    }
    Optional<Field> field = Field.of(heading);
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
  private void place(Field field, String label, String path) {
    switch (field) {
      case BACKGROUND -> add(sections, SectionKind.BACKGROUND, label);
      case CONSULTATIONS -> add(sections, SectionKind.CONSULTATIONS, label);
      case REQUEST -> add(sections, SectionKind.REQUEST_OF_THE_BOARD, label);
      default -> labels.computeIfAbsent(field, f -> new LinkedHashSet<>()).add(label);
    }
    check(fieldName(field) + ": \"" + label + "\" (at " + path + ")");
  }

  private void coverLabel(String label, Optional<Field> field, String value, String path) {
    Field f = field.orElse(Field.IGNORED);
    labels.computeIfAbsent(f, x -> new LinkedHashSet<>()).add(label);
    String v = Labels.clean(value);
    if (field.isEmpty()) {
      check(
          "header.ignored: \""
              + label
              + "\" is a cover-sheet field hls4j does not hold; it is read and left aside");
    } else {
      check(fieldName(f) + ": \"" + label + "\" (at " + path + ")");
    }
    if (f == Field.IGNORED
        && Labels.normalise(label).equals("report to")
        && !v.isEmpty()
        && !v.startsWith("[")) {
      boardName = v;
    }
  }

  private void table(Table table) {
    if (signOffs.isTable(table, part == Field.SIGN_OFF)) {
      String other =
          part == null
                  && partLabel != null
                  && sections.getOrDefault(SectionKind.OTHER, Set.of()).contains(partLabel)
              ? partLabel
              : null;
      if (other != null) {
        sections
            .get(SectionKind.OTHER)
            .remove(other); // "Audit trail", then the table: the sign-off's heading
        if (sections.get(SectionKind.OTHER).isEmpty()) {
          sections.remove(SectionKind.OTHER); // a template names each kind of section it lists
        }
      }
      signOffs.table(table, part == Field.SIGN_OFF ? partLabel : null, other);
      part = null;
      return;
    }
    if (part == Field.TICKS && partLabel != null) {
      tickTables.table(table, partLabel);
      return;
    }
    if (part != null || (inBody && partLabel != null)) {
      return; // a table in a part: its content is the part's
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
      Optional<Field> field = Field.of(label);
      if (field.isPresent()
          && field.get() != Field.TICKS
          && TICK_BOXES.matchesAnyOf(withNestedTables(cells.get(1)))) {
        // "Purpose of paper: For decision ☐ For assurance ☐": a choice the model does not hold
        labels.computeIfAbsent(Field.IGNORED, x -> new LinkedHashSet<>()).add(label);
        check(
            "header.ignored: \""
                + label
                + "\" holds tick boxes ("
                + ImportRules.quote(cells.get(1).text())
                + "), a choice hls4j does not hold; it is read and left aside");
        continue;
      }
      if (field.isPresent() && field.get() == Field.TICKS) {
        labels.computeIfAbsent(Field.TICKS, x -> new LinkedHashSet<>()).add(label);
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
            required(Field.LEAD_OFFICER, "header.leadOfficer", "Report of"),
            required(Field.AUTHOR, "header.author", "Report author"),
            required(Field.CONTACT, "header.contact", "Contact details"),
            required(Field.MEETING_DATE, "header.meetingDate", "Date of meeting"),
            optional(Field.TITLE),
            optional(Field.IGNORED),
            ROLE_WORDS);
    check(
        "header.roles: "
            + ROLE_WORDS
            + " mark a person field as a role, such as \"Director of Public Health\"");
    ReportTemplate.LayoutLabels layout =
        new ReportTemplate.LayoutLabels(
            required(Field.SUMMARY, "layout.summary", "Summary"),
            required(Field.RECOMMENDATIONS, "layout.recommendations", "Recommendations"),
            required(Field.REASONS, "layout.reasons", "Reasons for recommendations"),
            required(Field.IMPLICATIONS, "layout.implications", "Implications"),
            required(Field.EQUALITIES, "layout.equalities", "Equalities implications"),
            required(Field.RISK, "layout.riskAssessment", "Risk assessment"));
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
        required(Field.PAPERS, "backgroundPapers", "Background papers"),
        List.of(", available at:", ": available at:", " - ", ":"),
        table,
        headingLevel > 9 ? 1 : headingLevel,
        tickTables.tables(),
        List.of("subject to", "following", "once", "dependent on"));
  }

  private Set<ImplicationArea> implicationAreas() {
    Set<ImplicationArea> areas = EnumSet.noneOf(ImplicationArea.class);
    for (String label : labels.getOrDefault(Field.IMPLICATIONS, Set.of())) {
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

  private List<String> required(Field field, String name, String common) {
    Set<String> found = labels.get(field);
    if (found == null || found.isEmpty()) {
      check(name + ": not found in the blank; \"" + common + "\" is assumed");
      return List.of(common);
    }
    return List.copyOf(found);
  }

  private List<String> optional(Field field) {
    Set<String> found = labels.get(field);
    return found == null ? List.of() : List.copyOf(found);
  }

  private void check(String guess) {
    toCheck.add(guess);
  }

  private static <K, V> void add(Map<K, Set<V>> map, K key, V value) {
    map.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(value);
  }

  private static String fieldName(Field field) {
    return switch (field) {
      case IGNORED -> "header.ignored";
      case AUTHOR -> "header.author";
      case LEAD_OFFICER -> "header.leadOfficer";
      case CONTACT -> "header.contact";
      case MEETING_DATE -> "header.meetingDate";
      case TITLE -> "header.title";
      case PAPERS -> "backgroundPapers";
      case SIGN_OFF -> "signOff.headings";
      case REASONS -> "layout.reasons";
      case EQUALITIES -> "layout.equalities";
      case TICKS -> "tickTables";
      case RISK -> "layout.riskAssessment";
      case IMPLICATIONS -> "layout.implications";
      case RECOMMENDATIONS -> "layout.recommendations";
      case SUMMARY -> "layout.summary";
      case BACKGROUND, CONSULTATIONS, REQUEST -> "sections";
    };
  }
}
