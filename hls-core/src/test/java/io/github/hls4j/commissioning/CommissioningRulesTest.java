package io.github.hls4j.commissioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import com.google.common.testing.NullPointerTester;
import io.github.hls4j.learning.Measure;
import io.github.hls4j.learning.MeasureUse;
import io.github.hls4j.party.PartyId;
import io.github.hls4j.stewardship.MemberRole;
import io.github.hls4j.validation.Profile;
import io.github.hls4j.validation.Severity;
import io.github.hls4j.validation.ValidationResult;
import io.github.hls4j.validation.Validator;
import io.github.hls4j.validation.Violation;
import java.time.LocalDate;
import java.util.List;
import nl.jqno.equalsverifier.EqualsVerifier;
import nl.jqno.equalsverifier.Warning;
import org.junit.jupiter.api.Test;

class CommissioningRulesTest {

  static final PartyId COUNCIL = PartyId.of("council");
  static final PartyId PROVIDER = PartyId.of("provider");

  /** A 5 + 2 alliance from 1 April 2025 that every rule passes. */
  static Arrangement.Builder alliance() {
    Arrangement.Builder builder = Arrangement.builder();
    builder
        .id(ArrangementId.of("alliance"))
        .kind(ArrangementKind.ALLIANCE)
        .title("Young people's housing alliance")
        .addMembers(
            ArrangementMember.of(COUNCIL, MemberRole.COMMISSIONER),
            ArrangementMember.of(PROVIDER, MemberRole.LEAD_PROVIDER))
        .addReplaces(
            ReplacedContract.named("Supported lodgings"),
            ReplacedContract.named("Floating support"))
        .start(LocalDate.of(2025, 4, 1))
        .termYears(5)
        .addExtensionYears(2)
        .addValueByYear(
            YearValue.of(2025, Money.of(1_200_000, 50)),
            YearValue.of(2031, Money.pounds(1_300_000)))
        .addSharedOutcomes("Young people have a safe, settled home")
        .addMeasures(Measure.of("Tenancies sustained at six months", MeasureUse.LEARNING));
    return builder;
  }

  private static ValidationResult validate(Arrangement arrangement, Profile profile) {
    return Validator.builder(CommissioningRules.arrangement())
        .profile(profile)
        .build()
        .validate(arrangement);
  }

  private static List<org.assertj.core.groups.Tuple> findings(
      Arrangement arrangement, Profile profile) {
    return validate(arrangement, profile).violations().stream()
        .map(v -> tuple(v.rule().toString(), v.path(), v.severity()))
        .toList();
  }

  @Test
  void validAlliance_hasNoFindings_andKnowsItsTermsAndValue() {
    Arrangement alliance = alliance().build();

    assertThat(findings(alliance, Profile.PUBLISHED)).isEmpty();
    assertThat(alliance.endsOn()).isEqualTo(LocalDate.of(2030, 3, 31));
    assertThat(alliance.latestEnd()).isEqualTo(LocalDate.of(2032, 3, 31));
    assertThat(alliance.totalValue()).isEqualTo(Money.of(2_500_000, 50));
    assertThat(alliance.totalValue().inPence()).isEqualTo(250_000_050L);
  }

  @Test
  void documentedAlliance_passesEveryRule() {
    PartyId council = COUNCIL;
    PartyId provider = PROVIDER;
    // snippet: alliance
    Arrangement alliance =
        Arrangement.builder()
            .id(ArrangementId.of("young-people-housing-alliance"))
            .kind(ArrangementKind.ALLIANCE)
            .title("Young people's housing alliance")
            .addMembers(
                ArrangementMember.of(council, MemberRole.COMMISSIONER),
                ArrangementMember.of(provider, MemberRole.LEAD_PROVIDER))
            .addReplaces(
                ReplacedContract.builder()
                    .id("CS/2019/041")
                    .name("Supported lodgings contract")
                    .annualValue(Money.pounds(420_000))
                    .end(LocalDate.of(2025, 3, 31))
                    .build(),
                ReplacedContract.named("Floating support contract"))
            .start(LocalDate.of(2025, 4, 1))
            .termYears(5)
            .addExtensionYears(2)
            .addValueByYear(
                YearValue.of(2025, Money.pounds(1_200_000)),
                YearValue.of(2026, Money.of(1_236_000, 50)))
            .addSharedOutcomes("Young people have a safe, settled home")
            .addMeasures(Measure.of("Tenancies sustained at six months", MeasureUse.LEARNING))
            .build();
    ValidationResult result =
        Validator.builder(CommissioningRules.arrangement()).build().validate(alliance);
    // end snippet

    assertThat(result.violations()).isEmpty();
    assertThat(alliance.totalValue()).hasToString("£2,436,000.50");
  }

  @Test
  void paymentByMeasure_isAnErrorAtTheMeasuresUse() {
    Arrangement paid =
        alliance()
            .addMeasures(
                Measure.of("Referrals closed within 28 days", MeasureUse.PAYMENT_TRIGGER),
                Measure.of("Placements", MeasureUse.TARGET))
            .build();

    ValidationResult result = validate(paid, Profile.DRAFT);

    assertThat(result.violations())
        .extracting(v -> v.rule().toString(), Violation::path, Violation::severity)
        .containsExactly(
            tuple("commissioning/payment-by-measure", "measures[1].use", Severity.ERROR),
            tuple("commissioning/payment-by-measure", "measures[2].use", Severity.ERROR));
    assertThat(result.violations().get(0).message())
        .isEqualTo(
            "The measure \"Referrals closed within 28 days\" is used as PAYMENT_TRIGGER; in a learning system providers are not paid against measures");
  }

  @Test
  void allianceOfOneOrganisation_isAnError_aContractOfOneIsNot() {
    Arrangement ofOne =
        alliance()
            .members(
                List.of(
                    ArrangementMember.of(COUNCIL, MemberRole.COMMISSIONER),
                    ArrangementMember.of(COUNCIL, MemberRole.PROVIDER)))
            .build();
    Arrangement contract = Arrangement.builder().from(ofOne).kind(ArrangementKind.CONTRACT).build();

    assertThat(validate(ofOne, Profile.DRAFT).violations())
        .extracting(
            v -> v.rule().toString(), Violation::path, v -> v.arguments().get("organisations"))
        .containsExactly(tuple("commissioning/alliance-of-one", "members", "1"));
    assertThat(findings(contract, Profile.PUBLISHED)).isEmpty();
  }

  @Test
  void valuesOutsideTheYearsTheArrangementCanRun_orGivenTwice_areIncoherent() {
    Arrangement incoherent =
        alliance()
            .addValueByYear(
                YearValue.of(2024, Money.pounds(1)),
                YearValue.of(2032, Money.pounds(1)),
                YearValue.of(2025, Money.pounds(1)))
            .build();

    ValidationResult result = validate(incoherent, Profile.DRAFT);

    assertThat(result.violations())
        .extracting(v -> v.rule().toString(), Violation::path, v -> v.arguments().get("year"))
        .containsExactly(
            tuple("commissioning/incoherent-terms", "valueByYear[2].year", "2024/25"),
            tuple("commissioning/incoherent-terms", "valueByYear[3].year", "2032/33"),
            tuple("commissioning/incoherent-terms", "valueByYear[4].year", "2025/26"));
    assertThat(result.violations().get(0).message())
        .isEqualTo(
            "A value is given for 2024/25, but the arrangement runs from 2025/26 to 2031/32 at most, once for each year");
  }

  @Test
  void properties_everyYearTheArrangementCanRunIsCoherent_andTheYearsJustOutsideAreNot() {
    qt().withExamples(Integer.getInteger("hls4j.examples", 300))
        .forAll(integers().between(0, 3650), integers().between(1, 10), integers().between(0, 5))
        .checkAssert(
            (dayOffset, term, extension) -> {
              LocalDate start = LocalDate.of(2020, 1, 1).plusDays(dayOffset);
              Arrangement.Builder builder =
                  alliance()
                      .valueByYear(List.of())
                      .start(start)
                      .termYears(term)
                      .extensionYears(List.of());
              if (extension > 0) {
                builder.addExtensionYears(extension);
              }
              Arrangement base = builder.build();
              // the financial years (from 1 April) of the first and the last day it can run
              int first = start.getMonthValue() >= 4 ? start.getYear() : start.getYear() - 1;
              LocalDate end = base.latestEnd();
              int last = end.getMonthValue() >= 4 ? end.getYear() : end.getYear() - 1;
              Arrangement.Builder every = Arrangement.builder().from(base);
              for (int year = first; year <= last; year++) {
                every.addValueByYear(YearValue.of(year, Money.pounds(year)));
              }
              Arrangement outside =
                  Arrangement.builder()
                      .from(base)
                      .addValueByYear(
                          YearValue.of(first - 1, Money.pounds(1)),
                          YearValue.of(last + 1, Money.pounds(1)))
                      .build();

              assertThat(validate(every.build(), Profile.PUBLISHED).violations()).isEmpty();
              assertThat(validate(outside, Profile.DRAFT).violations())
                  .extracting(Violation::path)
                  .containsExactly("valueByYear[0].year", "valueByYear[1].year");
              assertThat(last - first + 1).isBetween(term + extension, term + extension + 1);
            });
  }

  @Test
  void member_holdsSeveralRoles_eachOnceInTheOrderGiven() {
    ArrangementMember council =
        ArrangementMember.of(
            COUNCIL, MemberRole.COMMISSIONER, MemberRole.PROVIDER, MemberRole.COMMISSIONER);

    assertThat(council.roles()).containsExactly(MemberRole.COMMISSIONER, MemberRole.PROVIDER);
    assertThat(council.holds(MemberRole.PROVIDER)).isTrue();
    assertThat(council.holds(MemberRole.LEAD_PROVIDER)).isFalse();
    assertThat(ArrangementMember.of(COUNCIL, List.of(MemberRole.PROVIDER, MemberRole.COMMISSIONER)))
        .isEqualTo(ArrangementMember.of(COUNCIL, MemberRole.PROVIDER, MemberRole.COMMISSIONER));
    assertThat(ArrangementMember.of(COUNCIL, List.of()).roles()).isEmpty();
    assertThat(findings(alliance().addMembers(council).build(), Profile.PUBLISHED)).isEmpty();
  }

  @Test
  void memberWithoutRole_isAWarningOnlyWhenDecisionReady() {
    Arrangement unstated =
        alliance().addMembers(ArrangementMember.from(PartyId.of("charity"))).build();

    assertThat(findings(unstated, Profile.DECISION_READY))
        .containsExactly(
            tuple("commissioning/member-without-role", "members[2].roles", Severity.WARNING));
    assertThat(findings(unstated, Profile.DRAFT)).isEmpty();
  }

  @Test
  void builder_rejectsMalformedTerms() {
    assertThatThrownBy(() -> alliance().termYears(0).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Arrangement.termYears (0) must be at least 1");
    assertThatThrownBy(() -> alliance().addExtensionYears(0).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Arrangement.extensionYears ([2, 0]) must each be at least 1");
    assertThatThrownBy(() -> alliance().title(" ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Arrangement.title ( ) must not be blank");
    assertThatThrownBy(() -> alliance().addSharedOutcomes("").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Arrangement.sharedOutcomes () must not be blank");
    assertThatThrownBy(() -> YearValue.of(1899, Money.pounds(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("YearValue.year (1899) must be from 1900 to 2200");
    assertThatThrownBy(() -> Arrangement.builder().id(ArrangementId.of("a")).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("kind");
  }

  @Test
  void money_keepsEveryPenny_andRejectsWhatItCannotHold() {
    assertThat(Money.of(1_250_000, 5)).hasToString("£1,250,000.05");
    assertThat(Money.of(0, 99).plus(Money.of(0, 2))).isEqualTo(Money.of(1, 1));
    assertThat(Money.pounds(3)).isGreaterThan(Money.of(2, 99));
    assertThatThrownBy(() -> Money.of(-1, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Money.pounds (-1) must not be negative");
    assertThatThrownBy(() -> Money.of(1, 100))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Money.pence (100) must be from 0 to 99");
    assertThatThrownBy(() -> Money.pounds(Money.MAX_POUNDS).plus(Money.pounds(1)))
        .isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> Money.pounds(Money.MAX_POUNDS + 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Money.pounds (" + (Money.MAX_POUNDS + 1) + ") must be at most");
    assertThatThrownBy(() -> Money.ofPence(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Money.pence (-1) must not be negative");
  }

  @Test
  void money_isALongOfPence_farBeyondAnIntOfPounds() {
    Money year = Money.pounds(2_500_000_000L);

    assertThat(year.inPence()).isEqualTo(250_000_000_000L);
    assertThat(Money.ofPence(250_000_000_050L)).isEqualTo(Money.of(2_500_000_000L, 50));
    assertThat(year.plus(year)).hasToString("£5,000,000,000.00");
    assertThat(YearValue.of(2025, year).value().pounds()).isEqualTo(2_500_000_000L);
  }

  @Test
  void valueTypes_equalByEveryAttribute_andFactoriesRejectNull() {
    EqualsVerifier.forClasses(
            ImmutableArrangementId.class,
            ImmutableArrangement.class,
            ImmutableArrangementMember.class,
            ImmutableMoney.class,
            ImmutableYearValue.class)
        .suppress(Warning.NULL_FIELDS)
        .verify();
    NullPointerTester tester = new NullPointerTester();
    tester.setDefault(Money.class, Money.pounds(1));
    tester.setDefault(PartyId.class, COUNCIL);
    for (Class<?> type :
        new Class<?>[] {
          ArrangementId.class, ArrangementMember.class, Money.class, YearValue.class
        }) {
      tester.testAllPublicStaticMethods(type);
    }
  }

  @Test
  void descriptors_areTheFourCommissioningRules() {
    assertThat(CommissioningRules.descriptors())
        .extracting(d -> d.id().toString())
        .containsExactly(
            "commissioning/payment-by-measure",
            "commissioning/alliance-of-one",
            "commissioning/incoherent-terms",
            "commissioning/member-without-role");
  }
}
