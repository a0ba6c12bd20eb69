package io.github.hls4j.validation;

import java.util.Comparator;

/**
 * Orders paths as a reader expects: index numbers by value, so that {@code items[2]} comes before
 * {@code items[10]}; everything else by character.
 */
final class PathOrder implements Comparator<String> {

  static final PathOrder INSTANCE = new PathOrder();

  private PathOrder() {}

  @Override
  public int compare(String a, String b) {
    // Paths of one result share long prefixes ("recommendations[12].decisions["): skip what is
    // the same in both, back to the start of any number it ends in, and compare from there.
    int same = 0;
    int shorter = Math.min(a.length(), b.length());
    while (same < shorter && a.charAt(same) == b.charAt(same)) {
      same++;
    }
    while (same > 0 && isDigit(a.charAt(same - 1))) {
      same--;
    }
    int i = same;
    int j = same;
    while (i < a.length() && j < b.length()) {
      char x = a.charAt(i);
      char y = b.charAt(j);
      if (isDigit(x) && isDigit(y)) {
        int endI = endOfDigits(a, i);
        int endJ = endOfDigits(b, j);
        int byNumber = compareDigits(a, i, endI, b, j, endJ);
        if (byNumber != 0) {
          return byNumber;
        }
        i = endI;
        j = endJ;
      } else if (x != y) {
        return Character.compare(x, y);
      } else {
        i++;
        j++;
      }
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static int endOfDigits(String s, int from) {
    int end = from;
    while (end < s.length() && isDigit(s.charAt(end))) {
      end++;
    }
    return end;
  }

  private static int compareDigits(String a, int i, int endI, String b, int j, int endJ) {
    while (i < endI - 1 && a.charAt(i) == '0') {
      i++;
    }
    while (j < endJ - 1 && b.charAt(j) == '0') {
      j++;
    }
    int byLength = Integer.compare(endI - i, endJ - j);
    if (byLength != 0) {
      return byLength;
    }
    for (; i < endI; i++, j++) {
      int byDigit = Character.compare(a.charAt(i), b.charAt(j));
      if (byDigit != 0) {
        return byDigit;
      }
    }
    return 0;
  }
}
