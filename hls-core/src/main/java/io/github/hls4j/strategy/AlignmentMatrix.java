package io.github.hls4j.strategy;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableMultiset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Items against the priorities of one or more strategies: which item ticks which priority, and
 * with what rationale. It answers the questions a board asks of its portfolio: how many items
 * serve each priority ({@link #coverage}), which priorities nothing serves ({@link #gaps}), which
 * items serve nothing ({@link #unalignedItems}), and which tick everything ({@link
 * #itemsTickingEverything}), which says little about what they serve.
 *
 * <p>An item's ticks include those of its {@linkplain Alignable#alignedParts() parts}, such as a
 * report's recommendations. No link is dropped: an item's links to strategies outside the matrix,
 * and to priorities a strategy does not have (unknown or proposed), have no row, so the matrix
 * lists them apart as {@link #unmatched() unmatched links}, and its Markdown names them under the
 * table.
 *
 * <pre>{@code
 * AlignmentMatrix matrix =
 *     AlignmentMatrix.builder()
 *         .strategy(improvingLives)
 *         .item("Board report", report)
 *         .item("Working group", group)
 *         .build();
 * List<PriorityId> gaps = matrix.gaps();
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class AlignmentMatrix {

  private static final int TITLE_WIDTH = 48;

  private final ImmutableList<Strategy> strategies;
  private final ImmutableList<String> items;
  /**
   * Each item's ticks, at the item's position: the priorities it ticks, in the order it links them,
   * with their rationales ("" when the tick gives none).
   */
  private final ImmutableList<ImmutableMap<PriorityId, String>> rows;
  /** How many items tick each priority; each item counts once. */
  private final ImmutableMultiset<PriorityId> coverage;
  private final ImmutableList<Unmatched> unmatched;
  /** Each item's position by label, made on the first look-up by label, as few callers need it. */
  private final Supplier<ImmutableMap<String, Integer>> positions;

  /**
   * A link that has no row in the matrix: to a strategy the matrix does not hold, or to a priority
   * its strategy does not have.
   *
   * @param item the item's label
   * @param strategy the strategy the link names
   * @param priority the priority the link ticks
   * @param proposed whether the link proposes the priority ({@link AlignmentLink#proposed()})
   * @param strategyKnown whether the matrix holds the strategy
   * @since 0.1.0
   */
  public record Unmatched(String item, StrategyId strategy, PriorityId priority, boolean proposed, boolean strategyKnown) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     */
    public Unmatched {
      requireNonNull(item, "item");
      requireNonNull(strategy, "strategy");
      requireNonNull(priority, "priority");
    }
  }

  private AlignmentMatrix(Builder builder) {
    this.strategies = ImmutableList.copyOf(builder.strategies.values());
    this.items = ImmutableList.copyOf(builder.labels);
    ImmutableList.Builder<ImmutableMap<PriorityId, String>> rows = ImmutableList.builderWithExpectedSize(items.size());
    ImmutableMultiset.Builder<PriorityId> coverage = ImmutableMultiset.builder();
    ImmutableList.Builder<Unmatched> unmatched = ImmutableList.builder();
    // One row is filled at a time, then copied; most rows hold a tick or two.
    Map<PriorityId, String> row = new LinkedHashMap<>();
    for (int k = 0; k < items.size(); k++) {
      String label = items.get(k);
      Alignable item = builder.items.get(k);
      tick(label, item, builder.strategies, row, unmatched);
      for (Alignable part : item.alignedParts()) {
        tick(label, part, builder.strategies, row, unmatched);
      }
      coverage.addAll(row.keySet());
      rows.add(ImmutableMap.copyOf(row));
      row.clear();
    }
    this.rows = rows.build();
    this.coverage = coverage.build();
    this.unmatched = unmatched.build();
    this.positions = Suppliers.memoize(() -> positionsOf(items));
  }

  private static ImmutableMap<String, Integer> positionsOf(List<String> items) {
    ImmutableMap.Builder<String, Integer> positions = ImmutableMap.builderWithExpectedSize(items.size());
    for (int k = 0; k < items.size(); k++) {
      positions.put(items.get(k), k);
    }
    return positions.buildOrThrow();
  }

  /**
   * Adds to an item's row each priority an alignable links to that has its row, once, with the
   * first rationale given; lists the links that have none.
   */
  private static void tick(
      String label,
      Alignable alignable,
      Map<StrategyId, Strategy> strategies,
      Map<PriorityId, String> row,
      ImmutableList.Builder<Unmatched> unmatched) {
    for (StrategyAlignment alignment : alignable.strategyAlignments()) {
      Strategy strategy = strategies.get(alignment.strategy().id());
      for (AlignmentLink link : alignment.links()) {
        if (strategy == null || !strategy.has(link.priority())) {
          unmatched.add(new Unmatched(label, alignment.strategy().id(), link.priority(), link.proposed(), strategy != null));
        } else {
          row.putIfAbsent(link.priority(), link.rationale().orElse(""));
        }
      }
    }
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   * @since 0.1.0
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the strategies, in the order they were added.
   *
   * @return an unmodifiable list
   * @since 0.1.0
   */
  public List<Strategy> strategies() {
    return strategies;
  }

  /**
   * Returns the item labels, in the order they were added.
   *
   * @return an unmodifiable list
   * @since 0.1.0
   */
  public List<String> items() {
    return items;
  }

  /**
   * Returns every priority of the matrix's strategies, in strategy order.
   *
   * @return an unmodifiable list
   * @since 0.1.0
   */
  public List<PriorityId> priorities() {
    return strategies.stream()
        .flatMap(s -> s.priorities().stream())
        .map(Priority::id)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns whether an item ticks a priority.
   *
   * @param item the item's label
   * @param priority the priority
   * @return {@code true} if ticked
   * @since 0.1.0
   */
  public boolean isTicked(String item, PriorityId priority) {
    return row(item).containsKey(priority);
  }

  /**
   * Returns the rationale an item gives for ticking a priority.
   *
   * @param item the item's label
   * @param priority the priority
   * @return the rationale, or empty if the priority is not ticked or the tick gives none
   * @since 0.1.0
   */
  public Optional<String> rationale(String item, PriorityId priority) {
    return Optional.ofNullable(row(item).get(priority)).filter(r -> !r.isBlank());
  }

  /**
   * Returns how many items tick a priority; each item counts once.
   *
   * @param priority the priority
   * @return the number of items, 0 for a gap or a priority not in the matrix
   * @since 0.1.0
   */
  public int coverage(PriorityId priority) {
    return coverage.count(priority);
  }

  private ImmutableMap<PriorityId, String> row(String item) {
    Integer position = positions.get().get(item);
    return position == null ? ImmutableMap.of() : rows.get(position);
  }

  /**
   * Returns the priorities that no item ticks, in strategy order.
   *
   * @return an unmodifiable list
   * @since 0.1.0
   */
  public List<PriorityId> gaps() {
    return priorities().stream().filter(p -> coverage(p) == 0).collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the items that tick no priority of the matrix, in item order.
   *
   * @return an unmodifiable list of labels
   * @since 0.1.0
   */
  public List<String> unalignedItems() {
    ImmutableList.Builder<String> unaligned = ImmutableList.builder();
    for (int k = 0; k < items.size(); k++) {
      if (rows.get(k).isEmpty()) {
        unaligned.add(items.get(k));
      }
    }
    return unaligned.build();
  }

  /**
   * Returns the items that tick every priority of the matrix, in item order.
   *
   * @return an unmodifiable list of labels
   * @since 0.1.0
   */
  public List<String> itemsTickingEverything() {
    int all = priorities().size();
    ImmutableList.Builder<String> everything = ImmutableList.builder();
    for (int k = 0; k < items.size(); k++) {
      if (all > 0 && rows.get(k).size() == all) {
        everything.add(items.get(k));
      }
    }
    return everything.build();
  }

  /**
   * Returns the links that have no row in the matrix, in item order: links to strategies the
   * matrix does not hold and to priorities their strategy does not have, proposed or unknown.
   *
   * @return an unmodifiable list, empty when every link has its row
   * @since 0.1.0
   */
  public List<Unmatched> unmatched() {
    return unmatched;
  }

  /**
   * Returns the matrix as Markdown: a row per priority under its strategy, a column per item, a
   * tick (✓) where the item serves the priority and a numbered note where it says why, and the
   * coverage of each priority; then the gaps, the unaligned items, the items that tick
   * everything and, when there are any, the links with no row. Priority titles are cut at 48 characters so the table reads on a 100-column
   * screen when the item labels are short.
   *
   * @return the Markdown text, ending with a line break
   * @since 0.1.0
   */
  public String toMarkdown() {
    StringBuilder out = new StringBuilder();
    List<String> notes = new ArrayList<>();
    out.append("| Priority |");
    items.forEach(i -> out.append(' ').append(cell(i)).append(" |"));
    out.append(" Items |\n|---|");
    items.forEach(i -> out.append(":---:|"));
    out.append("---:|\n");
    for (Strategy strategy : strategies) {
      out.append("| **").append(cell(strategy.title())).append("** |");
      items.forEach(i -> out.append(" |"));
      out.append(" |\n");
      for (Priority priority : strategy.priorities()) {
        out.append("| ").append(cell(shortened(priority.title()))).append(" |");
        for (int k = 0; k < items.size(); k++) {
          out.append(' ');
          String why = rows.get(k).get(priority.id());
          if (why != null) {
            out.append('✓');
            if (!why.isBlank()) {
              notes.add(items.get(k) + ", " + priority.title() + ": " + why);
              out.append(" [").append(notes.size()).append(']');
            }
          }
          out.append(" |");
        }
        out.append(' ').append(coverage(priority.id())).append(" |\n");
      }
    }
    out.append('\n');
    for (int n = 0; n < notes.size(); n++) {
      out.append('[').append(n + 1).append("] ").append(cell(notes.get(n))).append('\n');
    }
    if (!notes.isEmpty()) {
      out.append('\n');
    }
    out.append("Gaps: ").append(list(gaps().stream().map(this::title).collect(Collectors.toList()))).append('\n');
    out.append("Aligned to nothing: ").append(list(unalignedItems())).append('\n');
    out.append("Ticking every priority: ").append(list(itemsTickingEverything())).append('\n');
    if (!unmatched.isEmpty()) {
      out.append("Links with no row: ")
          .append(list(unmatched.stream().map(AlignmentMatrix::describe).collect(Collectors.toList())))
          .append('\n');
    }
    return out.toString();
  }

  private String title(PriorityId id) {
    return strategies.stream()
        .flatMap(s -> s.priority(id).stream())
        .map(Priority::title)
        .findFirst()
        .orElse(id.value());
  }

  private static String list(List<String> values) {
    return values.isEmpty() ? "none" : values.stream().map(AlignmentMatrix::cell).collect(Collectors.joining("; "));
  }

  private static String shortened(String title) {
    return title.length() <= TITLE_WIDTH ? title : title.substring(0, TITLE_WIDTH - 1).stripTrailing() + "…";
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

  @Override
  public String toString() {
    return "AlignmentMatrix{strategies="
        + strategies.stream().map(Strategy::id).collect(Collectors.toList())
        + ", items="
        + items
        + ", gaps="
        + gaps()
        + "}";
  }

  /**
   * Builds an {@link AlignmentMatrix}. A builder is single-threaded.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private final Map<StrategyId, Strategy> strategies = new LinkedHashMap<>();
    private final Set<String> labelsUsed = new HashSet<>();
    private final List<String> labels = new ArrayList<>();
    private final List<Alignable> items = new ArrayList<>();

    private Builder() {}

    /**
     * Adds a strategy whose priorities become rows.
     *
     * @param strategy the strategy
     * @return this builder
     * @throws IllegalArgumentException if a strategy with the same id was added already
     * @since 0.1.0
     */
    public Builder strategy(Strategy strategy) {
      requireNonNull(strategy, "strategy");
      checkArgument(
          strategies.putIfAbsent(strategy.id(), strategy) == null,
          "AlignmentMatrix.strategies (%s) must have unique ids, but %s was added twice",
          strategy.id(),
          strategy.id());
      return this;
    }

    /**
     * Adds an item, such as a report, a recommendation or a working group, under a label.
     *
     * @param label the item's label, shown as its column heading
     * @param item the item
     * @return this builder
     * @throws IllegalArgumentException if the label is blank or was used already
     * @since 0.1.0
     */
    public Builder item(String label, Alignable item) {
      requireNonNull(label, "label");
      requireNonNull(item, "item");
      checkArgument(!label.isBlank(), "AlignmentMatrix.items label (%s) must not be blank", label);
      checkArgument(labelsUsed.add(label), "AlignmentMatrix.items label (%s) must be unique, but was used twice", label);
      labels.add(label);
      items.add(item);
      return this;
    }

    /**
     * Returns the matrix.
     *
     * @return a new matrix
     * @since 0.1.0
     */
    public AlignmentMatrix build() {
      return new AlignmentMatrix(this);
    }
  }
}
