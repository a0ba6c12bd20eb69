package io.github.hls4j.docx;

import com.google.common.base.CharMatcher;
import java.util.List;
import java.util.Locale;

/** Labels compared as people read them: case, spaces and a final colon do not matter. */
final class Labels {

  private static final CharMatcher SPACE = CharMatcher.whitespace().or(CharMatcher.is('\u00a0'));

  private Labels() {}

  /** Returns {@code text} with its spaces collapsed, its final colon dropped, in lower case. */
  static String normalise(String text) {
    String collapsed = SPACE.trimAndCollapseFrom(text, ' ');
    while (collapsed.endsWith(":")) {
      collapsed = SPACE.trimTrailingFrom(collapsed.substring(0, collapsed.length() - 1));
    }
    return collapsed.toLowerCase(Locale.ROOT);
  }

  /** Returns {@code text} with its spaces collapsed and trimmed, otherwise as written. */
  static String clean(String text) {
    return SPACE.trimAndCollapseFrom(text, ' ');
  }

  static boolean matches(List<String> labels, String text) {
    String wanted = normalise(text);
    for (String label : labels) {
      if (normalise(label).equals(wanted)) {
        return true;
      }
    }
    return false;
  }

  /** Returns whether {@code text} holds any of {@code phrases}, compared as labels are. */
  static boolean mentions(String text, List<String> phrases) {
    String haystack = normalise(text);
    for (String phrase : phrases) {
      if (haystack.contains(normalise(phrase))) {
        return true;
      }
    }
    return false;
  }
}
