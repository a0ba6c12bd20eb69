package io.github.hls4j.validation;

/** Builds and joins violation paths such as {@code recommendations[1].dependsOn[0]}. */
final class Paths {

  private Paths() {}

  static String index(String property, int index) {
    if (index < 0) {
      throw new IllegalArgumentException(property + " index (" + index + ") must not be negative");
    }
    return property + '[' + index + ']';
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
