package io.github.hls4j.examples.cli;

import java.util.IllformedLocaleException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * The {@code --text-lang} option: the language the input's own text is written in (a board
 * report's, or a learning system's records), which an html page marks on that text where the page's
 * language, {@code --lang}, differs. English unless given.
 */
final class TextLanguageOption {

  @Option(
      names = "--text-lang",
      paramLabel = "LANG",
      converter = Tag.class,
      description =
          "The language the input's own text is written in (a report's, or a learning system's records), as a language tag such as en or cy (default: en); an html page marks that text with it where the page's language differs.")
  @Nullable Locale language;

  /** The language given, else English. */
  Locale locale() {
    return language == null ? Locale.ENGLISH : language;
  }

  /** Reads a language tag, such as {@code cy} or {@code en-GB}, that names a language. */
  static final class Tag implements ITypeConverter<Locale> {
    @Override
    public Locale convert(String value) {
      Locale locale;
      try {
        locale = new Locale.Builder().setLanguageTag(value.strip()).build();
      } catch (IllformedLocaleException e) {
        locale = Locale.ROOT;
      }
      if (locale.getLanguage().isEmpty()) {
        throw new TypeConversionException(
            "'"
                + io.github.hls4j.text.Printable.oneLine(value)
                + "' is not a language tag: give one such as en or cy");
      }
      return locale;
    }
  }
}
