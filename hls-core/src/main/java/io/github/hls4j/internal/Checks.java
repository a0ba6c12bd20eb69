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
   * Checks that an identifier is not blank and has no leading or trailing white space.
   *
   * @param type the simple name of the type being built
   * @param attribute the attribute
   * @param value the value
   * @throws IllegalArgumentException if the value is blank or untrimmed
   */
  public static void id(String type, String attribute, String value) {
    checkArgument(
        !value.isBlank() && value.strip().equals(value),
        "%s.%s (%s) must be non-blank text without leading or trailing white space",
        type,
        attribute,
        value);
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
