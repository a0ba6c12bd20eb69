package io.github.hls4j.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
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

  /**
   * Words and marks a count, or a near miss of one, is made of, in sentences as reports write them.
   */
  private static final List<String> COUNT_PIECES =
      List.of(
          "priorities",
          "Priorities",
          "PRIORITIES",
          "recommendations",
          "Recommendations",
          "two",
          "Two",
          "TWO",
          "seven",
          "Seventeen",
          "seventeen",
          "twenty",
          "one",
          "tone",
          "ones",
          "zero",
          "3",
          "12",
          "123",
          "1234",
          "2024",
          "3rd",
          "of",
          "the",
          "its",
          "our",
          "Improving",
          "Lives",
          "strategy's",
          "Health",
          "and",
          "Care",
          "key",
          "é",
          "ı",
          "_",
          "-",
          "’",
          "'",
          ",",
          ".",
          ";",
          "(",
          "”");

  private static final List<String> SEPARATORS =
      List.of(" ", " ", " ", "", "  ", "\t", "\n", "\u00a0", "\u2003", ", ", ". ");

  /**
   * Each match's place and groups, as found by the search through each run the rule made before.
   */
  private static List<String> searchedInEachRun(String text) {
    List<String> found = new ArrayList<>();
    Matcher m =
        MonitoringOfficerChecks.COUNT
            .matcher(text)
            .useTransparentBounds(true)
            .useAnchoringBounds(false);
    for (int hit = CountWords.indexIn(text, 0); hit >= 0; ) {
      int end = CountWords.runEnd(text, hit);
      m.region(CountWords.countStart(text, hit), end);
      while (m.find()) {
        found.add(described(m));
      }
      hit = CountWords.indexIn(text, Math.max(end, hit + 1));
    }
    return found;
  }

  private static String described(Matcher m) {
    return m.start()
        + "-"
        + m.end()
        + IntStream.rangeClosed(1, m.groupCount())
            .mapToObj(g -> "|" + m.group(g))
            .collect(Collectors.joining());
  }

  private static List<String> forEachCount(String text) {
    List<String> found = new ArrayList<>();
    MonitoringOfficerChecks.forEachCount(text, m -> found.add(described(m)));
    return found;
  }

  @Test
  void forEachCount_anySentenceOfCountPieces_findsWhatASearchOfEachRunFinds() {
    qt().withExamples(EXAMPLES)
        .forAll(
            lists().of(integers().between(0, COUNT_PIECES.size() - 1)).ofSizeBetween(0, 30),
            lists().of(integers().between(0, SEPARATORS.size() - 1)).ofSize(30))
        .checkAssert(
            (picks, separators) -> {
              StringBuilder text = new StringBuilder();
              for (int i = 0; i < picks.size(); i++) {
                text.append(COUNT_PIECES.get(picks.get(i)))
                    .append(SEPARATORS.get(separators.get(i)));
              }
              assertThat(forEachCount(text.toString()))
                  .as(text.toString())
                  .isEqualTo(searchedInEachRun(text.toString()));
            });
  }

  @Test
  void forEachCount_anyTextOfAsciiAndSpaces_findsWhatASearchOfEachRunFinds() {
    qt().withExamples(EXAMPLES)
        .forAll(strings().betweenCodePoints(9, 126).ofLengthBetween(0, 60))
        .checkAssert(
            noise -> {
              String text = noise + " two priorities " + noise + " 3 Recommendations" + noise;
              assertThat(forEachCount(text)).as(text).isEqualTo(searchedInEachRun(text));
            });
  }

  @Test
  void forEachCount_countsInASentence_findsEachNumberAndWord() {
    assertThat(
            forEachCount(
                "It serves two of the Improving Lives priorities; seventeen Recommendations,"
                    + " 1234 priorities and 3rd priorities follow, and 12 of our priorities."))
        .containsExactly(
            "10-47|two|null|of the |Improving Lives |priorities",
            "49-74|seventeen|Recommendations|null|null|null",
            "123-143|12|null|of our ||priorities");
  }

  @Test
  void numberIn_wordsAndDigits_findsOnlyWhereANumberCanBegin() {
    String text = "x3 one_ tone Seventeen\t1234 5 two";
    assertThat(CountWords.numberIn(text, 0, text.length())).isEqualTo(text.indexOf("Seventeen"));
    assertThat(CountWords.numberIn(text, text.indexOf("Seventeen") + 1, text.length()))
        .isEqualTo(text.indexOf("5"));
    // "two" ends the text: no white space follows it
    assertThat(CountWords.numberIn(text, text.indexOf("5") + 1, text.length())).isEqualTo(-1);
  }
}
