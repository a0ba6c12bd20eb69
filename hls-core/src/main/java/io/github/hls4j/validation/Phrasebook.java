package io.github.hls4j.validation;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The words of one language: phrases by key, each a template in which {@code {name}} stands for a
 * named argument, read from UTF-8 {@code .properties} files.
 *
 * <p>A phrasebook for a language reads {@code name.properties} (English, the root) and then {@code
 * name_xx.properties} for the language {@code xx} over it, as {@link java.util.ResourceBundle}
 * does, but without consulting the JVM's default locale: the language is always the one asked for.
 * A council overrides a phrase with {@link #with(Map)}:
 *
 * <pre>{@code
 * Phrasebook words = RuleMessages.phrasebook(Locale.forLanguageTag("cy"))
 *     .with(Map.of("governance/signoff-undated", "Nid oes dyddiad i {name} ({role})"));
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Phrasebook {

  private static final String PROPERTIES = ".properties";

  private final Locale locale;
  private final ImmutableMap<String, String> phrases;
  private final ImmutableMap<String, String> english;

  private Phrasebook(
      Locale locale, ImmutableMap<String, String> phrases, ImmutableMap<String, String> english) {
    this.locale = locale;
    this.phrases = phrases;
    this.english = english;
  }

  /**
   * Reads a phrasebook through {@code opener}, which opens a resource by its file name (such as
   * {@code messages_cy.properties}) or returns null when there is none. The caller passes a lambda
   * such as {@code file -> MyWords.class.getResourceAsStream(file)}, so that resources of its own
   * module are found.
   *
   * @param opener opens a resource by file name; returns null when it does not exist
   * @param name the base name of the files, such as {@code messages}
   * @param locale the language; only its language code is used
   * @return the phrasebook
   * @throws IllegalArgumentException if the English file {@code name.properties} does not exist
   * @throws UncheckedIOException if a file cannot be read
   * @since 0.1.0
   */
  public static Phrasebook read(
      Function<String, @Nullable InputStream> opener, String name, Locale locale) {
    requireNonNull(opener, "opener");
    requireNonNull(name, "name");
    requireNonNull(locale, "locale");
    Map<String, String> english = load(opener, file(name, ""));
    checkArgument(
        english != null, "Phrasebook name (%s) has no English file %s.properties", name, name);
    Map<String, String> all = new LinkedHashMap<>(english);
    String language = locale.getLanguage();
    if (!language.isEmpty() && !language.equals("en")) {
      Map<String, String> own = load(opener, file(name, language));
      if (own != null) {
        all.putAll(own);
      }
    }
    return new Phrasebook(
        Locale.forLanguageTag(language.isEmpty() ? "en" : language),
        ImmutableMap.copyOf(all),
        ImmutableMap.copyOf(english));
  }

  /**
   * Reads the phrases a language adds over English, and nothing else: what a completeness test
   * compares with English.
   *
   * @param opener opens a resource by file name; returns null when it does not exist
   * @param name the base name of the files
   * @param language the language code, such as {@code cy}, or {@code ""} for the English root
   * @return the phrases of that one file by key; empty if there is no such file
   * @throws UncheckedIOException if the file cannot be read
   * @since 0.1.0
   */
  public static Map<String, String> readOwn(
      Function<String, @Nullable InputStream> opener, String name, String language) {
    Map<String, String> own = load(opener, file(name, language));
    return own == null ? Map.of() : ImmutableMap.copyOf(own);
  }

  private static @Nullable Map<String, String> load(
      Function<String, @Nullable InputStream> opener, String file) {
    try (InputStream in = opener.apply(file)) {
      if (in == null) {
        return null;
      }
      Properties properties = new Properties();
      try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        properties.load(reader);
      }
      Map<String, String> phrases = new LinkedHashMap<>();
      properties.stringPropertyNames().stream()
          .sorted()
          .forEach(k -> phrases.put(k, properties.getProperty(k)));
      return phrases;
    } catch (IOException e) {
      throw new UncheckedIOException("Phrasebook cannot read " + file, e);
    }
  }

  /**
   * Returns this phrasebook with some phrases replaced or added, such as a council's own wording.
   *
   * @param overrides phrases by key
   * @return a new phrasebook
   * @throws NullPointerException if {@code overrides} or any key or value in it is null
   * @since 0.1.0
   */
  public Phrasebook with(Map<String, String> overrides) {
    Map<String, String> all = new LinkedHashMap<>(phrases);
    all.putAll(requireNonNull(overrides, "overrides"));
    return new Phrasebook(locale, ImmutableMap.copyOf(all), english);
  }

  /**
   * Returns this phrasebook and another of the same language together; where both have a key, this
   * one's phrase is kept.
   *
   * @param other more phrases
   * @return a new phrasebook
   * @since 0.1.0
   */
  public Phrasebook and(Phrasebook other) {
    Map<String, String> all = new LinkedHashMap<>(other.phrases);
    all.putAll(phrases);
    Map<String, String> allEnglish = new LinkedHashMap<>(other.english);
    allEnglish.putAll(english);
    return new Phrasebook(locale, ImmutableMap.copyOf(all), ImmutableMap.copyOf(allEnglish));
  }

  /**
   * Returns the language of the phrases, such as {@code cy} or {@code en}.
   *
   * @return the locale, with a language code only
   * @since 0.1.0
   */
  public Locale locale() {
    return locale;
  }

  /**
   * Returns whether the phrasebook is Welsh, English or another language: the BCP 47 tag of {@link
   * #locale()}, for an HTML {@code lang} attribute.
   *
   * @return the language tag, such as {@code cy}
   * @since 0.1.0
   */
  public String languageTag() {
    return locale.toLanguageTag();
  }

  /**
   * Returns every key.
   *
   * @return the keys
   * @since 0.1.0
   */
  public Set<String> keys() {
    return phrases.keySet();
  }

  /**
   * Returns the phrase of a key, if there is one.
   *
   * @param key the key
   * @return the phrase, as a template
   * @since 0.1.0
   */
  public Optional<String> find(String key) {
    return Optional.ofNullable(phrases.get(key));
  }

  /**
   * Returns whether the phrase of a key is the English one, for want of a translation.
   *
   * @param key the key
   * @return true if the phrasebook is not English and has no phrase of its own for the key
   * @since 0.1.0
   */
  public boolean isEnglishFallback(String key) {
    return !locale.getLanguage().equals("en")
        && phrases.containsKey(key)
        && phrases.get(key).equals(english.get(key));
  }

  /**
   * Returns the phrase of a key with no arguments.
   *
   * @param key the key
   * @return the phrase
   * @throws IllegalArgumentException if there is no phrase of that key
   * @since 0.1.0
   */
  public String phrase(String key) {
    return format(key, Map.of());
  }

  /**
   * Returns the phrase of a key with each {@code {name}} replaced by the argument of that name.
   *
   * @param key the key
   * @param arguments named arguments; values are turned into text with {@link String#valueOf}
   * @return the phrase
   * @throws IllegalArgumentException if there is no phrase of that key
   * @since 0.1.0
   */
  public String format(String key, Map<String, ?> arguments) {
    String template = phrases.get(requireNonNull(key, "key"));
    checkArgument(template != null, "Phrasebook (%s) has no phrase key (%s)", locale, key);
    return fill(template, arguments);
  }

  /**
   * Returns a template with each {@code {name}} replaced by the argument of that name; a name with
   * no argument is left as written.
   *
   * @param template the template
   * @param arguments named arguments
   * @return the text
   * @since 0.1.0
   */
  public static String fill(String template, Map<String, ?> arguments) {
    Map<String, String> text = new LinkedHashMap<>();
    arguments.forEach((k, v) -> text.put(k, String.valueOf(v)));
    return MessageTemplate.format(template, text);
  }

  /**
   * Returns a phrase key made of parts joined by dots, such as {@code key("severity", "ERROR")} for
   * {@code severity.ERROR}.
   *
   * @param parts the parts, turned into text with {@link String#valueOf(Object)}
   * @return the key
   * @since 0.1.0
   */
  public static String key(Object... parts) {
    return com.google.common.base.Joiner.on('.').join(parts);
  }

  /**
   * The file of a language's phrases: {@code name.properties} for English, {@code
   * name_cy.properties}.
   */
  private static String file(String name, String language) {
    return language.isEmpty()
        ? String.join("", name, PROPERTIES)
        : String.join("", name, "_", language, PROPERTIES);
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "Phrasebook[%s, %d phrases]", locale, phrases.size());
  }
}
