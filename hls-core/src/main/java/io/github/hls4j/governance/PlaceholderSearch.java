package io.github.hls4j.governance;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Finds template texts anywhere in a field, ignoring case. A text is compared in full only where
 * the field's character could start it and the next character could follow; the characters that
 * could start one are found with {@code String.indexOf}, so most of a field is passed over many
 * characters at a time.
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

  private final ImmutableList<String> placeholders;

  /** Each placeholder's first two characters, lower case. */
  private final char[] first;

  private final char[] second;

  /** Each placeholder's characters, and each in its other ASCII case (itself where it has none). */
  private final char[][] chars;

  private final char[][] otherCase;

  /**
   * Every character that can start some placeholder: each character whose lower case is a
   * placeholder's first character, in either case and in the few other alphabets that fold to it
   * (the Kelvin sign to k, for example). The search looks for each with {@link String#indexOf(int,
   * int)}, which passes over the rest of a text many characters at a time.
   */
  private final char[] starts;

  PlaceholderSearch(List<String> placeholders) {
    this.placeholders = ImmutableList.copyOf(placeholders);
    this.first = new char[this.placeholders.size()];
    this.second = new char[this.placeholders.size()];
    StringBuilder firsts = new StringBuilder();
    for (int k = 0; k < first.length; k++) {
      String p = this.placeholders.get(k);
      first[k] = Character.toLowerCase(p.charAt(0));
      second[k] = p.length() > 1 ? Character.toLowerCase(p.charAt(1)) : 0;
      if (firsts.indexOf(String.valueOf(first[k])) < 0) {
        firsts.append(first[k]);
      }
    }
    this.chars = new char[first.length][];
    this.otherCase = new char[first.length][];
    for (int k = 0; k < first.length; k++) {
      chars[k] = this.placeholders.get(k).toCharArray();
      otherCase[k] = KeywordPattern.inOtherAsciiCase(this.placeholders.get(k));
    }
    String firstChars = firsts.toString();
    StringBuilder starting = new StringBuilder();
    for (int c = Character.MIN_VALUE; c <= Character.MAX_VALUE; c++) {
      if (firstChars.indexOf(Character.toLowerCase((char) c)) >= 0) {
        starting.append((char) c);
      }
    }
    this.starts = starting.toString().toCharArray();
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
   * same character: each character that can start one is found by {@code indexOf}, and only there
   * are the placeholders compared.
   */
  private @Nullable String listed(String text) {
    int length = text.length();
    int best = length;
    int bestK = -1;
    for (char start : starts) {
      char lower = Character.toLowerCase(start);
      for (int i = text.indexOf(start); i >= 0 && i < best; i = text.indexOf(start, i + 1)) {
        int k = at(text, i, lower);
        if (k >= 0) {
          best = i;
          bestK = k;
          break; // a later occurrence of this character cannot start earlier
        }
      }
    }
    return bestK < 0 ? null : placeholders.get(bestK);
  }

  /**
   * Whether a character is, in lower case, placeholder {@code k}'s second character: an ASCII
   * character without asking {@link Character#toLowerCase(char)}, whose lower case of an ASCII
   * character is the ASCII letter's or itself.
   */
  private boolean secondMatches(char c, int k) {
    char wanted = second[k];
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

  /** The first listed placeholder that starts at {@code i}, whose character is {@code lower}. */
  private int at(String text, int i, char lower) {
    int length = text.length();
    for (int k = 0; k < first.length; k++) {
      String p = placeholders.get(k);
      if (lower == first[k]
          && i + p.length() <= length
          && (p.length() == 1 || secondMatches(text.charAt(i + 1), k))
          && sameIgnoringCase(text, i, k)) {
        return k;
      }
    }
    return -1;
  }
}
