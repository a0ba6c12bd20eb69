package io.github.hls4j.internal;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Collection;

/**
 * Construction checks shared by the model packages, each failing with a message of the one shape
 * {@code Type.attribute (value) must …}.
 */
public final class Checks {

  private Checks() {}

  /**
   * Checks that an identifier is not blank and holds no white space, no control character, no
   * invisible (format) character such as a zero-width space or a bidirectional override, and no
   * unpaired surrogate: an id is a key, and what cannot be seen must not make two ids differ.
   *
   * @param type the simple name of the type being built
   * @param attribute the attribute
   * @param value the value
   * @throws IllegalArgumentException if the value is blank or holds such a character
   */
  public static void id(String type, String attribute, String value) {
    checkArgument(
        !value.isEmpty() && visibleWithoutSpace(value),
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
      if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
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
   * @throws IllegalArgumentException if the value is blank
   */
  public static void notBlank(String type, String attribute, String value) {
    checkArgument(!value.isBlank(), "%s.%s (%s) must not be blank", type, attribute, value);
  }

  /**
   * Checks that a number is at least a minimum.
   *
   * @param type the simple name of the type being built
   * @param attribute the attribute
   * @param value the value
   * @param minimum the least value allowed
   * @throws IllegalArgumentException if the value is below the minimum
   */
  public static void atLeast(String type, String attribute, int value, int minimum) {
    checkArgument(
        value >= minimum, "%s.%s (%s) must be at least %s", type, attribute, value, minimum);
  }

  /**
   * Checks that a collection is not empty.
   *
   * @param type the simple name of the type being built
   * @param attribute the attribute
   * @param value the value
   * @throws IllegalArgumentException if the collection is empty
   */
  public static void notEmpty(String type, String attribute, Collection<?> value) {
    checkArgument(!value.isEmpty(), "%s.%s (%s) must not be empty", type, attribute, value);
  }
}
