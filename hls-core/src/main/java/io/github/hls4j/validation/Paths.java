package io.github.hls4j.validation;

/** Builds and joins violation paths such as {@code recommendations[1].dependsOn[0]}. */
final class Paths {

  private Paths() {}

  static String index(String property, int index) {
    checkIndex(property, index);
    return property + '[' + index + ']';
  }

  static void checkIndex(String property, int index) {
    if (index < 0) {
      throw new IllegalArgumentException(property + " index (" + index + ") must not be negative");
    }
  }

  /** Joins a path to an element of a list, in one step: {@code signOffs}, 3, {@code date}. */
  static String join(String property, int index, String path) {
    if (path.isEmpty()) {
      return property + '[' + index + ']';
    }
    return path.charAt(0) == '['
        ? property + '[' + index + ']' + path
        : property + '[' + index + "]." + path;
  }

  static String join(String prefix, String path) {
    if (prefix.isEmpty()) {
      return path;
    }
    if (path.isEmpty()) {
      return prefix;
    }
    return path.charAt(0) == '[' ? prefix + path : prefix + '.' + path;
  }
}
