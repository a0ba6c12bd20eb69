package io.github.hls4j.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The construction invariants of the governance types, each failing with a message that names it.
 */
class ConstructionTest {

  static Stream<Arguments> ids() {
    return Stream.of(
        Arguments.of("ReportId", (Function<String, Object>) ReportId::of),
        Arguments.of("BoardId", (Function<String, Object>) BoardId::of),
        Arguments.of("CommitteeId", (Function<String, Object>) CommitteeId::of));
  }

  @ParameterizedTest
  @MethodSource("ids")
  void ids_blankOrPadded_throwNamingTypeAndValue(String type, Function<String, Object> of) {
    for (String value : new String[] {"", " ", " x", "x "}) {
      assertThatThrownBy(() -> of.apply(value))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith(type + ".value (" + value + ") must be");
    }
    assertThat(of.apply("somerset")).hasToString("somerset");
  }

  @Test
  void ids_compareByText() {
    assertThat(ReportId.of("a")).isLessThan(ReportId.of("b"));
    assertThat(BoardId.of("b")).isGreaterThan(BoardId.of("a"));
    assertThat(CommitteeId.of("a")).isEqualByComparingTo(CommitteeId.of("a"));
    assertThat(CommitteeId.of("a")).isLessThan(CommitteeId.of("b"));
  }

  private static void assertRejected(Executable build, String message) {
    assertThatThrownBy(build::execute)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
  }

  @Test
  void blankNamesAndTitles_areRejected() {
    assertRejected(
        () -> Committee.builder().id(CommitteeId.of("c")).name(" ").build(),
        "Committee.name ( ) must not be blank");
    assertRejected(
        () -> Board.builder().id(BoardId.of("b")).name("").build(),
        "Board.name () must not be blank");
    assertRejected(
        () -> SignOffRole.required(" ", SignOffRoleKind.CHAIR),
        "SignOffRole.title ( ) must not be blank");
    assertRejected(
        () -> Recommendation.builder().number(1).action(" ").build(),
        "Recommendation.action ( ) must not be blank");
    assertRejected(
        () -> ReportSection.builder().number(0).heading("h").kind(SectionKind.OTHER).build(),
        "ReportSection.number (0) must be at least 1");
  }

  @Test
  void board_withOneCommittee_doesNotSitInCommon() {
    Board one =
        Board.builder()
            .id(BoardId.of("b"))
            .name("B")
            .addCommitteesInCommon(Committee.builder().id(CommitteeId.of("c")).name("C").build())
            .build();

    assertThat(one.sitsInCommon()).isFalse();
  }
}
