package io.github.hls4j.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * {@code CountWords} skips through a text; it must find the first "recommendations" or "priorities"
 * that a comparison at every position finds.
 */
class CountWordsTest {

  private static final int EXAMPLES = Integer.getInteger("hls4j.examples", 300) * 10;

  private static final List<String> PIECES =
      List.of(
          "priorities",
          "PRIORITIES",
          "Priorities",
          "recommendations",
          "RECOMMENDATIONS",
          "recom",
          "mendations",
          "prioriti",
          "es",
          "s",
          "S",
          "the ",
          "two ",
          "’",
          "é",
          "3",
          "x",
          ".",
          " ");

  private static int atEveryPosition(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      if (text.regionMatches(true, i, "priorities", 0, 10)
          || text.regionMatches(true, i, "recommendations", 0, 15)) {
        return i;
      }
    }
    return -1;
  }

  @Test
  void indexIn_anyTextOfThePieces_findsTheFirstWordFromEveryIndex() {
    qt().withExamples(EXAMPLES)
        .forAll(lists().of(integers().between(0, PIECES.size() - 1)).ofSizeBetween(0, 12))
        .checkAssert(
            picks -> {
              String text = picks.stream().map(PIECES::get).collect(Collectors.joining());
              for (int from = 0; from <= text.length(); from++) {
                assertThat(CountWords.indexIn(text, from))
                    .as("%s from %d", text, from)
                    .isEqualTo(atEveryPosition(text, from));
              }
            });
  }

  @Test
  void indexIn_countInASentence_isTheWordsStart() {
    String text = "The strategy's two of the Priorities are served; three Recommendations follow.";
    assertThat(CountWords.indexIn(text, 0)).isEqualTo(text.indexOf("Priorities"));
    assertThat(CountWords.indexIn(text, text.indexOf("Priorities") + 1))
        .isEqualTo(text.indexOf("Recommendations"));
    assertThat(CountWords.indexIn("no count here", 0)).isEqualTo(-1);
  }
}
