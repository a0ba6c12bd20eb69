package io.github.hls4j.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.hls4j.learning.PersonalIdentifiers.Found;
import io.github.hls4j.learning.PersonalIdentifiers.Kind;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * What holds for every text: spans inside it and in order, NHS numbers by their check digit alone.
 */
class PersonalIdentifiersPropertiesTest {

  private static final int EXAMPLES = Integer.getInteger("hls4j.examples", 300) * 10;

  /**
   * Characters identifiers are made of, and the compatibility forms, marks and invisible characters
   * that stand between them: full-width and circled digits, a combining accent, a ligature that
   * normalises to two letters, a zero-width space, a soft hyphen, an en dash, a non-breaking space
   * and a surrogate pair (a mathematical digit).
   */
  private static final List<String> PIECES =
      List.of(
          "0",
          "1",
          "4",
          "7",
          "9",
          " ",
          "-",
          ".",
          "@",
          "(",
          ")",
          "+44",
          "TA",
          "a",
          "Q",
          "D",
          "at",
          "dot",
          "[",
          "]",
          "born ",
          "DOB ",
          "March",
          "/",
          "\uFF10",
          "\uFF19",
          "\u2460",
          "\u0301",
          "\uFB01",
          "\u200B",
          "\u00AD",
          "\u2013",
          "\u00A0",
          "\uD835\uDFCF",
          "£",
          "é");

  private static Gen<String> texts() {
    return lists()
        .of(integers().between(0, PIECES.size() - 1))
        .ofSizeBetween(0, 30)
        .map(l -> l.stream().map(PIECES::get).collect(Collectors.joining()));
  }

  @Test
  void find_anyText_spansLieInsideTheTextInOrderWithoutOverlap() {
    qt().withExamples(EXAMPLES)
        .forAll(texts())
        .checkAssert(
            text -> {
              List<Found> found = PersonalIdentifiers.find(text);
              int end = 0;
              for (Found f : found) {
                assertThat(f.start()).as("start in '%s'", text).isGreaterThanOrEqualTo(end);
                assertThat(f.end())
                    .as("end in '%s'", text)
                    .isGreaterThan(f.start())
                    .isLessThanOrEqualTo(text.length());
                end = f.end();
              }
              String removed = PersonalIdentifiers.remove(text);
              assertThat(removed.length() - text.length())
                  .isEqualTo(
                      found.stream()
                          .mapToInt(f -> f.kind().words().length() + 10 - (f.end() - f.start()))
                          .sum());
            });
  }

  @Test
  void find_tenDigitsInAnySeparation_isAnNhsNumberExactlyWhenTheCheckDigitIsRight() {
    qt().withExamples(EXAMPLES)
        .forAll(
            integers().between(300_000_000, 799_999_999),
            integers().between(0, 9),
            integers().between(0, 3))
        .checkAssert(
            (nine, check, separatorIndex) -> {
              String digits = nine + "" + check;
              String separator = List.of(" ", "-", ".", "").get(separatorIndex);
              String written =
                  digits.substring(0, 3)
                      + separator
                      + digits.substring(3, 6)
                      + separator
                      + digits.substring(6);
              List<Kind> kinds =
                  PersonalIdentifiers.find("NHS number " + written + " on file").stream()
                      .map(Found::kind)
                      .toList();
              assertThat(kinds.contains(Kind.NHS_NUMBER))
                  .as(written)
                  .isEqualTo(PersonalIdentifiers.validNhsNumber(digits));
            });
  }
}
