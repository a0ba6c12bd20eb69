package io.github.hls4j.learning;

import com.google.common.base.CharMatcher;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds personal identifiers written into free text: e-mail addresses, UK telephone numbers, NHS
 * numbers (only those whose Modulus 11 check digit is right, so that ten random digits are not
 * taken for one), National Insurance numbers, UK postcodes and dates of birth (a date said to be
 * one: "born", "DOB", "date of birth"). It says what kind of identifier stands where; it never
 * repeats the identifier, so that a finding cannot leak what it found.
 *
 * <p>The patterns favour identifiers as people write them in case notes; a determined writer can
 * still spell one out in words. Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class PersonalIdentifiers {

  /**
   * A kind of personal identifier.
   *
   * @since 0.1.0
   */
  public enum Kind {
    /** An e-mail address. */
    EMAIL_ADDRESS("e-mail address"),
    /** A UK telephone number: 0 or +44 and ten more digits. */
    TELEPHONE_NUMBER("telephone number"),
    /** An NHS number with a valid Modulus 11 check digit. */
    NHS_NUMBER("NHS number"),
    /** A National Insurance number, such as QQ 12 34 56 C. */
    NATIONAL_INSURANCE_NUMBER("National Insurance number"),
    /** A UK postcode, such as TA1 4DY. */
    POSTCODE("postcode"),
    /** A date given as someone's date of birth. */
    DATE_OF_BIRTH("date of birth");

    private final String words;

    Kind(String words) {
      this.words = words;
    }

    /**
     * Returns the kind in words, such as "NHS number".
     *
     * @return the words
     * @since 0.1.0
     */
    public String words() {
      return words;
    }
  }

  /**
   * One identifier found: its kind and where it stands in the text.
   *
   * @param kind the kind
   * @param start the index of its first character
   * @param end the index after its last character
   * @since 0.1.0
   */
  public record Found(Kind kind, int start, int end) {}

  private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
  private static final Pattern TELEPHONE = Pattern.compile("(?<![\\d+])(?:\\+44\\s?(?:\\(0\\)\\s?)?|0)(?:\\d[\\s-]?){9}\\d(?![\\d])");
  private static final Pattern TEN_DIGITS = Pattern.compile("(?<![\\d+])(\\d{3})[\\s-]?(\\d{3})[\\s-]?(\\d{4})(?!\\d)");
  private static final Pattern NATIONAL_INSURANCE =
      Pattern.compile("\\b(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\\s?\\d{2}\\s?\\d{2}\\s?\\d{2}\\s?[A-D]\\b");
  private static final Pattern POSTCODE =
      Pattern.compile("\\b(?:[A-PR-UWYZ][0-9][0-9]?|[A-PR-UWYZ][A-HK-Y][0-9][0-9]?|[A-PR-UWYZ][0-9][A-HJKPSTUW]|[A-PR-UWYZ][A-HK-Y][0-9][ABEHMNPRVWXY])\\s?[0-9][ABD-HJLNP-UW-Z]{2}\\b");
  private static final Pattern DATE_OF_BIRTH =
      Pattern.compile(
          "(?i)\\b(?:d\\.?o\\.?b\\.?|date of birth|born(?: on)?)\\s*[:\\-]?\\s*"
              + "(?:\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}|\\d{4}-\\d{2}-\\d{2}"
              + "|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+\\d{4})");

  /** What every identifier holds at least one of: an ASCII digit (as all the patterns' digits are) or an {@code @}. */
  private static final CharMatcher DIGIT_OR_AT = CharMatcher.inRange('0', '9').or(CharMatcher.is('@'));

  private PersonalIdentifiers() {}

  /**
   * Returns the identifiers in a text, in the order they stand.
   *
   * @param text the text
   * @return what was found, empty if nothing
   * @since 0.1.0
   */
  public static List<Found> find(String text) {
    if (!mayHoldIdentifier(text)) {
      return List.of();
    }
    // Every match of every kind, then a sweep from the left that keeps a match only when it does
    // not overlap the one kept before it; at the same start, the kind listed first wins.
    List<Found> all = new ArrayList<>();
    add(all, EMAIL.matcher(text), Kind.EMAIL_ADDRESS);
    add(all, DATE_OF_BIRTH.matcher(text), Kind.DATE_OF_BIRTH);
    add(all, NATIONAL_INSURANCE.matcher(text), Kind.NATIONAL_INSURANCE_NUMBER);
    add(all, POSTCODE.matcher(text), Kind.POSTCODE);
    add(all, TELEPHONE.matcher(text), Kind.TELEPHONE_NUMBER);
    Matcher digits = TEN_DIGITS.matcher(text);
    while (digits.find()) {
      if (validNhsNumber(digits.group(1) + digits.group(2) + digits.group(3))) {
        all.add(new Found(Kind.NHS_NUMBER, digits.start(), digits.end()));
      }
    }
    all.sort(Comparator.comparingInt(Found::start).thenComparing(Found::kind));
    List<Found> kept = new ArrayList<>();
    int end = 0;
    for (Found f : all) {
      if (f.start() >= end) {
        kept.add(f);
        end = f.end();
      }
    }
    return Collections.unmodifiableList(kept);
  }

  /**
   * Whether the text has a character every identifier needs: an e-mail address has an {@code @},
   * and every other kind has a digit. Most prose has neither, and need not be searched six times.
   */
  private static boolean mayHoldIdentifier(String text) {
    return DIGIT_OR_AT.matchesAnyOf(text);
  }

  /**
   * Returns the text with every identifier replaced by its kind in brackets, such as {@code [NHS
   * number removed]}.
   *
   * @param text the text
   * @return the text without identifiers; the same text when it holds none
   * @since 0.1.0
   */
  public static String remove(String text) {
    List<Found> found = find(text);
    if (found.isEmpty()) {
      return text;
    }
    StringBuilder out = new StringBuilder();
    int at = 0;
    for (Found f : found) {
      out.append(text, at, f.start()).append('[').append(f.kind().words()).append(" removed]");
      at = f.end();
    }
    return out.append(text.substring(at)).toString();
  }

  /**
   * Returns whether ten digits are a valid NHS number: the Modulus 11 check digit, with weights 10
   * down to 2 over the first nine digits, matches the tenth.
   *
   * @param digits ten digits
   * @return {@code true} if the check digit is right
   * @since 0.1.0
   */
  public static boolean validNhsNumber(String digits) {
    if (digits.length() != 10 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return false;
    }
    int sum = 0;
    for (int i = 0; i < 9; i++) {
      sum += (digits.charAt(i) - '0') * (10 - i);
    }
    int check = 11 - sum % 11;
    if (check == 11) {
      check = 0;
    }
    return check != 10 && check == digits.charAt(9) - '0';
  }

  private static void add(List<Found> found, Matcher matcher, Kind kind) {
    while (matcher.find()) {
      found.add(new Found(kind, matcher.start(), matcher.end()));
    }
  }
}
