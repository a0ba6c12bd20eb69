package io.github.hls4j.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code KeywordPattern} runs an expression only on a text that holds one of its words; whatever
 * the text, it must find what the expression alone finds.
 */
class KeywordPatternTest {

  private static final int EXAMPLES = Integer.getInteger("hls4j.examples", 300) * 10;

  /** Money and a month, case-insensitive with Unicode case, and a case-sensitive month. */
  private static final KeywordPattern MONEY_OR_MAY =
      new KeywordPattern(
          Pattern.compile(
              "\\b(?:(?-i:May)|costs?|(?:c|g|ch|ngh)yllid\\w*|\\d\\s?k|pŵer)\\b",
              Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS),
          "\\bcost|yllid|\\bpŵer",
          "\\bMay",
          true);

  private static final List<String> PIECES =
      List.of(
          "May",
          "may",
          "MAY",
          "cost",
          "COSTS",
          "cOsT",
          "gyllideb",
          "NGHYLLID",
          "pŵer",
          "PŴER",
          "5k",
          "٣k",
          "\u212Aost",
          "co\u017Ft",
          "Empowering",
          "recosted",
          "x",
          " ",
          ".",
          "’",
          "_",
          "é",
          "1");

  @ParameterizedTest
  @ValueSource(
      strings = {
        "It will cost more.",
        "In May 2025",
        "Costs rise",
        "o gyllideb y cyngor",
        "a 5k grant",
        "a ٣k grant",
        "y pŵer",
        "Y PŴER"
      })
  void find_textWithAMatch_findsIt(String text) {
    assertThat(MONEY_OR_MAY.find(text)).isTrue();
    assertThat(MONEY_OR_MAY.first(text)).isNotNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "It may rise.", "Empowering staff", "recosted", "_cost", "nothing"})
  void find_textWithoutAMatch_findsNothing(String text) {
    assertThat(MONEY_OR_MAY.find(text)).isFalse();
    assertThat(MONEY_OR_MAY.first(text)).isNull();
  }

  @Test
  void mayMatch_wordInsideAnotherWhereTheExpressionNeedsAWordStart_isPassedOver() {
    assertThat(MONEY_OR_MAY.mayMatch("Empowering recosted")).isFalse();
    assertThat(MONEY_OR_MAY.mayMatch("the power")).isFalse();
    assertThat(MONEY_OR_MAY.mayMatch("é pŵer")).isTrue();
  }

  @Test
  void mayMatch_caseFoldedOutsideAscii_isAWord() {
    // The long s is an s to a case-insensitive expression with Unicode case.
    assertThat(MONEY_OR_MAY.mayMatch("co\u017Ft")).isTrue();
    assertThat(MONEY_OR_MAY.find("co\u017Ft")).isTrue();
  }

  @Test
  void find_anyTextOfThePieces_agreesWithTheExpression() {
    Pattern expression = MONEY_OR_MAY.pattern();
    qt().withExamples(EXAMPLES)
        .forAll(lists().of(integers().between(0, PIECES.size() - 1)).ofSizeBetween(0, 8))
        .checkAssert(
            picks -> {
              String text = picks.stream().map(PIECES::get).collect(Collectors.joining());
              Matcher alone = expression.matcher(text);
              boolean found = alone.find();
              assertThat(MONEY_OR_MAY.find(text)).as(text).isEqualTo(found);
              Matcher first = MONEY_OR_MAY.first(text);
              assertThat(first == null ? null : first.group())
                  .as(text)
                  .isEqualTo(found ? alone.group() : null);
            });
  }

  /** Words of risk statements and of changes, English and Welsh, and what surrounds them. */
  private static final List<String> RISK_AND_CHANGE_PIECES =
      List.of(
          "No",
          "no",
          "NO",
          "not",
          "known",
          "significant",
          "risks",
          "Risk",
          "have been",
          "identified",
          "none",
          "None.",
          "N/A",
          "not applicable",
          "Dim",
          "dim",
          "nid oes",
          "unrhyw",
          "risgiau",
          "wedi’u nodi",
          "new",
          "approach",
          "newydd",
          "model",
          "ffordd",
          "changes",
          "Changing",
          "re-commission",
          "recommissioned",
          "commissioning",
          "redesign",
          "restructure",
          "transformation",
          "trawsnewid",
          "nhrawsnewid",
          "ail-gomisiynu",
          "nghomisiynu",
          "ailstrwythuro",
          "report",
          "a\u0131l",
          "\u212Anown",
          "é",
          "_",
          "-",
          "’",
          ".",
          "\n",
          " ",
          " ",
          " ");

  @Test
  void first_riskAndChangeWordsInAnyText_agreesWithTheExpressionAlone() {
    qt().withExamples(EXAMPLES)
        .forAll(
            lists()
                .of(integers().between(0, RISK_AND_CHANGE_PIECES.size() - 1))
                .ofSizeBetween(0, 14))
        .checkAssert(
            picks -> {
              String text =
                  picks.stream().map(RISK_AND_CHANGE_PIECES::get).collect(Collectors.joining());
              for (KeywordPattern search :
                  List.of(
                      MonitoringOfficerChecks.NO_RISKS_SEARCH,
                      MonitoringOfficerChecks.CHANGE_SEARCH)) {
                Matcher alone = search.pattern().matcher(text);
                boolean found = alone.find();
                Matcher first = search.first(text);
                assertThat(first == null ? null : first.start() + ":" + first.group())
                    .as("%s in %s", search.pattern(), text)
                    .isEqualTo(found ? alone.start() + ":" + alone.group() : null);
                assertThat(search.find(text)).as(text).isEqualTo(found);
              }
            });
  }

  private static final KeywordPattern NOTE =
      new KeywordPattern(
          Pattern.compile("\\b(?:notes?|nodi)\\b", Pattern.CASE_INSENSITIVE),
          "\\bnote|nodi",
          "",
          false);

  private static final KeywordPattern WELSH_POWER =
      new KeywordPattern(
          Pattern.compile("\\b(?:pŵer|bŵer)\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
          "pŵer|\\bbŵer",
          "",
          false);

  @Test
  void groupsIn_anyTextOfThePieces_holdsTheGroupsOfThePatternsThatMayMatch() {
    KeywordPattern words = KeywordPattern.ofWords(NOTE, MONEY_OR_MAY, WELSH_POWER);
    List<String> pieces = new java.util.ArrayList<>(PIECES);
    pieces.addAll(List.of("note", "NODI", "bŵer", "BŴer", "abŵer", "٣", "notes"));
    qt().withExamples(EXAMPLES)
        .forAll(lists().of(integers().between(0, pieces.size() - 1)).ofSizeBetween(0, 8))
        .checkAssert(
            picks -> {
              String text = picks.stream().map(pieces::get).collect(Collectors.joining());
              long expected =
                  (NOTE.mayMatch(text) ? 1 : 0)
                      | (MONEY_OR_MAY.mayMatch(text) ? 2 : 0)
                      | (WELSH_POWER.mayMatch(text) ? 4 : 0);
              assertThat(words.groupsIn(text, 0b111)).as(text).isEqualTo(expected);
              assertThat(words.groupsIn(text, 0b010) & 0b010).as(text).isEqualTo(expected & 0b010);
            });
  }

  @Test
  void same_everyAsciiCharacterAgainstEveryOther_agreesWithRegionMatches() {
    for (char c = 0; c < 128; c++) {
      for (int d = 0; d <= Character.MAX_VALUE; d++) {
        boolean expected = String.valueOf(c).regionMatches(true, 0, String.valueOf((char) d), 0, 1);
        if (KeywordPattern.same(c, (char) d, true) != expected) {
          throw new AssertionError("same(" + (int) c + ", " + d + ") != " + expected);
        }
      }
    }
  }

  @Test
  void foldsToAscii_everyCharacterTheSameAsAnAsciiOne_matches() {
    for (int d = 128; d <= Character.MAX_VALUE; d++) {
      boolean sameAsAscii = false;
      for (char c = 0; c < 128 && !sameAsAscii; c++) {
        sameAsAscii = KeywordPattern.same((char) d, c, true);
      }
      if (sameAsAscii && !KeywordPattern.FOLDS_TO_ASCII.matches((char) d)) {
        throw new AssertionError("FOLDS_TO_ASCII misses " + d);
      }
    }
    assertThat(KeywordPattern.FOLDS_TO_ASCII.matches('\u212A')).isTrue();
    assertThat(KeywordPattern.FOLDS_TO_ASCII.matches('’')).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Ŵyr", "ŵyr", "yn ÔL", "’ôl’"})
  void find_wordBeginningOutsideAscii_findsIt(String text) {
    KeywordPattern welsh =
        new KeywordPattern(
            Pattern.compile(
                "\\b(?:ŵyr|ôl)\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS),
            "ŵyr|ôl",
            "",
            false);

    assertThat(welsh.find(text)).isTrue();
    assertThat(welsh.find("wyr ol")).isFalse();
  }

  @Test
  void construct_wordOfOneCharacter_throws() {
    Pattern any = Pattern.compile("x");
    assertThatThrownBy(() -> new KeywordPattern(any, "x", "", false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("word (x)");
  }
}
