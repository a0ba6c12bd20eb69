package io.github.hls4j.strategy;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import com.google.common.primitives.ImmutableIntArray;
import io.github.hls4j.internal.Checks;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Items against the priorities of one or more strategies: which item ticks which priority, and with
 * what rationale. It answers the questions a board asks of its portfolio: how many items serve each
 * priority ({@link #coverage}), which priorities nothing serves ({@link #gaps}), which items serve
 * nothing ({@link #unalignedItems}), and which tick everything ({@link #itemsTickingEverything}),
 * which says little about what they serve.
 *
 * <p>An item's ticks include those of its {@linkplain Alignable#alignedParts() parts}, such as a
 * report's recommendations. No link is dropped: an item's links to strategies outside the matrix,
 * and to priorities a strategy does not have (unknown or proposed), have no row, so the matrix
 * lists them apart as {@link #unmatched() unmatched links}, and its Markdown (written by {@code
 * io.github.hls4j.render.MarkdownRenderer}) names them under the table.
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

  private final ImmutableList<Strategy> strategies;
  private final ImmutableList<String> items;

  /** Every priority of the strategies, in strategy order; a priority id may come twice. */
  private final ImmutableList<PriorityId> priorities;

  /** Each priority id's column: its position among the distinct ids, in strategy order. */
  private final ImmutableMap<PriorityId, Integer> columns;

  /**
   * The ticks of item {@code k} are {@code ticks[rowStart[k]]} up to {@code ticks[rowStart[k +
   * 1]]}: the columns it ticks, each once, in ascending order, with the first rationale it gives
   * for each at the same place in {@code rationales} ("" when the tick gives none).
   */
  private final int[] rowStart;

  private final int[] ticks;
  private final String[] rationales;

  /** How many items tick each column; each item counts once. */
  private final int[] coverage;

  private final ImmutableList<Unmatched> unmatched;

  /** Each item's position by label. */
  private final Map<String, Integer> positions;

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
  public record Unmatched(
      String item,
      StrategyId strategy,
      PriorityId priority,
      boolean proposed,
      boolean strategyKnown) {

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
    Ticks ticks = builder.ticks();
    this.strategies = ImmutableList.copyOf(builder.strategies.values());
    this.items = ImmutableList.copyOf(builder.labels);
    this.priorities = ticks.priorities;
    this.columns = ticks.columns;
    this.rowStart = ticks.rowStart.build().toArray();
    this.ticks = ticks.ticks.build().toArray();
    this.rationales = ticks.rationales.build().toArray(new String[0]);
    this.coverage = ticks.coverage.clone();
    this.unmatched = ticks.unmatched.build();
    this.positions = positionsOf(items);
  }

  /**
   * The ticks of items against a set of strategies, gathered as the items are added, so that each
   * item is read once.
   */
  private static final class Ticks {
    private final Map<StrategyId, Strategy> strategies;
    private final ImmutableList<PriorityId> priorities;
    private final ImmutableMap<PriorityId, Integer> columns;
    private final ImmutableIntArray.Builder rowStart = ImmutableIntArray.builder().add(0);
    private final ImmutableIntArray.Builder ticks = ImmutableIntArray.builder();
    private final ImmutableList.Builder<String> rationales = ImmutableList.builder();
    private final int[] coverage;
    private final ImmutableList.Builder<Unmatched> unmatched = ImmutableList.builder();

    /** How many items were added. */
    private int count;

    /** How many ticks were added. */
    private int tickCount;

    /** The number of the item that last ticked each column, so that an item ticks a column once. */
    private final int[] tickedBy;

    /** The row of the item being added: its columns and their rationales, {@code size} of each. */
    private int[] rowColumns = new int[4];

    private String[] rowRationales = new String[4];
    private int size;

    Ticks(Map<StrategyId, Strategy> strategies) {
      this.strategies = ImmutableMap.copyOf(strategies);
      this.priorities =
          strategies.values().stream()
              .flatMap(s -> s.priorities().stream())
              .map(Priority::id)
              .collect(ImmutableList.toImmutableList());
      Map<PriorityId, Integer> columns = new LinkedHashMap<>();
      priorities.forEach(p -> columns.putIfAbsent(p, columns.size()));
      this.columns = ImmutableMap.copyOf(columns);
      this.coverage = new int[columns.size()];
      this.tickedBy = new int[columns.size()];
      Arrays.fill(tickedBy, -1);
    }

    /**
     * Adds an item's row: each priority it or its parts tick, once; lists the links with no row.
     */
    void add(String label, Alignable item) {
      size = 0;
      tick(label, item);
      for (Alignable part : item.alignedParts()) {
        tick(label, part);
      }
      if (size > 1) {
        sortRow();
      }
      for (int t = 0; t < size; t++) {
        ticks.add(rowColumns[t]);
        rationales.add(rowRationales[t]);
        coverage[rowColumns[t]]++;
      }
      count++;
      tickCount += size;
      rowStart.add(tickCount);
    }

    private void tick(String label, Alignable alignable) {
      for (StrategyAlignment alignment : alignable.strategyAlignments()) {
        Strategy strategy = strategies.get(alignment.strategy().id());
        for (AlignmentLink link : alignment.links()) {
          if (strategy == null || !strategy.has(link.priority())) {
            unmatched.add(
                new Unmatched(
                    label,
                    alignment.strategy().id(),
                    link.priority(),
                    link.proposed(),
                    strategy != null));
          } else {
            tick(requireNonNull(columns.get(link.priority())), link.rationale().orElse(""));
          }
        }
      }
    }

    private void tick(int column, String rationale) {
      if (tickedBy[column] == count) {
        return;
      }
      tickedBy[column] = count;
      if (size == rowColumns.length) {
        rowColumns = Arrays.copyOf(rowColumns, size * 2);
        rowRationales = Arrays.copyOf(rowRationales, size * 2);
      }
      rowColumns[size] = column;
      rowRationales[size] = rationale;
      size++;
    }

    /** Puts the row in ascending order of column, keeping each rationale with its column. */
    private void sortRow() {
      // Each tick as its column above its place in the row, so that sorting orders by column.
      long[] order = new long[size];
      for (int t = 0; t < size; t++) {
        order[t] = (long) rowColumns[t] << 32 | t;
      }
      Arrays.sort(order);
      int[] sortedColumns = new int[rowColumns.length];
      String[] sortedRationales = new String[rowRationales.length];
      for (int t = 0; t < size; t++) {
        int from = (int) order[t];
        sortedColumns[t] = rowColumns[from];
        sortedRationales[t] = rowRationales[from];
      }
      rowColumns = sortedColumns;
      rowRationales = sortedRationales;
    }
  }

  /** Returns each item's position by label, checking that no label is used twice. */
  private static Map<String, Integer> positionsOf(List<String> items) {
    Map<String, Integer> positions = Maps.newHashMapWithExpectedSize(items.size());
    for (int k = 0; k < items.size(); k++) {
      String label = items.get(k);
      checkArgument(
          positions.put(label, k) == null,
          "AlignmentMatrix.items label (%s) must be unique, but was used twice",
          label);
    }
    return positions;
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
    return priorities;
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
    return tick(item, priority) >= 0;
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
    int tick = tick(item, priority);
    return tick < 0 || rationales[tick].isBlank()
        ? Optional.empty()
        : Optional.of(rationales[tick]);
  }

  /**
   * Returns how many items tick a priority; each item counts once.
   *
   * @param priority the priority
   * @return the number of items, 0 for a gap or a priority not in the matrix
   * @since 0.1.0
   */
  public int coverage(PriorityId priority) {
    Integer column = columns.get(priority);
    return column == null ? 0 : coverage[column];
  }

  /** Returns where an item's tick of a priority is kept, or a negative number if there is none. */
  private int tick(String item, PriorityId priority) {
    Integer position = positions.get(item);
    Integer column = columns.get(priority);
    return position == null || column == null ? -1 : tick(position, column);
  }

  /** Returns where item {@code k}'s tick of a column is kept, or a negative number. */
  private int tick(int k, int column) {
    return Arrays.binarySearch(ticks, rowStart[k], rowStart[k + 1], column);
  }

  /**
   * Returns the priorities that no item ticks, in strategy order.
   *
   * @return an unmodifiable list
   * @since 0.1.0
   */
  public List<PriorityId> gaps() {
    return priorities.stream()
        .filter(p -> coverage(p) == 0)
        .collect(ImmutableList.toImmutableList());
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
      if (rowStart[k + 1] == rowStart[k]) {
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
    int all = priorities.size();
    ImmutableList.Builder<String> everything = ImmutableList.builder();
    for (int k = 0; k < items.size(); k++) {
      if (all > 0 && rowStart[k + 1] - rowStart[k] == all) {
        everything.add(items.get(k));
      }
    }
    return everything.build();
  }

  /**
   * Returns the links that have no row in the matrix, in item order: links to strategies the matrix
   * does not hold and to priorities their strategy does not have, proposed or unknown.
   *
   * @return an unmodifiable list, empty when every link has its row
   * @since 0.1.0
   */
  public List<Unmatched> unmatched() {
    return unmatched;
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
    private final List<String> labels = new ArrayList<>();
    private final List<Alignable> items = new ArrayList<>();

    /**
     * The items' ticks against the strategies added so far, gathered as each item is added; null
     * when a strategy came after the first item, so that {@link #build} reads the items again.
     */
    private @Nullable Ticks ticks;

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
      Checks.argument(
          strategies.putIfAbsent(strategy.id(), strategy) == null,
          "AlignmentMatrix",
          "strategies",
          "AlignmentMatrix.strategies (%s) must have unique ids, but %s was added twice",
          strategy.id(),
          strategy.id());
      ticks = null;
      return this;
    }

    /**
     * Adds an item, such as a report, a recommendation or a working group, under a label. The
     * item's links are read as it is added, when the strategies come first, and otherwise when the
     * matrix is built.
     *
     * @param label the item's label, shown as its column heading
     * @param item the item
     * @return this builder
     * @throws IllegalArgumentException if the label is blank
     * @since 0.1.0
     */
    public Builder item(String label, Alignable item) {
      requireNonNull(label, "label");
      requireNonNull(item, "item");
      checkArgument(!label.isBlank(), "AlignmentMatrix.items label (%s) must not be blank", label);
      if (ticks == null && items.isEmpty()) {
        ticks = new Ticks(strategies);
      }
      if (ticks != null) {
        ticks.add(label, item);
      }
      labels.add(label);
      items.add(item);
      return this;
    }

    /**
     * Returns the matrix.
     *
     * @return a new matrix
     * @throws IllegalArgumentException if two items have the same label
     * @since 0.1.0
     */
    public AlignmentMatrix build() {
      return new AlignmentMatrix(this);
    }

    /** Returns the ticks of every item added so far, reading the items again if need be. */
    private Ticks ticks() {
      Ticks all = ticks;
      if (all == null) {
        all = new Ticks(strategies);
        for (int k = 0; k < items.size(); k++) {
          all.add(labels.get(k), items.get(k));
        }
        ticks = all;
      }
      return all;
    }
  }
}
