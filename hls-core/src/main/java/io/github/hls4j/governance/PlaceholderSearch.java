package io.github.hls4j.governance;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Finds template texts anywhere in a field, ignoring case, in one pass over the field. A text is
 * compared in full only where the field's character could start it and the next character could
 * follow; most characters of a field are passed over with one table look-up.
 */
final class PlaceholderSearch {

  /** Text in square brackets or braces, as templates write their prompts. */
  private static final Pattern BRACKETED = Pattern.compile("[\\[{]\\s*([^\\[\\]{}]{1,300}?)\\s*[\\]}]");

  /**
   * What a bracketed prompt says: an instruction ("[insert date]", "[Include all meetings…]"), a
   * question ("{How much does it cost…}", "[Has an assessment been carried out?]"), a bare field
   * ("[date]", "[name]"), or an unfinished sentence ("{Summarise…}").
   */
  private static final Pattern PROMPT = Pattern.compile(
      "(?i)(?:(?:insert|enter|add|type|include|delete|state|give|describe|explain|summarise|summarize|set out|list|outline"
          + "|how|what|why|when|who|which|has|have|is|are|does|do)\\b.*|date|name|title|job title|.*\\?|.*(?:\\.\\.\\.|\u2026))",
      Pattern.DOTALL);

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

  /**
   * Returns the template text that starts earliest in {@code text}, or, when none does, the first
   * prompt in square brackets or braces, or null.
   */
  @Nullable String first(String text) {
    String listed = listed(text);
    if (listed != null) {
      return listed;
    }
    if (text.indexOf('[') < 0 && text.indexOf('{') < 0) {
      return null;
    }
    Matcher bracketed = BRACKETED.matcher(text);
    while (bracketed.find()) {
      if (PROMPT.matcher(bracketed.group(1)).matches()) {
        return bracketed.group();
      }
    }
    return null;
  }

  private @Nullable String listed(String text) {
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
