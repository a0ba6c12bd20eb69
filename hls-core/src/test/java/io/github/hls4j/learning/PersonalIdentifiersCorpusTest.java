package io.github.hls4j.learning;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hls4j.learning.PersonalIdentifiers.Found;
import io.github.hls4j.learning.PersonalIdentifiers.Kind;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The detector measured on a labelled corpus written like council papers: minutes, Board reports,
 * case notes pasted where they should not be, financial tables, paragraph numbering, meeting dates,
 * agenda references, legislation, money, percentages, times, wards and years. Positives hold one
 * planted identifier in one of its written variants; negatives hold none but much that looks like
 * one. Strings are generated from sentence frames with a fixed seed, so every run measures the same
 * corpus, and hand-written hard cases are added to both sides. The figures are printed and kept in
 * {@code docs/security.md}.
 */
class PersonalIdentifiersCorpusTest {

  /** What a council publishes and says so: its switchboard, an inbox, its offices' postcode. */
  private static final PersonalIdentifiers DETECTOR =
      PersonalIdentifiers.builder()
          .published("0300 123 2224")
          .published("0800 144 8848")
          .published("democratic.services@somerset.gov.uk")
          .published("TA1 4DY")
          .build();

  private static final List<Labelled> POSITIVES = new ArrayList<>();
  private static final List<String> NEGATIVES = new ArrayList<>();

  /** One string holding one identifier, the variant it is written in, and where it stands. */
  record Labelled(String text, Kind kind, String variant, int start, int end) {}

  // ---------------------------------------------------------------------------------------------
  // Identifiers and their written variants

  private static final String[] OUTWARD = {
    "TA1", "TA2", "TA6", "TA9", "TA20", "TA24", "BA1", "BA2", "BA5", "BA11", "BA16", "BA20", "BA22",
        "BS1", "BS8", "BS16",
    "BS22", "BS48", "EX1", "EX4", "EX16", "DT9", "SW1A", "W1A", "EC1A", "M1", "B33", "CR2", "LS1",
        "NE1", "CF10", "G2",
    "PL4", "GL1", "SN1", "SP2"
  };
  private static final String INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ";
  private static final String[] AREA_CODES = {
    "01823", "01935", "01278", "01749", "01458", "01460", "01643", "01373", "01984", "01392",
    "01225", "01934"
  };
  private static final String[] LOCAL_PART = {
    "jo.bloggs",
    "sam.taylor",
    "a.patel",
    "mjones1962",
    "k_williams",
    "lee-smith",
    "nan.pearce",
    "tomb",
    "carers.r.us",
    "dave.o",
    "priya.shah84",
    "j.o.brien"
  };
  private static final String[] DOMAIN = {
    "gmail.com",
    "hotmail.co.uk",
    "btinternet.com",
    "outlook.com",
    "yahoo.co.uk",
    "nhs.net",
    "somersetft.nhs.uk",
    "sky.com",
    "talktalk.net",
    "icloud.com",
    "live.co.uk",
    "example.org"
  };
  private static final String[] MONTHS = {
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December"
  };

  private static String digits(Random random, int count) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < count; i++) {
      out.append((char) ('0' + random.nextInt(10)));
    }
    return out.toString();
  }

  private static char pick(Random random, String letters) {
    return letters.charAt(random.nextInt(letters.length()));
  }

  private static <T> T pick(Random random, T[] items) {
    return items[random.nextInt(items.length)];
  }

  private static <T> T pick(Random random, List<T> items) {
    return items.get(random.nextInt(items.size()));
  }

  /**
   * A valid NHS number: nine digits from the ranges England, Wales and the Isle of Man issue, and
   * the check digit.
   */
  private static String nhsNumber(Random random) {
    while (true) {
      String nine = (char) ('3' + random.nextInt(5)) + digits(random, 8);
      for (char check = '0'; check <= '9'; check++) {
        if (PersonalIdentifiers.validNhsNumber(nine + check)) {
          return nine + check;
        }
      }
    }
  }

  private static String spaced(String nhs, String separator) {
    return nhs.substring(0, 3) + separator + nhs.substring(3, 6) + separator + nhs.substring(6);
  }

  private static String fullWidth(String text) {
    StringBuilder out = new StringBuilder();
    for (char c : text.toCharArray()) {
      out.append(c >= '0' && c <= '9' ? (char) ('\uFF10' + (c - '0')) : c == '@' ? '\uFF20' : c);
    }
    return out.toString();
  }

  private static String landlineLocal(Random random) {
    return (char) ('2' + random.nextInt(7)) + digits(random, 5);
  }

  private static String mobile(Random random) {
    return "07" + (char) ('4' + random.nextInt(6)) + digits(random, 2);
  }

  private static String niNumber(Random random, String separator, boolean specimen) {
    String prefix;
    if (specimen) {
      prefix = "QQ";
    } else {
      do {
        prefix = "" + pick(random, "ABCEGHJKLMNOPRSTWXYZ") + pick(random, "ABCEGHJKLMNPRSTWXYZ");
      } while (List.of("BG", "GB", "KN", "NK", "NT", "TN", "ZZ").contains(prefix));
    }
    String d = digits(random, 6);
    return prefix
        + separator
        + d.substring(0, 2)
        + separator
        + d.substring(2, 4)
        + separator
        + d.substring(4)
        + separator
        + pick(random, "ABCD");
  }

  private static String postcode(Random random) {
    String inward;
    String outward;
    do {
      outward = pick(random, OUTWARD);
      inward =
          random.nextInt(10) + "" + pick(random, INWARD_LETTERS) + pick(random, INWARD_LETTERS);
    } while ((outward + inward).equals("TA14DY"));
    return outward + " " + inward;
  }

  private static int day(Random random) {
    return 1 + random.nextInt(28);
  }

  private static int birthYear(Random random) {
    return 1925 + random.nextInt(90);
  }

  private static String ordinal(int day) {
    return day
        + (day % 10 == 1 && day != 11
            ? "st"
            : day % 10 == 2 && day != 12 ? "nd" : day % 10 == 3 && day != 13 ? "rd" : "th");
  }

  /**
   * A mailbox with a dot, underscore or digit, as the spelt " at " form needs to be unambiguous.
   */
  private static String mailboxWithMark(String local) {
    return local.matches(".*[._0-9].*") ? local : local + "1";
  }

  /** Every written variant, by name. Each name must appear in the corpus. */
  private static final Map<String, Variant> VARIANTS = new LinkedHashMap<>();

  record Variant(Kind kind, Function<Random, String> write) {}

  private static void variant(String name, Kind kind, Function<Random, String> write) {
    VARIANTS.put(name, new Variant(kind, write));
  }

  static {
    variant("nhs spaced", Kind.NHS_NUMBER, r -> spaced(nhsNumber(r), " "));
    variant("nhs hyphens", Kind.NHS_NUMBER, r -> spaced(nhsNumber(r), "-"));
    variant("nhs dots", Kind.NHS_NUMBER, r -> spaced(nhsNumber(r), "."));
    variant("nhs no separators", Kind.NHS_NUMBER, PersonalIdentifiersCorpusTest::nhsNumber);
    variant("nhs full-width digits", Kind.NHS_NUMBER, r -> fullWidth(spaced(nhsNumber(r), " ")));
    variant("nhs non-breaking spaces", Kind.NHS_NUMBER, r -> spaced(nhsNumber(r), "\u00A0"));
    variant(
        "telephone landline",
        Kind.TELEPHONE_NUMBER,
        r -> pick(r, AREA_CODES) + " " + landlineLocal(r));
    variant(
        "telephone bracketed area code",
        Kind.TELEPHONE_NUMBER,
        r -> "(" + pick(r, AREA_CODES) + ") " + landlineLocal(r));
    variant(
        "telephone bracketed London",
        Kind.TELEPHONE_NUMBER,
        r -> "(020) " + (7 + r.nextInt(2)) + digits(r, 3) + " " + digits(r, 4));
    variant(
        "telephone London",
        Kind.TELEPHONE_NUMBER,
        r -> "020 " + (3 + r.nextInt(6)) + digits(r, 3) + " " + digits(r, 4));
    variant(
        "telephone Bristol",
        Kind.TELEPHONE_NUMBER,
        r -> "0117 " + (2 + r.nextInt(8)) + digits(r, 2) + " " + digits(r, 4));
    variant(
        "telephone +44",
        Kind.TELEPHONE_NUMBER,
        r -> "+44 " + pick(r, AREA_CODES).substring(1) + " " + landlineLocal(r));
    variant(
        "telephone +44 (0)",
        Kind.TELEPHONE_NUMBER,
        r -> "+44 (0)" + pick(r, AREA_CODES).substring(1) + " " + landlineLocal(r));
    variant(
        "telephone +44 (0) London",
        Kind.TELEPHONE_NUMBER,
        r -> "+44 (0) 20 7" + digits(r, 3) + " " + digits(r, 4));
    variant(
        "telephone 0044",
        Kind.TELEPHONE_NUMBER,
        r -> "0044 " + pick(r, AREA_CODES).substring(1) + " " + landlineLocal(r));
    variant(
        "telephone hyphens",
        Kind.TELEPHONE_NUMBER,
        r -> pick(r, AREA_CODES) + "-" + landlineLocal(r));
    variant(
        "telephone dots",
        Kind.TELEPHONE_NUMBER,
        r -> pick(r, AREA_CODES) + "." + digits(r, 3) + "." + digits(r, 3));
    variant(
        "telephone no separators",
        Kind.TELEPHONE_NUMBER,
        r -> pick(r, AREA_CODES) + landlineLocal(r));
    variant("telephone mobile", Kind.TELEPHONE_NUMBER, r -> mobile(r) + " " + digits(r, 6));
    variant(
        "telephone mobile 3-3",
        Kind.TELEPHONE_NUMBER,
        r -> mobile(r) + " " + digits(r, 3) + " " + digits(r, 3));
    variant(
        "telephone mobile hyphens",
        Kind.TELEPHONE_NUMBER,
        r -> mobile(r) + "-" + digits(r, 3) + "-" + digits(r, 3));
    variant(
        "telephone mobile +44",
        Kind.TELEPHONE_NUMBER,
        r -> "+44 " + mobile(r).substring(1) + " " + digits(r, 6));
    variant(
        "telephone mobile +44 unspaced",
        Kind.TELEPHONE_NUMBER,
        r -> "+44" + mobile(r).substring(1) + digits(r, 6));
    variant(
        "telephone full-width digits",
        Kind.TELEPHONE_NUMBER,
        r -> fullWidth(pick(r, AREA_CODES) + " " + landlineLocal(r)));
    variant("postcode", Kind.POSTCODE, PersonalIdentifiersCorpusTest::postcode);
    variant("postcode lower case", Kind.POSTCODE, r -> postcode(r).toLowerCase(Locale.ROOT));
    variant("postcode unspaced", Kind.POSTCODE, r -> postcode(r).replace(" ", ""));
    variant(
        "postcode lower case unspaced",
        Kind.POSTCODE,
        r -> postcode(r).replace(" ", "").toLowerCase(Locale.ROOT));
    variant("postcode full-width", Kind.POSTCODE, r -> fullWidth(postcode(r)));
    variant("ni spaced", Kind.NATIONAL_INSURANCE_NUMBER, r -> niNumber(r, " ", false));
    variant("ni unspaced", Kind.NATIONAL_INSURANCE_NUMBER, r -> niNumber(r, "", false));
    variant(
        "ni specimen QQ",
        Kind.NATIONAL_INSURANCE_NUMBER,
        r -> niNumber(r, r.nextBoolean() ? " " : "", true));
    variant(
        "ni lower case",
        Kind.NATIONAL_INSURANCE_NUMBER,
        r -> niNumber(r, " ", false).toLowerCase(Locale.ROOT));
    variant("email", Kind.EMAIL_ADDRESS, r -> pick(r, LOCAL_PART) + "@" + pick(r, DOMAIN));
    variant(
        "email [at] [dot]",
        Kind.EMAIL_ADDRESS,
        r -> pick(r, LOCAL_PART) + " [at] " + pick(r, DOMAIN).replace(".", " [dot] "));
    variant("email (at)", Kind.EMAIL_ADDRESS, r -> pick(r, LOCAL_PART) + "(at)" + pick(r, DOMAIN));
    variant(
        "email {at} {dot}",
        Kind.EMAIL_ADDRESS,
        r -> pick(r, LOCAL_PART) + "{at}" + pick(r, DOMAIN).replace(".", "{dot}"));
    variant(
        "email at dot",
        Kind.EMAIL_ADDRESS,
        r ->
            pick(r, LOCAL_PART).replace(".", " dot ")
                + " at "
                + pick(r, DOMAIN).replace(".", " dot "));
    variant(
        "email at with dots",
        Kind.EMAIL_ADDRESS,
        r -> mailboxWithMark(pick(r, LOCAL_PART)) + " at " + pick(r, DOMAIN));
    variant(
        "email AT DOT",
        Kind.EMAIL_ADDRESS,
        r -> pick(r, LOCAL_PART) + " AT " + pick(r, DOMAIN).replace(".", " DOT "));
    variant(
        "email spaced @", Kind.EMAIL_ADDRESS, r -> pick(r, LOCAL_PART) + " @ " + pick(r, DOMAIN));
    variant(
        "email full-width @",
        Kind.EMAIL_ADDRESS,
        r -> fullWidth(pick(r, LOCAL_PART) + "@" + pick(r, DOMAIN)));
    variant(
        "dob born d Month yyyy",
        Kind.DATE_OF_BIRTH,
        r -> "born " + day(r) + " " + pick(r, MONTHS) + " " + birthYear(r));
    variant(
        "dob born on the dth of Month",
        Kind.DATE_OF_BIRTH,
        r -> "born on the " + ordinal(day(r)) + " of " + pick(r, MONTHS) + " " + birthYear(r));
    variant(
        "dob born in Place on",
        Kind.DATE_OF_BIRTH,
        r ->
            "born in "
                + pick(
                    r, new String[] {"Yeovil", "Taunton", "Bristol", "Dhaka", "Krakow", "Glasgow"})
                + " on "
                + day(r)
                + " "
                + pick(r, MONTHS)
                + " "
                + birthYear(r));
    variant(
        "dob born Month d, yyyy",
        Kind.DATE_OF_BIRTH,
        r -> "born " + pick(r, MONTHS) + " " + day(r) + ", " + birthYear(r));
    variant(
        "dob DOB dd/mm/yy",
        Kind.DATE_OF_BIRTH,
        r ->
            String.format(
                Locale.ROOT, "DOB %02d/%02d/%02d", day(r), 1 + r.nextInt(12), birthYear(r) % 100));
    variant(
        "dob DOB: dd/mm/yyyy",
        Kind.DATE_OF_BIRTH,
        r ->
            String.format(
                Locale.ROOT, "DOB: %02d/%02d/%d", day(r), 1 + r.nextInt(12), birthYear(r)));
    variant(
        "dob date of birth: d.m.yyyy",
        Kind.DATE_OF_BIRTH,
        r -> "date of birth: " + day(r) + "." + (1 + r.nextInt(12)) + "." + birthYear(r));
    variant(
        "dob d.o.b.",
        Kind.DATE_OF_BIRTH,
        r ->
            String.format(
                Locale.ROOT, "d.o.b. %d/%d/%02d", day(r), 1 + r.nextInt(12), birthYear(r) % 100));
    variant(
        "dob D.O.B ISO",
        Kind.DATE_OF_BIRTH,
        r ->
            String.format(
                Locale.ROOT, "D.O.B %d-%02d-%02d", birthYear(r), 1 + r.nextInt(12), day(r)));
    variant(
        "dob Date of Birth - dd-mm-yyyy",
        Kind.DATE_OF_BIRTH,
        r ->
            String.format(
                Locale.ROOT,
                "Date of Birth - %02d-%02d-%d",
                day(r),
                1 + r.nextInt(12),
                birthYear(r)));
    variant(
        "dob date of birth is d Mon yyyy",
        Kind.DATE_OF_BIRTH,
        r ->
            "date of birth is "
                + day(r)
                + " "
                + pick(r, MONTHS).substring(0, 3)
                + " "
                + birthYear(r));
  }

  // ---------------------------------------------------------------------------------------------
  // What surrounds them: the furniture of council papers

  private static final String[] PARAGRAPH = {
    "1.1", "1.1.2", "2.3", "3.4.1", "4.2(a)", "5.10", "7.3.1.2", "2.10.1", "6.1(iii)", "10.4"
  };
  private static final String[] MONEY = {
    "£1,234,567",
    "£2.3m",
    "£450k",
    "£12,500",
    "£1,250,000",
    "£3.45 million",
    "£0.5m",
    "£125,000.00",
    "£17.2bn",
    "£98,450",
    "£1.07m",
    "£6,000 a year"
  };
  private static final String[] PERCENT = {
    "12.5%", "3%", "99.2 per cent", "0.5%", "47%", "100%", "18.75%", "-2.1%"
  };
  private static final String[] MEETING_DATE = {
    "14 March 2025",
    "14/03/2025",
    "Tuesday 3 June 2025",
    "2025-03-14",
    "3rd June 2025",
    "14.03.2025",
    "14-03-2025",
    "Thursday, 11 September 2025",
    "27 January 2026",
    "01/04/2026",
    "30.09.25",
    "12th November 2025"
  };
  private static final String[] TIME = {
    "10.30am", "2pm", "14:00", "10:30", "9.15 a.m.", "10.00", "6.30pm", "13.45", "09:30"
  };
  private static final String[] REFERENCE = {
    "HWB/2025/014",
    "ASC-24-117",
    "FOI 2025-0042",
    "25/01234/FUL",
    "CAB-25-0073",
    "Key Decision 2025/03/041",
    "SC/25/118",
    "EXE 2025-26 09",
    "Item 12b",
    "Appendix 3",
    "24/00567/LBC",
    "OD-2025-031"
  };
  private static final String[] LAW = {
    "section 2(1) of the Care Act 2014",
    "section 117 of the Mental Health Act 1983",
    "Regulation 12(2)(a) of the Care Quality Commission Regulations 2014",
    "section 149 of the Equality Act 2010",
    "section 42 of the Care Act 2014",
    "paragraph 3 of Schedule 12A to the Local Government Act 1972",
    "section 75 of the National Health Service Act 2006",
    "s.17 Children Act 1989",
    "section 1(1) of the Localism Act 2011",
    "article 6(1)(e) UK GDPR"
  };
  private static final String[] WARD = {
    "Taunton North",
    "Wells",
    "Frome East",
    "Yeovil Summerlands",
    "Bridgwater Dunwear",
    "Minehead",
    "Chard North",
    "Glastonbury",
    "Shepton Mallet",
    "Burnham-on-Sea North",
    "Crewkerne",
    "Wellington"
  };
  private static final String[] YEAR = {
    "2025/26", "2024-25", "2026/27", "FY 2025/26", "Q3 2024/25", "2023/24", "2027-28"
  };
  private static final String[] ROAD = {
    "A303", "M5 junction 25", "A38", "B3153", "A39", "A358", "M5 J24"
  };
  private static final String[] SURNAME = {
    "Smith", "Patel", "Jones", "Lock", "Hobhouse", "Chilcott", "Fothergill", "Wyke"
  };
  private static final String[] NAME = {
    "Mrs A", "Mr B", "J.", "the resident", "Ms C", "the young person", "Mr D's son"
  };
  private static final String[] COUNT = {
    "1,234", "312", "44", "3 of 14", "2,017", "18", "7,450", "96"
  };

  /** Fills a frame's slots: {id} stays for the identifier; every other slot gets furniture. */
  private static String fill(String frame, Random random) {
    String out = frame;
    while (true) {
      int open = out.indexOf('{');
      int close = out.indexOf('}', open + 1);
      if (open < 0 || close < 0) {
        return out;
      }
      String slot = out.substring(open + 1, close);
      if (slot.equals("id")) {
        int next = out.indexOf('{', close);
        if (next < 0) {
          return out;
        }
        String head = out.substring(0, close + 1);
        return head + fill(out.substring(close + 1), random);
      }
      String value =
          switch (slot) {
            case "para" -> pick(random, PARAGRAPH);
            case "money" -> pick(random, MONEY);
            case "percent" -> pick(random, PERCENT);
            case "date" -> pick(random, MEETING_DATE);
            case "time" -> pick(random, TIME);
            case "ref" -> pick(random, REFERENCE);
            case "law" -> pick(random, LAW);
            case "ward" -> pick(random, WARD);
            case "year" -> pick(random, YEAR);
            case "road" -> pick(random, ROAD);
            case "surname" -> pick(random, SURNAME);
            case "name" -> pick(random, NAME);
            case "count" -> pick(random, COUNT);
            case "n" -> String.valueOf(1 + random.nextInt(24));
            case "minute" -> (20 + random.nextInt(10)) + "/" + (1 + random.nextInt(99));
            case "invoice" -> "45" + digits(random, 8);
            case "version" ->
                (1 + random.nextInt(4)) + "." + random.nextInt(10) + "." + random.nextInt(10);
            case "yearNum" -> String.valueOf(2015 + random.nextInt(11));
            case "score" -> String.valueOf(1 + random.nextInt(25));
            case "charity" -> String.valueOf(1_000_000 + random.nextInt(200_000));
            case "company" -> "0" + digits(random, 7);
            case "uprn" -> "1000" + digits(random, 7);
            default ->
                throw new IllegalArgumentException("no furniture for {" + slot + "} in " + frame);
          };
      out = out.substring(0, open) + value + out.substring(close + 1);
    }
  }

  private static final String[] POSITIVE_FRAMES = {
    "Case note: {name} ({id}) was seen at the drop-in on {date}.",
    "Item {n}: the officer read out {id} in error; minute {minute} has been corrected.",
    "Paragraph {para}: contact the family on {id} before {time}.",
    "{name}'s details ({id}) were copied into the Board report by mistake.",
    "Referral received {date}, {id}, allocated to the {ward} locality team.",
    "| {ward} | {money} | {id} | {percent} |",
    "Following the review under {law}, the worker recorded {id} on the shared drive.",
    "Please note: {id}.",
    "{id}",
    "Summary of case {ref}: resident contact {id}; budget {money} in {year}.",
    "Minutes of {date}, {time}: Cllr {surname} asked that {id} be taken out of the pack.",
    "The learning record said 'we tried {id} three times' and should have been redacted.",
    "{id} - see appendix {n}, paragraph {para}.",
    "What we learned: {name} ({id}) waited {count} days; {percent} of cases do.",
    "Escalation answer ({date}): the steward spoke to {name}, {id}, about the {road} closure.",
    "Barrier raised in {ward}: {name} could not get help; details {id}.",
    "{para} In {year} {count} households were helped, including {name} ({id}).",
    "Experiment question: would ringing {name} on the day ({id}) cut missed visits by {percent}?",
    "Visibility response, {date}: {id} was shared with the housing team under {law}.",
    "Record {ref}: {name}, {id}, moved to {ward} in {year}.",
  };

  private static final String[] NEGATIVE_FRAMES = {
    "{para} The Board is asked to note spend of {money} in {year}.",
    "Board meeting on {date} at {time}, Council Chamber, Taunton.",
    "Minute {minute}: the report ({ref}) was agreed; {percent} of actions are complete.",
    "Under {law} the council must assess needs; see paragraph {para}.",
    "| {ward} | {money} | {money} | {percent} |",
    "Agenda item {n}: {ward} ward update, {count} referrals, {percent} seen within 28 days.",
    "The scheme on the {road} costs {money} over {year}.",
    "For queries call the council on 0300 123 2224 or write to democratic.services@somerset.gov.uk.",
    "Offices at County Hall, Taunton TA1 4DY, open {time} to {time}.",
    "Financial table {year}: budget {money}, outturn {money}, variance {money} ({percent}).",
    "The learning cycle began on {date}; its next review is on {date}.",
    "{ref}: decision deferred to {date} under {law}.",
    "Version {version} of the strategy replaces version {version}.",
    "Staffing: {count} posts, vacancy rate {percent}, agency spend {money}.",
    "Recommendation {para}: the Board approves {money} for {year}, subject to {law}.",
    "Call NHS 111, or 999 in an emergency; Samaritans on 116 123; Citizens Advice on 0800 144 8848.",
    "Invoice {invoice} for {money} was paid on {date}.",
    "Purchase order no. {invoice} raised on {date} for {money}.",
    "The date of birth field is mandatory on the referral form from {date}.",
    "The partnership was born in {yearNum} out of the {ward} pilot.",
    "Section {para}: {count} households in {ward}, average rent {money} a week.",
    "Timings: {time} to {time} workshop; {time} close.",
    "Planning application {ref} in {ward} was refused on {date}.",
    "Follow us @SomersetCouncil or see www.somerset.gov.uk/board for the papers.",
    "Cllr {surname} asked about {percent} growth in {year} against {percent} in {year}.",
    "Appendix {n}: risk score {score} (likelihood {n} x impact {n}), reviewed {date}.",
    "Registered charity {charity}; company number {company}; UPRN {uprn}.",
    "Health round {n} scores moved from {n}.{n} to {n}.{n} between {date} and {date}.",
    "{para} Members noted that {count} people attended {n} events in {ward} during {year}.",
    "Meeting held on {date} at {time}; apologies from Cllr {surname}; minutes {minute} approved.",
  };

  // ---------------------------------------------------------------------------------------------
  // Hand-written hard cases, modelled on published minutes and case-note slips

  private static final String[][] HAND_POSITIVES = {
    {"The daughter asked us to ring her on (01823) 355455 after 4pm.", "TELEPHONE_NUMBER"},
    {"Ring (020) 7946 0000 ext. 4411 for the ward manager.", "TELEPHONE_NUMBER"},
    {"Contact: Mrs K, tel 01935 426711 / mob 07700 900482", "TELEPHONE_NUMBER"},
    {"NHS No. 485 777 3457 (checked on the spine)", "NHS_NUMBER"},
    {"Patient 485.777.3457 discharged to the care home on Friday", "NHS_NUMBER"},
    {"NI number: QQ 12 34 56 C", "NATIONAL_INSURANCE_NUMBER"},
    {"Her NI is jg 10 37 59 a, per the DWP letter.", "NATIONAL_INSURANCE_NUMBER"},
    {"Now lives at flat 2, ba20 1ez with her sister.", "POSTCODE"},
    {"Moved to TA65BP — the sheltered flats.", "POSTCODE"},
    {"He can be e-mailed at tom.r [at] btinternet [dot] com", "EMAIL_ADDRESS"},
    {"Write to carol(at)hotmail.co.uk if the phone is off.", "EMAIL_ADDRESS"},
    {"sam dot taylor at gmail dot com (his own address)", "EMAIL_ADDRESS"},
    {"Resident (born 3 March 1941) lives alone.", "DATE_OF_BIRTH"},
    {"Mr P, DOB 03/03/41, known to the team since 2019.", "DATE_OF_BIRTH"},
    {"date of birth: 3.3.1941; no GP registered", "DATE_OF_BIRTH"},
    {"Young person, d.o.b. 14/7/09, placed out of county.", "DATE_OF_BIRTH"},
    {"Tel: ０１８２３ ３５５４５５ (copied from the web form)", "TELEPHONE_NUMBER"},
    {"NHS ９４３ ４７６ ５９１９ on the scanned letter", "NHS_NUMBER"},
    {"Mobile: +44 (0)7700 900123.", "TELEPHONE_NUMBER"},
    {"Phone 0044 117 496 0123 from abroad.", "TELEPHONE_NUMBER"},
    {"NHS: 943\u200B476\u200B5919 pasted from the portal", "NHS_NUMBER"},
    {"Postcode TA6\u00A03PR, bungalow.", "POSTCODE"},
    {"Her e-mail address is k.williams＠outlook.com", "EMAIL_ADDRESS"},
    {
      "1.2 The family (tel. 01278 444555) asked for the meeting on 14 March 2025 to be moved.",
      "TELEPHONE_NUMBER"
    },
    {
      "£1,234,567 was spent; the carer (ni AB 12 34 56 C) was paid late.",
      "NATIONAL_INSURANCE_NUMBER"
    },
    {"Born on 12th of June 1938 in Bridgwater.", "DATE_OF_BIRTH"},
    {"Address: 4 Station Road, Wells BA5 2AB", "POSTCODE"},
    {"c/o jo.bloggs@example.org, copied to the Board", "EMAIL_ADDRESS"},
    {"See NHS number 4857773457.", "NHS_NUMBER"},
    {"Her number is 07700-900-482, text only.", "TELEPHONE_NUMBER"},
    {"D.O.B.: 1985-03-12 (from the referral)", "DATE_OF_BIRTH"},
    {"Emergency contact +447700900123", "TELEPHONE_NUMBER"},
    {"Reach him at a.patel {at} nhs {dot} net", "EMAIL_ADDRESS"},
    {"The form gave SW1A 1AA, which is not her home.", "POSTCODE"},
    {"T: 01823 355 455  M: 07700 900 123", "TELEPHONE_NUMBER"},
    {"phone: 0117 4960000 (landline)", "TELEPHONE_NUMBER"},
    {"NHS#9434765919 on the referral", "NHS_NUMBER"},
    {"Known address (BA22 8HT).", "POSTCODE"},
    {"mailto:jo_bloggs+care@gmail.com", "EMAIL_ADDRESS"},
    {"e-mail her at jo.bloggs at gmail.com, not the work one", "EMAIL_ADDRESS"},
    {"DOB:03/03/1941", "DATE_OF_BIRTH"},
    {"DoB 3rd March, 1941 (confirmed by the GP)", "DATE_OF_BIRTH"},
    {"NINO: AB123456C", "NATIONAL_INSURANCE_NUMBER"},
    {"NI number AB 12 34 56C on the claim", "NATIONAL_INSURANCE_NUMBER"},
    {"postcode:ta6 3pr", "POSTCODE"},
    {"Lives in ex4 3sr with two children.", "POSTCODE"},
  };

  private static final String[] HAND_NEGATIVES = {
    "1.1.2 The Board is asked to note the report.",
    "A1 Introduction",
    "Board meeting on 14 March 2025 at 10.30am",
    "The budget for 2025/26 is £1,234,567, a rise of 3.5%.",
    "Section 2(1) of the Care Act 2014 sets out the duty.",
    "See paragraph 3.4.1 and Appendix B2.",
    "Report reference HWB/2025/014, agenda item 7.",
    "Minute 24/117: the minutes of the meeting held on 11.09.2025 were approved.",
    "Planning application 25/01234/FUL at land west of the A303.",
    "Meeting closed at 12.45pm.",
    "Somerset Council, County Hall, Taunton TA1 4DY",
    "Switchboard: 0300 123 2224",
    "E-mail democratic.services@somerset.gov.uk for copies.",
    "Published at www.somerset.gov.uk/board-papers",
    "Available at somerset.gov.uk; queries at the meeting.",
    "Find us at County Hall or online.",
    "The Board of 2025 was born of the 2019 review.",
    "Date of birth is recorded for 98.2% of referrals.",
    "Year 7 pupils in 12 schools; KS2 results up 4%.",
    "Room B2, 3rd floor, Deane House.",
    "Q3 2024/25 outturn: £17.2m against £16.9m.",
    "Covid-19 recovery funding 2021-22.",
    "M5 J25 to J26 closed overnight 22:00 to 05:30.",
    "Figures 1.1 to 1.12 show the trend from 2015 to 2025.",
    "Risk 12 (4 x 3) stays amber.",
    "NHS 111 and the 999 service took 1,234,567 calls.",
    "Invoice 4500123456 paid on 3 March 2025.",
    "Account no. 1234567890 closed.",
    "Charity no. 1123456, company no. 08123456.",
    "Cllr Smith (Wells) thanked officers for the 10.30 start.",
    "Version 2.0.1 of the data-sharing agreement, 1 April 2025.",
    "The @ sign in the old template broke the macro.",
    "Attendance: 14 of 18 members (78%).",
    "Health and Wellbeing Board, 17 September 2025, item 9.",
    "The ratio fell from 1:12.5 to 1:10.",
    "Appendix 4: tables 4.1 to 4.6 (pages 23-31).",
    "Capital programme 2025-2030: £125,000,000.",
    "The contract (ref. 2024/0117) runs to 31/03/2027.",
    "Telephone survey of 1,024 residents, margin of error ±3%.",
    "Posts 0.6 FTE and 1.0 FTE, grade 7, scale points 24-28.",
    "Ward: Taunton North; division: TN2.",
    "The HS2 and A358 schemes were noted.",
    "Question 3 (a)(ii) from Cllr Wyke was answered in writing.",
    "ISO 27001 and the DSPT were met in 2024/25.",
    "Schedule 12A, paragraph 3: exempt.",
    "Data (at) 31 March 2025, published 1 May 2025.",
    "The dot plot on page 12 shows the spread.",
    "The hub opens 9am-5pm, Monday to Friday.",
    "UPRN 10023456789 corrected in the gazetteer.",
    "Guidance at gov.uk/government/publications/care-act-statutory-guidance.",
    "Papers at www.somerset.gov.uk, item 7.2 at the meeting.",
    "Space separated thousands: £1 234 567 and 2 500 000 people.",
    "Timetable 0930 1030 1130 1230.",
    "Sessions at 8am, 2pm and 6pm; 4ft ramp installed.",
    "The 2025 peer challenge (LGA) reported on 3 October 2025.",
    "Minutes 1.1 to 1.12; decision 2025/26-04; ward TA2 members present.",
    "Contract value £2,450,000 (0.5% of the budget) for 2025/26 to 2027/28.",
    "The board was born of the merger on 1 April 2023.",
    "Item 5 (at) the end of the agenda.",
    // From the Somerset Board report "Taking a Human Learning Systems approach for the work of the
    // Board"
    "During the Somerset Board Members workshop in September 2024 a presentation was given on the complexities of system working.",
    "That the Somerset Board approves: 1. A multi-agency working group begins work to define and develop what this means.",
    "2. Once defined and approved by the Somerset Board the group identifies opportunities to implement the approach.",
    "Somerset Annual Director of Public Health Report 2023: Housing and Health.",
    "Lead Officer: Consultant in Public Health; Contact Details: democratic.services@somerset.gov.uk",
    "6.1 Taking a Human Learning Systems approach, Board workshop, 17 September 2024.",
  };

  @BeforeAll
  static void buildCorpus() {
    Random random = new Random(27);
    List<String> names = new ArrayList<>(VARIANTS.keySet());
    Set<String> seen = new LinkedHashSet<>();
    for (int i = 0; POSITIVES.size() < 780; i++) {
      String name = names.get(i % names.size());
      Variant variant = VARIANTS.get(name);
      String identifier = variant.write().apply(random);
      String frame = fill(pick(random, POSITIVE_FRAMES), random);
      int at = frame.indexOf("{id}");
      String text = frame.substring(0, at) + identifier + frame.substring(at + 4);
      if (seen.add(text)) {
        POSITIVES.add(new Labelled(text, variant.kind(), name, at, at + identifier.length()));
      }
    }
    for (String[] hand : HAND_POSITIVES) {
      POSITIVES.add(new Labelled(hand[0], Kind.valueOf(hand[1]), "hand-written", -1, -1));
    }
    Set<String> negatives = new LinkedHashSet<>();
    while (negatives.size() < 650) {
      negatives.add(fill(pick(random, NEGATIVE_FRAMES), random));
    }
    NEGATIVES.addAll(negatives);
    NEGATIVES.addAll(List.of(HAND_NEGATIVES));
  }

  /**
   * Found when a finding of the right kind covers the planted identifier (for hand-written ones: a
   * finding of the kind).
   */
  private static boolean detected(Labelled labelled) {
    List<Found> found = DETECTOR.findIn(labelled.text());
    if (labelled.start() < 0) {
      return found.stream().anyMatch(f -> f.kind() == labelled.kind());
    }
    return found.stream()
        .anyMatch(
            f ->
                f.kind() == labelled.kind()
                    && f.start() <= labelled.start()
                    && f.end() >= labelled.end());
  }

  @Test
  void corpus_isLargeEnough_andHoldsEveryFormat() {
    assertThat(POSITIVES).hasSizeGreaterThanOrEqualTo(500);
    assertThat(NEGATIVES).hasSizeGreaterThanOrEqualTo(500);
    Set<String> variants = new TreeSet<>();
    POSITIVES.forEach(p -> variants.add(p.variant()));
    assertThat(variants).containsAll(VARIANTS.keySet());
    assertThat(variants)
        .contains(
            "telephone bracketed area code",
            "telephone bracketed London",
            "telephone +44",
            "telephone 0044",
            "telephone +44 (0)",
            "nhs dots",
            "postcode lower case",
            "postcode unspaced",
            "ni spaced",
            "ni specimen QQ",
            "nhs full-width digits",
            "email [at] [dot]",
            "dob born d Month yyyy",
            "dob DOB dd/mm/yy");
    for (Kind kind : Kind.values()) {
      assertThat(POSITIVES)
          .as("positives of %s", kind)
          .filteredOn(p -> p.kind() == kind)
          .hasSizeGreaterThanOrEqualTo(60);
    }
  }

  @Test
  void corpus_recallAtLeast99Percent_falsePositivesAtMost1Percent() {
    Map<Kind, int[]> byKind = new EnumMap<>(Kind.class);
    List<String> missed = new ArrayList<>();
    for (Labelled p : POSITIVES) {
      int[] counts = byKind.computeIfAbsent(p.kind(), k -> new int[2]);
      counts[1]++;
      if (detected(p)) {
        counts[0]++;
      } else {
        missed.add(p.variant() + ": " + p.text());
      }
    }
    List<String> falsePositives = new ArrayList<>();
    for (String n : NEGATIVES) {
      List<Found> found = DETECTOR.findIn(n);
      if (!found.isEmpty()) {
        falsePositives.add(found.get(0).kind() + ": " + n);
      }
    }
    // Findings in a positive string beyond the one planted are false positives too.
    int strays = 0;
    for (Labelled p : POSITIVES) {
      if (p.start() >= 0) {
        for (Found f : DETECTOR.findIn(p.text())) {
          if (f.end() <= p.start() || f.start() >= p.end()) {
            strays++;
            falsePositives.add("stray " + f.kind() + ": " + p.text());
          }
        }
      }
    }
    double recall = 1.0 - (double) missed.size() / POSITIVES.size();
    double falsePositiveRate = (double) (falsePositives.size() - strays) / NEGATIVES.size();
    System.out.printf(
        Locale.ROOT,
        "PersonalIdentifiers corpus: %d positives, %d negatives; recall %.2f%% (%d missed), false positives %.2f%% (%d), stray findings in positives %d%n",
        POSITIVES.size(),
        NEGATIVES.size(),
        recall * 100,
        missed.size(),
        falsePositiveRate * 100,
        falsePositives.size() - strays,
        strays);
    byKind.forEach(
        (kind, c) -> System.out.printf(Locale.ROOT, "  %-26s %4d/%4d found%n", kind, c[0], c[1]));
    missed.forEach(m -> System.out.println("  missed " + m));
    falsePositives.forEach(f -> System.out.println("  false positive " + f));
    assertThat(recall).as("recall; missed: %s", missed).isGreaterThanOrEqualTo(0.99);
    assertThat(falsePositiveRate)
        .as("false-positive rate; flagged: %s", falsePositives)
        .isLessThanOrEqualTo(0.01);
    assertThat(strays)
        .as("stray findings in positives")
        .isLessThanOrEqualTo(POSITIVES.size() / 100);
  }
}
