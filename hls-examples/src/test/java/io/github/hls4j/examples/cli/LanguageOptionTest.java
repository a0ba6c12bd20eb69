package io.github.hls4j.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hls4j.validation.Phrasebook;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class LanguageOptionTest {

  private static final Pattern ARGUMENT = Pattern.compile("\\{([A-Za-z]+)}");

  @Test
  void locale_notAsked_isTheUsersIfWelsh_elseEnglish() {
    assertThat(LanguageOption.locale(null, Locale.forLanguageTag("cy-GB")).getLanguage())
        .isEqualTo("cy");
    assertThat(LanguageOption.locale(null, Locale.FRANCE).getLanguage()).isEqualTo("en");
    assertThat(
            LanguageOption.locale(LanguageOption.Language.en, Locale.forLanguageTag("cy"))
                .getLanguage())
        .isEqualTo("en");
  }

  @Test
  void commandWords_welshHasEveryKey_withTheSameArgumentNames() {
    Map<String, String> english =
        Phrasebook.readOwn(LanguageOption.class::getResourceAsStream, "command", "");
    Map<String, String> welsh =
        Phrasebook.readOwn(LanguageOption.class::getResourceAsStream, "command", "cy");

    assertThat(english).isNotEmpty();
    assertThat(new TreeSet<>(welsh.keySet())).isEqualTo(new TreeSet<>(english.keySet()));
    english.forEach(
        (key, phrase) ->
            assertThat(arguments(welsh.get(key))).as(key).isEqualTo(arguments(phrase)));
    welsh.forEach(
        (key, phrase) ->
            assertThat(ARGUMENT.matcher(phrase).replaceAll(" ").split("[^\\p{L}]+"))
                .as(key)
                .doesNotContain("the", "and", "with", "errors", "reports", "report"));
  }

  private static Set<String> arguments(String phrase) {
    Set<String> names = new TreeSet<>();
    Matcher m = ARGUMENT.matcher(phrase);
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }
}
