package io.github.hls4j.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StrategyTest {

  static Priority priority(String id) {
    return Priority.builder().id(PriorityId.of(id)).title("Priority " + id).build();
  }

  static Strategy strategy(String id, String... priorities) {
    Strategy.Builder builder = Strategy.builder().id(StrategyId.of(id)).title("Strategy " + id);
    for (String p : priorities) {
      builder.addPriority(priority(p));
    }
    return builder.build();
  }

  @Test
  void priority_findsById() {
    Strategy s = strategy("improving-lives", "a", "b");

    assertThat(s.priority(PriorityId.of("b"))).contains(priority("b"));
    assertThat(s.priority(PriorityId.of("z"))).isEmpty();
    assertThat(s.priorities())
        .extracting(Priority::id)
        .containsExactly(PriorityId.of("a"), PriorityId.of("b"));
  }

  @Test
  void build_repeatedPriorityId_throwsNamingIt() {
    assertThatThrownBy(() -> strategy("s", "a", "a"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Strategy.priorities (a) must have unique ids, but a appears twice in strategy s");
  }

  @Test
  void ids_blankOrPadded_throwNamingTypeAndValue() {
    for (String value : new String[] {"", " ", " x", "x "}) {
      assertThatThrownBy(() -> StrategyId.of(value))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("StrategyId.value (" + value + ") must be");
      assertThatThrownBy(() -> PriorityId.of(value))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("PriorityId.value (" + value + ") must be");
    }
    assertThat(StrategyId.of("a")).isLessThan(StrategyId.of("b")).hasToString("a");
    assertThat(PriorityId.of("b")).isGreaterThan(PriorityId.of("a")).hasToString("b");
  }

  @Test
  void build_blankTitles_throw() {
    assertThatThrownBy(
            () ->
                Strategy.builder()
                    .id(StrategyId.of("s"))
                    .title(" ")
                    .addPriority(priority("a"))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Strategy.title ( ) must not be blank");
    assertThatThrownBy(() -> Priority.builder().id(PriorityId.of("p")).title("").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Priority.title () must not be blank");
  }

  @Test
  void build_noPriorities_throws() {
    assertThatThrownBy(() -> strategy("s"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Strategy.priorities ([]) must not be empty");
  }

  @Test
  void priorities_cannotBeModified() {
    Strategy s = strategy("s", "a");

    assertThatThrownBy(() -> s.priorities().add(priority("b")))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void strategyAlignment_priorityTickedTwice_throws() {
    assertThatThrownBy(
            () ->
                StrategyAlignment.builder()
                    .strategy(strategy("s", "a"))
                    .addLink(AlignmentLink.to(PriorityId.of("a")))
                    .addLink(AlignmentLink.to(PriorityId.of("a")))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "StrategyAlignment.links (a) must tick each priority once, but a is ticked twice");
  }

  @Test
  void linkAt_givesTheLinkOfThePriorityAtEachPosition_asLinkByIdDoes() {
    StrategyAlignment alignment =
        StrategyAlignment.builder()
            .strategy(strategy("s", "a", "b", "c", "d"))
            .addLinks(
                AlignmentLink.builder().priority(PriorityId.of("c")).rationale("Because").build(),
                AlignmentLink.builder().priority(PriorityId.of("unknown")).build(),
                AlignmentLink.builder().priority(PriorityId.of("a")).build())
            .build();

    assertThat(alignment.linkAt(0)).contains(alignment.links().get(2));
    assertThat(alignment.linkAt(1)).isEmpty();
    assertThat(alignment.linkAt(2)).contains(alignment.links().get(0));
    assertThat(alignment.linkAt(3)).isEmpty();
    for (int i = 0; i < 4; i++) {
      assertThat(alignment.linkAt(i))
          .isEqualTo(alignment.link(alignment.strategy().priorities().get(i).id()));
    }
    assertThatThrownBy(() -> alignment.linkAt(4)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThat(StrategyAlignment.builder().strategy(strategy("s", "a")).build().linkAt(0))
        .isEmpty();
  }
}
