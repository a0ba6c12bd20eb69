package io.github.hls4j.render;

import static java.util.Objects.requireNonNull;

import io.github.hls4j.strategy.AlignmentMatrix;
import io.github.hls4j.strategy.AlignmentMatrix.Unmatched;
import io.github.hls4j.strategy.Priority;
import io.github.hls4j.strategy.PriorityId;
import io.github.hls4j.strategy.Strategy;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** An {@link AlignmentMatrix} as a Markdown table and its notes, for {@link MarkdownRenderer}. */
final class AlignmentMarkdown {

  /** Priority titles are cut here, so that the table reads on a 100-column screen. */
  private static final int TITLE_WIDTH = 48;

  private AlignmentMarkdown() {}

  static String render(AlignmentMatrix matrix) {
    requireNonNull(matrix, "matrix");
    List<String> items = matrix.items();
    StringBuilder out = new StringBuilder();
    List<String> notes = new ArrayList<>();
    out.append("| Priority |");
    items.forEach(i -> out.append(' ').append(cell(i)).append(" |"));
    out.append(" Items |\n|---|");
    items.forEach(i -> out.append(":---:|"));
    out.append("---:|\n");
    for (Strategy strategy : matrix.strategies()) {
      out.append("| **").append(cell(strategy.title())).append("** |");
      items.forEach(i -> out.append(" |"));
      out.append(" |\n");
      for (Priority priority : strategy.priorities()) {
        out.append("| ").append(cell(shortened(priority.title()))).append(" |");
        for (String item : items) {
          out.append(' ');
          if (matrix.isTicked(item, priority.id())) {
            out.append('✓');
            Optional<String> why = matrix.rationale(item, priority.id());
            if (why.isPresent()) {
              notes.add(item + ", " + priority.title() + ": " + why.get());
              out.append(" [").append(notes.size()).append(']');
            }
          }
          out.append(" |");
        }
        out.append(' ').append(matrix.coverage(priority.id())).append(" |\n");
      }
    }
    out.append('\n');
    for (int n = 0; n < notes.size(); n++) {
      out.append('[').append(n + 1).append("] ").append(cell(notes.get(n))).append('\n');
    }
    if (!notes.isEmpty()) {
      out.append('\n');
    }
    out.append("Gaps: ")
        .append(
            list(matrix.gaps().stream().map(id -> title(matrix, id)).collect(Collectors.toList())))
        .append('\n');
    out.append("Aligned to nothing: ").append(list(matrix.unalignedItems())).append('\n');
    out.append("Ticking every priority: ")
        .append(list(matrix.itemsTickingEverything()))
        .append('\n');
    if (!matrix.unmatched().isEmpty()) {
      out.append("Links with no row: ")
          .append(
              list(
                  matrix.unmatched().stream()
                      .map(AlignmentMarkdown::describe)
                      .collect(Collectors.toList())))
          .append('\n');
    }
    return out.toString();
  }

  private static String title(AlignmentMatrix matrix, PriorityId id) {
    return matrix.strategies().stream()
        .flatMap(s -> s.priority(id).stream())
        .map(Priority::title)
        .findFirst()
        .orElse(id.value());
  }

  private static String list(List<String> values) {
    return values.isEmpty()
        ? "none"
        : values.stream().map(AlignmentMarkdown::cell).collect(Collectors.joining("; "));
  }

  private static String shortened(String title) {
    return title.length() <= TITLE_WIDTH
        ? title
        : title.substring(0, TITLE_WIDTH - 1).stripTrailing() + "…";
  }

  private static String describe(Unmatched link) {
    String why =
        !link.strategyKnown()
            ? "strategy " + link.strategy() + " is not in the matrix"
            : link.proposed()
                ? "proposed for strategy " + link.strategy()
                : "not a priority of strategy " + link.strategy();
    return link.item() + " → " + link.priority() + " (" + why + ")";
  }

  private static String cell(String text) {
    return text.replace("|", "\\|").replace('\n', ' ');
  }
}
