package io.github.hls4j.learning;

import static io.github.hls4j.learning.IdentifierCandidates.AT_SIGN;
import static io.github.hls4j.learning.IdentifierCandidates.AT_WORD;
import static io.github.hls4j.learning.IdentifierCandidates.BIRTH_WORD;
import static io.github.hls4j.learning.IdentifierCandidates.COMPATIBILITY;
import static io.github.hls4j.learning.IdentifierCandidates.DIGIT;
import static io.github.hls4j.learning.IdentifierCandidates.NON_ASCII;
import static io.github.hls4j.learning.IdentifierCandidates.SPELT;
import static io.github.hls4j.learning.IdentifierCandidates.candidates;
import static io.github.hls4j.learning.IdentifierPatterns.DATE_OF_BIRTH;
import static io.github.hls4j.learning.IdentifierPatterns.EMAIL;
import static io.github.hls4j.learning.IdentifierPatterns.EMAIL_BRACKETED;
import static io.github.hls4j.learning.IdentifierPatterns.EMAIL_SPELT;
import static io.github.hls4j.learning.IdentifierPatterns.EMAIL_SPELT_AT;
import static io.github.hls4j.learning.IdentifierPatterns.NATIONAL_INSURANCE;
import static io.github.hls4j.learning.IdentifierPatterns.NOT_A_MAILBOX;
import static io.github.hls4j.learning.IdentifierPatterns.ORDINAL;
import static io.github.hls4j.learning.IdentifierPatterns.POSTCODE;
import static io.github.hls4j.learning.IdentifierPatterns.REFERENCE_BEFORE;
import static io.github.hls4j.learning.IdentifierPatterns.TELEPHONE_INTERNATIONAL;
import static io.github.hls4j.learning.IdentifierPatterns.TELEPHONE_NATIONAL;
import static io.github.hls4j.learning.IdentifierPatterns.TEN_DIGITS;
import static io.github.hls4j.learning.IdentifierPatterns.UNALLOCATED_PREFIXES;
import static io.github.hls4j.learning.IdentifierPatterns.address;
import static io.github.hls4j.learning.IdentifierPatterns.firstLetter;
import static io.github.hls4j.learning.IdentifierPatterns.nationalTelephone;
import static io.github.hls4j.learning.IdentifierPatterns.oneCase;
import static io.github.hls4j.learning.IdentifierPatterns.postcodeKey;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import io.github.hls4j.internal.Checks;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds personal identifiers written into free text, as people write them in case notes and
 * e-mails: e-mail addresses (also written {@code name [at] domain [dot] org}), UK telephone numbers
 * (with a bracketed area code, {@code +44}, {@code 0044} or {@code +44 (0)}), NHS numbers (only
 * those whose Modulus 11 check digit is right, so that ten random digits are not taken for one),
 * National Insurance numbers (only with a prefix HMRC allocates, or HMRC's specimen prefix {@code
 * QQ}), UK postcodes (only those of the real postcode structure, in upper or lower case, with or
 * without the space) and dates of birth (a date said to be one: "born", "DOB", "d.o.b.", "date of
 * birth"). Text is searched in its compatibility form (NFKC), so that full-width digits,
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

  // The patterns are in IdentifierPatterns; the pre-check and the normalised text, in
  // IdentifierCandidates.

  private static final PersonalIdentifiers STANDARD =
      new PersonalIdentifiers(ImmutableSet.of(), ImmutableSet.of(), ImmutableSet.of());

  /**
   * Published telephone numbers in their national form, digits only, such as {@code 01823355455}.
   */
  private final ImmutableSet<String> publishedTelephones;

  /** Published e-mail addresses in lower case. */
  private final ImmutableSet<String> publishedAddresses;

  /** Published postcodes in upper case without spaces, such as {@code TA14DY}. */
  private final ImmutableSet<String> publishedPostcodes;

  private PersonalIdentifiers(
      ImmutableSet<String> publishedTelephones,
      ImmutableSet<String> publishedAddresses,
      ImmutableSet<String> publishedPostcodes) {
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
    IdentifierCandidates.Normalised normalised = null;
    String searched = text;
    if ((candidates & NON_ASCII) != 0) {
      normalised = IdentifierCandidates.Normalised.of(text);
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
        kept.add(
            normalised == null
                ? f
                : new Found(f.kind(), normalised.start(f.start()), normalised.end(f.end())));
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
          && !REFERENCE_BEFORE
              .matcher(text.substring(Math.max(0, m.start() - 32), m.start()))
              .find()) {
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
      if (!NOT_A_MAILBOX.contains(m.group(1).toLowerCase(Locale.ROOT))
          && !publishedAddresses.contains(address(m.group()))) {
        found.add(new Found(Kind.EMAIL_ADDRESS, m.start(), m.end()));
      }
    }
  }

  private static void add(List<Found> found, Matcher matcher, Kind kind) {
    while (matcher.find()) {
      found.add(new Found(kind, matcher.start(), matcher.end()));
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
   * Builds a detector that leaves published telephone numbers, e-mail addresses and postcodes
   * alone. Instances are not thread-safe; the detectors they build are.
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
            kind == Kind.TELEPHONE_NUMBER || kind == Kind.EMAIL_ADDRESS || kind == Kind.POSTCODE,
            "PersonalIdentifiers",
            "published",
            "PersonalIdentifiers.published (%s) must be one UK telephone number, one e-mail address or one postcode",
            identifier);
        String searched = IdentifierCandidates.Normalised.of(identifier).text;
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
