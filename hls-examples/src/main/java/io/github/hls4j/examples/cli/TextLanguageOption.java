package io.github.hls4j.examples.cli;

import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * The {@code --text-lang} option: the language the input's own text is written in (a board
 * report's, or a learning system's records), which an html page marks on that text where the page's
 * language, {@code --lang}, differs. Unless given, a Word document's own language, else English.
 */
final class TextLanguageOption {

  @Option(
      names = "--text-lang",
      paramLabel = "LANG",
      converter = Tag.class,
      description =
          "The language the input's own text is written in (a report's, or a learning system's records), as a language tag such as en or cy (default: a Word document's own language, else en); an html page marks that text with it where the page's language differs.")
  @Nullable Locale language;

  /** The language given, else English. */
  Locale locale() {
    return language == null ? Locale.ENGLISH : language;
  }

  /** The language given, else the one the document records for its own text, else English. */
  Locale locale(Optional<Locale> recorded) {
    return language != null ? language : recorded.orElse(Locale.ENGLISH);
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
