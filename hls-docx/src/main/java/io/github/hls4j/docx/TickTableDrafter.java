package io.github.hls4j.docx;

import io.github.hls4j.docx.WordBody.Cell;
import io.github.hls4j.docx.WordBody.Table;
import io.github.hls4j.strategy.Priority;
import io.github.hls4j.strategy.PriorityId;
import io.github.hls4j.strategy.Strategy;
import io.github.hls4j.strategy.StrategyId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Drafts a template's tick tables from a council's blank: the strategies and priorities each table
 * lists, and which columns hold the tick and the rationale. Single-use and single-threaded.
 */
final class TickTableDrafter {

  private final Consumer<String> check;
  private final List<String> unplaced;
  private final List<ReportTemplate.TickTable> tickTables = new ArrayList<>();

  TickTableDrafter(Consumer<String> check, List<String> unplaced) {
    this.check = check;
    this.unplaced = unplaced;
  }

  private void check(String guess) {
    check.accept(guess);
  }

  /** Returns the tick tables drafted so far. */
  List<ReportTemplate.TickTable> tables() {
    return tickTables;
  }

  private static final List<String> TICK_HEADERS =
      List.of("tick", "supports", "yes", "\u2713", "x");
  private static final List<String> RATIONALE_HEADERS =
      List.of("how", "rationale", "comment", "contribut", "why", "explain");

  /**
   * A strategy's rows in a tick table: the name its sub-heading gives, if any, and its priorities.
   */
  private static final class Group {
    String name = "";
    final List<String> priorities = new ArrayList<>();
  }

  /** Drafts the tick table {@code table}, found under or beside {@code label}. */
  void table(Table table, String label) {
    List<Group> groups = new ArrayList<>();
    int tickColumn = 0;
    int rationaleColumn = 0;
    boolean first = true;
    for (List<Cell> cells : table.rows()) {
      String text =
          cells.stream()
              .map(Cell::text)
              .filter(t -> !t.isEmpty())
              .reduce((a, b) -> a + " " + b)
              .orElse("");
      boolean wasFirst = first;
      first = false;
      if (text.isEmpty()) {
        if (cells.stream().anyMatch(Cell::shaded)
            && !groups.isEmpty()
            && !groups.get(groups.size() - 1).priorities.isEmpty()) {
          groups.add(new Group()); // a separator: the next strategy
        }
        continue;
      }
      if (wasFirst
          && cells.size() > 1
          && cells.stream().skip(1).anyMatch(c -> !c.text().isEmpty())) {
        for (int c = 1; c < cells.size(); c++) { // a header row: which column is which
          if (tickColumn == 0 && Labels.mentions(cells.get(c).text(), TICK_HEADERS)) {
            tickColumn = c + 1;
          } else if (rationaleColumn == 0
              && Labels.mentions(cells.get(c).text(), RATIONALE_HEADERS)) {
            rationaleColumn = c + 1;
          }
        }
        continue;
      }
      if (cells.size() == 1) { // a sub-heading naming the strategy of the rows below it
        if (groups.isEmpty() || !groups.get(groups.size() - 1).priorities.isEmpty()) {
          groups.add(new Group());
        }
        groups.get(groups.size() - 1).name = text;
        continue;
      }
      String priority = Labels.clean(cells.get(0).text().replace('\n', ' '));
      if (priority.isEmpty()) {
        continue; // a row with no priority named: nothing to tick
      }
      if (groups.isEmpty()) {
        groups.add(new Group());
      }
      if (!groups.get(groups.size() - 1).priorities.contains(priority)) {
        groups.get(groups.size() - 1).priorities.add(priority);
      }
    }
    groups.removeIf(g -> g.priorities.isEmpty());
    List<String> guessedNames = strategyNames(label, groups.size());
    List<Strategy> strategies = new ArrayList<>();
    for (int i = 0; i < groups.size(); i++) {
      Group g = groups.get(i);
      strategies.add(strategy(g.name.isEmpty() ? guessedNames.get(i) : g.name, g.priorities));
    }
    if (strategies.isEmpty()) {
      unplaced.add(
          table.path()
              + ": a tick table under \""
              + ImportRules.quote(label)
              + "\" lists no priorities");
      return;
    }
    tickTables.add(
        new ReportTemplate.TickTable(List.of(label), strategies, tickColumn, rationaleColumn));
    check(
        "tickTables: \""
            + label
            + "\" lists "
            + strategies.size()
            + " strateg"
            + (strategies.size() == 1 ? "y" : "ies")
            + " ("
            + String.join("; ", strategies.stream().map(Strategy::title).toList())
            + "); check their titles and ids"
            + (tickColumn == 0
                ? "; the tick is taken to be in the last column"
                : "; the tick is in column " + tickColumn)
            + (rationaleColumn == 0 ? "" : ", a rationale in column " + rationaleColumn));
  }

  /** Strategy names from a label such as "Links to the A Strategy and the B Strategy". */
  private static List<String> strategyNames(String label, int count) {
    String rest =
        label
            .replaceFirst("(?i)^links? to\\s+(the\\s+)?", "")
            .replaceFirst("(?i)\\s+priorities$", "");
    List<String> names = new ArrayList<>();
    for (String part : rest.split("(?i)\\s+and\\s+the\\s+")) {
      String name = Labels.clean(part.replaceFirst("(?i)^the\\s+", ""));
      if (!name.isEmpty()) {
        names.add(name);
      }
    }
    while (names.size() < count) {
      names.add("Strategy " + (names.size() + 1));
    }
    return names;
  }

  private static Strategy strategy(String name, List<String> titles) {
    String id = ReportMapper.slug(name, "strategy");
    List<Priority> priorities = new ArrayList<>();
    Set<String> ids = new LinkedHashSet<>();
    for (String title : titles) {
      String priorityId = ReportMapper.slug(title, "priority");
      while (!ids.add(priorityId)) {
        priorityId = priorityId + "-" + (ids.size() + 1); // two titles that slug alike
      }
      priorities.add(Priority.builder().id(PriorityId.of(priorityId)).title(title).build());
    }
    return Strategy.builder().id(StrategyId.of(id)).title(name).priorities(priorities).build();
  }
}
