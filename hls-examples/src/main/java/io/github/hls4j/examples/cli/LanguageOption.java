package io.github.hls4j.examples.cli;

import io.github.hls4j.validation.Phrasebook;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The {@code --lang} option: the language of what a command prints and writes, en or cy; else the
 * user's locale. It is declared once, on {@code hls}, and inherited by every command under it, so
 * that it stands anywhere on the command line: {@code hls --lang cy validate x.json} and {@code hls
 * validate --lang cy x.json} are the same. A command reads it with {@link #of}.
 */
final class LanguageOption {

  /** The languages hls4j speaks. */
  enum Language {
    en,
    cy
  }

  @Option(
      names = "--lang",
      scope = ScopeType.INHERIT,
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
   * The {@code --lang} of the command line a command runs in, wherever it stands on it; none asked
   * for when the command runs outside {@code hls}.
   */
  static LanguageOption of(CommandSpec spec) {
    return spec.root().userObject() instanceof Hls hls ? hls.language : new LanguageOption();
  }

  /**
   * The command's own messages in the language of the command line: --lang, wherever it stands,
   * else that of its usage help (the user's locale's if Welsh, else English).
   */
  static Phrasebook words(CommandSpec spec) {
    return words(locale(spec));
  }

  /**
   * The language of the command line: --lang, wherever it stands, else that of its usage help (the
   * user's locale's if Welsh, else English).
   */
  static Locale locale(CommandSpec spec) {
    LanguageOption asked = of(spec);
    if (asked.language != null) {
      return asked.locale();
    }
    java.util.ResourceBundle help = spec.resourceBundle();
    Locale language =
        help == null || help.getLocale().getLanguage().isEmpty()
            ? Locale.ENGLISH
            : help.getLocale();
    return language;
  }

  static Phrasebook words(Locale locale) {
    return Phrasebook.read(LanguageOption.class::getResourceAsStream, "command", locale);
  }
}
