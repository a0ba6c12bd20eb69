package io.github.hls4j.governance;

import com.google.common.base.Ascii;
import java.util.Arrays;
import java.util.List;

/**
 * Finds the words that end a count {@code governance/count-contradicts-table} reads:
 * "recommendations" and "priorities", in ASCII letters of either case, as its case-insensitive
 * expression reads them. The last ten letters of each, "mendations" and "priorities", end in an "s"
 * and hold no other, so the search looks at one character in every few, as Horspool's search does,
 * and compares the words only where it sees an "s".
 */
final class CountWords {

  private static final String PRIORITIES = "priorities";
  private static final String RECOMMENDATIONS = "recommendations";

  /** The length of the shorter word, and of the end of the longer one compared with it. */
  private static final int WINDOW = PRIORITIES.length();

  /** For each ASCII character at the end of a window, how far the next window can start. */
  private static final byte[] SHIFT = new byte[128];

  static {
    Arrays.fill(SHIFT, (byte) WINDOW);
    for (String end :
        List.of(PRIORITIES, RECOMMENDATIONS.substring(RECOMMENDATIONS.length() - WINDOW))) {
      for (int i = 0; i < WINDOW - 1; i++) {
        byte shift = (byte) (WINDOW - 1 - i);
        char c = end.charAt(i);
        SHIFT[c] = (byte) Math.min(SHIFT[c], shift);
        SHIFT[Ascii.toUpperCase(c)] = SHIFT[c];
      }
    }
  }

  private CountWords() {}

  /**
   * Returns where the first of the two words begins in a text at or after an index, or -1; a word
   * is compared as {@link String#regionMatches(boolean, int, String, int, int)} compares, ignoring
   * case.
   */
  static int indexIn(String text, int from) {
    int length = text.length();
    for (int end = from + WINDOW - 1; end < length; ) {
      char c = text.charAt(end);
      if (c == 's' || c == 'S') {
        int start = end - WINDOW + 1;
        if (text.regionMatches(true, start, PRIORITIES, 0, WINDOW)) {
          return start;
        }
        int longer = end - RECOMMENDATIONS.length() + 1;
        if (longer >= from
            && text.regionMatches(true, longer, RECOMMENDATIONS, 0, RECOMMENDATIONS.length())) {
          return longer;
        }
      }
      end += c < 128 ? SHIFT[c] : WINDOW;
    }
    return -1;
  }
}
