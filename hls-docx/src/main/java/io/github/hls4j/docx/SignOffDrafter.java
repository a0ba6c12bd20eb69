package io.github.hls4j.docx;

import io.github.hls4j.docx.WordBody.Cell;
import io.github.hls4j.docx.WordBody.Table;
import io.github.hls4j.governance.SignOffRoleKind;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Drafts a template's sign-off from a council's blank: its table, found by its column headers or
 * under a sign-off heading, or, where the blank has none, the lines that record sign-off instead
 * and that the layout has no table. Single-use and single-threaded.
 */
final class SignOffDrafter {

  private final Consumer<String> check;
  private ReportTemplate.@Nullable SignOffTable signOff;
  private final Map<SignOffRoleKind, Set<String>> roleKinds = new EnumMap<>(SignOffRoleKind.class);

  SignOffDrafter(Consumer<String> check) {
    this.check = check;
  }

  private void check(String guess) {
    check.accept(guess);
  }

  // Sign-off lines: "Name of finance officer consulted: [name]  Date consulted (dd/mm/yy): [date]"

  /** A line that records who signed off, and when, outside a table. */
  private static final Pattern SIGN_OFF_LINE =
      Pattern.compile(
          "(?i)^(name of (?:the )?(.{2,60}?))\\s*:.*?\\b(date (?:consulted|cleared|signed|approved|agreed|received)|date)\\s*(?:\\([^)]*\\))?\\s*:.*$");

  private static final Pattern LINE_ROLE_END =
      Pattern.compile("(?i)\\s+(?:consulted|clearing|cleared|approving|approved|signing|signed)$");

  private final List<ReportTemplate.SignOffLine> signOffLines = new ArrayList<>();

  /** A line that records a sign-off outside a table: returns whether {@code text} was one. */
  boolean line(String text) {
    Matcher line = SIGN_OFF_LINE.matcher(text);
    if (!line.matches()) {
      return false;
    }
    String label = Labels.clean(line.group(1));
    String words = LINE_ROLE_END.matcher(line.group(2)).replaceFirst("");
    String role = Character.toUpperCase(words.charAt(0)) + words.substring(1);
    String dateLabel = Labels.clean(line.group(3));
    if (signOffLines.stream().noneMatch(l -> Labels.matches(l.labels(), label))) {
      signOffLines.add(new ReportTemplate.SignOffLine(role, List.of(label), List.of(dateLabel)));
      SignOffRoleKind kind = roleKind(role);
      if (kind != SignOffRoleKind.OTHER) {
        roleKinds.computeIfAbsent(kind, k -> new LinkedHashSet<>()).add(role);
      }
      check(
          "signOff.lines: \""
              + label
              + "\" … \""
              + dateLabel
              + "\" records the sign-off of \""
              + role
              + "\"");
    }
    return true;
  }

  // The sign-off table

  private static final List<String> ROLE_HEADERS =
      List.of("role", "seen by", "cleared by", "signed by", "position");
  private static final List<String> NAME_HEADERS = List.of("name", "officer");
  private static final List<String> DATE_HEADERS = List.of("date");

  /**
   * Whether {@code table} is a sign-off table: by its headers, or, under a sign-off heading, by its
   * name and date columns.
   */
  boolean isTable(Table table, boolean underSignOffHeading) {
    return signOffHeader(table) >= 0 || underSignOffHeading && clearanceHeader(table) >= 0;
  }

  private static int signOffHeader(Table table) {
    for (int r = 0; r < Math.min(2, table.rows().size()); r++) {
      List<Cell> cells = table.rows().get(r);
      if (column(cells, ROLE_HEADERS) >= 0
          && column(cells, NAME_HEADERS) >= 0
          && column(cells, DATE_HEADERS) >= 0) {
        return r;
      }
    }
    return -1;
  }

  /**
   * Under a sign-off heading ("Statutory officer clearance"), a table whose first row heads a name
   * and a date column: its first column names the role, whatever its header ("Statutory officer"),
   * so long as it has one (a column without a header cannot be found again in a report).
   */
  private static int clearanceHeader(Table table) {
    if (table.rows().isEmpty()) {
      return -1;
    }
    List<Cell> cells = table.rows().get(0);
    int name = column(cells, List.of("name"));
    int date = column(cells, DATE_HEADERS);
    boolean roleHeaded = !cells.isEmpty() && !cells.get(0).text().isBlank();
    return cells.size() >= 3 && roleHeaded && name > 0 && date > 0 ? 0 : -1;
  }

  private static int column(List<Cell> cells, List<String> words) {
    for (int c = 0; c < cells.size(); c++) {
      if (Labels.mentions(cells.get(c).text(), words)) {
        return c;
      }
    }
    return -1;
  }

  /**
   * Drafts the sign-off table, under {@code signOffHeading} (a heading hls4j knows as the
   * sign-off's) or {@code otherHeading} (a heading of no part hls4j knows, just above it).
   */
  void table(Table table, @Nullable String signOffHeading, @Nullable String otherHeading) {
    int header = signOffHeader(table);
    boolean clearance = header < 0;
    header = clearance ? clearanceHeader(table) : header;
    List<Cell> heads = table.rows().get(header);
    String role = heads.get(clearance ? 0 : column(heads, ROLE_HEADERS)).text();
    if (clearance) {
      check(
          "signOff.roleColumn: \""
              + role
              + "\", the first column of the table under the sign-off heading");
    }
    String date = dateColumn(heads);
    String name = "";
    for (int c = 0; c < heads.size(); c++) {
      String h = heads.get(c).text();
      if (!h.equals(role) && !h.equals(date) && Labels.mentions(h, NAME_HEADERS)) {
        name = h;
        break;
      }
    }
    if (name.isEmpty() && Labels.mentions(role, List.of("name"))) {
      name =
          role; // one column, "Name and position of officer": "Fiona Connolly, Strategic Director"
      check("signOff.nameColumn: \"" + role + "\" holds the name and the role, as \"name, role\"");
    } else if (name.isEmpty()) {
      name = "Name";
      check(
          "signOff.nameColumn: no column of the sign-off table is headed with a name; \"Name\" is assumed");
    }
    List<String> headings = new ArrayList<>();
    if (signOffHeading != null) {
      headings.add(signOffHeading);
    } else if (otherHeading != null) {
      headings.add(otherHeading);
      check("signOff.headings: \"" + otherHeading + "\", the heading above the sign-off table");
    } else {
      headings.add("Report sign-off");
      check(
          "signOff.headings: the sign-off table has no heading hls4j recognised; \"Report sign-off\" is assumed");
    }
    for (List<Cell> cells : table.rows().subList(header + 1, table.rows().size())) {
      String title = cells.isEmpty() ? "" : cells.get(0).text();
      if (title.isEmpty()) {
        continue;
      }
      SignOffRoleKind kind = roleKind(title);
      String words = Labels.clean(title.replace("(if applicable)", ""));
      if (words.startsWith("[") && words.endsWith("]")) {
        // "[Name, Director of Finance]": the prompt of a row whose role is written after the name
        words = words.substring(1, words.length() - 1).replaceFirst("(?i)^name\\s*,\\s*", "");
      }
      if (kind != SignOffRoleKind.OTHER && !words.isEmpty()) {
        roleKinds.computeIfAbsent(kind, k -> new LinkedHashSet<>()).add(words);
        check("signOff.roleKinds." + kind + ": \"" + title + "\"");
      } else {
        check("signOff.roleKinds: \"" + title + "\" is a role of no kind hls4j knows; it is OTHER");
      }
    }
    signOff =
        new ReportTemplate.SignOffTable(
            headings,
            List.of(role),
            List.of(name),
            List.of(date),
            Map.copyOf(toLists(roleKinds)),
            List.of("(if applicable)"));
    check("signOff: columns \"" + role + "\", \"" + name + "\", \"" + date + "\"");
  }

  /** Words of the date column that records the sign-off, not the day the report was sent for it. */
  private static final List<String> SIGNED_DATE_HEADERS =
      List.of("received", "signed", "approved", "cleared", "agreed", "returned");

  private static final List<String> SENT_DATE_HEADERS = List.of("sent", "requested", "circulated");

  /**
   * The date column's header: one of a sign-off ("Date comment received") before the day it was
   * asked for ("Date sent").
   */
  private static String dateColumn(List<Cell> heads) {
    String first = "";
    String notSent = "";
    for (Cell cell : heads) {
      String h = cell.text();
      if (!Labels.mentions(h, DATE_HEADERS)) {
        continue;
      }
      if (Labels.mentions(h, SIGNED_DATE_HEADERS)) {
        return h;
      }
      first = first.isEmpty() ? h : first;
      notSent = notSent.isEmpty() && !Labels.mentions(h, SENT_DATE_HEADERS) ? h : notSent;
    }
    return notSent.isEmpty() ? first : notSent;
  }

  static SignOffRoleKind roleKind(String title) {
    String t = Labels.normalise(title);
    if (t.contains("section 151") || t.contains("finance") || t.contains("financial")) {
      return SignOffRoleKind.FINANCE_OFFICER;
    }
    if (t.contains("monitoring officer") || t.contains("legal")) {
      return SignOffRoleKind.MONITORING_OFFICER;
    }
    if (t.contains("cabinet member")
        || t.contains("executive member")
        || t.contains("portfolio holder")) {
      return SignOffRoleKind.EXECUTIVE_MEMBER;
    }
    if (t.contains("chair")) {
      return SignOffRoleKind.CHAIR;
    }
    if (t.contains("director") || t.contains("head of service") || t.contains("lead officer")) {
      return SignOffRoleKind.LEAD_OFFICER;
    }
    return SignOffRoleKind.OTHER;
  }

  /**
   * The drafted sign-off: the table found, or a layout with no table and the sign-off lines found.
   */
  ReportTemplate.SignOffTable template() {
    ReportTemplate.SignOffTable table = signOff;
    if (table != null) {
      return table;
    }
    check(
        "signOff.table: the blank has no sign-off table hls4j recognised (columns for the role, the name and the date),"
            + " so the template says the layout has none (false); set it to true if it has one"
            + (signOffLines.isEmpty()
                ? ", or list in signOff.lines the lines where sign-off is recorded, if any"
                : ""));
    Map<SignOffRoleKind, List<String>> kinds = new EnumMap<>(SignOffRoleKind.class);
    kinds.put(SignOffRoleKind.LEAD_OFFICER, List.of("Director"));
    kinds.putAll(toLists(roleKinds));
    return new ReportTemplate.SignOffTable(
        List.of("Report sign-off"),
        List.of("Role"),
        List.of("Name"),
        List.of("Date"),
        Map.copyOf(kinds),
        List.of("(if applicable)"),
        Boolean.FALSE,
        signOffLines);
  }

  private static Map<SignOffRoleKind, List<String>> toLists(Map<SignOffRoleKind, Set<String>> map) {
    Map<SignOffRoleKind, List<String>> lists = new EnumMap<>(SignOffRoleKind.class);
    map.forEach((k, v) -> lists.put(k, List.copyOf(v)));
    return lists;
  }
}
