package io.github.hls4j.docx;

import static io.github.hls4j.docx.ImportRules.quote;

import io.github.hls4j.docx.ReportDraft.AlignmentDraft;
import io.github.hls4j.docx.WordBody.Cell;
import io.github.hls4j.docx.WordBody.Para;
import io.github.hls4j.docx.WordBody.Table;
import io.github.hls4j.strategy.AlignmentLink;
import io.github.hls4j.strategy.Priority;
import io.github.hls4j.strategy.Strategy;
import io.github.hls4j.validation.Location;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Reads the strategy rows and tick tables of a report: which priorities are ticked, with their
 * rationales, and the statements written beside them. Single-use and single-threaded.
 */
final class TickReader {

  private static final List<String> TICKED = List.of("x", "✓", "✔", "☒", "☑", "yes", "ticked");
  private static final List<String> UNTICKED = List.of("", "☐", "no");

  /**
   * The tick table being read: its strategies in order, its tick and rationale columns (0 for the
   * default), and whether a template's tick table declared it.
   */
  private record TickSpec(
      List<Strategy> strategies, int tickColumn, int rationaleColumn, boolean declared) {}

  private record Match(Strategy strategy, Priority priority) {}

  private final ReportDraft draft;
  private final ReportTemplate template;
  private @Nullable Strategy rowStrategy;
  private @Nullable TickSpec rowTick;
  private int tickAt;

  /** Where the row or heading of the table being read is, and its label. */
  private Location rowPlace = Locations.of(Locations.BODY, "");

  TickReader(ReportDraft draft) {
    this.draft = draft;
    this.template = draft.template;
  }

  /** Starts a row or heading, at {@code place}, that is no strategy row or tick table. */
  void clear(Location place) {
    rowStrategy = null;
    rowTick = null;
    tickAt = 0;
    rowPlace = place;
  }

  /** Starts a strategy row of the template. */
  void start(ReportTemplate.StrategyRow row) {
    rowStrategy = row.strategy();
    rowTick = new TickSpec(List.of(row.strategy()), 0, 0, false);
  }

  /** Starts a tick table of the template. */
  void start(ReportTemplate.TickTable table) {
    rowStrategy = table.strategies().get(0);
    rowTick = new TickSpec(table.strategies(), table.tickColumn(), table.rationaleColumn(), true);
  }

  /**
   * A paragraph of a strategy row or tick table: a sub-heading naming a strategy, or more of the
   * statement.
   */
  void paragraph(Para p, String text) {
    if (namesTickStrategy(text)) {
      return;
    }
    Strategy strategy =
        rowStrategy == null ? template.strategyRows().get(0).strategy() : rowStrategy;
    AlignmentDraft alignment = alignment(strategy);
    alignment.statement.add(text);
    if (alignment.statementPlace == null) {
      alignment.statementPlace = Locations.of(p.path(), text);
    }
  }

  private AlignmentDraft alignment(Strategy strategy) {
    return draft.alignments.computeIfAbsent(
        strategy.id(), id -> new AlignmentDraft(strategy, rowPlace));
  }

  /**
   * Whether a paragraph above a tick table is a sub-heading naming one of the tick table's
   * strategies ("Integrated Care Strategy" before its own table); if so, the rows below are its.
   */
  private boolean namesTickStrategy(String text) {
    TickSpec tick = rowTick;
    if (tick == null
        || !tick.declared()
        || tick.strategies().size() < 2
        || priority(text).isPresent()) {
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
   * The rows of a tick table. In a template's tick table, a first row that names no priority is its
   * header, a shaded empty row moves on to the next strategy, and a row that names one of the
   * table's strategies moves to it.
   */
  void rows(Table table) {
    TickSpec tick = rowTick;
    boolean first = true;
    for (List<Cell> cells : table.rows()) {
      String path = cells.isEmpty() ? table.path() : cells.get(0).path();
      if (tick != null && tick.declared()) {
        boolean wasFirst = first;
        first = false;
        String text = ReportMapper.text(cells);
        if (text.isEmpty()) {
          if (cells.stream().anyMatch(Cell::shaded) && tickAt + 1 < tick.strategies().size()) {
            rowStrategy = tick.strategies().get(++tickAt);
          }
          continue;
        }
        String named = cells.get(0).text();
        if (priority(named).isEmpty()) {
          Optional<Strategy> strategy =
              tick.strategies().stream()
                  .filter(s -> Labels.mentions(text, List.of(s.title())))
                  .findFirst();
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

  /** Whether a label names a priority of the template's strategies, the row's own first. */
  boolean namesPriority(String label) {
    return priority(label).isPresent();
  }

  /** A row of a priority table: the priority's text, and its tick in the last cell. */
  void priorityRow(List<Cell> cells, String path) {
    String text = cells.isEmpty() ? "" : cells.get(0).text();
    if (text.isEmpty()) {
      return;
    }
    Optional<Match> match = priority(text);
    if (match.isEmpty()) {
      if (cells.size() > 1) {
        draft.report(ImportRules.UNKNOWN_PRIORITY, path, Map.of("quote", quote(text)));
      }
      return;
    }
    if (cells.size() < 2) {
      draft.report(ImportRules.UNREADABLE_TICK, path, Map.of("quote", ""));
      return;
    }
    TickSpec spec = rowTick;
    int tickColumn = spec == null ? 0 : spec.tickColumn();
    Cell tick =
        tickColumn > 0 && tickColumn <= cells.size()
            ? cells.get(tickColumn - 1)
            : cells.get(cells.size() - 1);
    if (ticked(tick)) {
      AlignmentDraft alignment = alignment(match.get().strategy());
      int rationaleColumn = spec == null ? 0 : spec.rationaleColumn();
      String rationale =
          rationaleColumn > 0 && rationaleColumn <= cells.size()
              ? cells.get(rationaleColumn - 1).text()
              : "";
      AlignmentLink.Builder link = AlignmentLink.builder().priority(match.get().priority().id());
      if (!rationale.isEmpty()) {
        link.rationale(rationale.replace('\n', ' '));
      }
      // a priority listed twice is ticked once
      if (alignment.links.stream()
          .noneMatch(l -> l.priority().equals(match.get().priority().id()))) {
        draft
            .attempt(path, rationale, link::build)
            .ifPresent(
                built -> {
                  alignment.links.add(built);
                  alignment.linkPlaces.add(Locations.of(path, text));
                });
      }
    }
  }

  /**
   * The priority whose title the text starts with, the row's own strategy first, the longest title
   * winning.
   */
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
      Boolean checked = p.checked();
      if (checked != null) {
        return checked;
      }
    }
    String text = Labels.normalise(cell.text());
    if (TICKED.contains(text)) {
      return true;
    }
    if (!UNTICKED.contains(text)) {
      draft.report(ImportRules.UNREADABLE_TICK, cell.path(), Map.of("quote", quote(cell.text())));
    }
    return false;
  }
}
