package io.github.hls4j.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RecommendationTextTest {

  private static final List<String> PHRASES =
      List.of("subject to", "following", "once", "dependent on");

  @ParameterizedTest(name = "{0} after {1} is {2}")
  @CsvSource({
    "1., 0, 1",
    "(a), 0, 1",
    "b), 1, 2",
    "2.1, 0, 1",
    "2.12, 11, 12",
    "(ii), 1, 2",
    "(iv), 3, 4",
    "i, 0, 1",
    "(i), 8, 9",
    "•, 0, 0",
    "'', 0, 0",
    "2025, 0, 0"
  })
  void number_label_givesItsNumber(String label, int previous, int number) {
    assertThat(RecommendationText.number(label, previous)).isEqualTo(number);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "subject to recommendation 5, asks for a plan | 5",
        "following (2) above, agrees the terms | 2",
        "once recommendations 2 and 3 are agreed, begins | 2;3",
        "subject to recommendation (b), asks | 2",
        "subject to recommendation b), asks | 2",
        "that, following 3 above, the group meets | 3",
        "subject to recommendation 2.5, staff transfer | 5",
        "dependent on the approval of recommendation 1 | 1",
        "following 3 months of consultation, reports | ''",
        "following a review, reports | ''",
        "subject to funding, begins | ''",
        "refers to recommendation 4 of the scrutiny report | ''",
        "subject to recommendation 7, which this is | 7"
      })
  void dependencies_inWords_areTheNumbersReferredTo(String action, String numbers) {
    List<Integer> expected =
        numbers.isEmpty()
            ? List.of()
            : java.util.Arrays.stream(numbers.split(";")).map(Integer::valueOf).toList();

    assertThat(RecommendationText.dependencies(action, PHRASES)).isEqualTo(expected);
  }

  @Test
  void dependencies_withoutPhrases_areNone() {
    assertThat(RecommendationText.dependencies("subject to recommendation 5", List.of())).isEmpty();
  }
}
