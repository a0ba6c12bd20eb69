package io.github.hls4j.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.hls4j.learning.PersonalIdentifiers.Found;
import io.github.hls4j.learning.PersonalIdentifiers.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Each kind of identifier as people write it, and what only looks like one. */
class PersonalIdentifiersTest {

  /** The one identifier found in a text, as the text it covers. */
  private static String onlyFound(String text, Kind kind) {
    List<Found> found = PersonalIdentifiers.find(text);
    assertThat(found).extracting(Found::kind).as("kinds in %s", text).containsExactly(kind);
    return text.substring(found.get(0).start(), found.get(0).end());
  }

  // NHS numbers

  @ParameterizedTest
  @ValueSource(
      strings = {
        "943 476 5919",
        "943-476-5919",
        "943.476.5919",
        "9434765919",
        "943\u00A0476\u00A05919",
        "４８５ ７７７ ３４５７"
      })
  void find_nhsNumberInAnySeparation_isFoundWhole(String number) {
    assertThat(onlyFound("NHS number " + number + " on file.", Kind.NHS_NUMBER)).isEqualTo(number);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "NHS number 943 476 5918 on file", // wrong check digit
        "NHS number 943-476-5918",
        "9434765918",
        "943 476 59190", // eleven digits
        "1943 476 5919", // part of a longer number
        "Invoice 4857773457 paid", // a reference
        "PO no. 9434765919 raised",
        "Account: 9434765919",
        "943 476-5919" // mixed separators
      })
  void find_nearMissNhsNumber_isNotFound(String text) {
    assertThat(PersonalIdentifiers.find(text))
        .extracting(Found::kind)
        .doesNotContain(Kind.NHS_NUMBER);
  }

  // Telephone numbers

  @ParameterizedTest
  @ValueSource(
      strings = {
        "(01823) 355455",
        "(020) 7946 0000",
        "(0117) 496 0123",
        "01823 355455",
        "01823-355455",
        "01823.355.455",
        "01823355455",
        "020 7946 0000",
        "+44 1823 355455",
        "+44 (0)1823 355455",
        "+44 (0) 20 7946 0000",
        "+44(0)20-7946-0000",
        "0044 1823 355455",
        "00 44 20 7946 0000",
        "+441823355455",
        "07700 900123",
        "07700 900 123",
        "07700-900-123",
        "+44 7700 900123",
        "0800 123456",
        "０１８２３ ３５５４５５",
        "01823\u2013355455"
      })
  void find_telephoneNumberAsWritten_isFoundWhole(String number) {
    assertThat(onlyFound("Ring " + number + " after nine.", Kind.TELEPHONE_NUMBER))
        .isEqualTo(number);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Meeting 01.02.2025 10.30 in room 4",
        "Timetable 0930 1030 1130 1230",
        "Call 0182 3355", // too short
        "Call 01823 3554551", // too long
        "Call 06823 355455", // no UK number starts 06
        "+33 1 23 45 67 89", // a French number
        "Call NHS 111 or 999",
        "Samaritans 116 123",
        "Case 2025-0042 closed"
      })
  void find_nearMissTelephoneNumber_isNotFound(String text) {
    assertThat(PersonalIdentifiers.find(text))
        .extracting(Found::kind)
        .doesNotContain(Kind.TELEPHONE_NUMBER);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Ring 01823 355455 9am to 5pm",
        "Ring 01823 355455 2025 was the last call",
        "Ring 01823 355455 123 times"
      })
  void find_telephoneNumberFollowedByFigures_isFoundWithoutThem(String text) {
    assertThat(onlyFound(text, Kind.TELEPHONE_NUMBER)).isEqualTo("01823 355455");
  }

  // Postcodes

  @ParameterizedTest
  @ValueSource(
      strings = {
        "TA1 4DY",
        "ta1 4dy",
        "TA14DY",
        "ta14dy",
        "SW1A 1AA",
        "W1A 0AX",
        "M1 1AE",
        "B33 8TH",
        "CR2 6XH",
        "EC1A 1BB",
        "GIR 0AA",
        "TA1  4DY"
      })
  void find_postcodeOfTheRealStructure_isFound(String postcode) {
    assertThat(onlyFound("Lives at " + postcode + " near the park.", Kind.POSTCODE))
        .isEqualTo(postcode);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Paragraph 1.1.2 applies",
        "See A1 and the A303",
        "The TA1 team",
        "Room B2 3rd floor",
        "room b2 3rd floor",
        "Ta1 4dY mixed case",
        "QA1 4DY", // Q never starts a postcode
        "TA1 4CY", // C never in the inward code
        "TA1 4DYZ", // part of a longer word
        "Covid-19 in 2021"
      })
  void find_nearMissPostcode_isNotFound(String text) {
    assertThat(PersonalIdentifiers.find(text))
        .extracting(Found::kind)
        .doesNotContain(Kind.POSTCODE);
  }

  // National Insurance numbers

  @ParameterizedTest
  @ValueSource(
      strings = {
        "QQ 12 34 56 C",
        "QQ123456C",
        "AB 12 34 56 C",
        "AB123456D",
        "JG 10 37 59 A",
        "jg 10 37 59 a",
        "CE 123456 B",
        "AB-12-34-56-C"
      })
  void find_nationalInsuranceNumber_isFoundWhole(String number) {
    assertThat(onlyFound("NI number " + number + " noted.", Kind.NATIONAL_INSURANCE_NUMBER))
        .isEqualTo(number);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "DA 12 34 56 C", // D never first
        "FA 12 34 56 C",
        "IA 12 34 56 C",
        "UA 12 34 56 C",
        "VA 12 34 56 C",
        "AO 12 34 56 C", // O never second
        "AD 12 34 56 C",
        "BG 12 34 56 C", // never allocated
        "GB 12 34 56 C",
        "NK 12 34 56 C",
        "KN 12 34 56 C",
        "TN 12 34 56 C",
        "NT 12 34 56 C",
        "ZZ 12 34 56 C",
        "AB 12 34 56 E", // suffix A to D only
        "QQ123456",
        "Ab 12 34 56 c"
      })
  void find_nationalInsuranceNumberHmrcNeverIssues_isNotFound(String number) {
    assertThat(PersonalIdentifiers.find("NI number " + number + " noted."))
        .extracting(Found::kind)
        .doesNotContain(Kind.NATIONAL_INSURANCE_NUMBER);
  }

  @Test
  void validNationalInsurancePrefix_followsHmrcRules_andTakesTheSpecimen() {
    assertThat(PersonalIdentifiers.validNationalInsurancePrefix("AB")).isTrue();
    assertThat(PersonalIdentifiers.validNationalInsurancePrefix("QQ")).isTrue();
    assertThat(PersonalIdentifiers.validNationalInsurancePrefix("qq")).isTrue();
    assertThat(PersonalIdentifiers.validNationalInsurancePrefix("QA")).isFalse();
    assertThat(PersonalIdentifiers.validNationalInsurancePrefix("AQ")).isFalse();
    assertThat(PersonalIdentifiers.validNationalInsurancePrefix("TN")).isFalse();
    assertThat(PersonalIdentifiers.validNationalInsurancePrefix("A1")).isFalse();
    assertThat(PersonalIdentifiers.validNationalInsurancePrefix("ABC")).isFalse();
  }

  // E-mail addresses

  @ParameterizedTest
  @ValueSource(
      strings = {
        "jo.bloggs@example.org",
        "jo [at] example [dot] org",
        "jo[at]example[dot]org",
        "jo(at)example.org",
        "jo (at) example (dot) co (dot) uk",
        "jo{at}example{dot}org",
        "jo <at> example <dot> org",
        "jo at example dot org",
        "jo dot bloggs at somerset dot gov dot uk",
        "JO AT EXAMPLE DOT COM",
        "jo.bloggs at gmail.com",
        "k_williams at nhs.net",
        "jo @ example.org",
        "jo＠example.org",
        "jo\u00A0at\u00A0example\u00A0dot\u00A0org"
      })
  void find_emailAddressAsWritten_isFoundWhole(String address) {
    assertThat(onlyFound("Write to " + address + " today.", Kind.EMAIL_ADDRESS)).isEqualTo(address);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "No e-mail here, just an @ sign",
        "Follow us @SomersetCouncil",
        "Papers are available at www.somerset.gov.uk",
        "Find us at somerset dot gov dot uk",
        "We met at the library",
        "Data (at) 31 March 2025",
        "The dot plot shows it",
        "Look at page 12 dot 4", // no top-level domain
        "jo at example dot invalidtld",
        "Guidance at gov.uk/care-act",
        "Papers are at www.somerset.gov.uk",
        "Item 7.2 at gov.uk",
        "Meet sam at gmail.com" // ambiguous without a mark in the mailbox
      })
  void find_nearMissEmailAddress_isNotFound(String text) {
    assertThat(PersonalIdentifiers.find(text))
        .extracting(Found::kind)
        .doesNotContain(Kind.EMAIL_ADDRESS);
  }

  // Dates of birth

  @ParameterizedTest
  @ValueSource(
      strings = {
        "born 3 March 1941",
        "born on 3rd March 1941",
        "born on the 3rd of March 1941",
        "born March 3, 1941",
        "born in Yeovil on 3 March 1941",
        "Born 3 Mar '41",
        "DOB 03/03/41",
        "DOB: 03/03/1941",
        "D.O.B. 3/3/41",
        "d.o.b. 03-03-1941",
        "date of birth: 3.3.1941",
        "Date of Birth - 1941-03-03",
        "date of birth is 3 March 1941",
        "birth date 3/3/1941",
        "DOB ０３/０３/４１"
      })
  void find_dateOfBirthWrittenOut_isFound(String text) {
    assertThat(onlyFound("Resident, " + text + ", lives alone.", Kind.DATE_OF_BIRTH))
        .isEqualTo(text);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Board meeting on 14 March 2025",
        "The meeting on 12/03/2025 went well",
        "The partnership was born in March 2019",
        "Newborn checks 3 March 2025",
        "The idea was born in the Board on 3 March 2025",
        "Date of birth is recorded for 98.2% of referrals",
        "The DOB field is mandatory from 1 April 2025"
      })
  void find_dateNotOfBirth_isNotFound(String text) {
    assertThat(PersonalIdentifiers.find(text))
        .extracting(Found::kind)
        .doesNotContain(Kind.DATE_OF_BIRTH);
  }

  // Text that only looks like identifiers

  @ParameterizedTest
  @ValueSource(
      strings = {
        "1.1.2 The Board is asked to note the report.",
        "£1,234,567 in 2025/26, up 3.5%",
        "section 2(1) of the Care Act 2014",
        "Report HWB/2025/014, agenda item 7, minute 24/117",
        "Meeting at 10.30am on 14 March 2025 in Taunton North ward",
        "Planning application 25/01234/FUL",
        "Nothing at all"
      })
  void find_councilPaperFurniture_findsNothing(String text) {
    assertThat(PersonalIdentifiers.find(text)).isEmpty();
  }

  // Unicode compatibility forms and spans

  @Test
  void find_compatibilityForms_spansIndexTheTextAsGiven() {
    String text = "Zoë's NHS number is ９４３ ４７６ ５９１９ and she is on ０７７００ ９００１２３.";
    List<Found> found = PersonalIdentifiers.find(text);
    assertThat(found)
        .extracting(Found::kind, f -> text.substring(f.start(), f.end()))
        .containsExactly(
            tuple(Kind.NHS_NUMBER, "９４３ ４７６ ５９１９"), tuple(Kind.TELEPHONE_NUMBER, "０７７００ ９００１２３"));
  }

  @Test
  void find_invisibleCharactersInsideAnIdentifier_stillFindIt() {
    String text = "NHS 943\u200B476\u200B5919, call 01823\u00AD355455.";
    assertThat(PersonalIdentifiers.find(text))
        .extracting(Found::kind, f -> text.substring(f.start(), f.end()))
        .containsExactly(
            tuple(Kind.NHS_NUMBER, "943\u200B476\u200B5919"),
            tuple(Kind.TELEPHONE_NUMBER, "01823\u00AD355455"));
  }

  @Test
  void find_superscriptAndCircledDigits_areDigits() {
    assertThat(PersonalIdentifiers.find("NHS ⑨④③ ④⑦⑥ ⑤⑨①⑨"))
        .extracting(Found::kind)
        .containsExactly(Kind.NHS_NUMBER);
  }

  @Test
  void remove_compatibilityForms_replacesTheOriginalCharacters() {
    assertThat(PersonalIdentifiers.remove("Zoë: ０１８２３ ３５５４５５, ta1 4dy."))
        .isEqualTo("Zoë: [telephone number removed], [postcode removed].");
  }

  @Test
  void find_proseWithoutCandidates_findsNothing() {
    assertThat(
            PersonalIdentifiers.find(
                "The Board’s learning — “what works” — is re-learned by élite teams."))
        .isEmpty();
    assertThat(PersonalIdentifiers.find("")).isEmpty();
  }

  @Test
  void find_severalKinds_inTheOrderTheyStand() {
    String text =
        "J. (DOB 03/03/41) at ta1 4dy, NI QQ 12 34 56 C, jo [at] example [dot] org, 07700 900123, NHS 943-476-5919";
    assertThat(PersonalIdentifiers.find(text))
        .extracting(Found::kind)
        .containsExactly(
            Kind.DATE_OF_BIRTH,
            Kind.POSTCODE,
            Kind.NATIONAL_INSURANCE_NUMBER,
            Kind.EMAIL_ADDRESS,
            Kind.TELEPHONE_NUMBER,
            Kind.NHS_NUMBER);
  }

  // Published identifiers

  @Test
  void findIn_publishedNumbersAndAddresses_areLeftAlone_inAnyWritingOfThem() {
    PersonalIdentifiers detector =
        PersonalIdentifiers.builder()
            .published("0300 123 2224")
            .published(List.of("Enquiries@Somerset.gov.uk", "TA1 4DY"))
            .build();
    assertThat(
            detector.findIn(
                "Switchboard +44 (0)300 123 2224, 0300-123-2224, enquiries [at] somerset [dot] gov [dot] uk, TA14DY"))
        .isEmpty();
    assertThat(detector.findIn("Her own number 07700 900123, jo@example.org, TA1 4DZ"))
        .extracting(Found::kind)
        .containsExactly(Kind.TELEPHONE_NUMBER, Kind.EMAIL_ADDRESS, Kind.POSTCODE);
    assertThat(detector.removeFrom("Call 0300 123 2224 or 01823 355455"))
        .isEqualTo("Call 0300 123 2224 or [telephone number removed]");
    assertThat(PersonalIdentifiers.find("Call 0300 123 2224"))
        .extracting(Found::kind)
        .containsExactly(Kind.TELEPHONE_NUMBER);
    assertThat(detector.toString())
        .contains("published telephone numbers: 1")
        .doesNotContain("0300");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "Somerset Council",
        "1.1.2",
        "NHS 943 476 5919",
        "0300 123 2224 and 01823 355455",
        "born 3 March 1941"
      })
  void build_publishedThatIsNoNumberAddressOrPostcode_isRefusedNamingIt(String published) {
    assertThatThrownBy(() -> PersonalIdentifiers.builder().published(published).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("PersonalIdentifiers.published")
        .hasMessageContaining("(" + published + ")");
  }

  @Test
  void standard_isWhatTheStaticMethodsUse() {
    String text = "Call 01823 355455";
    assertThat(PersonalIdentifiers.standard().findIn(text))
        .isEqualTo(PersonalIdentifiers.find(text));
    assertThat(PersonalIdentifiers.standard().removeFrom(text))
        .isEqualTo(PersonalIdentifiers.remove(text));
  }
}
