package io.github.hls4j.strategy;

import static io.github.hls4j.strategy.StrategyTest.strategy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AlignmentMatrixTest {

  private static final Strategy LIVES = strategy("lives", "a", "b", "c");
  private static final Strategy CARE = strategy("care", "x", "y");

  private static Alignable ticks(Strategy strategy, String... priorities) {
    StrategyAlignment.Builder alignment = StrategyAlignment.builder().strategy(strategy);
    for (String p : priorities) {
      alignment.addLink(AlignmentLink.to(PriorityId.of(p)));
    }
    StrategyAlignment built = alignment.build();
    return () -> List.of(built);
  }

  private static PriorityId p(String id) {
    return PriorityId.of(id);
  }

  @Test
  void coverageGapsUnalignedAndEverything() {
    Alignable everything =
        () -> List.of(
            StrategyAlignment.builder()
                .strategy(LIVES)
                .addLinks(AlignmentLink.to(p("a")), AlignmentLink.to(p("b")), AlignmentLink.to(p("c")))
                .build(),
            StrategyAlignment.builder().strategy(CARE).addLinks(AlignmentLink.to(p("x")), AlignmentLink.to(p("y"))).build());
    AlignmentMatrix matrix =
        AlignmentMatrix.builder()
            .strategy(LIVES)
            .strategy(CARE)
            .item("report", everything)
            .item("group", ticks(LIVES, "a"))
            .item("idle", () -> List.of())
            .item("elsewhere", ticks(strategy("other", "a")))
            .build();

    assertThat(matrix.priorities()).containsExactly(p("a"), p("b"), p("c"), p("x"), p("y"));
    assertThat(matrix.coverage(p("a"))).isEqualTo(2);
    assertThat(matrix.coverage(p("y"))).isEqualTo(1);
    assertThat(matrix.coverage(p("zz"))).isZero();
    assertThat(matrix.gaps()).isEmpty();
    assertThat(matrix.unalignedItems()).containsExactly("idle", "elsewhere");
    assertThat(matrix.itemsTickingEverything()).containsExactly("report");
    assertThat(matrix.isTicked("group", p("a"))).isTrue();
    assertThat(matrix.isTicked("group", p("b"))).isFalse();
  }

  @Test
  void gaps_arePrioritiesNothingTicks_inStrategyOrder() {
    AlignmentMatrix matrix =
        AlignmentMatrix.builder().strategy(LIVES).strategy(CARE).item("group", ticks(LIVES, "b")).build();

    assertThat(matrix.gaps()).containsExactly(p("a"), p("c"), p("x"), p("y"));
  }

  @Test
  void unknownPriorities_andStrategiesOutsideTheMatrix_haveNoRow_butAreListedAsUnmatched() {
    Alignable proposes =
        () -> List.of(
            StrategyAlignment.builder().strategy(LIVES).addLinks(AlignmentLink.to(p("a")), AlignmentLink.builder().priority(p("new")).proposed(true).build()).build());
    AlignmentMatrix matrix =
        AlignmentMatrix.builder()
            .strategy(LIVES)
            .item("item", ticks(LIVES, "a", "q"))
            .item("draft", proposes)
            .item("elsewhere", ticks(strategy("other", "z"), "z"))
            .build();

    assertThat(matrix.coverage(p("q"))).isZero();
    assertThat(matrix.isTicked("item", p("q"))).isFalse();
    assertThat(matrix.unmatched())
        .containsExactly(
            new AlignmentMatrix.Unmatched("item", StrategyId.of("lives"), p("q"), false, true),
            new AlignmentMatrix.Unmatched("draft", StrategyId.of("lives"), p("new"), true, true),
            new AlignmentMatrix.Unmatched("elsewhere", StrategyId.of("other"), p("z"), false, false));
    assertThat(matrix.toMarkdown())
        .endsWith(
            "Links with no row: item → q (not a priority of strategy lives); draft → new (proposed for strategy lives);"
                + " elsewhere → z (strategy other is not in the matrix)\n");
    assertThat(AlignmentMatrix.builder().strategy(LIVES).item("item", ticks(LIVES, "a")).build().toMarkdown())
        .doesNotContain("Links with no row");
  }

  @Test
  void emptyMatrix_hasNoItemTickingEverything() {
    assertThat(AlignmentMatrix.builder().item("item", () -> List.of()).build().itemsTickingEverything()).isEmpty();
  }

  @Test
  void toMarkdown_marksTicksRationalesCoverageAndGaps() {
    Alignable reasoned =
        () -> List.of(
            StrategyAlignment.builder()
                .strategy(CARE)
                .addLink(AlignmentLink.builder().priority(p("x")).rationale("Because | why").build())
                .build());
    String markdown =
        AlignmentMatrix.builder()
            .strategy(CARE)
            .item("report", reasoned)
            .item("group", ticks(CARE, "x"))
            .item("idle", () -> List.of())
            .build()
            .toMarkdown();

    assertThat(markdown.lines())
        .containsExactly(
            "| Priority | report | group | idle | Items |",
            "|---|:---:|:---:|:---:|---:|",
            "| **Strategy care** | | | | |",
            "| Priority x | ✓ [1] | ✓ |  | 2 |",
            "| Priority y |  |  |  | 0 |",
            "",
            "[1] report, Priority x: Because \\| why",
            "",
            "Gaps: Priority y",
            "Aligned to nothing: idle",
            "Ticking every priority: none");
  }

  @Test
  void toMarkdown_shortensLongPriorityTitles() {
    Strategy longTitles =
        Strategy.builder()
            .id(StrategyId.of("s"))
            .title("S")
            .addPriority(Priority.builder().id(p("long")).title("x".repeat(60)).build())
            .build();

    assertThat(AlignmentMatrix.builder().strategy(longTitles).build().toMarkdown())
        .contains("| " + "x".repeat(47) + "… | 0 |");
  }

  @Test
  void rationale_onlyWhenGivenAndNotBlank() {
    Alignable blank =
        () -> List.of(
            StrategyAlignment.builder()
                .strategy(CARE)
                .addLink(AlignmentLink.builder().priority(p("x")).rationale(" ").build())
                .addLink(AlignmentLink.builder().priority(p("y")).rationale("Why").build())
                .build());
    AlignmentMatrix matrix = AlignmentMatrix.builder().strategy(CARE).item("i", blank).build();

    assertThat(matrix.rationale("i", p("x"))).isEmpty();
    assertThat(matrix.rationale("i", p("y"))).contains("Why");
    assertThat(matrix.rationale("other", p("y"))).isEmpty();
  }

  @Test
  void builder_rejectsRepeatedStrategiesAndLabels() {
    assertThatThrownBy(() -> AlignmentMatrix.builder().strategy(CARE).strategy(CARE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("AlignmentMatrix.strategies (care) must have unique ids, but care was added twice");
    assertThatThrownBy(() -> AlignmentMatrix.builder().item("a", () -> List.of()).item("a", () -> List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("AlignmentMatrix.items label (a) must be unique, but was used twice");
    assertThatThrownBy(() -> AlignmentMatrix.builder().item(" ", () -> List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("AlignmentMatrix.items label ( ) must not be blank");
  }

  @Test
  void toString_namesStrategiesItemsAndGaps() {
    assertThat(AlignmentMatrix.builder().strategy(CARE).item("g", ticks(CARE, "x")).build())
        .hasToString("AlignmentMatrix{strategies=[care], items=[g], gaps=[y]}");
  }

  @Test
  void property_coverageCountsEachItemOnce_andGapsAreExactlyTheUncoveredPriorities() {
    List<PriorityId> all = List.of(p("a"), p("b"), p("c"), p("x"), p("y"));
    qt().withExamples(Integer.getInteger("hls4j.examples", 300))
        .forAll(lists().of(lists().of(integers().between(0, 6)).ofSizeBetween(0, 8)).ofSizeBetween(0, 12))
        .checkAssert(
            portfolio -> {
              AlignmentMatrix.Builder builder = AlignmentMatrix.builder().strategy(LIVES).strategy(CARE);
              List<java.util.Set<PriorityId>> ticked = new ArrayList<>();
              for (int i = 0; i < portfolio.size(); i++) {
                java.util.Set<PriorityId> lives = new java.util.LinkedHashSet<>();
                java.util.Set<PriorityId> care = new java.util.LinkedHashSet<>();
                for (int n : portfolio.get(i)) {
                  // 0-4 are the matrix's priorities, 5 is unknown to its strategy, 6 another strategy's
                  if (n < 3) {
                    lives.add(all.get(n));
                  } else if (n < 5) {
                    care.add(all.get(n));
                  } else if (n == 5) {
                    lives.add(p("unknown"));
                  }
                }
                StrategyAlignment l = StrategyAlignment.builder().strategy(LIVES).addAllLinks(lives.stream().map(AlignmentLink::to).toList()).build();
                StrategyAlignment c = StrategyAlignment.builder().strategy(CARE).addAllLinks(care.stream().map(AlignmentLink::to).toList()).build();
                builder.item("item " + i, () -> List.of(l, c));
                java.util.Set<PriorityId> known = new java.util.HashSet<>(lives);
                known.addAll(care);
                known.retainAll(all);
                ticked.add(known);
              }
              AlignmentMatrix matrix = builder.build();
              for (PriorityId priority : all) {
                long expected = ticked.stream().filter(t -> t.contains(priority)).count();
                assertThat(matrix.coverage(priority)).isEqualTo(expected);
              }
              assertThat(matrix.gaps())
                  .containsExactlyElementsOf(
                      all.stream().filter(pr -> ticked.stream().noneMatch(t -> t.contains(pr))).toList());
              assertThat(matrix.unalignedItems()).hasSize((int) ticked.stream().filter(java.util.Set::isEmpty).count());
            });
  }

  @Test
  void priorityTheme_rejectsRankBelowOne() {
    assertThatThrownBy(() -> PriorityTheme.builder().rank(0).title("Housing").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("PriorityTheme.rank (0) must be at least 1");
  }
}
