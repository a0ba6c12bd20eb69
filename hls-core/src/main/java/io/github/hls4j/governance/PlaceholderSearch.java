package io.github.hls4j.governance;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Finds template texts anywhere in a field, ignoring case. The search slides a window as long as
 * the shortest template text along the field, as Horspool's search does, and reads the window's
 * last two characters: a table made from the template texts says how far the window can move before
 * a template text could start in it, so most of a field is passed over several characters at a time
 * and the texts are compared in full only where one could start.
 */
final class PlaceholderSearch {

  /** Text in square brackets or braces, as templates write their prompts. */
  private static final Pattern BRACKETED =
      Pattern.compile("[\\[{]\\s*([^\\[\\]{}]{1,300}?)\\s*[\\]}]");

  /**
   * What a bracketed prompt says: an instruction ("[insert date]", "[Include all meetings…]"), a
   * question ("{How much does it cost…}", "[Has an assessment been carried out?]"), a bare field
   * ("[date]", "[Officer name]", "[Name of officer]"), a task left for someone ("[Finance to
   * confirm]", "[To be confirmed]", "[Author to complete]"), a mark such as "[TBC]" or "[xx]", or
   * an unfinished sentence ("{Summarise…}"). Bracketed words that are the whole field are a prompt
   * too, whatever they say ("[Summary]"). Welsh: "[I'w gadarnhau]", "[Rhowch enw]", "[enw]",
   * "[dyddiad]", "[Cyllid i gadarnhau]".
   */
  private static final Pattern PROMPT =
      Pattern.compile(
          "(?i)(?:(?:insert|enter|add|type|include|delete|state|give|describe|explain|summarise|summarize|set out|list|outline"
              + "|how|what|why|when|who|which|has|have|is|are|does|do"
              + "|rhowch|nodwch|ychwanegwch|disgrifiwch|esboniwch|crynhowch|dilëwch|dilewch|teipiwch)\\b.*"
              + "|(?:[\\w'’&/-]+\\s+){0,3}?(?:to|i)\\s+(?:be\\s+)?(?:confirm|complete|add|insert|update|agree|provide|check"
              + "|decide|supply|finali[sz]e|populate|advise|review|draft|write|follow|fill in|gadarnhau|gwblhau|ychwanegu"
              + "|ddiweddaru|ddarparu|gytuno|benderfynu)\\w*\\b.*"
              + "|i['’]w\\s+\\w+.*|tb[cad]|x+/x+/x+|\\?+|£\\s*x+|xx+.*|\\.\\.\\.|…"
              + "|(?:[\\w'’-]+\\s+){0,2}(?:name|date|title|job title|amount|sum|figure|enw|dyddiad|teitl|swm)"
              + "|(?:name|date|title|details|enw|dyddiad|teitl|manylion) (?:of|o|yr?|here|yma)\\b.*"
              + "|.*\\?|.*(?:\\.\\.\\.|…))",
          Pattern.DOTALL | Pattern.UNICODE_CASE);

  /**
   * Bracketed words that are not prompts, even where they read like one: an editor's marks in a
   * quotation or a redaction ("[name removed]", "[redacted]", "[sic]", "[emphasis added]", "[Exempt
   * under paragraph 3]"); Welsh "[dilëwyd]", "[wedi'i ddileu]", "[enw wedi'i ddileu]".
   */
  private static final Pattern EDITORIAL =
      Pattern.compile(
          "(?i).*\\b(?:removed|redacted|withheld|omitted|sic|emphasis added|exempt|anonymised|anonymized"
              + "|dilëwyd|dilewyd|ddileu|ddaliwyd yn ôl|eithriedig)\\b.*",
          Pattern.DOTALL | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);

  /** The longest window the shift table serves, so that a shift fits in a byte. */
  private static final int MAX_WINDOW = 64;

  /** The table's row and column for a character outside ASCII that matches no template text's. */
  private static final int NO_MATCH = 128;

  private static final int SIDE = NO_MATCH + 1;

  private final ImmutableList<String> placeholders;

  /** Each placeholder's first two characters, lower case. */
  private final char[] first;

  private final char[] second;

  /** Each placeholder's characters, and each in its other ASCII case (itself where it has none). */
  private final char[][] chars;

  private final char[][] otherCase;

  /** The placeholders' characters outside ASCII, which a character outside ASCII may match. */
  private final char[] outsideAscii;

  /** The length of the window: the shortest placeholder's, at most {@link #MAX_WINDOW}. */
  private final int window;

  /**
   * For the last two characters of a window, each as its {@link #column}, how far the window can
   * move before a placeholder could start in it: 0 where one could start at the window's start.
   */
  private final byte[] shift = new byte[SIDE * SIDE];

  PlaceholderSearch(List<String> placeholders) {
    this.placeholders = ImmutableList.copyOf(placeholders);
    int count = this.placeholders.size();
    this.first = new char[count];
    this.second = new char[count];
    this.chars = new char[count][];
    this.otherCase = new char[count][];
    StringBuilder outside = new StringBuilder();
    int shortest = MAX_WINDOW;
    for (int k = 0; k < count; k++) {
      String p = this.placeholders.get(k);
      first[k] = Character.toLowerCase(p.charAt(0));
      second[k] = p.length() > 1 ? Character.toLowerCase(p.charAt(1)) : 0;
      chars[k] = p.toCharArray();
      otherCase[k] = KeywordPattern.inOtherAsciiCase(p);
      shortest = Math.min(shortest, p.length());
      p.chars().filter(c -> c >= 128).forEach(c -> outside.append((char) c));
    }
    this.outsideAscii = outside.toString().toCharArray();
    this.window = shortest;
    Arrays.fill(shift, (byte) window);
    for (char[] p : chars) {
      for (int j = 0; j < window; j++) {
        boolean[] ends = asciiMatching(p[j]);
        boolean[] befores = j > 0 ? asciiMatching(p[j - 1]) : null;
        for (int y = 0; y < NO_MATCH; y++) {
          if (!ends[y]) {
            continue;
          }
          for (int x = 0; x < SIDE; x++) {
            // a placeholder's first character may follow any character
            if (befores == null || (x < NO_MATCH && befores[x])) {
              int at = x * SIDE + y;
              shift[at] = (byte) Math.min(shift[at], window - 1 - j);
            }
          }
        }
      }
    }
  }

  /** Which ASCII characters may match a placeholder's character, as {@link #at} compares them. */
  private static boolean[] asciiMatching(char w) {
    boolean[] matching = new boolean[NO_MATCH];
    for (char c = 0; c < NO_MATCH; c++) {
      matching[c] =
          Character.toLowerCase(c) == Character.toLowerCase(w) || KeywordPattern.same(c, w, true);
    }
    return matching;
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
      String inside = bracketed.group(1);
      if ((PROMPT.matcher(inside).matches() || isWholeField(text, bracketed))
          && !EDITORIAL.matcher(inside).matches()) {
        return bracketed.group();
      }
    }
    return null;
  }

  /**
   * Whether the bracketed words are all the field holds, or all of one line of it, as a template's
   * prompt for the whole field or for one paragraph of it is ("[Summary]", "[Reasons]", "Integrated
   * Impact Assessment" then "[Completed / not required, and why]" on a line of its own), a full
   * stop aside; words with a number ("[Appendix 1]") are a reference.
   */
  private static boolean isWholeField(String text, Matcher bracketed) {
    int lineStart = text.lastIndexOf('\n', bracketed.start()) + 1;
    int lineEnd = text.indexOf('\n', bracketed.end());
    String field = text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd).strip();
    if (field.endsWith(".")) {
      field = field.substring(0, field.length() - 1);
    }
    String inside = bracketed.group(1);
    // "[Appendix 1]" alone is a reference, not a prompt
    return field.equals(bracketed.group())
        && inside.codePoints().anyMatch(Character::isLetter)
        && inside.codePoints().noneMatch(Character::isDigit);
  }

  /**
   * The placeholder that starts earliest in {@code text}, the first listed where two start at the
   * same character: each window whose last two characters allow a placeholder to start at its start
   * is compared with every placeholder, and the others are passed over.
   */
  private @Nullable String listed(String text) {
    int length = text.length();
    for (int end = window - 1; end < length; ) {
      int y = column(text.charAt(end));
      int x = end > 0 ? column(text.charAt(end - 1)) : NO_MATCH;
      int move = x < 0 || y < 0 ? 0 : shift[x * SIDE + y];
      if (move == 0) {
        int k = at(text, end - window + 1);
        if (k >= 0) {
          return placeholders.get(k);
        }
        move = 1;
      }
      end += move;
    }
    return null;
  }

  /**
   * Returns a character's row and column in the shift table: itself in ASCII, {@link #NO_MATCH}
   * outside ASCII where it can match no placeholder's character, or -1 where it may.
   */
  private int column(char c) {
    if (c < NO_MATCH) {
      return c;
    }
    if (KeywordPattern.FOLDS_TO_ASCII.matches(c)) {
      return -1; // a character such as the Kelvin sign, which folds to an ASCII letter
    }
    for (char w : outsideAscii) {
      if (Character.toLowerCase(c) == Character.toLowerCase(w) || KeywordPattern.same(c, w, true)) {
        return -1;
      }
    }
    return NO_MATCH;
  }

  /**
   * Whether a character is, in lower case, a lower-case character: an ASCII character without
   * asking {@link Character#toLowerCase(char)}, whose lower case of an ASCII character is the ASCII
   * letter's or itself.
   */
  private static boolean lowerCaseIs(char c, char wanted) {
    if (c == wanted) {
      return true;
    }
    if (c < 128) {
      return c >= 'A' && c <= 'Z' && c + ('a' - 'A') == wanted;
    }
    return Character.toLowerCase(c) == wanted;
  }

  /**
   * Whether placeholder {@code k} is at {@code i}, ignoring case as {@link
   * String#regionMatches(boolean, int, String, int, int)} ignores it: the same characters, or the
   * other case of an ASCII letter, or, outside ASCII, the same by {@link KeywordPattern#same}.
   */
  private boolean sameIgnoringCase(String text, int i, int k) {
    char[] p = chars[k];
    char[] other = otherCase[k];
    for (int j = 0; j < p.length; j++) {
      char t = text.charAt(i + j);
      char w = p[j];
      if (t != w && t != other[j] && ((t < 128 && w < 128) || !KeywordPattern.same(t, w, true))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The first listed placeholder that starts at {@code i}, or -1: its first two characters the
   * text's in lower case, and all of them the same ignoring case.
   */
  private int at(String text, int i) {
    int length = text.length();
    for (int k = 0; k < first.length; k++) {
      if (i + chars[k].length <= length
          && lowerCaseIs(text.charAt(i), first[k])
          && (chars[k].length == 1 || lowerCaseIs(text.charAt(i + 1), second[k]))
          && sameIgnoringCase(text, i, k)) {
        return k;
      }
    }
    return -1;
  }
}
