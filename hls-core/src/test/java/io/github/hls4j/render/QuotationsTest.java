package io.github.hls4j.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import com.google.common.testing.NullPointerTester;
import io.github.hls4j.render.Quotations.Run;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class QuotationsTest {

  private static final String BARRIER = "Prevention grant is confirmed a year at a time";

  @Test
  void runs_passageInsideWelshSentence_isTheOnlyQuotedRun() {
    Quotations quoted = Quotations.of(Locale.ENGLISH, List.of(BARRIER));

    List<Run> runs = quoted.runs("Mae’r rhwystr “" + BARRIER + "” yn ddyledus.");

    assertThat(runs)
        .containsExactly(
            new Run("Mae’r rhwystr “", false),
            new Run(BARRIER, true),
            new Run("” yn ddyledus.", false));
  }

  @Test
  void runs_passageJoinedToALetter_isNotAPassage() {
    Quotations quoted = Quotations.of(Locale.ENGLISH, List.of("pooled budgets"));

    assertThat(quoted.runs("unpooled budgets")).containsExactly(new Run("unpooled budgets", false));
    assertThat(quoted.runs("pooled budgetsy")).containsExactly(new Run("pooled budgetsy", false));
    assertThat(quoted.runs("(pooled budgets)"))
        .containsExactly(new Run("(", false), new Run("pooled budgets", true), new Run(")", false));
  }

  @Test
  void runs_overlappingPassages_markTheLonger_andEveryOccurrence() {
    Quotations quoted = Quotations.of(Locale.ENGLISH, List.of("grant", BARRIER));

    List<Run> runs = quoted.runs(BARRIER + ", a grant");

    assertThat(runs)
        .containsExactly(new Run(BARRIER, true), new Run(", a ", false), new Run("grant", true));
  }

  @Test
  void runs_joined_giveTheTextBack() {
    Quotations quoted = Quotations.of(Locale.ENGLISH, List.of("a", "ab", "b c", "c"));
    String text = "a ab b c abc c, a";

    List<Run> runs = quoted.runs(text);

    assertThat(runs.stream().map(Run::text).reduce("", String::concat)).isEqualTo(text);
    assertThat(runs.stream().filter(Run::quoted).map(Run::text))
        .containsExactly("a", "ab", "b c", "c", "a");
  }

  @Test
  void of_stripsDropsBlankAndRepeatedPassages_keepingTheirOrder() {
    Quotations quoted = Quotations.of(Locale.ENGLISH, Arrays.asList(" b ", "", "a", "b", "  "));

    assertThat(quoted.passages()).containsExactly("b", "a");
    assertThat(quoted.language()).isEqualTo(Locale.ENGLISH);
    assertThat(quoted.with(List.of("c", "a")).passages()).containsExactly("b", "a", "c");
    assertThat(Quotations.none().passages()).isEmpty();
    assertThat(Quotations.none().runs("text")).containsExactly(new Run("text", false));
  }

  @Test
  void of_noLanguage_throwsNamingTheLanguage() {
    assertThatThrownBy(() -> Quotations.of(Locale.ROOT, List.of("a")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Quotations.language")
        .hasMessageContaining("(und)");
    assertThatThrownBy(() -> Quotations.of(Locale.ENGLISH, Arrays.asList("a", null)))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void publicMethods_rejectNull() {
    NullPointerTester tester = new NullPointerTester().setDefault(Locale.class, Locale.ENGLISH);
    tester.testAllPublicStaticMethods(Quotations.class);
    tester.testAllPublicInstanceMethods(Quotations.none());
  }

  @Test
  void runs_anyTextAndPassages_joinToTheText_andQuoteOnlyWholePassages() {
    qt().withExamples(Integer.getInteger("hls4j.examples", 500))
        .withFixedSeed(30L)
        .forAll(
            strings().betweenCodePoints('a', 'e').ofLengthBetween(0, 30),
            lists()
                .of(strings().betweenCodePoints('a', 'e').ofLengthBetween(1, 4))
                .ofSizeBetween(0, 5))
        .checkAssert(
            (text, passages) -> {
              String spaced = text.replace('e', ' ');
              List<String> words = passages.stream().map(p -> p.replace('e', ' ')).toList();
              Quotations quoted = Quotations.of(Locale.ENGLISH, words);
              List<Run> runs = quoted.runs(spaced);

              assertThat(runs.stream().map(Run::text).reduce("", String::concat)).isEqualTo(spaced);
              int at = 0;
              for (Run r : runs) {
                int end = at + r.text().length();
                if (r.quoted()) {
                  assertThat(quoted.passages()).contains(r.text());
                  assertThat(at == 0 || spaced.charAt(at - 1) == ' ' || r.text().charAt(0) == ' ')
                      .as("%s begins at a word's edge in %s", r.text(), spaced)
                      .isTrue();
                  assertThat(
                          end == spaced.length()
                              || spaced.charAt(end) == ' '
                              || r.text().endsWith(" "))
                      .as("%s ends at a word's edge in %s", r.text(), spaced)
                      .isTrue();
                }
                at = end;
              }
            });
  }
}
