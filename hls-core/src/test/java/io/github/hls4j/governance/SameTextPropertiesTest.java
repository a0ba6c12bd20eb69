package io.github.hls4j.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import com.google.common.base.Ascii;
import com.google.common.base.CharMatcher;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * {@code GovernanceChecks.sameText} compares texts where they lie; it must agree with comparing
 * their normalised copies, made here with Guava's matchers, which state the rule's meaning.
 */
class SameTextPropertiesTest {

  private static final int EXAMPLES = Integer.getInteger("hls4j.examples", 300) * 10;
  private static final String ALPHABET = "aAbZ1 \t\n\u2003.;:,'\"\u2018\u2019\u201C\u201D-";
  private static final String SPACES = " \t\n\u2003";
  private static final String QUOTES = "'\"\u2018\u2019\u201C\u201D";
  private static final String TRAILING = " .;:,\t";

  /** Text as compared: case, spacing, quotation marks and trailing punctuation aside. */
  static String normalised(String text) {
    String spaced = CharMatcher.whitespace().trimAndCollapseFrom(text, ' ');
    return Ascii.toLowerCase(
        CharMatcher.anyOf(" .;:,")
            .trimTrailingFrom(
                CharMatcher.anyOf("'\"\u2018\u2019\u201C\u201D").replaceFrom(spaced, '\'')));
  }

  private static Gen<String> texts() {
    return lists()
        .of(integers().between(0, ALPHABET.length() - 1))
        .ofSizeBetween(0, 10)
        .map(
            l ->
                l.stream()
                    .map(i -> String.valueOf(ALPHABET.charAt(i)))
                    .collect(Collectors.joining()));
  }

  @Test
  void sameText_agreesWithComparingNormalisedCopies() {
    qt().withExamples(EXAMPLES)
        .forAll(texts(), texts())
        .checkAssert(
            (a, b) ->
                assertThat(GovernanceChecks.sameText(a, b))
                    .as("'%s' and '%s'", a, b)
                    .isEqualTo(normalised(a).equals(normalised(b))));
  }

  @Test
  void sameText_holdsAcrossCaseSpacingQuotesAndTrailingPunctuation() {
    qt().withExamples(EXAMPLES)
        .forAll(texts(), longs().all())
        .checkAssert(
            (a, seed) -> {
              String b = restyled(a, new SplittableRandom(seed));
              assertThat(normalised(b)).isEqualTo(normalised(a));
              assertThat(GovernanceChecks.sameText(a, b)).as("'%s' and '%s'", a, b).isTrue();
              assertThat(GovernanceChecks.sameText(b, a)).as("'%s' and '%s'", b, a).isTrue();
            });
  }

  /** Writes the same text differently: other spacing, quotation marks, case and trailing marks. */
  private static String restyled(String text, SplittableRandom random) {
    StringBuilder out = new StringBuilder();
    out.append(SPACES, 0, random.nextInt(3));
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (SPACES.indexOf(c) >= 0) {
        out.append(SPACES.charAt(random.nextInt(SPACES.length())));
        if (random.nextBoolean()) {
          out.append(' ');
        }
      } else if (QUOTES.indexOf(c) >= 0) {
        out.append(QUOTES.charAt(random.nextInt(QUOTES.length())));
      } else if (random.nextBoolean()) {
        out.append(Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c));
      } else {
        out.append(c);
      }
    }
    for (int k = random.nextInt(3); k > 0; k--) {
      out.append(TRAILING.charAt(random.nextInt(TRAILING.length())));
    }
    return out.toString();
  }
}
