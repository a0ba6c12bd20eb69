package io.github.hls4j.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The listed placeholders are found where a search at every character of the text would find them:
 * the earliest, the first listed on a tie, in any case, whatever surrounds them.
 */
class PlaceholderSearchTest {

  private static final List<String> LISTED =
      List.of(
          "Click or tap to enter a date.",
          "Click or tap here to enter text.",
          "Choose an item.",
          "[To be completed]",
          "xx/xx/xxxx",
          "Keep",
          "Click");

  /** Pieces a text is made of: placeholders in other cases, near misses, and other alphabets. */
  private static final List<String> PIECES =
      List.of(
          "CLICK OR TAP TO ENTER A DATE.",
          "click or tap here to enter text.",
          "Click or tap",
          "choose an ITEM.",
          "[to be COMPLETED]",
          "[To be",
          "XX/xx/XXXX",
          "\u212Aeep", // the Kelvin sign, whose lower case is k
          "keep",
          "Click",
          "cc",
          "x",
          "[",
          " ",
          "The Board notes the report. ",
          "Cyngor Sir Ddinbych ",
          "ŵ ŷ â ",
          "\u0130 \u0131 \u017F");

  private final PlaceholderSearch search = new PlaceholderSearch(LISTED);

  @Test
  void first_anyText_findsWhatASearchAtEveryCharacterFinds() {
    qt().withExamples(2000)
        .forAll(lists().of(integers().between(0, PIECES.size() - 1)).ofSizeBetween(0, 12))
        .checkAssert(
            pieces -> {
              StringBuilder text = new StringBuilder();
              pieces.forEach(p -> text.append(PIECES.get(p)));
              String t = text.toString();
              String expected = everyCharacter(t);
              if (expected != null) {
                assertThat(search.first(t)).as(t).isEqualTo(expected);
              } else {
                assertThat(search.first(t)).as(t).isNotIn(LISTED);
              }
            });
  }

  @Test
  void first_earliestWins_andTheFirstListedOnATie() {
    assertThat(search.first("a date: xx/xx/xxxx, or Click or tap to enter a date."))
        .isEqualTo("xx/xx/xxxx");
    assertThat(search.first("Click or tap to enter a date.")).isEqualTo(LISTED.get(0));
    assertThat(search.first("please click here")).isEqualTo("Click");
    assertThat(search.first("\u212Aeep")).isEqualTo("Keep");
    assertThat(search.first("Nothing to see")).isNull();
  }

  /** Welsh placeholders, with letters outside ASCII, and one of a single character. */
  private static final List<String> WELSH =
      List.of("[I'w gwblhau]", "Dilëwch", "ŵŷ", "§", "ſit", "Ki");

  private static final List<String> WELSH_PIECES =
      List.of(
          "[i'W GWBLHAU]",
          "[I’w gwblhau]",
          "DILËWCH",
          "dileŵch",
          "Ŵŷ",
          "ŵ",
          "§",
          "SIT",
          "kI",
          "ki",
          "\u0130 \u0131 \u017F",
          "Cyngor Sir Ddinbych ",
          "“",
          " ");

  private final PlaceholderSearch welsh = new PlaceholderSearch(WELSH);

  @Test
  void
      first_anyTextOfPlaceholdersOutsideAsciiOrOfOneCharacter_findsWhatASearchAtEveryCharacterFinds() {
    qt().withExamples(2000)
        .forAll(lists().of(integers().between(0, WELSH_PIECES.size() - 1)).ofSizeBetween(0, 12))
        .checkAssert(
            pieces -> {
              StringBuilder text = new StringBuilder();
              pieces.forEach(p -> text.append(WELSH_PIECES.get(p)));
              String t = text.toString();
              String expected = everyCharacter(t, WELSH);
              if (expected != null) {
                assertThat(welsh.first(t)).as(t).isEqualTo(expected);
              } else {
                assertThat(welsh.first(t)).as(t).isNotIn(WELSH);
              }
            });
  }

  private static @Nullable String everyCharacter(String text) {
    return everyCharacter(text, LISTED);
  }

  /** The reference: at each character in turn, the first listed placeholder that starts there. */
  private static @Nullable String everyCharacter(String text, List<String> listed) {
    for (int i = 0; i < text.length(); i++) {
      for (String p : listed) {
        if (i + p.length() <= text.length()
            && Character.toLowerCase(text.charAt(i)) == Character.toLowerCase(p.charAt(0))
            && (p.length() == 1
                || Character.toLowerCase(text.charAt(i + 1)) == Character.toLowerCase(p.charAt(1)))
            && text.regionMatches(true, i, p, 0, p.length())) {
          return p;
        }
      }
    }
    return null;
  }
}
