package io.github.hls4j.validation;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Why a value was refused, as data: a message key and named arguments, beside the English sentence
 * they make. A model's builder refuses a value with one (such as {@code model/not-blank} with the
 * type, the attribute and the value), and so does a JSON reader (such as {@code json/expected} with
 * the attribute, the form expected and the value given). An argument is either text (a name, a
 * value as the input gave it) or another reason, worded in the same language as the whole, such as
 * the form a value should have.
 *
 * <p>The sentence in another language comes from a {@link Phrasebook} by key, with the same named
 * arguments; a key the phrasebook does not know keeps its English sentence:
 *
 * <pre>{@code
 * String rheswm = reason.message(Reason.phrasebook(Locale.forLanguageTag("cy")));
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Reason {

  private final String key;
  private final ImmutableMap<String, Object> arguments;
  private final String english;

  private Reason(String key, ImmutableMap<String, Object> arguments, String english) {
    this.key = key;
    this.arguments = arguments;
    this.english = english;
  }

  /**
   * Returns a reason worded in English by a phrasebook: the English phrasebook's phrase of the key,
   * with each argument filled in (another reason by its English sentence).
   *
   * @param english the English phrasebook that holds the key, such as {@link #phrasebook(Locale)}
   *     for {@link Locale#ENGLISH}
   * @param key the message key, such as {@code model/not-blank}
   * @param arguments the named arguments: each a {@link Reason} or a value turned into text with
   *     {@link String#valueOf(Object)}
   * @return the reason
   * @throws IllegalArgumentException if the phrasebook has no phrase of the key
   * @throws NullPointerException if an argument is null
   * @since 0.1.0
   */
  public static Reason of(Phrasebook english, String key, Map<String, ?> arguments) {
    ImmutableMap<String, Object> copy = copy(arguments);
    return new Reason(key, copy, english.format(key, texts(copy, null)));
  }

  /**
   * Returns a reason whose English sentence is given, such as a sentence a JSON library wrote, or a
   * refusal that no phrase words yet.
   *
   * @param key the message key
   * @param arguments the named arguments: each a {@link Reason} or a value
   * @param english the English sentence
   * @return the reason
   * @throws NullPointerException if an argument is null
   * @since 0.1.0
   */
  public static Reason of(String key, Map<String, ?> arguments, String english) {
    return new Reason(requireNonNull(key, "key"), copy(arguments), requireNonNull(english));
  }

  private static ImmutableMap<String, Object> copy(Map<String, ?> arguments) {
    ImmutableMap.Builder<String, Object> copy = ImmutableMap.builder();
    arguments.forEach(
        (name, value) ->
            copy.put(
                name, value instanceof Reason ? value : String.valueOf(requireNonNull(value))));
    return copy.buildOrThrow();
  }

  /**
   * Returns the words of the model's construction refusals, by key, in a language: English for
   * {@code en} and for any language hls4j has no words in, Welsh for {@code cy}.
   *
   * @param locale the language
   * @return the phrasebook
   * @since 0.1.0
   */
  public static Phrasebook phrasebook(Locale locale) {
    return Phrasebook.read(
        io.github.hls4j.internal.Checks.class::getResourceAsStream, "problems", locale);
  }

  /**
   * Returns the message key, such as {@code model/not-blank}.
   *
   * @return the key
   * @since 0.1.0
   */
  public String key() {
    return key;
  }

  /**
   * Returns the named arguments, in order, each as English text: a value as it is, a reason by its
   * English sentence.
   *
   * @return the arguments by name
   * @since 0.1.0
   */
  public Map<String, String> arguments() {
    return texts(arguments, null);
  }

  /**
   * Returns an argument that is itself a reason, such as the form a value should have.
   *
   * @param name the argument's name
   * @return the reason, or empty if there is no such argument or it is text
   * @since 0.1.0
   */
  public Optional<Reason> reason(String name) {
    Object value = arguments.get(name);
    return value instanceof Reason ? Optional.of((Reason) value) : Optional.empty();
  }

  /**
   * Returns the English sentence.
   *
   * @return the sentence
   * @since 0.1.0
   */
  public String english() {
    return english;
  }

  /**
   * Returns the sentence in a phrasebook's language: its phrase of the key with each argument
   * filled in, an argument that is a reason worded in the same phrasebook. Where the phrasebook has
   * no phrase of the key, the English sentence.
   *
   * @param words the phrases, such as {@link #phrasebook(Locale)}
   * @return the sentence
   * @since 0.1.0
   */
  public String message(Phrasebook words) {
    requireNonNull(words, "words");
    Optional<String> template = words.find(key);
    if (template.isEmpty()) {
      return english;
    }
    return Phrasebook.fill(template.get(), texts(arguments, words));
  }

  private static Map<String, String> texts(
      ImmutableMap<String, Object> arguments, @Nullable Phrasebook words) {
    Map<String, String> texts = new LinkedHashMap<>();
    arguments.forEach(
        (name, value) ->
            texts.put(
                name,
                value instanceof Reason
                    ? words == null ? ((Reason) value).english : ((Reason) value).message(words)
                    : (String) value));
    return texts;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Reason that
        && key.equals(that.key)
        && arguments.equals(that.arguments)
        && english.equals(that.english);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(key, arguments, english);
  }

  /** Returns the key and the English sentence. */
  @Override
  public String toString() {
    return String.join("", key, ": ", english);
  }
}
