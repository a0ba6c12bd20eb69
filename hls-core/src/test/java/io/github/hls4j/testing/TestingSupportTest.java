package io.github.hls4j.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.hls4j.governance.BoardReport;
import io.github.hls4j.governance.GovernanceRules;
import io.github.hls4j.validation.Profile;
import io.github.hls4j.validation.ValidationResult;
import io.github.hls4j.validation.Validator;
import io.github.hls4j.validation.Violation;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TestingSupportTest {

  private static final Validator<BoardReport> PUBLISHED =
      GovernanceRules.validator(Profile.PUBLISHED);

  @Test
  void generatedReports_areValidInEveryProfile_andTheSameForTheSameSeed() {
    qt().withExamples(Integer.getInteger("hls4j.examples", 300))
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              BoardReport report = ReportGenerator.validReport(new Random(seed));
              for (Profile p : Profile.values()) {
                assertThat(GovernanceRules.validator(p).validate(report).violations()).isEmpty();
              }
              assertThat(ReportGenerator.validReport(new Random(seed))).isEqualTo(report);
            });
  }

  @ParameterizedTest
  @EnumSource(Defect.class)
  void plantedDefect_isFoundByItsRuleAtItsPath_andOnlyThere(Defect defect) {
    qt().withExamples(Integer.getInteger("hls4j.examples", 100))
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              Random random = new Random(seed);
              PlantedDefect<BoardReport> planted =
                  DefectPlanter.plant(ReportGenerator.validReport(random), defect, random);

              ValidationResult result = PUBLISHED.validate(planted.subject());

              assertThat(result.violations())
                  .extracting(v -> v.rule(), Violation::path)
                  .containsExactly(
                      org.assertj.core.groups.Tuple.tuple(planted.rule(), planted.path()));
            });
  }

  @Test
  void assertNoErrors_passesOnAValidReport_andFailsWithTheWholeTable() {
    BoardReport valid = ReportGenerator.validReport(new Random(1));
    assertThat(HlsAssertions.assertNoErrors(valid, Profile.DECISION_READY).isEmpty()).isTrue();

    PlantedDefect<BoardReport> planted =
        DefectPlanter.plant(valid, Defect.BROKEN_LINK, new Random(2));
    PlantedDefect<BoardReport> twice =
        DefectPlanter.plant(planted.subject(), Defect.UNDATED_SIGNOFF, new Random(3));

    assertThatThrownBy(() -> HlsAssertions.assertNoErrors(twice.subject(), Profile.DECISION_READY))
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith(
            "Expected no errors at DECISION_READY, but found:\n2 errors, 0 warnings, 0 infos")
        .hasMessageContaining("governance/broken-link")
        .hasMessageContaining("governance/signoff-undated");
  }
}
