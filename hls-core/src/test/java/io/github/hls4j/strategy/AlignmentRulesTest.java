package io.github.hls4j.strategy;

import static io.github.hls4j.strategy.StrategyTest.strategy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.hls4j.validation.Profile;
import io.github.hls4j.validation.Severity;
import io.github.hls4j.validation.ValidationResult;
import io.github.hls4j.validation.Validator;
import io.github.hls4j.validation.Violation;
import java.util.List;
import org.junit.jupiter.api.Test;

class AlignmentRulesTest {

  private static final Strategy THREE = strategy("three", "a", "b", "c");
  private static final Strategy TWO = strategy("two", "x", "y");

  private static ValidationResult validate(StrategyAlignment... alignments) {
    Alignable item = () -> List.of(alignments);
    return Validator.builder(AlignmentRules.alignable())
        .profile(Profile.DECISION_READY)
        .build()
        .validate(item);
  }

  private static StrategyAlignment.Builder ticks(Strategy strategy, String... priorities) {
    StrategyAlignment.Builder builder = StrategyAlignment.builder().strategy(strategy);
    for (String p : priorities) {
      builder.addLink(AlignmentLink.to(PriorityId.of(p)));
    }
    return builder;
  }

  @Test
  void wellAlignedItem_hasNoFindings() {
    assertThat(validate(ticks(THREE, "a").build(), ticks(TWO).build()).isEmpty()).isTrue();
  }

  @Test
  void strategyStatus_supersededWarnsInEveryProfile_draftAndConsultedWhenDecisionReady() {
    Strategy superseded = Strategy.builder().from(THREE).status(StrategyStatus.SUPERSEDED).build();
    Strategy draft = Strategy.builder().from(TWO).status(StrategyStatus.DRAFT).build();
    Strategy consulted =
        Strategy.builder()
            .from(TWO)
            .id(StrategyId.of("consulted"))
            .status(StrategyStatus.CONSULTED)
            .build();
    Alignable item =
        () ->
            List.of(
                ticks(superseded, "a").build(),
                ticks(draft, "x").build(),
                ticks(consulted, "y").build(),
                ticks(THREE, "b").build());

    ValidationResult ready =
        Validator.builder(AlignmentRules.alignable())
            .profile(Profile.DECISION_READY)
            .build()
            .validate(item);
    ValidationResult drafting =
        Validator.builder(AlignmentRules.alignable()).profile(Profile.DRAFT).build().validate(item);

    assertThat(ready.violations())
        .extracting(v -> v.rule().toString(), Violation::path, Violation::severity)
        .containsExactly(
            tuple(
                "alignment/strategy-superseded",
                "strategyAlignments[0].strategy.status",
                Severity.WARNING),
            tuple(
                "alignment/strategy-not-adopted",
                "strategyAlignments[1].strategy.status",
                Severity.WARNING),
            tuple(
                "alignment/strategy-not-adopted",
                "strategyAlignments[2].strategy.status",
                Severity.WARNING));
    assertThat(ready.violations().get(2).arguments())
        .containsEntry("strategy", "consulted")
        .containsEntry("status", "CONSULTED");
    assertThat(drafting.violations())
        .extracting(v -> v.rule().toString(), Violation::path)
        .containsExactly(
            tuple("alignment/strategy-superseded", "strategyAlignments[0].strategy.status"));
  }

  @Test
  void unknownPriority_reportedAtTheLink() {
    ValidationResult result = validate(ticks(TWO).build(), ticks(THREE, "a", "zz").build());

    assertThat(result.violations())
        .extracting(Violation::rule, Violation::path, Violation::severity)
        .containsExactly(
            tuple(
                AlignmentRules.UNKNOWN_PRIORITY.id(),
                "strategyAlignments[1].links[1].priority",
                Severity.ERROR));
    assertThat(result.violations().get(0).arguments())
        .containsEntry("priority", "zz")
        .containsEntry("strategy", "three");
  }

  @Test
  void proposedPriority_isInformation_notAnUnknownPriority() {
    StrategyAlignment proposing =
        ticks(THREE, "a")
            .addLink(
                AlignmentLink.builder()
                    .priority(PriorityId.of("housing-first"))
                    .proposed(true)
                    .build())
            .build();

    ValidationResult result = validate(proposing);

    assertThat(result.violations())
        .extracting(Violation::rule, Violation::path, Violation::severity)
        .containsExactly(
            tuple(
                AlignmentRules.PROPOSED_PRIORITY.id(),
                "strategyAlignments[0].links[1].priority",
                Severity.INFO));
    assertThat(result.violations().get(0).arguments()).containsEntry("priority", "housing-first");
  }

  @Test
  void proposedPriority_thatTheStrategyHasNow_isJustATick() {
    StrategyAlignment proposing =
        ticks(THREE)
            .addLink(AlignmentLink.builder().priority(PriorityId.of("b")).proposed(true).build())
            .build();

    assertThat(validate(proposing).isEmpty()).isTrue();
  }

  @Test
  void because_ticksWithAReason_theShortWay() {
    AlignmentLink link = AlignmentLink.because("a", "It serves a");

    assertThat(link.priority()).isEqualTo(PriorityId.of("a"));
    assertThat(link.rationale()).hasValue("It serves a");
    assertThat(link.proposed()).isFalse();
  }

  @Test
  void strategy_isAdoptedUnlessSaid_andPrioritiesCarryTheirStructure() {
    Strategy draft =
        Strategy.builder()
            .id(StrategyId.of("housing"))
            .title("Housing strategy")
            .status(StrategyStatus.DRAFT)
            .version("2025–2030")
            .addPriority(
                Priority.builder()
                    .id(PriorityId.of("homes"))
                    .title("Homes for everyone")
                    .addActions("Build 500 homes")
                    .addDeliveredThrough(DeliveryRef.named("The housing partnership"))
                    .addOutcomes("Fewer families in temporary accommodation")
                    .build())
            .build();

    assertThat(THREE.status()).isEqualTo(StrategyStatus.ADOPTED);
    assertThat(draft.status()).isEqualTo(StrategyStatus.DRAFT);
    assertThat(draft.version()).hasValue("2025–2030");
    assertThat(draft.priorities().get(0).outcomes())
        .containsExactly("Fewer families in temporary accommodation");
  }

  @Test
  void unaligned_nothingTicked_reportedOnTheAlignments() {
    assertThat(validate(ticks(TWO).build()).violations())
        .extracting(Violation::rule, Violation::path)
        .containsExactly(tuple(AlignmentRules.UNALIGNED.id(), "strategyAlignments"));
    assertThat(validate().violations())
        .extracting(Violation::rule)
        .containsExactly(AlignmentRules.UNALIGNED.id());
  }

  @Test
  void allTickedWithoutRationale_reportedPerStrategy() {
    ValidationResult result =
        validate(
            ticks(THREE, "a", "b", "c").statement("General words.").build(),
            ticks(TWO, "x").build());

    assertThat(result.violations())
        .extracting(Violation::rule, Violation::path, Violation::severity)
        .containsExactly(
            tuple(
                AlignmentRules.ALL_TICKED_WITHOUT_RATIONALE.id(),
                "strategyAlignments[0]",
                Severity.WARNING));
    assertThat(result.violations().get(0).arguments())
        .containsEntry("strategy", "Strategy three")
        .containsEntry("priorities", "3");
  }

  @Test
  void allTicked_withOnePriorityRationale_isFine() {
    StrategyAlignment alignment =
        ticks(TWO, "x")
            .addLink(
                AlignmentLink.builder().priority(PriorityId.of("y")).rationale("Because.").build())
            .build();

    assertThat(validate(alignment).isEmpty()).isTrue();
  }

  @Test
  void allTicked_blankRationale_countsAsNone() {
    StrategyAlignment alignment =
        ticks(TWO, "x")
            .addLink(AlignmentLink.builder().priority(PriorityId.of("y")).rationale(" ").build())
            .build();

    assertThat(validate(alignment).violations())
        .extracting(Violation::rule)
        .containsExactly(AlignmentRules.ALL_TICKED_WITHOUT_RATIONALE.id());
  }

  @Test
  void allTicked_noRationale_namesTheStrategyByItsTitle() {
    Violation found = validate(ticks(TWO, "x", "y").build()).violations().get(0);

    assertThat(found.arguments())
        .containsEntry("strategy", "Strategy two")
        .containsEntry("priorities", "2");
    assertThat(found.message()).contains("\"Strategy two\"").doesNotContain(" two are");
  }

  @Test
  void allTicked_singlePriorityStrategy_isNotReported() {
    assertThat(validate(ticks(strategy("one", "p"), "p").build()).isEmpty()).isTrue();
  }

  @Test
  void draftProfile_runsOnlyUnknownPriority() {
    Alignable item = () -> List.of(ticks(TWO, "x", "y", "q").build());

    assertThat(
            Validator.builder(AlignmentRules.alignable())
                .profile(Profile.DRAFT)
                .build()
                .validate(item)
                .violations())
        .extracting(Violation::rule)
        .containsExactly(AlignmentRules.UNKNOWN_PRIORITY.id());
  }
}
