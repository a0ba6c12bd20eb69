package io.github.hls4j.docx;

import com.google.common.base.CharMatcher;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A recommendation's number as its list label gives it, and the recommendations its text depends on
 * in words ("subject to recommendation 5", "following (2) above").
 */
final class RecommendationText {

  private static final Pattern ROMAN = Pattern.compile("[ivxl]{2,6}");
  private static final Pattern REFERENCE =
      Pattern.compile("^(\\()?(\\d{1,3}(?:\\.\\d{1,3})*|[a-z])(\\))?");
  private static final Pattern REFERENCE_JOIN =
      Pattern.compile("^\\s*(?:,|and|&|or)\\s*(?:recommendations?\\s+)?");
  private static final Pattern REFERENCE_LEAD =
      Pattern.compile(
          "^(?:the\\s+)?(?:(?:approval|agreement|outcome|adoption)\\s+(?:of|to)\\s+)?(?:(recommendations?)\\s+)?");

  private RecommendationText() {}

  /**
   * The number a list label gives: its last part of digits ("2.1" is 1), a letter ((b) is 2), or a
   * roman numeral ((ii) is 2; "i" alone is 1 unless it follows an 8th item, {@code previous} being
   * the number before it); 0 for none.
   */
  static int number(String label, int previous) {
    String bare = CharMatcher.anyOf("().").trimFrom(Labels.clean(label));
    int dot = bare.lastIndexOf('.');
    String last = dot < 0 ? bare : bare.substring(dot + 1);
    if (last.isEmpty()) {
      return 0;
    }
    if (CharMatcher.inRange('0', '9').matchesAllOf(last)) {
      return last.length() > 3 ? 0 : Integer.parseInt(last);
    }
    String lower = last.toLowerCase(Locale.ROOT);
    if (ROMAN.matcher(lower).matches()) {
      return roman(lower);
    }
    if (lower.length() == 1 && lower.charAt(0) >= 'a' && lower.charAt(0) <= 'z') {
      boolean afterEighth = previous == 8;
      return lower.equals("i") && !afterEighth ? 1 : lower.charAt(0) - 'a' + 1;
    }
    return 0;
  }

  /**
   * A number as the document writes it, for people: "2.5", "(d)"; a plain number in brackets or
   * with a full stop, "(4)" or "4.", is just "4".
   */
  static String asWritten(String label) {
    String clean = Labels.clean(label);
    String bare = CharMatcher.anyOf("().").trimFrom(clean);
    if (bare.isEmpty() || CharMatcher.inRange('0', '9').matchesAllOf(bare) || bare.contains(".")) {
      return bare;
    }
    return "(" + bare + ")";
  }

  private static int roman(String numeral) {
    int total = 0;
    int previous = 0;
    for (int i = numeral.length() - 1; i >= 0; i--) {
      int value =
          switch (numeral.charAt(i)) {
            case 'i' -> 1;
            case 'v' -> 5;
            case 'x' -> 10;
            default -> 50;
          };
      total += value < previous ? -value : value;
      previous = Math.max(previous, value);
    }
    return total;
  }

  /**
   * The recommendations a recommendation's text depends on, in words: after one of the template's
   * phrases, "recommendation 5", "recommendations 2 and 3", "(2)" or "(b)", or a number followed by
   * "above". The text is kept as written. A reference to the recommendation itself is kept, so that
   * {@code governance/recommendation-dependency-cycle} reports it.
   */
  static List<Integer> dependencies(String action, List<String> phrases) {
    return dependencies(action, phrases, new HashMap<>());
  }

  /**
   * The recommendations a recommendation's text depends on, as {@link #dependencies(String, List)};
   * each reference written otherwise than as its number ("2.5", "(d)") is put in {@code written},
   * by the number read.
   */
  static List<Integer> dependencies(
      String action, List<String> phrases, Map<Integer, String> written) {
    List<Integer> found = new ArrayList<>();
    String lower = Labels.clean(action).toLowerCase(Locale.ROOT);
    for (String phrase : phrases) {
      String wanted = Labels.clean(phrase).toLowerCase(Locale.ROOT);
      for (int at = lower.indexOf(wanted); at >= 0; at = lower.indexOf(wanted, at + 1)) {
        boolean starts = at == 0 || !Character.isLetterOrDigit(lower.charAt(at - 1));
        int end = at + wanted.length();
        if (starts && end < lower.length() && lower.charAt(end) == ' ') {
          references(lower.substring(end + 1), found, written);
        }
      }
    }
    return found.stream().distinct().toList();
  }

  /**
   * Reads "recommendation 5", "(2) above", "recommendations 2 and 3" at the start of {@code text}.
   */
  private static void references(String text, List<Integer> found, Map<Integer, String> written) {
    Matcher lead = REFERENCE_LEAD.matcher(text);
    boolean named = lead.lookingAt() && lead.group(1) != null;
    String rest = lead.lookingAt() ? text.substring(lead.end()) : text;
    List<Integer> numbers = new ArrayList<>();
    Map<Integer, String> labels = new HashMap<>();
    boolean bracketed = true;
    while (true) {
      Matcher ref = REFERENCE.matcher(rest);
      if (!ref.lookingAt() || (ref.group(1) != null && ref.group(3) == null)) {
        break;
      }
      String value = ref.group(2);
      boolean isLetter = !Character.isDigit(value.charAt(0));
      boolean marked = ref.group(1) != null || ref.group(3) != null; // "(b)" or "b)"
      if (isLetter && !marked) {
        break; // a bare letter is a word, not a reference
      }
      int after = ref.end();
      if (after < rest.length() && Character.isLetterOrDigit(rest.charAt(after))) {
        break;
      }
      bracketed &= marked;
      // "recommendation 2.5" under a numbered heading is the fifth
      int number =
          isLetter
              ? value.charAt(0) - 'a' + 1
              : Integer.parseInt(value.substring(value.lastIndexOf('.') + 1));
      numbers.add(number);
      String label = asWritten(ref.group());
      if (!label.equals(String.valueOf(number))) {
        labels.putIfAbsent(number, label);
      }
      rest = rest.substring(after);
      Matcher join = REFERENCE_JOIN.matcher(rest);
      if (!join.lookingAt()) {
        break;
      }
      rest = rest.substring(join.end());
    }
    boolean above = rest.stripLeading().startsWith("above");
    if (!numbers.isEmpty() && (named || bracketed || above)) {
      found.addAll(numbers);
      labels.forEach(written::putIfAbsent);
    }
  }
}
