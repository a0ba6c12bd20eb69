package io.github.hls4j.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.google.common.base.Ascii;
import com.google.common.base.CharMatcher;
import com.google.common.base.Splitter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * {@code TruncatedTitles.hasWord} looks for one word in a text where it lies; it must agree with
 * splitting the text into words and lower-casing each, which states the rule's meaning.
 */
class ReportWordsPropertiesTest {

  private static final int EXAMPLES = Integer.getInteger("hls4j.examples", 300) * 10;

  /** Pieces of text: words in several cases, letters whose lower case differs, separators. */
  private static final List<String> PIECES =
      List.of(
          "care",
          "Care",
          "CARE",
          "careful",
          "car",
          "ca",
          "re",
          "Caré",
          "café",
          "CAFÉ",
          "İ",
          "ı",
          "i",
          "I",
          "ſ",
          "s",
          "K",
          "\u212A",
          "2",
          " ",
          ", ",
          "-",
          "'",
          "’",
          "\u00A0",
          "\n",
          "carefully",
          "Careful");

  private static final List<String> WORDS =
      List.of("care", "careful", "café", "i", "ı", "i̇", "s", "ſ", "k", "kare", "2care");

  static boolean bySplitting(String text, String lower) {
    for (String w : Splitter.on(CharMatcher.javaLetterOrDigit().negate()).split(text)) {
      if (!w.isEmpty() && w.toLowerCase(Locale.ROOT).equals(lower)) {
        return true;
      }
    }
    return false;
  }

  private static Gen<String> texts() {
    return lists()
        .of(integers().between(0, PIECES.size() - 1))
        .ofSizeBetween(0, 8)
        .map(l -> l.stream().map(PIECES::get).collect(Collectors.joining()));
  }

  @Test
  void hasWord_agreesWithSplittingIntoLowerCasedWords() {
    qt().withExamples(EXAMPLES)
        .forAll(texts(), integers().between(0, WORDS.size() - 1))
        .checkAssert(
            (text, w) ->
                assertThat(TruncatedTitles.hasWord(text, WORDS.get(w)))
                    .as("'%s' has '%s'", text, WORDS.get(w))
                    .isEqualTo(bySplitting(text, WORDS.get(w))));
  }

  /** The continuation as the rule first found it: split into words, then compared in turn. */
  static Optional<String> bySplitting(String source, String before, String last) {
    List<String> words =
        Splitter.on(CharMatcher.javaLetterOrDigit().negate())
            .omitEmptyStrings()
            .splitToList(source);
    for (int i = 1; i < words.size(); i++) {
      String word = words.get(i);
      if (Ascii.equalsIgnoreCase(words.get(i - 1), before)
          && word.length() > last.length()
          && word.regionMatches(true, 0, last, 0, last.length())) {
        return Optional.of(word);
      }
    }
    return Optional.empty();
  }

  @Test
  void continuationIn_agreesWithSplittingIntoWords() {
    qt().withExamples(EXAMPLES)
        .forAll(
            texts(),
            integers().between(0, WORDS.size() - 1),
            integers().between(0, WORDS.size() - 1))
        .checkAssert(
            (source, b, l) ->
                assertThat(TruncatedTitles.continuationIn(source, WORDS.get(b), WORDS.get(l)))
                    .as("'%s' continues '%s %s'", source, WORDS.get(b), WORDS.get(l))
                    .isEqualTo(bySplitting(source, WORDS.get(b), WORDS.get(l))));
  }

  @Test
  void continuationIn_linkTextThatCompletesTheTitle_givesTheWholeWord() {
    assertThat(TruncatedTitles.continuationIn("Adult Social Care Strategy", "social", "ca"))
        .contains("Care");
    assertThat(TruncatedTitles.continuationIn("Adult Social Care", "adult", "ca")).isEmpty();
  }

  @Test
  void lastTwoWords_agreesWithSplittingTheTitle() {
    qt().withExamples(EXAMPLES)
        .forAll(texts())
        .checkAssert(
            title -> {
              List<String> words =
                  Splitter.on(CharMatcher.javaLetterOrDigit().negate())
                      .omitEmptyStrings()
                      .splitToList(title);
              String stripped = title.strip();
              boolean ends =
                  !stripped.isEmpty()
                      && CharMatcher.javaLetterOrDigit()
                          .matches(stripped.charAt(stripped.length() - 1));
              assertThat(TruncatedTitles.lastTwoWords(title))
                  .as("'%s'", title)
                  .isEqualTo(
                      words.size() < 2 || !ends
                          ? null
                          : new String[] {
                            words.get(words.size() - 2), words.get(words.size() - 1)
                          });
            });
  }

  @Test
  void hasWord_wholeWordInAnyCase_isFoundAndAPrefixIsNot() {
    assertThat(TruncatedTitles.hasWord("The Care Act 2014", "care")).isTrue();
    assertThat(TruncatedTitles.hasWord("CARE, and support", "care")).isTrue();
    assertThat(TruncatedTitles.hasWord("careful planning", "care")).isFalse();
    assertThat(TruncatedTitles.hasWord("title", "tıtle")).isFalse();
    assertThat(TruncatedTitles.hasWord("Y CAFÉ", "café")).isTrue();
    assertThat(TruncatedTitles.hasWord("", "care")).isFalse();
  }
}
