package io.github.hls4j.internal;

import java.util.Locale;

/** Enum constants in words, as messages and renderings show them: {@code SYSTEM_OF_SYSTEMS}. */
public final class ConstantWords {

  private ConstantWords() {}

  /**
   * Returns a constant's name in lower-case words, such as "system of systems".
   *
   * @param constantName the name, such as {@code SYSTEM_OF_SYSTEMS}
   * @return the words
   */
  public static String of(String constantName) {
    return constantName.toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
