package io.github.hls4j.docx;

import static io.github.hls4j.docx.ImportRules.quote;

import com.google.common.base.CharMatcher;
import io.github.hls4j.docx.WordBody.Cell;
import io.github.hls4j.docx.WordBody.Para;
import io.github.hls4j.docx.WordBody.Table;
import io.github.hls4j.governance.GovernanceRules;
import io.github.hls4j.governance.SignOff;
import io.github.hls4j.governance.SignOffRole;
import io.github.hls4j.governance.SignOffRoleKind;
import io.github.hls4j.validation.FindingPath;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads the sign-off table, found by its role, name and date column headers, whose leading cells
 * may be merged down, and the lines that record a sign-off outside a table, found by their labels.
 * Single-use and single-threaded.
 */
final class SignOffReader {

  private final ReportDraft draft;
  private final ReportTemplate.SignOffTable labels;

  SignOffReader(ReportDraft draft) {
    this.draft = draft;
    this.labels = draft.template.signOff();
  }

  /** The index of the row that heads the role, name and date columns, or -1. */
  int header(Table table) {
    for (int r = 0; r < table.rows().size(); r++) {
      List<Cell> cells = table.rows().get(r);
      if (column(cells, labels.roleColumn()) >= 0
          && column(cells, labels.nameColumn()) >= 0
          && column(cells, labels.dateColumn()) >= 0) {
        return r;
      }
    }
    return -1;
  }

  private static int column(List<Cell> cells, List<String> names) {
    for (int c = 0; c < cells.size(); c++) {
      if (Labels.matches(names, cells.get(c).text())) {
        return c;
      }
    }
    return -1;
  }

  /**
   * A sign-off table, whose {@code header} row heads the role, name and date columns (-1 when none
   * does).
   */
  void table(Table table, int header) {
    if (header < 0) {
      for (List<Cell> cells : table.rows()) {
        cells.forEach(
            c -> {
              if (!c.text().isEmpty()) {
                draft.unplaced(c.path(), c.text());
              }
            });
      }
      return;
    }
    List<Cell> headings = table.rows().get(header);
    int roleAt = column(headings, labels.roleColumn());
    int nameAt = column(headings, labels.nameColumn());
    int dateAt = column(headings, labels.dateColumn());
    for (List<Cell> cells : table.rows().subList(header + 1, table.rows().size())) {
      // A row whose leading cells are merged down has fewer cells: count from the right.
      int shift = headings.size() - cells.size();
      row(
          cells,
          cellAt(cells, roleAt - shift),
          cellAt(cells, nameAt - shift),
          cellAt(cells, dateAt - shift),
          cells.isEmpty() ? table.path() : cells.get(0).path());
    }
  }

  private void row(
      List<Cell> cells,
      @Nullable Cell role,
      @Nullable Cell name,
      @Nullable Cell date,
      String path) {
    String roleCell = role == null ? "" : role.text();
    int comma = roleCell.indexOf(", ");
    // one column, "Name and position of officer": "Fiona Connolly, Strategic Director"
    boolean both = role != null && role == name && comma > 0;
    String roleText = both ? roleCell.substring(comma + 2).strip() : roleCell;
    String nameText = both ? roleCell.substring(0, comma).strip() : name == null ? "" : name.text();
    String dateText = date == null ? "" : date.text();
    if (roleText.isEmpty() && nameText.isEmpty() && dateText.isEmpty()) {
      return;
    }
    if (role == null || roleText.isEmpty()) {
      draft.report(
          ImportRules.SIGNOFF_WITHOUT_ROLE,
          path,
          Map.of("quote", quote((nameText + " " + dateText).strip())));
      return;
    }
    SignOffRoleKind kind = kind(roleText);
    boolean ifApplicable = Labels.mentions(roleText, labels.ifApplicable());
    SignOff.Builder signOff =
        SignOff.builder()
            .role(
                ifApplicable
                    ? SignOffRole.ifApplicable(roleText, kind)
                    : SignOffRole.required(roleText, kind));
    if (!nameText.isEmpty()) {
      signOff.name(nameText);
    }
    if (date != null) {
      date(date, dateText, signOff);
    }
    draft
        .attempt(path, roleText, signOff::build)
        .ifPresent(
            built -> {
              draft.signOffs.add(built);
              int at = draft.signOffs.size() - 1;
              draft.place(FindingPath.of("signOffs", at), path, roleText);
              draft.place(FindingPath.of("signOffs", at, "role"), role.path(), roleText);
              if (name != null) {
                draft.place(FindingPath.of("signOffs", at, "name"), name.path(), nameText);
              }
              if (date != null) {
                draft.place(FindingPath.of("signOffs", at, "date"), date.path(), dateText);
                draft.place(FindingPath.of("signOffs", at, "dateText"), date.path(), dateText);
              }
            });
  }

  /**
   * A line that records a sign-off outside a table, by one of the template's sign-off {@code
   * lines}: "Name of finance officer consulted: Jane Moss Date consulted (dd/mm/yy): 03/03/26".
   * Returns whether the paragraph was such a line.
   */
  boolean line(Para p, String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    for (ReportTemplate.SignOffLine line : labels.lines()) {
      for (String label : line.labels()) {
        String wanted = Labels.normalise(label);
        if (!lower.startsWith(wanted)) {
          continue;
        }
        String rest = LABEL_END.matcher(text.substring(wanted.length())).replaceFirst("");
        String dateText = "";
        String restLower = rest.toLowerCase(Locale.ROOT);
        for (String dateLabel : line.dateLabels()) {
          int at = restLower.indexOf(Labels.normalise(dateLabel));
          if (at >= 0) {
            dateText =
                LABEL_END
                    .matcher(rest.substring(at + Labels.normalise(dateLabel).length()))
                    .replaceFirst("")
                    .strip();
            rest = rest.substring(0, at);
            break;
          }
        }
        lineSignOff(p, line, TRAILING.trimTrailingFrom(rest), dateText);
        return true;
      }
    }
    return false;
  }

  /** The end of a label: a bracketed note such as "(dd/mm/yy)", a colon, spaces. */
  private static final Pattern LABEL_END =
      Pattern.compile("^\\s*(?:\\([^)]*\\)\\s*)?[:\u2013\u2014-]?\\s*");

  private static final CharMatcher TRAILING = CharMatcher.whitespace().or(CharMatcher.anyOf(",;"));

  private void lineSignOff(
      Para p, ReportTemplate.SignOffLine line, String nameText, String dateText) {
    String roleText = line.role();
    SignOff.Builder signOff =
        SignOff.builder().role(SignOffRole.required(roleText, kind(roleText)));
    if (!nameText.isEmpty() && !isPrompt(nameText)) {
      signOff.name(nameText);
    }
    if (!dateText.isEmpty()) {
      LocalDate date = isPrompt(dateText) ? null : HeaderReader.date(dateText);
      if (date != null) {
        signOff.date(date);
      } else {
        if (!isPrompt(dateText)) {
          draft.report(ImportRules.UNREADABLE_DATE, p.path(), Map.of("quote", quote(dateText)));
        }
        signOff.dateText(dateText);
      }
    }
    draft
        .attempt(p.path(), roleText, signOff::build)
        .ifPresent(
            built -> {
              draft.signOffs.add(built);
              int at = draft.signOffs.size() - 1;
              for (String property : List.of("", "role", "name", "date", "dateText")) {
                draft.place(
                    property.isEmpty()
                        ? FindingPath.of("signOffs", at)
                        : FindingPath.of("signOffs", at, property),
                    p.path(),
                    p.text());
              }
            });
  }

  /** Template text in a line's field: a prompt in square brackets or braces, or Word's. */
  private boolean isPrompt(String text) {
    return text.startsWith("[")
        || text.startsWith("{")
        || draft.isPrompt(text)
        || GovernanceRules.DEFAULT_PLACEHOLDER_TEXTS.contains(text);
  }

  private static @Nullable Cell cellAt(List<Cell> cells, int at) {
    return at >= 0 && at < cells.size() ? cells.get(at) : null;
  }

  private void date(Cell cell, String text, SignOff.Builder signOff) {
    for (Para p : cell.paragraphs()) {
      LocalDate picked = p.date();
      if (picked != null) {
        signOff.date(picked);
        return;
      }
    }
    if (text.isEmpty()) {
      return;
    }
    boolean placeholder = cell.paragraphs().stream().anyMatch(Para::placeholder);
    LocalDate date = placeholder ? null : HeaderReader.date(text);
    if (date != null) {
      signOff.date(date);
      return;
    }
    if (!placeholder) {
      draft.report(ImportRules.UNREADABLE_DATE, cell.path(), Map.of("quote", quote(text)));
    }
    signOff.dateText(text);
  }

  private SignOffRoleKind kind(String role) {
    for (SignOffRoleKind kind : SignOffRoleKind.values()) {
      List<String> words = labels.roleKinds().get(kind);
      if (words != null && Labels.mentions(role, words)) {
        return kind;
      }
    }
    return SignOffRoleKind.OTHER;
  }
}
