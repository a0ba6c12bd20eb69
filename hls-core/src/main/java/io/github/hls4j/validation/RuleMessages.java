package io.github.hls4j.validation;

import static java.util.Objects.requireNonNull;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The messages of the built-in rules in English and in Welsh, and the wording of any violation in a
 * language.
 *
 * <p>The phrases are keyed by {@linkplain Violation#messageKey() message key} (a built-in rule's
 * id). An argument whose value is one of a rule's own fixed phrases (such as "by when") is
 * translated through the key {@code value.} followed by the English value; the document's own text
 * in an argument is quoted as it is. A violation whose key the phrasebook does not know, such as
 * one of a user's own rules, keeps its English template.
 *
 * <pre>{@code
 * Phrasebook welsh = RuleMessages.phrasebook(Locale.forLanguageTag("cy"));
 * String neges = RuleMessages.message(violation, welsh);
 * }</pre>
 *
 * <p>This class is thread-safe.
 *
 * @since 0.1.0
 */
public final class RuleMessages {

  /** The prefix of the keys that translate an argument's fixed value. */
  public static final String VALUE_PREFIX = "value.";

  private RuleMessages() {}

  /**
   * Returns the built-in rules' messages in a language: English for {@code en} and for any language
   * hls4j has no messages in, Welsh for {@code cy}.
   *
   * @param locale the language
   * @return the phrasebook
   * @since 0.1.0
   */
  public static Phrasebook phrasebook(Locale locale) {
    return Phrasebook.read(RuleMessages.class::getResourceAsStream, "messages", locale);
  }

  /**
   * Returns a violation's message in the phrasebook's language.
   *
   * @param violation the finding
   * @param words the messages, such as {@link #phrasebook(Locale)}, perhaps with a council's own
   * @return the message
   * @since 0.1.0
   */
  public static String message(Violation violation, Phrasebook words) {
    requireNonNull(violation, "violation");
    requireNonNull(words, "words");
    String template = words.find(violation.messageKey()).orElse(violation.messageTemplate());
    Map<String, String> arguments = new LinkedHashMap<>();
    violation.arguments().forEach((name, value) -> arguments.put(name, value(value, words)));
    return Phrasebook.fill(template, arguments);
  }

  /**
   * Returns an argument's value in the phrasebook's language: its own phrase, or the phrase of a
   * key with a {@code {name}} in it that the value matches, such as {@code value.priorities of
   * {strategy}}; otherwise the value as it is.
   */
  private static String value(String value, Phrasebook words) {
    java.util.Optional<String> own = words.find(VALUE_PREFIX + value);
    if (own.isPresent()) {
      return own.get();
    }
    for (String key : words.keys()) {
      int open = key.indexOf('{');
      int close = key.indexOf('}', open + 1);
      if (!key.startsWith(VALUE_PREFIX) || open < 0 || close < 0) {
        continue;
      }
      String before = key.substring(VALUE_PREFIX.length(), open);
      String after = key.substring(close + 1);
      if (value.length() > before.length() + after.length()
          && value.startsWith(before)
          && value.endsWith(after)) {
        String part = value.substring(before.length(), value.length() - after.length());
        return Phrasebook.fill(
            words.find(key).orElseThrow(), Map.of(key.substring(open + 1, close), part));
      }
    }
    return value;
  }
}
