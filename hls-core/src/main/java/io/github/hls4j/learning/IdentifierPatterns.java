package io.github.hls4j.learning;

import com.google.common.collect.ImmutableSet;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The patterns of {@link PersonalIdentifiers}: what each kind of identifier looks like as people
 * write it, and the helpers that read a match (a telephone number's national form, an address in
 * its plain form, a postcode's key).
 */
final class IdentifierPatterns {

  private IdentifierPatterns() {}

  // Each pattern runs on the normalised text, in which every digit is an ASCII digit, every dash a
  // hyphen-minus and every space a space.

  /**
   * A separator inside a telephone number: a space, or a hyphen or dot with a space either side.
   */
  static final String PHONE_SEPARATOR = "(?:\\s?[.\\-]\\s?|\\s)";

  /** Not inside a longer number or word. */
  static final String NUMBER_START = "(?<![\\w+])(?<!\\d[ .,\\-/])";

  /** Not followed by more of a number: digits, or digits after a hyphen or dot. */
  static final String PHONE_END = "(?!\\d|[.\\-]\\d)";

  /**
   * A national number: the leading 0 and two to four more digits (the area code, bracketed or not),
   * then one to three groups of three or more digits. A first group of two digits, as in a date
   * {@code 01.02.2025}, is not a telephone number.
   */
  static final Pattern TELEPHONE_NATIONAL =
      Pattern.compile(
          NUMBER_START
              + "(?:\\(\\s?0\\d{2,4}\\s?\\)|0\\d{2,4})(?:"
              + PHONE_SEPARATOR
              + "?\\d{3,8}){1,3}"
              + PHONE_END);

  /**
   * An international number: +44 or 0044, an optional (0), then the national number without its 0.
   */
  static final Pattern TELEPHONE_INTERNATIONAL =
      Pattern.compile(
          NUMBER_START
              + "(?:\\+\\s?44|00\\s?44)\\s?(?:[\\[(]\\s?0\\s?[\\])]\\s?)?[.\\-]?\\d{2,5}(?:"
              + PHONE_SEPARATOR
              + "?\\d{3,8}){1,3}"
              + PHONE_END);

  /**
   * Ten digits in groups of 3, 3 and 4, the same separator (space, hyphen, dot or none) between.
   */
  static final Pattern TEN_DIGITS =
      Pattern.compile(NUMBER_START + "(\\d{3})([ .\\-]?)(\\d{3})\\2(\\d{4})(?!\\w|[.,\\-]\\d)");

  /**
   * A reference word just before ten digits, which makes them an invoice, order, account or other
   * reference, not an NHS number: "invoice 4500123456", "PO no. 4500123456".
   */
  static final Pattern REFERENCE_BEFORE =
      Pattern.compile(
          "(?i)(?<![\\w])(?:invoice|order|po|account|acct|ref|reference|uprn|company|charity|application|claim|cheque|serial|contract)"
              + "(?:\\s*(?:no\\.?|number|#))?\\s*[:.#]?\\s*$");

  static final Pattern NATIONAL_INSURANCE =
      Pattern.compile(
          "(?<![\\w])([A-Z])([A-Z])[ \\-]?\\d{2}[ \\-]?\\d{2}[ \\-]?\\d{2}[ \\-]?([A-D])(?![\\w])",
          Pattern.CASE_INSENSITIVE);

  /**
   * The structure of a UK postcode (the Royal Mail's and the Office for National Statistics'):
   * outward code A9, A99, AA9, AA99, A9A or AA9A, with the letters each position allows, then the
   * inward code 9AA, whose letters are never C, I, K, M, O or V; and GIR 0AA.
   */
  static final Pattern POSTCODE =
      Pattern.compile(
          "(?<![\\w])(?:GIR[ \\t]{0,2}0AA|[A-PR-UWYZ](?:[0-9][0-9]?|[A-HK-Y][0-9][0-9]?|[0-9][A-HJKPSTUW]|[A-HK-Y][0-9][ABEHMNPRVWXY])"
              + "[ \\t]{0,2}[0-9][ABD-HJLNP-UW-Z]{2})(?![\\w])",
          Pattern.CASE_INSENSITIVE);

  /** An inward code in lower case that reads as an ordinal, as in "room b2 3rd floor". */
  static final Pattern ORDINAL = Pattern.compile("(?i).*(?:1st|2nd|3rd|[0-9]th)");

  static final String DOT_OBFUSCATED = "(?:\\s?[\\[({<]\\s?dot\\s?[\\])}>]\\s?)";
  static final String DOT_ANY = "(?:\\.|" + DOT_OBFUSCATED + "|\\s+dot\\s+)";
  static final String LOCAL_WORD = "[A-Za-z0-9_%+\\-]+";
  static final String DOMAIN_WORD = "[A-Za-z0-9\\-]+";

  /** An e-mail address, also with a space either side of the {@code @}. */
  static final Pattern EMAIL =
      Pattern.compile(
          "(?<![\\w.%+\\-])[A-Za-z0-9._%+\\-]+ ?@ ?[A-Za-z0-9\\-]+(?:\\.[A-Za-z0-9\\-]+)*\\.[A-Za-z]{2,}(?![\\w])");

  /**
   * An address whose {@code @} is written {@code [at]}, {@code (at)}, {@code {at}} or {@code <at>},
   * its dots perhaps too.
   */
  static final Pattern EMAIL_BRACKETED =
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
  static final Pattern EMAIL_SPELT =
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
   * when the mailbox starts with a letter and holds a dot, underscore or digit, and the domain is
   * not a web address ({@code www.}) and ends in a top-level domain people use, so that "papers at
   * www.somerset.gov.uk" and "guidance at gov.uk" are not.
   */
  static final Pattern EMAIL_SPELT_AT =
      Pattern.compile(
          "(?<![\\w.%+\\-])[A-Za-z][A-Za-z0-9%+\\-]*[._0-9][A-Za-z0-9._%+\\-]*\\s+at\\s+(?!www\\.)"
              + DOMAIN_WORD
              + "(?:\\."
              + DOMAIN_WORD
              + ")*\\.(?:uk|com|org|net|gov|nhs|ac|co|info|io|me|biz|edu|scot|wales|cymru|eu|ie)(?![\\w])",
          Pattern.CASE_INSENSITIVE);

  /**
   * Words before " at " that make a spelt address ambiguous: "find us at somerset dot gov dot uk".
   */
  static final ImmutableSet<String> NOT_A_MAILBOX =
      ImmutableSet.of(
          "us",
          "me",
          "you",
          "him",
          "her",
          "them",
          "it",
          "we",
          "online",
          "available",
          "found",
          "look",
          "looking",
          "visit",
          "here",
          "there",
          "is",
          "are",
          "be",
          "was",
          "were",
          "website",
          "web",
          "site",
          "information",
          "details",
          "published",
          "copies",
          "copy",
          "page",
          "pages");

  static final String MONTH =
      "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?"
          + "|nov(?:ember)?|dec(?:ember)?)\\.?";
  static final String ORDINAL_SUFFIX = "(?:st|nd|rd|th)?";

  /**
   * A date said to be a date of birth: the words ("born", "born on", "DOB", "d.o.b.", "date of
   * birth", "birth date", "born in Yeovil on"), perhaps a colon, "is" or "was", then a whole date
   * written in figures or in words. A month and year alone ("born in March 2019") is not taken for
   * one: projects are born too.
   */
  static final Pattern DATE_OF_BIRTH =
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

  static final ImmutableSet<String> UNALLOCATED_PREFIXES =
      ImmutableSet.of("BG", "GB", "KN", "NK", "NT", "TN", "ZZ");

  /**
   * Returns the national form of a UK telephone number, digits only with its leading 0, or the
   * empty string when the text is not one UK telephone number.
   */
  static String nationalTelephone(String text) {
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
      String rest =
          national.startsWith("0044")
              ? national.substring(4)
              : national.startsWith("44") ? national.substring(2) : "";
      national = rest.startsWith("0") ? rest : "0" + rest;
    }
    boolean valid =
        (national.length() == 11
                && national.charAt(0) == '0'
                && "1235789".indexOf(national.charAt(1)) >= 0)
            || (national.length() == 10
                && (national.startsWith("01") || national.startsWith("08")));
    return valid ? national : "";
  }

  static final Pattern SPELT_AT =
      Pattern.compile("(?i)\\s?[\\[({<]\\s?at\\s?[\\])}>]\\s?|\\s+at\\s+|\\s?@\\s?");
  static final Pattern SPELT_DOT = Pattern.compile("(?i)" + DOT_OBFUSCATED + "|\\s+dot\\s+");

  /** An address as written, obfuscated or not, in its plain lower-case form. */
  static String address(String written) {
    String plain = SPELT_DOT.matcher(SPELT_AT.matcher(written).replaceAll("@")).replaceAll(".");
    return plain.toLowerCase(Locale.ROOT);
  }

  /** A postcode in upper case without spaces. */
  static String postcodeKey(String postcode) {
    return postcode.replace(" ", "").replace("\t", "").toUpperCase(Locale.ROOT);
  }

  /** Whether the letters of a text are all upper case or all lower case. */
  static boolean oneCase(String text) {
    boolean upper = false;
    boolean lower = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      upper |= c >= 'A' && c <= 'Z';
      lower |= c >= 'a' && c <= 'z';
    }
    return !(upper && lower);
  }

  static char firstLetter(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isLetter(text.charAt(i))) {
        return text.charAt(i);
      }
    }
    return 'A';
  }
}
