package io.github.hls4j.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.hls4j.party.PartyId;
import io.github.hls4j.validation.Profile;
import io.github.hls4j.validation.RuleDescriptor;
import io.github.hls4j.validation.ValidationResult;
import io.github.hls4j.validation.Validator;
import io.github.hls4j.validation.Violation;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Personal data kept inside its organisation: identifiers in text, markings, redaction, string
 * forms.
 */
class DataProtectionTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2025-06-01T00:00:00Z"), ZoneOffset.UTC);
  private static final PartyId COUNCIL = PartyId.of("council");
  private static final PartyId HOUSING = PartyId.of("housing");

  private static LearningLoops loops(
      List<HorizontalShare> shares, List<DataSharingAgreement> agreements) {
    return io.github.hls4j.system.LearningSystem.builder()
        .place("Place")
        .shares(shares)
        .agreements(agreements)
        .build();
  }

  private static List<Violation> findings(LearningLoops loops, RuleDescriptor rule) {
    Validator<LearningLoops> validator =
        Validator.builder(LearningRules.learningLoops(CLOCK)).profile(Profile.PUBLISHED).build();
    ValidationResult result = validator.validate(loops);
    return result.withRule(rule.id()).violations();
  }

  private static HorizontalShare share(PartyId to, LearningRecord record, String agreement) {
    HorizontalShare.Builder share =
        HorizontalShare.builder()
            .fromCycle(CycleId.of("c"))
            .fromOrganisation(COUNCIL)
            .toKind(ShareTargetKind.ORGANISATION)
            .to("Housing")
            .toOrganisation(to)
            .purpose("Learning")
            .addRecords(record);
    if (!agreement.isEmpty()) {
      share.agreement(AgreementId.of(agreement));
    }
    return share.build();
  }

  private static LearningRecord record(String whatHappened) {
    return LearningRecord.builder()
        .kind(RecordKind.INSIGHT)
        .whatHappened(whatHappened)
        .learned("Continuity helps")
        .build();
  }

  // PersonalIdentifiers

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "Write to jo.bloggs@example.org today; EMAIL_ADDRESS",
        "Call 01632 960983 after nine; TELEPHONE_NUMBER",
        "Her mobile is +44 7700 900123; TELEPHONE_NUMBER",
        "Her mobile is 07700-900-123; TELEPHONE_NUMBER",
        "NHS number 943 476 5919 on file; NHS_NUMBER",
        "NHS 9434765919; NHS_NUMBER",
        "NI number JG 10 37 59 A; NATIONAL_INSURANCE_NUMBER",
        "NI AB123456D noted; NATIONAL_INSURANCE_NUMBER",
        "Lives at TA1 4DY near the park; POSTCODE",
        "Moved to SW1A 1AA last year; POSTCODE",
        "She was born 12/03/1985 in Yeovil; DATE_OF_BIRTH",
        "DOB: 1985-03-12; DATE_OF_BIRTH",
        "date of birth 3rd March 1985; DATE_OF_BIRTH"
      })
  void find_truePositives_areFoundAsTheirKind(String text, PersonalIdentifiers.Kind kind) {
    assertThat(PersonalIdentifiers.find(text))
        .extracting(PersonalIdentifiers.Found::kind)
        .containsExactly(kind);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Ten random digits 1234567890 are not an NHS number",
        "Nor are 943 476 5918 with the wrong check digit",
        "The meeting on 12/03/2025 went well",
        "A budget of 1,250,000 pounds",
        "Version 1.2.3 of the plan",
        "We met at 10:30 in room 4",
        "No e-mail here, just an @ sign",
        "QQ123456 is not complete",
        "The TA1 team and route A303",
        "Case 2025-0042 closed"
      })
  void find_falsePositives_areNotFound(String text) {
    assertThat(PersonalIdentifiers.find(text)).isEmpty();
  }

  @Test
  void validNhsNumber_checksModulus11() {
    assertThat(PersonalIdentifiers.validNhsNumber("9434765919")).isTrue();
    assertThat(PersonalIdentifiers.validNhsNumber("9434765918")).isFalse();
    assertThat(PersonalIdentifiers.validNhsNumber("0000000000")).isTrue();
    assertThat(PersonalIdentifiers.validNhsNumber("123456789")).isFalse();
    assertThat(PersonalIdentifiers.validNhsNumber("12345678a0")).isFalse();
    // a check digit that would be 10 makes no valid number
    assertThat(PersonalIdentifiers.validNhsNumber("1000000010")).isFalse();
  }

  @Test
  void randomTenDigitNumbers_areMostlyNotNhsNumbers() {
    Random random = new Random(11);
    int valid = 0;
    for (int i = 0; i < 10_000; i++) {
      valid +=
          PersonalIdentifiers.validNhsNumber(
                  String.format(
                      java.util.Locale.ROOT,
                      "%010d",
                      Math.floorMod(random.nextLong(), 10_000_000_000L)))
              ? 1
              : 0;
    }
    assertThat(valid).isBetween(600, 1200); // about one in eleven, never all
  }

  @Test
  void remove_replacesEachIdentifierByItsKind() {
    assertThat(PersonalIdentifiers.remove("Email jo@example.org or call 01632 960983."))
        .isEqualTo("Email [e-mail address removed] or call [telephone number removed].");
    assertThat(PersonalIdentifiers.remove("Nothing personal")).isEqualTo("Nothing personal");
  }

  // learning/personal-identifier-shared

  @Test
  void identifierInSharedText_isFoundAtItsField_withoutRepeatingIt() {
    LearningRecord record =
        LearningRecord.builder()
            .kind(RecordKind.INSIGHT)
            .whatHappened("Family at TA1 4DY, NHS number 943 476 5919, moved twice")
            .learned("Write to jo@example.org")
            .addEvidence(
                Evidence.story("Called 01632 960983").notPersonal(),
                Evidence.personalStory("J., 15, named"))
            .build();
    LearningLoops loops = loops(List.of(share(HOUSING, record, "")), List.of());

    List<Violation> found = findings(loops, LearningRules.PERSONAL_IDENTIFIER_SHARED);

    assertThat(found)
        .extracting(Violation::path, v -> v.arguments().get("kinds"))
        .containsExactly(
            tuple("shares[0].records[0].evidence[0].text", "telephone number"),
            tuple("shares[0].records[0].learned", "e-mail address"),
            tuple("shares[0].records[0].whatHappened", "postcode, NHS number"));
    assertThat(found).allMatch(v -> !v.message().contains("943") && !v.message().contains("TA1"));
  }

  @Test
  void identifierInTextSharedInsideOneOrganisation_isFine() {
    LearningLoops loops =
        loops(List.of(share(COUNCIL, record("Call 01632 960983"), "")), List.of());

    assertThat(findings(loops, LearningRules.PERSONAL_IDENTIFIER_SHARED)).isEmpty();
  }

  @Test
  void redactedRecord_crossesWithoutAFinding() {
    LearningRecord redacted = record("NHS number 943 476 5919, TA1 4DY").redacted();

    assertThat(redacted.whatHappened())
        .isEqualTo("NHS number [NHS number removed], [postcode removed]");
    assertThat(redacted.redactionNote())
        .hasValueSatisfying(n -> assertThat(n).contains("2 personal identifier(s)"));
    assertThat(
            findings(
                loops(List.of(share(HOUSING, redacted, "")), List.of()),
                LearningRules.PERSONAL_IDENTIFIER_SHARED))
        .isEmpty();
  }

  // learning/sensitive-share-unagreed

  @Test
  void sensitiveRecord_needsAnAgreementThatCoversTheMarking() {
    LearningRecord sensitive =
        LearningRecord.builder()
            .kind(RecordKind.INSIGHT)
            .whatHappened("Safeguarding concern")
            .sensitivity(Sensitivity.OFFICIAL_SENSITIVE)
            .build();
    DataSharingAgreement official =
        DataSharingAgreement.builder()
            .id(AgreementId.of("dsa"))
            .addParties(COUNCIL, HOUSING)
            .addPurposes("Learning")
            .build();
    DataSharingAgreement sensitiveToo =
        DataSharingAgreement.builder()
            .from(official)
            .markings(List.of(Sensitivity.OFFICIAL, Sensitivity.OFFICIAL_SENSITIVE))
            .build();

    assertThat(
            findings(
                loops(List.of(share(HOUSING, sensitive, "dsa")), List.of(official)),
                LearningRules.SENSITIVE_SHARE_UNAGREED))
        .extracting(Violation::path)
        .containsExactly("shares[0].agreement");
    assertThat(
            findings(
                loops(List.of(share(HOUSING, sensitive, "dsa")), List.of(sensitiveToo)),
                LearningRules.SENSITIVE_SHARE_UNAGREED))
        .isEmpty();
    assertThat(
            findings(
                loops(List.of(share(COUNCIL, sensitive, "")), List.of()),
                LearningRules.SENSITIVE_SHARE_UNAGREED))
        .isEmpty();
    assertThat(official.markings()).containsExactly(Sensitivity.OFFICIAL);
  }

  // builders and string forms

  @Test
  void agreement_withoutPartiesOrPurposes_cannotBeBuilt() {
    assertThatThrownBy(
            () ->
                DataSharingAgreement.builder()
                    .id(AgreementId.of("a"))
                    .addPurposes("Learning")
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("DataSharingAgreement.parties ([]) must not be empty");
    assertThatThrownBy(
            () ->
                DataSharingAgreement.builder().id(AgreementId.of("a")).addParties(COUNCIL).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("DataSharingAgreement.purposes ([]) must not be empty");
  }

  @Test
  void toString_neverPrintsPersonalText() {
    LearningRecord record =
        LearningRecord.builder()
            .kind(RecordKind.ERROR)
            .whatHappened("Jo Bloggs of TA1 4DY was missed")
            .learned("Ask Jo first")
            .addEvidence(
                Evidence.personalStory("Jo's own words"), Evidence.number("3 of 4").notPersonal())
            .build();
    HorizontalShare share = share(HOUSING, record, "dsa");

    assertThat(record.toString())
        .doesNotContain("Jo")
        .doesNotContain("TA1")
        .contains("ERROR")
        .contains("1 personal");
    assertThat(share.toString()).doesNotContain("Jo").contains("housing").contains("records=1");
    assertThat(Evidence.personalStory("Jo's own words").toString()).doesNotContain("Jo");
    assertThat(Evidence.number("3 of 4").notPersonal().toString()).contains("3 of 4");
  }
}
