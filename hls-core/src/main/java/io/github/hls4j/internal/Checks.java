package io.github.hls4j.internal;

import com.google.common.base.Strings;
import com.google.common.collect.ImmutableMap;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Construction checks shared by the model packages, each failing with a message of the one shape
 * {@code Type.attribute (value) must …} and with a message key of {@code problems.properties} and
 * the type, the attribute and the value as named arguments.
 */
public final class Checks {

  /** The English words of the refusals, read once from {@code problems.properties}. */
  private static final ImmutableMap<String, String> ENGLISH = english();

  /** The key of a refusal that no phrase of its own words yet: type, attribute and value. */
  public static final String REFUSED = "model/refused";

  private Checks() {}

  /**
   * Checks a condition on one attribute of a model, refusing with a reason worded by key.
   *
   * @param ok the condition
   * @param key the message key in {@code problems.properties}, such as {@code model/not-blank}
   * @param type the simple name of the type being built
   * @param attribute the attribute the condition is on
   * @param value the value refused
   * @param more further named arguments, such as {@code minimum}
   * @throws ModelCheckException naming the type and the attribute if the condition is false
   */
  public static void refuse(
      boolean ok,
      String key,
      String type,
      String attribute,
      @Nullable Object value,
      Map<String, ?> more) {
    if (!ok) {
      Map<String, String> arguments = new java.util.LinkedHashMap<>();
      arguments.put("type", type);
      arguments.put("attribute", attribute);
      arguments.put("value", String.valueOf(value));
      more.forEach((name, v) -> arguments.put(name, String.valueOf(v)));
      String template = ENGLISH.get(key);
      if (template == null) {
        throw new IllegalArgumentException(
            String.format(Locale.ROOT, "problems.properties has no key (%s)", key));
      }
      throw new ModelCheckException(type, attribute, key, arguments, fill(template, arguments));
    }
  }

  /**
   * Checks a condition on one attribute of a model.
   *
   * @param ok the condition
   * @param type the simple name of the type being built
   * @param attribute the attribute the condition is on
   * @param template the message, with {@code %s} for each argument, of the shape {@code
   *     Type.attribute (value) must …}
   * @param arguments the message's arguments
   * @throws ModelCheckException naming the type and the attribute if the condition is false
   */
  public static void argument(
      boolean ok, String type, String attribute, String template, @Nullable Object... arguments) {
    if (!ok) {
      Object value = arguments.length > 0 ? arguments[0] : "empty";
      throw new ModelCheckException(
          type,
          attribute,
          REFUSED,
          ImmutableMap.of("type", type, "attribute", attribute, "value", String.valueOf(value)),
          Strings.lenientFormat(template, arguments));
    }
  }

  /**
   * Checks that an identifier is not blank and holds no white space, no control character, no
   * invisible (format) character such as a zero-width space or a bidirectional override, and no
   * unpaired surrogate: an id is a key, and what cannot be seen must not make two ids differ.
   *
   * @param type the simple name of the type being built
   * @param attribute the attribute
   * @param value the value
   * @throws ModelCheckException if the value is blank or holds such a character
   */
  public static void id(String type, String attribute, String value) {
    refuse(
        !value.isEmpty() && visibleWithoutSpace(value),
        "model/id-form",
        type,
        attribute,
        value,
        ImmutableMap.of());
  }

  private static ImmutableMap<String, String> english() {
    java.util.Properties phrases = new java.util.Properties();
    try (java.io.InputStream in = Checks.class.getResourceAsStream("problems.properties")) {
      if (in == null) {
        throw new IllegalStateException("hls-core holds no problems.properties");
      }
      phrases.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    ImmutableMap.Builder<String, String> english = ImmutableMap.builder();
    phrases.stringPropertyNames().forEach(k -> english.put(k, phrases.getProperty(k)));
    return english.buildOrThrow();
  }

  /** Replaces each {@code {name}} of a template by the argument of that name. */
  private static String fill(String template, Map<String, String> arguments) {
    StringBuilder text = new StringBuilder(template.length() + 32);
    int from = 0;
    for (int open = template.indexOf('{'); open >= 0; open = template.indexOf('{', from)) {
      int close = template.indexOf('}', open + 1);
      if (close < 0) {
        break;
      }
      String value = arguments.get(template.substring(open + 1, close));
      text.append(template, from, value == null ? close + 1 : open);
      if (value != null) {
        text.append(value);
      }
      from = close + 1;
    }
    return text.append(template, from, template.length()).toString();
  }

  private static boolean visibleWithoutSpace(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isWhitespace(c)
          || Character.isSpaceChar(c)
          || Character.isISOControl(c)
          || Character.getType(c) == Character.FORMAT) {
        return false;
      }
      if (Character.isHighSurrogate(c)
          && i + 1 < value.length()
          && Character.isLowSurrogate(value.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Checks that a text is not blank.
   *
   * @param type the simple name of the type being built
   * @param attribute the attribute
   * @param value the value
   * @throws ModelCheckException if the value is blank
   */
  public static void notBlank(String type, String attribute, String value) {
    refuse(!value.isBlank(), "model/not-blank", type, attribute, value, ImmutableMap.of());
  }

  /**
   * Checks that a number is at least a minimum.
   *
   * @param type the simple name of the type being built
   * @param attribute the attribute
   * @param value the value
   * @param minimum the least value allowed
   * @throws ModelCheckException if the value is below the minimum
   */
  public static void atLeast(String type, String attribute, int value, int minimum) {
    refuse(
        value >= minimum,
        "model/at-least",
        type,
        attribute,
        value,
        ImmutableMap.of("minimum", minimum));
  }

  /**
   * Checks that a collection is not empty.
   *
   * @param type the simple name of the type being built
   * @param attribute the attribute
   * @param value the value
   * @throws ModelCheckException if the collection is empty
   */
  public static void notEmpty(String type, String attribute, Collection<?> value) {
    refuse(!value.isEmpty(), "model/not-empty", type, attribute, value, ImmutableMap.of());
  }

  /**
   * Checks that a date is not before another attribute's date.
   *
   * @param type the simple name of the type being built
   * @param attribute the attribute
   * @param value the value
   * @param earlier the attribute whose date it must not be before
   * @param earlierValue that attribute's value
   * @throws ModelCheckException if the value is before the other
   */
  public static void notBefore(
      String type,
      String attribute,
      java.time.LocalDate value,
      String earlier,
      java.time.LocalDate earlierValue) {
    refuse(
        !value.isBefore(earlierValue),
        "model/date-order",
        type,
        attribute,
        value,
        ImmutableMap.of("earlier", earlier, "earlierValue", earlierValue));
  }

  /**
   * Checks that an id appears once among an attribute's elements.
   *
   * @param unique whether the id was not seen before
   * @param type the simple name of the type being built
   * @param attribute the attribute
   * @param id the id
   * @throws ModelCheckException if the id appears twice
   */
  public static void uniqueId(boolean unique, String type, String attribute, Object id) {
    refuse(unique, "model/unique-ids", type, attribute, id, ImmutableMap.of());
  }

  /**
   * Checks that an attribute is given exactly when another is.
   *
   * @param type the simple name of the type being built
   * @param attribute the attribute
   * @param value the value, or {@code empty}
   * @param given whether the attribute is given
   * @param other the other attribute
   * @param otherValue its value, or {@code empty}
   * @param otherGiven whether the other is given
   * @throws ModelCheckException if one is given without the other
   */
  public static void givenTogether(
      String type,
      String attribute,
      Object value,
      boolean given,
      String other,
      Object otherValue,
      boolean otherGiven) {
    refuse(
        given == otherGiven,
        "model/given-together",
        type,
        attribute,
        value,
        ImmutableMap.of("other", other, "otherValue", otherValue));
  }

  /**
   * Checks that a number is from a minimum to a maximum.
   *
   * @param type the simple name of the type being built
   * @param attribute the attribute
   * @param value the value
   * @param minimum the least value allowed
   * @param maximum the greatest value allowed
   * @throws ModelCheckException if the value is out of the range
   */
  public static void between(
      String type, String attribute, long value, long minimum, long maximum) {
    refuse(
        value >= minimum && value <= maximum,
        "model/range",
        type,
        attribute,
        value,
        ImmutableMap.of("minimum", minimum, "maximum", maximum));
  }
}
