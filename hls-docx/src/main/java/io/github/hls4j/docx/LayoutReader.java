package io.github.hls4j.docx;

import static io.github.hls4j.docx.ImportRules.quote;

import io.github.hls4j.docx.ReportDraft.RecommendationDraft;
import io.github.hls4j.docx.WordBody.Block;
import io.github.hls4j.docx.WordBody.Cell;
import io.github.hls4j.docx.WordBody.Para;
import io.github.hls4j.docx.WordBody.Table;
import io.github.hls4j.governance.ImplicationArea;
import io.github.hls4j.validation.FindingPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads the parts of a report's layout, by the labels a template gives them: in a layout table (a
 * label cell on the left, content on the right) or under headings: the summary, the
 * recommendations, the reasons, the strategy rows and tick tables (through a {@link TickReader}),
 * the implications, the equalities statement and the risk assessment. Single-use and
 * single-threaded.
 */
final class LayoutReader {

  private static final Pattern TYPED_RECOMMENDATION =
      Pattern.compile(
          "^(?:\\((\\d{1,3}|[a-zA-Z]|[ivx]{2,5})\\)|(\\d{1,3})[.)]|(\\d{1,3}(?:\\.\\d{1,3})+)\\.?|([a-zA-Z]|[ivx]{2,5})[.)])\\s+(\\S.*)$");

  /** What the layout row being read holds. */
  private enum Row {
    SUMMARY,
    RECOMMENDATIONS,
    REASONS,
    STRATEGY,
    IMPLICATIONS,
    EQUALITIES,
    RISK,
    HEADER_FIELD,
    UNKNOWN
  }

  private final ReportDraft draft;
  private final ReportTemplate template;
  private final HeaderReader header;
  private final TickReader ticks;
  private Row row = Row.UNKNOWN;
  private @Nullable String rowField;

  /**
   * A header row's text, one paragraph after another, read as one value: "Munro" and "Consultant"
   * as "Munro / Consultant".
   */
  private final List<String> fieldText = new ArrayList<>();

  private @Nullable String fieldPath;

  /** Whether a content control in the header row's value still shows its placeholder. */
  private boolean fieldPlaceholder;

  /**
   * Whether the implication being read is also the equalities statement: "Legal (including
   * Equalities)".
   */
  private boolean implicationHoldsEqualities;

  LayoutReader(ReportDraft draft, HeaderReader header, TickReader ticks) {
    this.draft = draft;
    this.template = draft.template;
    this.header = header;
    this.ticks = ticks;
  }

  /** Whether a label names a part of the layout, or a field of the cover sheet. */
  boolean isLabel(String label) {
    ReportTemplate.LayoutLabels l = template.layout();
    return header.isLabel(label)
        || template.strategyRow(label).isPresent()
        || template.tickTable(label).isPresent()
        || Labels.matches(l.summary(), label)
        || Labels.matches(l.recommendations(), label)
        || Labels.matches(l.reasons(), label)
        || Labels.matches(l.implications(), label)
        || Labels.matches(l.equalities(), label)
        || Labels.matches(l.riskAssessment(), label);
  }

  /** Whether a heading names a part of the layout: summary, recommendations, a tick table… */
  boolean isPartLabel(String label) {
    return isLabel(label) && !header.isLabel(label);
  }

  /**
   * The layout table: a label cell on the left, content on the right; a row with an empty label
   * carries on the row above.
   */
  void table(Table table) {
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
        if (row == Row.STRATEGY && !isLabel(label) && ticks.namesPriority(label)) {
          ticks.priorityRow(cells, first.path()); // a priority table run on into the layout table
          continue;
        }
        start(label, first.path());
      }
      for (Cell cell : content) {
        content(cell);
      }
    }
  }

  /** Starts the layout part that {@code label}, at {@code path}, names. */
  void start(String label, String path) {
    ReportTemplate.LayoutLabels l = template.layout();
    ticks.clear(Locations.of(path, label));
    rowField = null;
    implicationHoldsEqualities = false;
    Optional<ReportTemplate.StrategyRow> strategy = template.strategyRow(label);
    Optional<ReportTemplate.TickTable> tickTable = template.tickTable(label);
    if (header.isLabel(label)) {
      row = Row.HEADER_FIELD;
      rowField = label;
    } else if (strategy.isPresent()) {
      row = Row.STRATEGY;
      ticks.start(strategy.get());
    } else if (tickTable.isPresent()) {
      row = Row.STRATEGY;
      ticks.start(tickTable.get());
    } else {
      row = part(l, label);
      String property =
          switch (row) {
            case SUMMARY -> "summary";
            case RECOMMENDATIONS -> "recommendations";
            case REASONS -> "reasons";
            case IMPLICATIONS -> "implications";
            case EQUALITIES -> "equalities";
            case RISK -> "riskAssessment";
            default -> "";
          };
      if (row == Row.IMPLICATIONS) {
        startImplication(label);
      }
      if (property.isEmpty()) {
        draft.report(ImportRules.UNKNOWN_HEADING, path, Map.of("quote", quote(label)));
      } else {
        draft.places.putIfAbsent(property, Locations.of(path, label));
      }
    }
  }

  private static Row part(ReportTemplate.LayoutLabels l, String label) {
    if (Labels.matches(l.summary(), label)) {
      return Row.SUMMARY;
    } else if (Labels.matches(l.recommendations(), label)) {
      return Row.RECOMMENDATIONS;
    } else if (Labels.matches(l.reasons(), label)) {
      return Row.REASONS;
    } else if (Labels.matches(l.implications(), label)) {
      return Row.IMPLICATIONS;
    } else if (Labels.matches(l.equalities(), label)) {
      return Row.EQUALITIES;
    } else if (Labels.matches(l.riskAssessment(), label)) {
      return Row.RISK;
    }
    return Row.UNKNOWN;
  }

  private void content(Cell cell) {
    fieldText.clear();
    fieldPath = null;
    fieldPlaceholder = false;
    blocks(cell);
    String path = fieldPath;
    if (row == Row.HEADER_FIELD && path != null) {
      header.field(
          rowField == null ? "" : rowField, String.join(" / ", fieldText), path, fieldPlaceholder);
    }
  }

  private void blocks(Cell cell) {
    for (Block block : cell.blocks()) {
      if (block instanceof Table nested) {
        if (row == Row.STRATEGY) {
          ticks.rows(nested);
        } else if (row == Row.HEADER_FIELD
            && rowField != null
            && Labels.matches(template.header().ignored(), rowField)) {
          // "Purpose": Approval ☒ Assurance ☐ in a table of its own, a field left aside
        } else if (row != Row.UNKNOWN) {
          draft.unplaced(
              nested.path(),
              ReportMapper.text(nested.rows().stream().flatMap(List::stream).toList()));
        }
        continue;
      }
      Para p = (Para) block;
      String text = Labels.clean(p.text());
      if (text.isEmpty() || draft.isPrompt(text)) {
        continue;
      }
      if (row == Row.HEADER_FIELD) {
        fieldPlaceholder |= p.placeholder();
        fieldText.add(text);
        fieldPath = fieldPath == null ? p.path() : fieldPath;
        continue;
      }
      paragraph(p, text);
    }
  }

  /** A table in a part of the layout laid out by headings: a tick table, or lines of text. */
  void partTable(Table table) {
    if (row == Row.STRATEGY) {
      ticks.rows(table);
      return;
    }
    for (List<Cell> cells : table.rows()) {
      for (Cell cell : cells) {
        for (Block block : cell.blocks()) {
          if (block instanceof Para p && !p.isBlank() && !draft.isPrompt(Labels.clean(p.text()))) {
            paragraph(p, Labels.clean(p.text()));
          } else if (block instanceof Table nested) {
            draft.unplaced(
                nested.path(),
                ReportMapper.text(nested.rows().stream().flatMap(List::stream).toList()));
          }
        }
      }
    }
  }

  /**
   * A paragraph number typed before a part's text, "6.1 None.", which is not part of the statement.
   */
  private static final Pattern TYPED_NUMBER =
      Pattern.compile("^\\d{1,3}(?:\\.\\d{1,3})+\\.?\\s+(\\S.*)$");

  /** A paragraph of a layout row or of a part laid out by a heading. */
  void paragraph(Para p, String written) {
    if (p.heading() > 0 && startsPart(written)) {
      // a sub-heading that is a layout label, "Equality and diversity" under "Implications": that
      // part starts
      start(written, p.path());
      return;
    }
    if (p.heading() > 0
        && (row == Row.IMPLICATIONS || row == Row.EQUALITIES)
        && subHeading(written, p.path())) {
      return;
    }
    if (isStatement(row)
        && (written.isEmpty() || SectionReader.PARAGRAPH_NUMBER.matcher(written).matches())) {
      // "2.3" typed alone, or a paragraph Word numbers with no text: an empty paragraph
      String number = written.isEmpty() ? p.number() : written;
      draft.report(ImportRules.EMPTY_PARAGRAPH, p.path(), Map.of("quote", quote(number)));
      return;
    }
    String text = written;
    if (row != Row.RECOMMENDATIONS && row != Row.STRATEGY) {
      Matcher typed = TYPED_NUMBER.matcher(written);
      if (typed.matches()) {
        text = typed.group(1);
      }
    }
    switch (row) {
      case SUMMARY -> {
        draft.summary.add(text);
        draft.place(FindingPath.of("summary", draft.summary.size() - 1), p.path(), text);
      }
      case REASONS -> {
        draft.reasons.add(text);
        draft.place(FindingPath.of("reasons", draft.reasons.size() - 1), p.path(), text);
      }
      case RECOMMENDATIONS -> recommendation(p, text);
      case STRATEGY -> ticks.paragraph(p, text);
      case IMPLICATIONS -> {
        if (p.heading() > 0 && startImplication(text)) {
          return; // a sub-heading "Financial", "Legal": the implication of that area starts
        }
        int at = draft.implication(text);
        draft.places.putIfAbsent(FindingPath.of("implications", at), Locations.of(p.path(), text));
        if (implicationHoldsEqualities) {
          draft.equalities.add(text);
          draft.places.putIfAbsent(
              FindingPath.of("equalities", "statement"), Locations.of(p.path(), text));
        }
      }
      case EQUALITIES -> {
        draft.equalities.add(text);
        draft.places.putIfAbsent(
            FindingPath.of("equalities", "statement"), Locations.of(p.path(), text));
      }
      case RISK -> {
        draft.risks.add(text);
        draft.places.putIfAbsent(
            FindingPath.of("riskAssessment", "statement"), Locations.of(p.path(), text));
      }
      case HEADER_FIELD, UNKNOWN -> {}
    }
  }

  /** Whether a part is held as statements: the summary, the reasons, the implications… */
  private static boolean isStatement(Row row) {
    return switch (row) {
      case SUMMARY, REASONS, IMPLICATIONS, EQUALITIES, RISK -> true;
      default -> false;
    };
  }

  /**
   * A sub-heading under the implications or the equalities statement that the template does not
   * list: one naming an implication's area ("Financial") starts that implication; one naming
   * equalities and no area ("Equalities", "Equality and diversity") starts the equalities
   * statement; one naming neither ("Climate change") is a part hls4j does not hold, reported as an
   * unknown heading, so that its text joins no statement above it. Returns whether the sub-heading
   * was read as such.
   */
  private boolean subHeading(String label, String path) {
    boolean namesArea = AREA_WORDS.values().stream().anyMatch(w -> w.matcher(label).find());
    if (namesArea) {
      if (row == Row.EQUALITIES) {
        row = Row.IMPLICATIONS;
        return startImplication(label);
      }
      return false; // read as the implication of that area
    }
    if (EQUALITIES_WORDS.matcher(label).find()) {
      row = Row.EQUALITIES;
      draft.places.putIfAbsent("equalities", Locations.of(path, label));
      return true;
    }
    start(label, path);
    return true;
  }

  /**
   * Whether a sub-heading names another layout part than the one being read, and, under the
   * implications, no area of them ("Legal (including Equalities)" is the legal implication).
   */
  private boolean startsPart(String label) {
    if (!isPartLabel(label)
        || template.tickTable(label).isPresent()
        || template.strategyRow(label).isPresent()) {
      return false;
    }
    Row named = part(template.layout(), label);
    if (named == Row.UNKNOWN || named == row) {
      return false;
    }
    return row != Row.IMPLICATIONS
        || AREA_WORDS.values().stream().noneMatch(w -> w.matcher(label).find());
  }

  /**
   * The areas an implications label or sub-heading names, in words such as "financial" or
   * "workforce".
   */
  private static final Map<ImplicationArea, Pattern> AREA_WORDS =
      Map.of(
          ImplicationArea.FINANCIAL, Pattern.compile("(?i)\\bfinanc"),
          ImplicationArea.LEGAL, Pattern.compile("(?i)\\blegal\\b"),
          ImplicationArea.HR,
              Pattern.compile("(?i)\\b(?:HR|human resources?|workforce|staffing|employment)\\b"),
          ImplicationArea.SOCIAL_VALUE, Pattern.compile("(?i)\\bsocial value\\b"),
          ImplicationArea.PARTNERSHIP, Pattern.compile("(?i)\\bpartnership\\b"));

  /**
   * Words that make an implications label the equalities part too: "Legal (including Equalities)".
   */
  private static final Pattern EQUALITIES_WORDS = Pattern.compile("(?i)\\bequalit(?:y|ies)\\b");

  /**
   * Starts an implication of the areas a label names ("Financial implications", "Legal"), so that
   * each area's statement is read on its own; a label naming none carries on the implication being
   * read. A label that names equalities too ("Legal (including Equalities)") makes what follows the
   * equalities statement as well. Returns whether the label named an area.
   */
  private boolean startImplication(String label) {
    java.util.EnumSet<ImplicationArea> areas = java.util.EnumSet.noneOf(ImplicationArea.class);
    AREA_WORDS.forEach(
        (area, words) -> {
          if (words.matcher(label).find()) {
            areas.add(area);
          }
        });
    if (areas.isEmpty()) {
      return false;
    }
    implicationHoldsEqualities = EQUALITIES_WORDS.matcher(label).find();
    draft.pendingImplicationAreas = areas;
    return true;
  }

  /**
   * A line of the recommendations: Word's number ("1.", "(a)", "2.1"), a typed one ("1.", "(a)",
   * "a)", "(ii)"), an item of a bulleted list after "That the Board:", or the preamble, or more of
   * the recommendation above. Letters and roman numerals count as numbers: (b) is 2.
   */
  private void recommendation(Para p, String text) {
    List<RecommendationDraft> recommendations = draft.recommendations;
    if (!p.number().isEmpty() && recommendations.isEmpty() && text.endsWith(":")) {
      // "2. That the Executive:" numbered by the list that numbers every paragraph of the report:
      // the preamble, not a recommendation
      draft.preamble.add(text);
      draft.places.putIfAbsent("recommendationsPreamble", Locations.of(p.path(), text));
      return;
    }
    if (!p.number().isEmpty()) {
      int number = RecommendationText.number(p.number(), previousNumber());
      if (number > 0) {
        recommendations.add(new RecommendationDraft(number, text, p.path(), p.number()));
        return;
      }
    } else if (p.level() >= 0 && !draft.preamble.isEmpty()) {
      // a bulleted list after "That the Board:": each bullet is the next recommendation
      recommendations.add(new RecommendationDraft(recommendations.size() + 1, text, p.path()));
      return;
    }
    Matcher typed = TYPED_RECOMMENDATION.matcher(text);
    int number = 0;
    String action = text;
    String written = "";
    if (typed.matches()) {
      for (int g = 1; g <= 4 && number == 0; g++) {
        String group = typed.group(g);
        if (group != null) {
          number = RecommendationText.number(group, previousNumber());
          written = group;
        }
      }
      action = typed.group(5);
    }
    if (number > 0) {
      recommendations.add(new RecommendationDraft(number, action, p.path(), written));
    } else if (recommendations.isEmpty()) {
      draft.preamble.add(text);
      draft.places.putIfAbsent("recommendationsPreamble", Locations.of(p.path(), text));
    } else {
      RecommendationDraft last = recommendations.get(recommendations.size() - 1);
      last.action = last.action + " " + text;
    }
  }

  /** The number of the recommendation read last, or 0. */
  private int previousNumber() {
    List<RecommendationDraft> recommendations = draft.recommendations;
    return recommendations.isEmpty() ? 0 : recommendations.get(recommendations.size() - 1).number;
  }
}
