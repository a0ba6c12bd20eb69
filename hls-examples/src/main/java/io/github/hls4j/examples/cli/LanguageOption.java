package io.github.hls4j.examples.cli;

import io.github.hls4j.validation.Phrasebook;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * The {@code --lang} option: the language of what a command prints and writes, en or cy; else the
 * user's locale.
 */
final class LanguageOption {

  /** The languages hls4j speaks. */
  enum Language {
    en,
    cy
  }

  @Option(
      names = "--lang",
      paramLabel = "LANG",
      description =
          "en or cy: the language of findings, pages and messages (default: the user's locale's, if Welsh, else English).")
  @Nullable Language language;

  /** The language asked for, else the user's locale's when it is Welsh, else English. */
  Locale locale() {
    return locale(language, Locale.getDefault());
  }

  /**
   * The language a command line asks for with {@code --lang cy} or {@code --lang=cy}, read before
   * picocli parses it; null if none, or none hls4j speaks.
   */
  static @Nullable Language asked(String... args) {
    for (int i = 0; i < args.length; i++) {
      String value =
          args[i].equals("--lang") && i + 1 < args.length
              ? args[i + 1]
              : args[i].startsWith("--lang=") ? args[i].substring("--lang=".length()) : null;
      if (value != null) {
        for (Language language : Language.values()) {
          if (language.name().equalsIgnoreCase(value)) {
            return language;
          }
        }
      }
    }
    return null;
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

  /**
   * The command's own messages in the language of its usage help: --lang, else the user's locale's
   * if Welsh, else English.
   */
  static Phrasebook words(picocli.CommandLine.Model.CommandSpec spec) {
    java.util.ResourceBundle help = spec.resourceBundle();
    Locale language =
        help == null || help.getLocale().getLanguage().isEmpty()
            ? Locale.ENGLISH
            : help.getLocale();
    return words(language);
  }

  static Phrasebook words(Locale locale) {
    return Phrasebook.read(LanguageOption.class::getResourceAsStream, "command", locale);
  }
}
