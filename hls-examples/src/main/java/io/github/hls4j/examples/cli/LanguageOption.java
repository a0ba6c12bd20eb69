package io.github.hls4j.examples.cli;

import io.github.hls4j.validation.Phrasebook;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** The {@code --lang} option: the language of what a command prints and writes, en or cy; else the user's locale. */
final class LanguageOption {

  /** The languages hls4j speaks. */
  enum Language {
    en,
    cy
  }

  @Option(
      names = "--lang",
      paramLabel = "LANG",
      description = "en or cy: the language of findings, pages and messages (default: the user's locale's, if Welsh, else English).")
  @Nullable Language language;

  /** The language asked for, else the user's locale's when it is Welsh, else English. */
  Locale locale() {
    return locale(language, Locale.getDefault());
  }

  static Locale locale(@Nullable Language asked, Locale user) {
    if (asked != null) {
      return Locale.forLanguageTag(asked.name());
    }
    return user.getLanguage().equals("cy") ? Locale.forLanguageTag("cy") : Locale.ENGLISH;
  }

  /** The command's own messages in the language. */
  Phrasebook words() {
    return words(locale());
  }

  static Phrasebook words(Locale locale) {
    return Phrasebook.read(LanguageOption.class::getResourceAsStream, "command", locale);
  }
}
