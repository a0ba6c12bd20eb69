package io.github.hls4j.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.hls4j.validation.Profile;
import io.github.hls4j.validation.RuleCatalog;
import io.github.hls4j.validation.ValidationResult;
import io.github.hls4j.validation.Validator;
import io.github.hls4j.validation.Violation;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Contracts every board-report rule keeps, checked on generated reports. */
class ValidatorPropertiesTest {

  /** Examples per property; mutation testing runs fewer (see docs/quality.md). */
  private static final int EXAMPLES = Integer.getInteger("hls4j.examples", 300);

  private static final Map<Profile, Validator<BoardReport>> VALIDATORS =
      new EnumMap<>(Profile.class);

  static {
    for (Profile p : Profile.values()) {
      VALIDATORS.put(p, GovernanceRules.validator(p));
    }
  }

  @Test
  void validate_neverThrowsAndNoRuleFails_onAnyGeneratedReport() {
    qt().withExamples(EXAMPLES)
        .forAll(ReportGen.reports())
        .checkAssert(
            report -> {
              for (Validator<BoardReport> validator : VALIDATORS.values()) {
                ValidationResult result = validator.validate(report);
                assertThat(result.withRule(Validator.RULE_FAILED.id()).violations()).isEmpty();
              }
            });
  }

  @Test
  void validate_isDeterministicAndOrdered() {
    Validator<BoardReport> validator = VALIDATORS.get(Profile.PUBLISHED);
    Comparator<Violation> bySeverity = Comparator.comparing(Violation::severity);
    qt().withExamples(EXAMPLES)
        .forAll(ReportGen.reports())
        .checkAssert(
            report -> {
              ValidationResult first = validator.validate(report);
              assertThat(validator.validate(BoardReport.builder().from(report).build()))
                  .isEqualTo(first);
              assertThat(first.violations()).isSortedAccordingTo(bySeverity);
              assertThat(first.toString()).isEqualTo(validator.validate(report).toString());
            });
  }

  @Test
  void validate_reportsOnlyCataloguedRulesInTheirProfiles() {
    RuleCatalog catalog = RuleCatalog.builtIn();
    qt().withExamples(EXAMPLES)
        .forAll(ReportGen.reports())
        .checkAssert(
            report -> {
              for (Map.Entry<Profile, Validator<BoardReport>> e : VALIDATORS.entrySet()) {
                for (Violation v : e.getValue().validate(report).violations()) {
                  assertThat(catalog.find(v.rule()))
                      .hasValueSatisfying(d -> assertThat(d.appliesIn(e.getKey())).isTrue());
                }
              }
            });
  }

  @Test
  void plantedUndatedSignOff_isFoundAtItsPath() {
    qt().withExamples(EXAMPLES)
        .forAll(ReportGen.reports(), integers().between(0, 10))
        .checkAssert(
            (report, position) -> {
              int index = Math.min(position, report.signOffs().size());
              ImmutableBoardReport planted = (ImmutableBoardReport) report;
              java.util.List<SignOff> rows = new java.util.ArrayList<>(report.signOffs());
              rows.add(
                  index,
                  SignOff.builder()
                      .role(SignOffRole.required("Planted", SignOffRoleKind.OTHER))
                      .name("Planted Name")
                      .build());

              ValidationResult result =
                  VALIDATORS.get(Profile.DECISION_READY).validate(planted.withSignOffs(rows));

              assertThat(result.withRule(GovernanceRules.SIGNOFF_UNDATED.id()).violations())
                  .extracting(Violation::path)
                  .contains("signOffs[" + index + "].date");
            });
  }
}
