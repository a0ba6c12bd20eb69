package io.github.hls4j.internal;

import com.google.common.base.Strings;
import java.util.Collection;
import org.jspecify.annotations.Nullable;

/**
 * Construction checks shared by the model packages, each failing with a message of the one shape
 * {@code Type.attribute (value) must …}.
 */
public final class Checks {

  private Checks() {}

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
      throw new ModelCheckException(type, attribute, Strings.lenientFormat(template, arguments));
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
    argument(
        !value.isEmpty() && visibleWithoutSpace(value),
        type,
        attribute,
        "%s.%s (%s) must be non-blank text with no white space, control or invisible characters",
        type,
        attribute,
        value);
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
    argument(
        !value.isBlank(), type, attribute, "%s.%s (%s) must not be blank", type, attribute, value);
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
    argument(
        value >= minimum,
        type,
        attribute,
        "%s.%s (%s) must be at least %s",
        type,
        attribute,
        value,
        minimum);
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
    argument(
        !value.isEmpty(), type, attribute, "%s.%s (%s) must not be empty", type, attribute, value);
  }
}
