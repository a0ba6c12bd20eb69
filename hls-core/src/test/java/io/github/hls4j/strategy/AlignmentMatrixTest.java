package io.github.hls4j.strategy;

import static io.github.hls4j.strategy.StrategyTest.strategy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.hls4j.render.MarkdownRenderer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
        () ->
            List.of(
                StrategyAlignment.builder()
                    .strategy(LIVES)
                    .addLinks(
                        AlignmentLink.to(p("a")),
                        AlignmentLink.to(p("b")),
                        AlignmentLink.to(p("c")))
                    .build(),
                StrategyAlignment.builder()
                    .strategy(CARE)
                    .addLinks(AlignmentLink.to(p("x")), AlignmentLink.to(p("y")))
                    .build());
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
        AlignmentMatrix.builder()
            .strategy(LIVES)
            .strategy(CARE)
            .item("group", ticks(LIVES, "b"))
            .build();

    assertThat(matrix.gaps()).containsExactly(p("a"), p("c"), p("x"), p("y"));
  }

  @Test
  void unknownPriorities_andStrategiesOutsideTheMatrix_haveNoRow_butAreListedAsUnmatched() {
    Alignable proposes =
        () ->
            List.of(
                StrategyAlignment.builder()
                    .strategy(LIVES)
                    .addLinks(
                        AlignmentLink.to(p("a")),
                        AlignmentLink.builder().priority(p("new")).proposed(true).build())
                    .build());
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
            new AlignmentMatrix.Unmatched(
                "elsewhere", StrategyId.of("other"), p("z"), false, false));
    assertThat(MarkdownRenderer.render(matrix))
        .endsWith(
            "Links with no row: item → q (not a priority of strategy lives); draft → new (proposed for strategy lives);"
                + " elsewhere → z (strategy other is not in the matrix)\n");
    assertThat(
            MarkdownRenderer.render(
                AlignmentMatrix.builder().strategy(LIVES).item("item", ticks(LIVES, "a")).build()))
        .doesNotContain("Links with no row");
  }

  @Test
  void emptyMatrix_hasNoItemTickingEverything() {
    assertThat(
            AlignmentMatrix.builder()
                .item("item", () -> List.of())
                .build()
                .itemsTickingEverything())
        .isEmpty();
  }

  @Test
  void markdownRenderer_marksTicksRationalesCoverageAndGaps() {
    Alignable reasoned =
        () ->
            List.of(
                StrategyAlignment.builder()
                    .strategy(CARE)
                    .addLink(
                        AlignmentLink.builder().priority(p("x")).rationale("Because | why").build())
                    .build());
    String markdown =
        MarkdownRenderer.render(
            AlignmentMatrix.builder()
                .strategy(CARE)
                .item("report", reasoned)
                .item("group", ticks(CARE, "x"))
                .item("idle", () -> List.of())
                .build());

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
  void markdownRenderer_shortensLongPriorityTitles() {
    Strategy longTitles =
        Strategy.builder()
            .id(StrategyId.of("s"))
            .title("S")
            .addPriority(Priority.builder().id(p("long")).title("x".repeat(60)).build())
            .build();

    assertThat(MarkdownRenderer.render(AlignmentMatrix.builder().strategy(longTitles).build()))
        .contains("| " + "x".repeat(47) + "… | 0 |");
  }

  @Test
  void rationale_onlyWhenGivenAndNotBlank() {
    Alignable blank =
        () ->
            List.of(
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
        .hasMessage(
            "AlignmentMatrix.strategies (care) must have unique ids, but care was added twice");
    assertThatThrownBy(
            () ->
                AlignmentMatrix.builder()
                    .item("a", () -> List.of())
                    .item("b", () -> List.of())
                    .item("a", () -> List.of())
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("AlignmentMatrix.items label (a) must be unique, but was used twice");
    assertThatThrownBy(() -> AlignmentMatrix.builder().item(" ", () -> List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("AlignmentMatrix.items label ( ) must not be blank");
  }

  @Test
  void strategiesAddedAfterItems_stillGiveTheirRows() {
    AlignmentMatrix matrix =
        AlignmentMatrix.builder()
            .strategy(CARE)
            .item("first", ticks(LIVES, "a"))
            .strategy(LIVES)
            .item("second", ticks(CARE, "x"))
            .build();

    assertThat(matrix.isTicked("first", p("a"))).isTrue();
    assertThat(matrix.isTicked("second", p("x"))).isTrue();
    assertThat(matrix.priorities()).containsExactly(p("x"), p("y"), p("a"), p("b"), p("c"));
    assertThat(matrix.unmatched()).isEmpty();
  }

  @Test
  void aBuilderBuiltTwice_givesMatricesOfTheItemsAddedBeforeEach() {
    AlignmentMatrix.Builder builder =
        AlignmentMatrix.builder().strategy(CARE).item("first", ticks(CARE, "x"));
    AlignmentMatrix before = builder.build();
    AlignmentMatrix after = builder.item("second", ticks(CARE, "x", "y")).build();

    assertThat(before.items()).containsExactly("first");
    assertThat(before.coverage(p("x"))).isEqualTo(1);
    assertThat(before.gaps()).containsExactly(p("y"));
    assertThat(after.items()).containsExactly("first", "second");
    assertThat(after.coverage(p("x"))).isEqualTo(2);
    assertThat(after.isTicked("second", p("y"))).isTrue();
    assertThat(after.gaps()).isEmpty();
  }

  @Test
  void toString_namesStrategiesItemsAndGaps() {
    assertThat(AlignmentMatrix.builder().strategy(CARE).item("g", ticks(CARE, "x")).build())
        .hasToString("AlignmentMatrix{strategies=[care], items=[g], gaps=[y]}");
  }

  @Test
  void property_eachItemTicksEachPriorityOnce_withTheFirstRationaleItGives() {
    List<PriorityId> all = List.of(p("a"), p("b"), p("c"), p("x"), p("y"));
    qt().withExamples(Integer.getInteger("hls4j.examples", 300))
        .forAll(
            lists()
                .of(lists().of(integers().between(0, 6)).ofSizeBetween(0, 8))
                .ofSizeBetween(0, 12))
        .checkAssert(
            portfolio -> {
              AlignmentMatrix.Builder builder =
                  AlignmentMatrix.builder().strategy(LIVES).strategy(CARE);
              // The reference: each item's known priorities, with the first rationale given for
              // each.
              List<Map<PriorityId, String>> ticked = new ArrayList<>();
              for (int i = 0; i < portfolio.size(); i++) {
                // Each link is a part of the item of its own, so that a priority can be ticked
                // twice.
                List<Alignable> parts = new ArrayList<>();
                Map<PriorityId, String> known = new LinkedHashMap<>();
                List<Integer> links = portfolio.get(i);
                for (int j = 0; j < links.size(); j++) {
                  // 0-4 are the matrix's priorities, 5 is unknown to its strategy, 6 another
                  // strategy's
                  int n = links.get(j);
                  String why = "reason " + j;
                  PriorityId priority = n < 5 ? all.get(n) : p("unknown");
                  Strategy strategy =
                      n < 3 || n == 5 ? LIVES : n < 5 ? CARE : strategy("other", "unknown");
                  StrategyAlignment alignment =
                      StrategyAlignment.builder()
                          .strategy(strategy)
                          .addLink(
                              AlignmentLink.builder().priority(priority).rationale(why).build())
                          .build();
                  parts.add(() -> List.of(alignment));
                  if (n < 5) {
                    known.putIfAbsent(priority, why);
                  }
                }
                builder.item(
                    "item " + i,
                    new Alignable() {
                      @Override
                      public List<StrategyAlignment> strategyAlignments() {
                        return List.of();
                      }

                      @Override
                      public List<Alignable> alignedParts() {
                        return parts;
                      }
                    });
                ticked.add(known);
              }
              AlignmentMatrix matrix = builder.build();
              for (PriorityId priority : all) {
                long expected = ticked.stream().filter(t -> t.containsKey(priority)).count();
                assertThat(matrix.coverage(priority)).isEqualTo(expected);
                for (int i = 0; i < ticked.size(); i++) {
                  assertThat(matrix.isTicked("item " + i, priority))
                      .isEqualTo(ticked.get(i).containsKey(priority));
                  assertThat(matrix.rationale("item " + i, priority))
                      .isEqualTo(Optional.ofNullable(ticked.get(i).get(priority)));
                }
              }
              assertThat(matrix.gaps())
                  .containsExactlyElementsOf(
                      all.stream()
                          .filter(pr -> ticked.stream().noneMatch(t -> t.containsKey(pr)))
                          .toList());
              List<String> labels = matrix.items();
              assertThat(matrix.unalignedItems())
                  .containsExactlyElementsOf(
                      labels.stream()
                          .filter(label -> ticked.get(labels.indexOf(label)).isEmpty())
                          .toList());
              assertThat(matrix.itemsTickingEverything())
                  .containsExactlyElementsOf(
                      labels.stream()
                          .filter(label -> ticked.get(labels.indexOf(label)).size() == all.size())
                          .toList());
            });
  }

  @Test
  void anItemTickingManyPriorities_inAnyOrder_keepsEachRationaleWithItsPriority() {
    Strategy.Builder large =
        Strategy.builder().id(StrategyId.of("large")).title("A large strategy");
    StrategyAlignment.Builder backwards = StrategyAlignment.builder();
    for (int i = 0; i < 500; i++) {
      large.addPriorities(Priority.builder().id(p("p" + i)).title("Priority " + i).build());
    }
    Strategy strategy = large.build();
    for (int i = 499; i >= 0; i--) {
      backwards.addLink(
          AlignmentLink.builder().priority(p("p" + i)).rationale("because " + i).build());
    }
    StrategyAlignment alignment = backwards.strategy(strategy).build();
    AlignmentMatrix matrix =
        AlignmentMatrix.builder()
            .strategy(strategy)
            .item("everything", () -> List.of(alignment))
            .build();

    assertThat(matrix.itemsTickingEverything()).containsExactly("everything");
    assertThat(matrix.rationale("everything", p("0"))).isEmpty();
    for (int i = 0; i < 500; i++) {
      assertThat(matrix.rationale("everything", p("p" + i))).contains("because " + i);
      assertThat(matrix.coverage(p("p" + i))).isEqualTo(1);
    }
  }

  @Test
  void priorityTheme_rejectsRankBelowOne() {
    assertThatThrownBy(() -> PriorityTheme.builder().rank(0).title("Housing").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("PriorityTheme.rank (0) must be at least 1");
  }
}
