package io.github.hls4j.governance;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Finds template texts anywhere in a field, ignoring case, in one pass over the field. A text is
 * compared in full only where the field's character could start it and the next character could
 * follow; most characters of a field are passed over with one table look-up.
 */
final class PlaceholderSearch {

  private final ImmutableList<String> placeholders;
  /** Each placeholder's first two characters, lower case. */
  private final char[] first;
  private final char[] second;
  /** Whether an ASCII character, in either case, starts some placeholder. */
  private final boolean[] startsAscii = new boolean[128];

  PlaceholderSearch(List<String> placeholders) {
    this.placeholders = ImmutableList.copyOf(placeholders);
    this.first = new char[this.placeholders.size()];
    this.second = new char[this.placeholders.size()];
    for (int k = 0; k < first.length; k++) {
      String p = this.placeholders.get(k);
      first[k] = Character.toLowerCase(p.charAt(0));
      second[k] = p.length() > 1 ? Character.toLowerCase(p.charAt(1)) : 0;
      char upper = Character.toUpperCase(p.charAt(0));
      if (first[k] < 128) {
        startsAscii[first[k]] = true;
      }
      if (upper < 128) {
        startsAscii[upper] = true;
      }
    }
  }

  /** Returns the template text that starts earliest in {@code text}, or null if none does. */
  @Nullable String first(String text) {
    int length = text.length();
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (c < 128 && !startsAscii[c]) {
        continue;
      }
      char lower = Character.toLowerCase(c);
      for (int k = 0; k < first.length; k++) {
        String p = placeholders.get(k);
        if (lower == first[k]
            && i + p.length() <= length
            && (p.length() == 1 || Character.toLowerCase(text.charAt(i + 1)) == second[k])
            && text.regionMatches(true, i, p, 0, p.length())) {
          return p;
        }
      }
    }
    return null;
  }
}
