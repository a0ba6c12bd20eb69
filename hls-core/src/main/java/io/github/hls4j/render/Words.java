package io.github.hls4j.render;

import io.github.hls4j.governance.SourceRef;
import io.github.hls4j.validation.Phrasebook;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The words of hls4j's rendered pages and of places in words, in English and in Welsh: headings and
 * labels of a report, the findings page's words, and the labels of the model's properties.
 *
 * <p>A council overrides a label with {@link Phrasebook#with(java.util.Map)}, such as its own name
 * for the sign-off table: {@code Words.of(locale).with(Map.of("place.signOffs.item", "Clearance
 * table, row {row}{who}"))}. The keys are those of {@code words.properties} in this package; {@code
 * docs/languages.md} lists how to add a language.
 *
 * <p>This class is thread-safe.
 *
 * @since 0.1.0
 */
public final class Words {

  private Words() {}

  /**
   * Returns the words in a language: English for {@code en} and for any language hls4j has no words
   * in, Welsh for {@code cy}.
   *
   * @param locale the language
   * @return the phrasebook
   * @since 0.1.0
   */
  public static Phrasebook of(Locale locale) {
    return Phrasebook.read(Words.class::getResourceAsStream, "words", locale);
  }

  /**
   * A source as a page writes it: its kind in words and its name, such as "the escalation ‘Funding
   * regime …’", or its kind and id when the names do not know it.
   */
  static String source(SourceRef source, SourceNames names, Phrasebook words) {
    Optional<String> name = names.name(source).filter(n -> !n.isBlank());
    Optional<String> template = words.find(Phrasebook.key("source", source.kind().name()));
    if (name.isPresent() && template.isPresent()) {
      return Phrasebook.fill(template.get(), Map.of("name", name.get()));
    }
    return words
        .find(Phrasebook.key("source", "id", source.kind().name()))
        .map(phrase -> Phrasebook.fill(phrase, Map.of("id", source.id())))
        .orElseGet(source::describe);
  }
}
