package io.github.hls4j.governance;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;

/**
 * Finds template texts anywhere in a field, ignoring case, in one pass over the field: only where a
 * character can start one of the texts is a text compared.
 */
final class PlaceholderSearch {

  private final ImmutableList<String> placeholders;
  private final String firstCharacters;

  PlaceholderSearch(List<String> placeholders) {
    this.placeholders = ImmutableList.copyOf(placeholders);
    StringBuilder first = new StringBuilder();
    for (String p : this.placeholders) {
      first.append(Character.toLowerCase(p.charAt(0))).append(Character.toUpperCase(p.charAt(0)));
    }
    this.firstCharacters = first.toString();
  }

  /** Returns the template text that starts earliest in {@code text}, if any. */
  Optional<String> find(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (firstCharacters.indexOf(text.charAt(i)) >= 0) {
        for (String p : placeholders) {
          if (text.regionMatches(true, i, p, 0, p.length())) {
            return Optional.of(p);
          }
        }
      }
    }
    return Optional.empty();
  }
}
