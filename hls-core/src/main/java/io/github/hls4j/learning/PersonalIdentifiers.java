package io.github.hls4j.learning;

import io.github.hls4j.internal.Checks;
import static java.util.Objects.requireNonNull;

import com.google.common.base.CharMatcher;
import com.google.common.collect.ImmutableSet;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds personal identifiers written into free text, as people write them in case notes and
 * e-mails: e-mail addresses (also written {@code name [at] domain [dot] org}), UK telephone
 * numbers (with a bracketed area code, {@code +44}, {@code 0044} or {@code +44 (0)}), NHS numbers
 * (only those whose Modulus 11 check digit is right, so that ten random digits are not taken for
 * one), National Insurance numbers (only with a prefix HMRC allocates, or HMRC's specimen prefix
 * {@code QQ}), UK postcodes (only those of the real postcode structure, in upper or lower case,
 * with or without the space) and dates of birth (a date said to be one: "born", "DOB", "d.o.b.",
 * "date of birth"). Text is searched in its compatibility form (NFKC), so that full-width digits,
 * non-breaking spaces, Unicode dashes and invisible characters change nothing; what is found is
 * located in the text as given. It says what kind of identifier stands where; it never repeats the
 * identifier, so that a finding cannot leak what it found.
 *
 * <p>What only looks like an identifier is left alone: paragraph numbers such as {@code 1.1.2},
 * sums of money, dates of meetings, report references (ten digits after "invoice", "order",
 * "account" or "ref" are not an NHS number), and the telephone numbers, e-mail addresses and
 * postcodes a council publishes, when it says so with {@link Builder#published(String)}.
 *
 * <p>The patterns favour identifiers as people write them; a determined writer can still spell one
 * out in words. What is and is not found, and how well, is measured on a labelled corpus and listed
 * in the security page of the documentation. Instances are immutable and thread-safe.
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
    /** An e-mail address, also one written with {@code [at]} and {@code [dot]}. */
    EMAIL_ADDRESS("e-mail address"),
    /** A UK telephone number: 0, +44 or 0044 and nine or ten more digits. */
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
   * One identifier found: its kind and where it stands in the text, as indexes into the text as it
   * was given (not into its normalised form).
   *
   * @param kind the kind
   * @param start the index of its first character
   * @param end the index after its last character
   * @since 0.1.0
   */
  public record Found(Kind kind, int start, int end) {}

  // ---------------------------------------------------------------------------------------------
  // The patterns. Each runs on the normalised text, in which every digit is an ASCII digit, every
  // dash a hyphen-minus and every space a space.

  /** A separator inside a telephone number: a space, or a hyphen or dot with a space either side. */
  private static final String PHONE_SEPARATOR = "(?:\\s?[.\\-]\\s?|\\s)";

  /** Not inside a longer number or word. */
  private static final String NUMBER_START = "(?<![\\w+])(?<!\\d[ .,\\-/])";

  /** Not followed by more of a number: digits, or digits after a hyphen or dot. */
  private static final String PHONE_END = "(?!\\d|[.\\-]\\d)";

  /**
   * A national number: the leading 0 and two to four more digits (the area code, bracketed or
   * not), then one to three groups of three or more digits. A first group of two digits, as in a
   * date {@code 01.02.2025}, is not a telephone number.
   */
  private static final Pattern TELEPHONE_NATIONAL =
      Pattern.compile(
          NUMBER_START
              + "(?:\\(\\s?0\\d{2,4}\\s?\\)|0\\d{2,4})(?:"
              + PHONE_SEPARATOR
              + "?\\d{3,8}){1,3}"
              + PHONE_END);

  /** An international number: +44 or 0044, an optional (0), then the national number without its 0. */
  private static final Pattern TELEPHONE_INTERNATIONAL =
      Pattern.compile(
          NUMBER_START
              + "(?:\\+\\s?44|00\\s?44)\\s?(?:[\\[(]\\s?0\\s?[\\])]\\s?)?[.\\-]?\\d{2,5}(?:"
              + PHONE_SEPARATOR
              + "?\\d{3,8}){1,3}"
              + PHONE_END);

  /** Ten digits in groups of 3, 3 and 4, the same separator (space, hyphen, dot or none) between. */
  private static final Pattern TEN_DIGITS =
      Pattern.compile(NUMBER_START + "(\\d{3})([ .\\-]?)(\\d{3})\\2(\\d{4})(?!\\w|[.,\\-]\\d)");

  /**
   * A reference word just before ten digits, which makes them an invoice, order, account or other
   * reference, not an NHS number: "invoice 4500123456", "PO no. 4500123456".
   */
  private static final Pattern REFERENCE_BEFORE =
      Pattern.compile(
          "(?i)(?<![\\w])(?:invoice|order|po|account|acct|ref|reference|uprn|company|charity|application|claim|cheque|serial|contract)"
              + "(?:\\s*(?:no\\.?|number|#))?\\s*[:.#]?\\s*$");

  private static final Pattern NATIONAL_INSURANCE =
      Pattern.compile(
          "(?<![\\w])([A-Z])([A-Z])[ \\-]?\\d{2}[ \\-]?\\d{2}[ \\-]?\\d{2}[ \\-]?([A-D])(?![\\w])",
          Pattern.CASE_INSENSITIVE);

  /**
   * The structure of a UK postcode (the Royal Mail's and the Office for National Statistics'):
   * outward code A9, A99, AA9, AA99, A9A or AA9A, with the letters each position allows, then the
   * inward code 9AA, whose letters are never C, I, K, M, O or V; and GIR 0AA.
   */
  private static final Pattern POSTCODE =
      Pattern.compile(
          "(?<![\\w])(?:GIR[ \\t]{0,2}0AA|[A-PR-UWYZ](?:[0-9][0-9]?|[A-HK-Y][0-9][0-9]?|[0-9][A-HJKPSTUW]|[A-HK-Y][0-9][ABEHMNPRVWXY])"
              + "[ \\t]{0,2}[0-9][ABD-HJLNP-UW-Z]{2})(?![\\w])",
          Pattern.CASE_INSENSITIVE);

  /** An inward code in lower case that reads as an ordinal, as in "room b2 3rd floor". */
  private static final Pattern ORDINAL = Pattern.compile("(?i).*(?:1st|2nd|3rd|[0-9]th)");

  private static final String DOT_OBFUSCATED = "(?:\\s?[\\[({<]\\s?dot\\s?[\\])}>]\\s?)";
  private static final String DOT_ANY = "(?:\\.|" + DOT_OBFUSCATED + "|\\s+dot\\s+)";
  private static final String LOCAL_WORD = "[A-Za-z0-9_%+\\-]+";
  private static final String DOMAIN_WORD = "[A-Za-z0-9\\-]+";

  /** An e-mail address, also with a space either side of the {@code @}. */
  private static final Pattern EMAIL =
      Pattern.compile("(?<![\\w.%+\\-])[A-Za-z0-9._%+\\-]+ ?@ ?[A-Za-z0-9\\-]+(?:\\.[A-Za-z0-9\\-]+)*\\.[A-Za-z]{2,}(?![\\w])");

  /** An address whose {@code @} is written {@code [at]}, {@code (at)}, {@code {at}} or {@code <at>}, its dots perhaps too. */
  private static final Pattern EMAIL_BRACKETED =
      Pattern.compile(
          "(?<![\\w.%+\\-])"
              + LOCAL_WORD
              + "(?:"
              + DOT_ANY
              + LOCAL_WORD
              + ")*\\s?[\\[({<]\\s?at\\s?[\\])}>]\\s?"
              + DOMAIN_WORD
              + "(?:"
              + DOT_ANY
              + DOMAIN_WORD
              + ")*"
              + DOT_ANY
              + "[A-Za-z]{2,}(?![\\w])",
          Pattern.CASE_INSENSITIVE);

  /**
   * An address spelt out, {@code jo at example dot org}: taken for one only when every dot of the
   * domain is spelt too and it ends in a top-level domain people use, so that "available at
   * www.somerset.gov.uk" is not.
   */
  private static final Pattern EMAIL_SPELT =
      Pattern.compile(
          "(?<![\\w.%+\\-])("
              + LOCAL_WORD
              + ")(?:(?:\\.|\\s+dot\\s+)"
              + LOCAL_WORD
              + ")*\\s+at\\s+"
              + DOMAIN_WORD
              + "(?:\\s+dot\\s+"
              + DOMAIN_WORD
              + ")*\\s+dot\\s+(?:uk|com|org|net|gov|nhs|ac|co|info|io|me|biz|edu|scot|wales|cymru|eu|ie)(?![\\w])",
          Pattern.CASE_INSENSITIVE);

  /**
   * An address whose {@code @} alone is spelt, {@code jo.bloggs at gmail.com}: taken for one only
   * when the mailbox starts with a letter and holds a dot, underscore or digit, and the domain is not
   * a web address ({@code www.}) and ends in a top-level domain people use, so that "papers at
   * www.somerset.gov.uk" and "guidance at gov.uk" are not.
   */
  private static final Pattern EMAIL_SPELT_AT =
      Pattern.compile(
          "(?<![\\w.%+\\-])[A-Za-z][A-Za-z0-9%+\\-]*[._0-9][A-Za-z0-9._%+\\-]*\\s+at\\s+(?!www\\.)"
              + DOMAIN_WORD
              + "(?:\\."
              + DOMAIN_WORD
              + ")*\\.(?:uk|com|org|net|gov|nhs|ac|co|info|io|me|biz|edu|scot|wales|cymru|eu|ie)(?![\\w])",
          Pattern.CASE_INSENSITIVE);

  /** Words before " at " that make a spelt address ambiguous: "find us at somerset dot gov dot uk". */
  private static final ImmutableSet<String> NOT_A_MAILBOX =
      ImmutableSet.of(
          "us", "me", "you", "him", "her", "them", "it", "we", "online", "available", "found", "look", "looking", "visit",
          "here", "there", "is", "are", "be", "was", "were", "website", "web", "site", "information", "details", "published",
          "copies", "copy", "page", "pages");

  private static final String MONTH =
      "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?"
          + "|nov(?:ember)?|dec(?:ember)?)\\.?";
  private static final String ORDINAL_SUFFIX = "(?:st|nd|rd|th)?";

  /**
   * A date said to be a date of birth: the words ("born", "born on", "DOB", "d.o.b.", "date of
   * birth", "birth date", "born in Yeovil on"), perhaps a colon, "is" or "was", then a whole date written in figures or
   * in words. A month and year alone ("born in March 2019") is not taken for one: projects are born
   * too.
   */
  private static final Pattern DATE_OF_BIRTH =
      Pattern.compile(
          "(?<![\\w])(?:d\\.\\s?o\\.\\s?b\\.?|dob(?![\\w])|date\\s+of\\s+birth|birth\\s?date|born(?:\\s+in\\s+(?-i:[A-Z][a-z'\\-]+)\\s+on|\\s+on)?)"
              + "\\s*(?:[:=\\-]|\\bis\\b|\\bwas\\b)?\\s*(?:the\\s+)?"
              + "(?:\\d{1,2}\\s?[/.\\-]\\s?\\d{1,2}\\s?[/.\\-]\\s?(?:\\d{4}|\\d{2})"
              + "|\\d{4}-\\d{1,2}-\\d{1,2}"
              + "|\\d{1,2}"
              + ORDINAL_SUFFIX
              + "(?:\\s+of)?\\s+"
              + MONTH
              + ",?\\s+(?:\\d{4}|'?\\d{2})"
              + "|"
              + MONTH
              + "\\s+\\d{1,2}"
              + ORDINAL_SUFFIX
              + ",?\\s+\\d{4})(?!\\d)",
          Pattern.CASE_INSENSITIVE);

  private static final ImmutableSet<String> UNALLOCATED_PREFIXES = ImmutableSet.of("BG", "GB", "KN", "NK", "NT", "TN", "ZZ");

  private static final PersonalIdentifiers STANDARD =
      new PersonalIdentifiers(ImmutableSet.of(), ImmutableSet.of(), ImmutableSet.of());

  /** Published telephone numbers in their national form, digits only, such as {@code 01823355455}. */
  private final ImmutableSet<String> publishedTelephones;

  /** Published e-mail addresses in lower case. */
  private final ImmutableSet<String> publishedAddresses;

  /** Published postcodes in upper case without spaces, such as {@code TA14DY}. */
  private final ImmutableSet<String> publishedPostcodes;

  private PersonalIdentifiers(
      ImmutableSet<String> publishedTelephones, ImmutableSet<String> publishedAddresses, ImmutableSet<String> publishedPostcodes) {
    this.publishedTelephones = publishedTelephones;
    this.publishedAddresses = publishedAddresses;
    this.publishedPostcodes = publishedPostcodes;
  }

  /**
   * Returns the detector that takes every identifier for personal, the one {@link #find(String)}
   * and {@link #remove(String)} use.
   *
   * @return the standard detector
   * @since 0.1.0
   */
  public static PersonalIdentifiers standard() {
    return STANDARD;
  }

  /**
   * Returns a builder of a detector that leaves published telephone numbers, e-mail addresses and
   * postcodes alone, such as a council's switchboard and the postcode of its offices.
   *
   * @return a new builder
   * @since 0.1.0
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the identifiers in a text, in the order they stand, as the standard detector finds
   * them.
   *
   * @param text the text
   * @return what was found, empty if nothing
   * @since 0.1.0
   */
  public static List<Found> find(String text) {
    return STANDARD.findIn(text);
  }

  /**
   * Returns the text with every identifier replaced by its kind in brackets, such as {@code [NHS
   * number removed]}, as the standard detector finds them.
   *
   * @param text the text
   * @return the text without identifiers; the same text when it holds none
   * @since 0.1.0
   */
  public static String remove(String text) {
    return STANDARD.removeFrom(text);
  }

  /**
   * Returns the identifiers in a text, in the order they stand, leaving alone those published.
   * Where two would overlap, the one that starts first is kept.
   *
   * @param text the text
   * @return what was found, empty if nothing; the indexes are into {@code text} as given
   * @since 0.1.0
   */
  public List<Found> findIn(String text) {
    requireNonNull(text, "text");
    int candidates = candidates(text);
    if ((candidates & (DIGIT | AT_SIGN | SPELT | AT_WORD | COMPATIBILITY)) == 0) {
      return List.of();
    }
    Normalised normalised = null;
    String searched = text;
    if ((candidates & NON_ASCII) != 0) {
      normalised = Normalised.of(text);
      searched = normalised.text;
      candidates = candidates(searched);
    }
    // Every match of every kind, then a sweep from the left that keeps a match only when it does
    // not overlap the one kept before it; at the same start, the kind listed first wins.
    List<Found> all = new ArrayList<>();
    if ((candidates & (AT_SIGN | SPELT | AT_WORD)) != 0) {
      emails(searched, (candidates & AT_WORD) != 0, all);
    }
    if ((candidates & DIGIT) != 0) {
      if ((candidates & BIRTH_WORD) != 0) {
        add(all, DATE_OF_BIRTH.matcher(searched), Kind.DATE_OF_BIRTH);
      }
      nationalInsurance(searched, all);
      postcodes(searched, all);
      telephones(searched, all);
      nhsNumbers(searched, all);
    }
    if (all.isEmpty()) {
      return List.of();
    }
    all.sort(Comparator.comparingInt(Found::start).thenComparing(Found::kind));
    List<Found> kept = new ArrayList<>();
    int end = 0;
    for (Found f : all) {
      if (f.start() >= end) {
        kept.add(normalised == null ? f : new Found(f.kind(), normalised.start(f.start()), normalised.end(f.end())));
        end = f.end();
      }
    }
    return Collections.unmodifiableList(kept);
  }

  /**
   * Returns the text with every identifier not published replaced by its kind in brackets, such as
   * {@code [NHS number removed]}.
   *
   * @param text the text
   * @return the text without identifiers; the same text when it holds none
   * @since 0.1.0
   */
  public String removeFrom(String text) {
    List<Found> found = findIn(text);
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

  /**
   * Returns whether two letters are a National Insurance prefix HMRC allocates, or its specimen
   * prefix {@code QQ}: the first letter is not D, F, I, Q, U or V, the second not D, F, I, O, Q, U
   * or V, and the pair is not BG, GB, KN, NK, NT, TN or ZZ. {@code QQ} is the prefix HMRC prints on
   * its forms and guidance as an example; it is taken for a number, since in a case note it stands
   * where a resident's number was meant to go, and a paper with one is not ready to publish.
   *
   * @param prefix two letters, in either case
   * @return {@code true} if the prefix is allocated or is QQ
   * @since 0.1.0
   */
  public static boolean validNationalInsurancePrefix(String prefix) {
    if (prefix.length() != 2) {
      return false;
    }
    String upper = prefix.toUpperCase(Locale.ROOT);
    if (upper.equals("QQ")) {
      return true;
    }
    char first = upper.charAt(0);
    char second = upper.charAt(1);
    return first >= 'A'
        && first <= 'Z'
        && second >= 'A'
        && second <= 'Z'
        && "DFIQUV".indexOf(first) < 0
        && "DFIOQUV".indexOf(second) < 0
        && !UNALLOCATED_PREFIXES.contains(upper);
  }

  /**
   * Returns the national form of a UK telephone number, digits only with its leading 0, or the
   * empty string when the text is not one UK telephone number.
   */
  private static String nationalTelephone(String text) {
    String trimmed = text.strip();
    boolean international = trimmed.startsWith("+") || trimmed.startsWith("00");
    StringBuilder digits = new StringBuilder();
    for (int i = 0; i < trimmed.length(); i++) {
      char c = trimmed.charAt(i);
      if (c >= '0' && c <= '9') {
        digits.append(c);
      }
    }
    String national = digits.toString();
    if (international) {
      String rest = national.startsWith("0044") ? national.substring(4) : national.startsWith("44") ? national.substring(2) : "";
      national = rest.startsWith("0") ? rest : "0" + rest;
    }
    boolean valid =
        (national.length() == 11 && national.charAt(0) == '0' && "1235789".indexOf(national.charAt(1)) >= 0)
            || (national.length() == 10 && (national.startsWith("01") || national.startsWith("08")));
    return valid ? national : "";
  }

  private void telephones(String text, List<Found> found) {
    for (Pattern pattern : List.of(TELEPHONE_NATIONAL, TELEPHONE_INTERNATIONAL)) {
      Matcher m = pattern.matcher(text);
      while (m.find()) {
        // A number followed by other figures ("01823 355455 9am", "... 2025") is matched with
        // them; the groups after a space are dropped from the end until a number is left.
        String written = m.group();
        String national = nationalTelephone(written);
        int cut;
        while (national.isEmpty() && (cut = written.lastIndexOf(' ')) > 0) {
          written = written.substring(0, cut).stripTrailing();
          national = nationalTelephone(written);
        }
        if (!national.isEmpty() && !publishedTelephones.contains(national)) {
          found.add(new Found(Kind.TELEPHONE_NUMBER, m.start(), m.start() + written.length()));
        }
      }
    }
  }

  private static void nhsNumbers(String text, List<Found> found) {
    Matcher m = TEN_DIGITS.matcher(text);
    while (m.find()) {
      if (validNhsNumber(m.group(1) + m.group(3) + m.group(4))
          && !REFERENCE_BEFORE.matcher(text.substring(Math.max(0, m.start() - 32), m.start())).find()) {
        found.add(new Found(Kind.NHS_NUMBER, m.start(), m.end()));
      }
    }
  }

  private static void nationalInsurance(String text, List<Found> found) {
    Matcher m = NATIONAL_INSURANCE.matcher(text);
    while (m.find()) {
      String letters = m.group(1) + m.group(2) + m.group(3);
      if (validNationalInsurancePrefix(m.group(1) + m.group(2)) && oneCase(letters)) {
        found.add(new Found(Kind.NATIONAL_INSURANCE_NUMBER, m.start(), m.end()));
      }
    }
  }

  private void postcodes(String text, List<Found> found) {
    Matcher m = POSTCODE.matcher(text);
    while (m.find()) {
      String postcode = m.group();
      if (oneCase(postcode)
          && (Character.isUpperCase(firstLetter(postcode)) || !ORDINAL.matcher(postcode).matches())
          && !publishedPostcodes.contains(postcodeKey(postcode))) {
        found.add(new Found(Kind.POSTCODE, m.start(), m.end()));
      }
    }
  }

  private void emails(String text, boolean spelt, List<Found> found) {
    Matcher m = EMAIL.matcher(text);
    while (m.find()) {
      if (!publishedAddresses.contains(address(m.group()))) {
        found.add(new Found(Kind.EMAIL_ADDRESS, m.start(), m.end()));
      }
    }
    m = EMAIL_BRACKETED.matcher(text);
    while (m.find()) {
      if (!publishedAddresses.contains(address(m.group()))) {
        found.add(new Found(Kind.EMAIL_ADDRESS, m.start(), m.end()));
      }
    }
    m = EMAIL_SPELT_AT.matcher(text);
    while (spelt && m.find()) {
      if (!publishedAddresses.contains(address(m.group()))) {
        found.add(new Found(Kind.EMAIL_ADDRESS, m.start(), m.end()));
      }
    }
    m = EMAIL_SPELT.matcher(text);
    while (m.find()) {
      if (!NOT_A_MAILBOX.contains(m.group(1).toLowerCase(Locale.ROOT)) && !publishedAddresses.contains(address(m.group()))) {
        found.add(new Found(Kind.EMAIL_ADDRESS, m.start(), m.end()));
      }
    }
  }

  private static final Pattern SPELT_AT = Pattern.compile("(?i)\\s?[\\[({<]\\s?at\\s?[\\])}>]\\s?|\\s+at\\s+|\\s?@\\s?");
  private static final Pattern SPELT_DOT = Pattern.compile("(?i)" + DOT_OBFUSCATED + "|\\s+dot\\s+");

  /** An address as written, obfuscated or not, in its plain lower-case form. */
  private static String address(String written) {
    String plain = SPELT_DOT.matcher(SPELT_AT.matcher(written).replaceAll("@")).replaceAll(".");
    return plain.toLowerCase(Locale.ROOT);
  }

  /** A postcode in upper case without spaces. */
  private static String postcodeKey(String postcode) {
    return postcode.replace(" ", "").replace("\t", "").toUpperCase(Locale.ROOT);
  }

  /** Whether the letters of a text are all upper case or all lower case. */
  private static boolean oneCase(String text) {
    boolean upper = false;
    boolean lower = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      upper |= c >= 'A' && c <= 'Z';
      lower |= c >= 'a' && c <= 'z';
    }
    return !(upper && lower);
  }

  private static char firstLetter(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isLetter(text.charAt(i))) {
        return text.charAt(i);
      }
    }
    return 'A';
  }

  private static void add(List<Found> found, Matcher matcher, Kind kind) {
    while (matcher.find()) {
      found.add(new Found(kind, matcher.start(), matcher.end()));
    }
  }

  // ---------------------------------------------------------------------------------------------
  // The pre-check: one pass over the text says which patterns could match at all, so that prose
  // with no digit, no @ and none of the words an identifier needs is not searched.

  /** An ASCII digit: every kind but the e-mail address needs one. */
  private static final int DIGIT = 1;

  /** An {@code @}. */
  private static final int AT_SIGN = 2;

  /** The word "dot", or "at" in brackets: an obfuscated e-mail address may stand here. */
  private static final int SPELT = 4;

  /** "born", "birth", "dob" or "d.o.b.": a date of birth may stand here. */
  private static final int BIRTH_WORD = 8;

  /** A character outside ASCII: the text is searched in its normalised form. */
  private static final int NON_ASCII = 16;

  /** A character outside ASCII that may normalise to a digit, an @ or a letter of an identifier. */
  private static final int COMPATIBILITY = 32;

  /** The word "at" and a dot between two letters: {@code jo.bloggs at gmail.com} may stand here. */
  private static final int AT_WORD = 64;

  /**
   * The characters that send a text to the full pre-check: digits, an {@code @}, an opening
   * bracket (of {@code [at]}), and the characters outside ASCII that may normalise to part of an
   * identifier or stand inside one. Most prose has none of them; curly quotes, dashes and accented
   * letters do not count.
   */
  private static final CharMatcher MAY_HOLD_IDENTIFIER =
      CharMatcher.inRange('0', '9')
          .or(CharMatcher.anyOf("@[({<"))
          .or(CharMatcher.forPredicate(PersonalIdentifiers::mayBecomeIdentifierCharacter))
          .precomputed();

  private static int candidates(String text) {
    if (MAY_HOLD_IDENTIFIER.matchesNoneOf(text)) {
      // Only an address spelt out can stand in such a text: "jo at example dot org" or
      // "jo.bloggs at gmail.com".
      if (!text.contains(" at ") && !text.contains(" AT ") && !text.contains(" At ")) {
        return 0;
      }
      int flags = text.contains(" dot ") || text.contains(" DOT ") || text.contains(" Dot ") ? SPELT : 0;
      return dotted(text) ? flags | AT_WORD : flags;
    }
    int flags = 0;
    boolean atWord = false;
    boolean dotted = false;
    int length = text.length();
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        if (c >= '0' && c <= '9') {
          flags |= DIGIT;
        } else if (c == '@') {
          flags |= AT_SIGN;
        } else if (c == 'd' || c == 'D') {
          if (text.regionMatches(true, i + 1, "ot", 0, 2)) {
            flags |= SPELT;
          } else if (text.regionMatches(true, i + 1, "ob", 0, 2) || text.regionMatches(true, i + 1, ".o.", 0, 3)) {
            flags |= BIRTH_WORD;
          }
        } else if (c == 'b' || c == 'B') {
          if (text.regionMatches(true, i + 1, "orn", 0, 3) || text.regionMatches(true, i + 1, "irth", 0, 4)) {
            flags |= BIRTH_WORD;
          }
        } else if ((c == 'a' || c == 'A') && i > 0 && text.charAt(i - 1) == ' ' && text.regionMatches(true, i + 1, "t ", 0, 2)) {
          atWord = true;
        } else if (c == '.' && i > 0 && i + 1 < length && Character.isLetterOrDigit(text.charAt(i - 1)) && Character.isLetter(text.charAt(i + 1))) {
          dotted = true;
        } else if (c == '[' || c == '(' || c == '{' || c == '<') {
          int j = i + 1 < length && text.charAt(i + 1) == ' ' ? i + 2 : i + 1;
          if (text.regionMatches(true, j, "at", 0, 2)) {
            flags |= SPELT;
          }
        }
      } else {
        flags |= NON_ASCII;
        if (mayBecomeIdentifierCharacter(c)) {
          flags |= COMPATIBILITY;
        }
      }
    }
    return atWord && dotted ? flags | AT_WORD : flags;
  }

  /** Whether a dot stands between a letter or digit and a letter, as in a domain. */
  private static boolean dotted(String text) {
    for (int i = text.indexOf('.'); i > 0 && i + 1 < text.length(); i = text.indexOf('.', i + 1)) {
      if (Character.isLetterOrDigit(text.charAt(i - 1)) && Character.isLetter(text.charAt(i + 1))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a character outside ASCII may stand for part of an identifier: a digit of another
   * script or another form (full-width, superscript, circled, mathematical), a full-width or small
   * form (such as the full-width {@code ＠}), half of a surrogate pair, or a space or invisible
   * character that may stand between the parts of one.
   */
  private static boolean mayBecomeIdentifierCharacter(char c) {
    if (c < 0x80) {
      return false;
    }
    int type = Character.getType(c);
    return type == Character.DECIMAL_DIGIT_NUMBER
        || type == Character.SPACE_SEPARATOR
        || type == Character.FORMAT
        || type == Character.OTHER_NUMBER
        || type == Character.SURROGATE
        || (c >= '\uFF00' && c <= '\uFFEF')
        || (c >= '\uFE50' && c <= '\uFE6F');
  }

  /**
   * A text in the form it is searched in, with where each of its characters came from: NFKC, one
   * base character and its combining marks at a time; invisible (format) characters dropped;
   * dashes written as a hyphen-minus, spaces as a space, the digits of every script as ASCII
   * digits.
   */
  private static final class Normalised {
    private final String text;
    private final int[] starts;
    private final int[] ends;

    private Normalised(String text, int[] starts, int[] ends) {
      this.text = text;
      this.starts = starts;
      this.ends = ends;
    }

    static Normalised of(String original) {
      int length = original.length();
      StringBuilder out = new StringBuilder(length);
      int[] starts = new int[length + 8];
      int[] ends = new int[length + 8];
      int i = 0;
      while (i < length) {
        int codePoint = original.codePointAt(i);
        int next = i + Character.charCount(codePoint);
        while (next < length && combining(original.codePointAt(next))) {
          next += Character.charCount(original.codePointAt(next));
        }
        String piece;
        if (codePoint < 0x80 && next == i + 1) {
          piece = null;
        } else if (Character.getType(codePoint) == Character.FORMAT) {
          piece = "";
        } else {
          piece = Normalizer.normalize(original.substring(i, next), Normalizer.Form.NFKC);
        }
        int count = piece == null ? 1 : piece.length();
        if (out.length() + count > starts.length) {
          int size = Math.max(starts.length * 2, out.length() + count);
          starts = Arrays.copyOf(starts, size);
          ends = Arrays.copyOf(ends, size);
        }
        for (int k = 0; k < count; k++) {
          starts[out.length()] = i;
          ends[out.length()] = next;
          out.append(piece == null ? (char) codePoint : fold(piece.charAt(k)));
        }
        i = next;
      }
      return new Normalised(out.toString(), starts, ends);
    }

    private static boolean combining(int codePoint) {
      int type = Character.getType(codePoint);
      return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    private static char fold(char c) {
      if (c < 0x80) {
        return c;
      }
      if (Character.getType(c) == Character.DASH_PUNCTUATION || c == '\u2212') {
        return '-';
      }
      if (Character.isSpaceChar(c)) {
        return ' ';
      }
      if (Character.isDigit(c)) {
        return (char) ('0' + Character.digit(c, 10));
      }
      return c;
    }

    /** The index in the original text of the character at {@code index} here. */
    int start(int index) {
      return starts[index];
    }

    /** The index in the original text after the character before {@code index} here. */
    int end(int index) {
      return ends[index - 1];
    }
  }

  @Override
  public String toString() {
    return "PersonalIdentifiers[published telephone numbers: "
        + publishedTelephones.size()
        + ", published e-mail addresses: "
        + publishedAddresses.size()
        + ", published postcodes: "
        + publishedPostcodes.size()
        + "]";
  }

  /**
   * Builds a detector that leaves published telephone numbers, e-mail addresses and postcodes alone. Instances are not thread-safe; the
   * detectors they build are.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private final List<String> published = new ArrayList<>();

    private Builder() {}

    /**
     * Adds a telephone number, e-mail address or postcode the organisation publishes, such as its
     * switchboard ({@code 0300 123 2224}), a service's inbox or the postcode of its offices, which
     * is then not taken for a personal identifier however it is written ({@code +44 300 123 2224}
     * is the same number, {@code ta1 4dy} the same postcode).
     *
     * @param identifier the published number, address or postcode
     * @return this builder
     * @since 0.1.0
     */
    public Builder published(String identifier) {
      published.add(requireNonNull(identifier, "identifier"));
      return this;
    }

    /**
     * Adds telephone numbers, e-mail addresses and postcodes the organisation publishes.
     *
     * @param identifiers the published numbers, addresses and postcodes
     * @return this builder
     * @since 0.1.0
     */
    public Builder published(Iterable<String> identifiers) {
      identifiers.forEach(this::published);
      return this;
    }

    /**
     * Builds the detector.
     *
     * @return the detector
     * @throws IllegalArgumentException if a published identifier is not one UK telephone number,
     *     one e-mail address or one postcode
     * @since 0.1.0
     */
    public PersonalIdentifiers build() {
      ImmutableSet.Builder<String> telephones = ImmutableSet.builder();
      ImmutableSet.Builder<String> addresses = ImmutableSet.builder();
      ImmutableSet.Builder<String> postcodes = ImmutableSet.builder();
      for (String identifier : published) {
        List<Found> found = STANDARD.findIn(identifier);
        boolean whole =
            found.size() == 1
                && identifier.substring(0, found.get(0).start()).isBlank()
                && identifier.substring(found.get(0).end()).isBlank();
        Kind kind = whole ? found.get(0).kind() : null;
        Checks.argument(
            kind == Kind.TELEPHONE_NUMBER || kind == Kind.EMAIL_ADDRESS || kind == Kind.POSTCODE, "PersonalIdentifiers", "published",
            "PersonalIdentifiers.published (%s) must be one UK telephone number, one e-mail address or one postcode",
            identifier);
        String searched = Normalised.of(identifier).text;
        if (kind == Kind.TELEPHONE_NUMBER) {
          telephones.add(nationalTelephone(searched));
        } else if (kind == Kind.POSTCODE) {
          postcodes.add(postcodeKey(searched.strip()));
        } else {
          addresses.add(address(searched.strip()));
        }
      }
      return new PersonalIdentifiers(telephones.build(), addresses.build(), postcodes.build());
    }
  }
}
