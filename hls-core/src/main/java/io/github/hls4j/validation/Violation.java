package io.github.hls4j.validation;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedMap;
import io.github.hls4j.internal.Checks;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One finding: a rule that a subject breaks, where, how badly and why.
 *
 * <p>The {@linkplain #path() path} names the offending element in the property names of the model's
 * JSON form, such as {@code recommendations[1].dependsOn[0]} or {@code signOffs[3].date}; it is
 * empty when the finding is about the subject as a whole. The {@linkplain #message() message} is
 * English text made from a template and the {@linkplain #arguments() named arguments}; code that
 * needs to tell findings apart uses the rule id, the path and the arguments, never the message
 * text. The {@linkplain #messageKey() message key} and the arguments let users translate the
 * message.
 *
 * <p>A finding about a subject read from a document may carry its {@linkplain #location() location}
 * there: the table, row and cell or paragraph, and a quote. A finding may also carry its
 * {@linkplain #place() place in words}, such as "Sign-off table, row 1 (Trudi Grant, Lead Officer):
 * Date": the path described for an officer in the model's own labels, added by a describer that
 * knows the subject ({@link #withPlace(String)}).
 *
 * <p>Instances are immutable and thread-safe. All attributes but the location and the place take
 * part in equality, so that the same finding read from Word and from JSON is equal, in any
 * language; the message takes part through its template, from which it is made with the arguments.
 *
 * @since 0.1.0
 */
public final class Violation {

  private static final String[] NO_ARGUMENTS = new String[0];

  private final RuleId rule;
  private final Severity severity;
  private final String path;
  private final String messageTemplate;
  private final String messageKey;

  /** The arguments as text: names and values in turn, ordered by name. */
  private final String[] arguments;

  /** Where the element was written in the document the subject was read from, if known. */
  private final @Nullable Location location;

  /** The path in words, for people; null until a describer adds it. */
  private final @Nullable String place;

  /**
   * The message, made on first use: most findings are read by rule, path and arguments, and never
   * shown. A race here is benign, as in {@code String.hashCode()}: every thread makes the same
   * immutable string.
   */
  private @Nullable String message;

  /** The arguments as a map, made on first use, as the message is. */
  private @Nullable ImmutableSortedMap<String, String> argumentMap;

  private Violation(
      RuleId rule,
      Severity severity,
      String path,
      String messageTemplate,
      String messageKey,
      String[] arguments,
      @Nullable Location location,
      @Nullable String place) {
    this.rule = rule;
    this.severity = severity;
    this.path = path;
    this.messageTemplate = messageTemplate;
    this.messageKey = messageKey;
    this.arguments = arguments;
    this.location = location;
    this.place = place;
  }

  /**
   * Returns a violation whose message is {@code messageTemplate} with each {@code {name}} replaced
   * by the argument of that name.
   *
   * @param rule the rule broken
   * @param severity how much it matters
   * @param path the offending element; empty for the subject itself
   * @param messageKey the key of the message, for translations
   * @param messageTemplate the English template
   * @param arguments the named arguments; values are turned into text with {@link
   *     String#valueOf(Object)}
   * @return the violation
   * @throws NullPointerException if any argument, or any key or value of {@code arguments}, is null
   * @throws IllegalArgumentException if {@code messageKey} is blank
   * @since 0.1.0
   */
  public static Violation of(
      RuleId rule,
      Severity severity,
      String path,
      String messageKey,
      String messageTemplate,
      Map<String, ?> arguments) {
    requireNonNull(rule, "Violation.rule");
    requireNonNull(severity, "Violation.severity");
    requireNonNull(path, "Violation.path");
    requireNonNull(messageKey, "Violation.messageKey");
    requireNonNull(messageTemplate, "Violation.messageTemplate");
    requireNonNull(arguments, "Violation.arguments");
    Checks.argument(
        !messageKey.isBlank(),
        "Violation",
        "messageKey",
        "Violation.messageKey (%s) must not be blank",
        messageKey);
    return new Violation(
        rule, severity, path, messageTemplate, messageKey, asText(arguments), null, null);
  }

  /**
   * Copies the arguments as text into names and values in turn, ordered by name, unless {@link
   * MessageArguments} holds them so already. Findings carry one to five arguments, so an insertion
   * sort is all the ordering needs.
   */
  private static String[] asText(Map<String, ?> arguments) {
    if (arguments instanceof MessageArguments text) {
      return text.namesAndValues();
    }
    if (arguments.isEmpty()) {
      return NO_ARGUMENTS;
    }
    String[] text = new String[arguments.size() * 2];
    int filled = 0;
    for (Map.Entry<String, ?> argument : arguments.entrySet()) {
      String name = name(argument);
      String value = value(argument);
      int at = filled;
      while (at > 0 && text[at - 2].compareTo(name) > 0) {
        text[at] = text[at - 2];
        text[at + 1] = text[at - 1];
        at -= 2;
      }
      text[at] = name;
      text[at + 1] = value;
      filled += 2;
    }
    return text;
  }

  private static String name(Map.Entry<String, ?> argument) {
    return requireNonNull(argument.getKey(), "Violation.arguments name");
  }

  private static String value(Map.Entry<String, ?> argument) {
    Object value = argument.getValue();
    if (value == null) {
      throw new NullPointerException(
          String.format(Locale.ROOT, "Violation.arguments[%s]", argument.getKey()));
    }
    return String.valueOf(value);
  }

  /**
   * Returns the id of the rule broken.
   *
   * @return the rule id
   * @since 0.1.0
   */
  public RuleId rule() {
    return rule;
  }

  /**
   * Returns how much the violation matters, after any {@link SeverityPolicy}.
   *
   * @return the severity
   * @since 0.1.0
   */
  public Severity severity() {
    return severity;
  }

  /**
   * Returns the path of the offending element, such as {@code signOffs[3].date}; empty when the
   * violation is about the subject as a whole.
   *
   * @return the path
   * @since 0.1.0
   */
  public String path() {
    return path;
  }

  /**
   * Returns the English message, for people; code should read the arguments instead.
   *
   * @return the message
   * @since 0.1.0
   */
  public String message() {
    String text = message;
    if (text == null) {
      text = MessageTemplate.format(messageTemplate, arguments());
      message = text;
    }
    return text;
  }

  /**
   * Returns the key of the message, for translations: the rule id's text for built-in rules.
   *
   * @return the message key
   * @since 0.1.0
   */
  public String messageKey() {
    return messageKey;
  }

  /**
   * Returns the English template the {@linkplain #message() message} is made from, with a {@code
   * {name}} for each argument: what a translation replaces, and what a finding read back from JSON
   * is built with.
   *
   * @return the template
   * @since 0.1.0
   */
  public String messageTemplate() {
    return messageTemplate;
  }

  /**
   * Returns the message's named arguments as text, ordered by name.
   *
   * @return an unmodifiable map from argument name to value
   * @since 0.1.0
   */
  public Map<String, String> arguments() {
    ImmutableSortedMap<String, String> map = argumentMap;
    if (map == null) {
      ImmutableSortedMap.Builder<String, String> builder = ImmutableSortedMap.naturalOrder();
      for (int i = 0; i < arguments.length; i += 2) {
        builder.put(arguments[i], arguments[i + 1]);
      }
      map = builder.buildOrThrow();
      argumentMap = map;
    }
    return map;
  }

  /**
   * Returns where the offending element was written in the document the subject was read from, such
   * as a Word report's "table 2, row 3, cell 2"; empty when the subject was not read from a
   * document, or the reader did not say.
   *
   * @return the location, if known
   * @since 0.1.0
   */
  public Optional<Location> location() {
    return Optional.ofNullable(location);
  }

  /**
   * Returns this finding at {@code location} in the document its subject was read from.
   *
   * @param location where the offending element was written
   * @return the same finding, located
   * @throws NullPointerException if {@code location} is null
   * @since 0.1.0
   */
  public Violation withLocation(Location location) {
    requireNonNull(location, "Violation.location");
    return new Violation(
        rule, severity, path, messageTemplate, messageKey, arguments, location, place);
  }

  /**
   * Returns where the finding is, in words for an officer, such as "Sign-off table, row 1 (Trudi
   * Grant, Lead Officer): Date"; empty until a describer has added it.
   *
   * @return the place in words
   * @since 0.1.0
   */
  public Optional<String> place() {
    return Optional.ofNullable(place);
  }

  /**
   * Returns this violation with its place in words.
   *
   * @param place the path described for people, in one language
   * @return a violation equal to this one, carrying the place
   * @throws NullPointerException if {@code place} is null
   * @throws IllegalArgumentException if {@code place} is blank
   * @since 0.1.0
   */
  public Violation withPlace(String place) {
    requireNonNull(place, "Violation.place");
    checkArgument(!place.isBlank(), "Violation.place (%s) must not be blank", place);
    return new Violation(
        rule, severity, path, messageTemplate, messageKey, arguments, location, place);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (!(other instanceof Violation that)) {
      return false;
    }
    return rule.equals(that.rule)
        && severity == that.severity
        && path.equals(that.path)
        && messageTemplate.equals(that.messageTemplate)
        && messageKey.equals(that.messageKey)
        && Arrays.equals(arguments, that.arguments);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        rule, severity, path, messageTemplate, messageKey, Arrays.hashCode(arguments));
  }

  /** Returns the violation on one line: severity, rule, path and message. */
  @Override
  public String toString() {
    return severity
        + " "
        + rule
        + " at "
        + (path.isEmpty() ? "(subject)" : path)
        + ": "
        + message();
  }
}
