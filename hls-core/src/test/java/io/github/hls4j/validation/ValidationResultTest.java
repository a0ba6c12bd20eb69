package io.github.hls4j.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Map;
import nl.jqno.equalsverifier.EqualsVerifier;
import org.junit.jupiter.api.Test;

class ValidationResultTest {

  private static Violation violation(String rule, Severity severity, String path) {
    return Violation.of(RuleId.of(rule), severity, path, rule, "message at " + path, Map.of());
  }

  private static final Violation WARNING_A = violation("test/b", Severity.WARNING, "a");
  private static final Violation ERROR_Z = violation("test/b", Severity.ERROR, "z");
  private static final Violation ERROR_A2 = violation("test/b", Severity.ERROR, "a[2]");
  private static final Violation ERROR_A10 = violation("test/a", Severity.ERROR, "a[10]");
  private static final Violation INFO_ROOT = violation("test/c", Severity.INFO, "");

  @Test
  void of_ordersBySeverityThenPathThenRule() {
    ValidationResult result =
        ValidationResult.of(List.of(INFO_ROOT, WARNING_A, ERROR_Z, ERROR_A10, ERROR_A2));

    assertThat(result.violations())
        .containsExactly(ERROR_A2, ERROR_A10, ERROR_Z, WARNING_A, INFO_ROOT);
  }

  @Test
  void of_sameInputInAnyOrder_givesEqualResults() {
    assertThat(ValidationResult.of(List.of(ERROR_Z, WARNING_A)))
        .isEqualTo(ValidationResult.of(List.of(WARNING_A, ERROR_Z)));
  }

  @Test
  void counts_countEachSeverity() {
    ValidationResult result = ValidationResult.of(List.of(INFO_ROOT, WARNING_A, ERROR_Z, ERROR_A2));

    assertThat(result.size()).isEqualTo(4);
    assertThat(result.count(Severity.ERROR)).isEqualTo(2);
    assertThat(result.counts())
        .containsExactly(
            Map.entry(Severity.ERROR, 2),
            Map.entry(Severity.WARNING, 1),
            Map.entry(Severity.INFO, 1));
  }

  @Test
  void hasErrors_trueOnlyWithAnError() {
    assertThat(ValidationResult.of(List.of(WARNING_A, INFO_ROOT)).hasErrors()).isFalse();
    assertThat(ValidationResult.of(List.of(WARNING_A, ERROR_Z)).hasErrors()).isTrue();
    assertThat(ValidationResult.empty().hasErrors()).isFalse();
    assertThat(ValidationResult.empty().isEmpty()).isTrue();
  }

  @Test
  void withRuleAndWithSeverity_filter() {
    ValidationResult result = ValidationResult.of(List.of(WARNING_A, ERROR_Z, ERROR_A10));

    assertThat(result.withRule(RuleId.of("test/b")).violations())
        .containsExactly(ERROR_Z, WARNING_A);
    assertThat(result.withSeverity(Severity.ERROR).violations())
        .containsExactly(ERROR_A10, ERROR_Z);
    assertThat(result.filter(v -> v.path().startsWith("a")).violations())
        .containsExactly(ERROR_A10, WARNING_A);
  }

  @Test
  void merge_keepsEveryViolationInOrder() {
    ValidationResult first = ValidationResult.of(List.of(WARNING_A, ERROR_Z));
    ValidationResult second = ValidationResult.of(List.of(ERROR_A2, WARNING_A));

    assertThat(first.merge(second).violations())
        .containsExactly(ERROR_A2, ERROR_Z, WARNING_A, WARNING_A);
    assertThat(first.merge(ValidationResult.empty())).isSameAs(first);
    assertThat(ValidationResult.empty().merge(second)).isSameAs(second);
  }

  @Test
  void toString_listsEveryViolationInAlignedColumns() {
    ValidationResult result = ValidationResult.of(List.of(WARNING_A, ERROR_Z, INFO_ROOT));

    assertThat(result.toString().lines())
        .containsExactly(
            "1 error, 1 warning, 1 info",
            "SEVERITY  RULE    PATH       MESSAGE",
            "ERROR     test/b  z          message at z",
            "WARNING   test/b  a          message at a",
            "INFO      test/c  (subject)  message at ");
  }

  @Test
  void toString_locatedViolation_hasItsLocationOnTheLineBelow() {
    Violation located =
        ERROR_Z.withLocation(Location.of("body/paragraph[4]", "paragraph 4", "Click\nhere"));

    assertThat(ValidationResult.of(List.of(located, WARNING_A)).toString().lines())
        .containsExactly(
            "1 error, 1 warning, 0 infos",
            "SEVERITY  RULE    PATH  MESSAGE",
            "ERROR     test/b  z     message at z",
            "          in the document: paragraph 4 \"Click\\u000Ahere\"",
            "WARNING   test/b  a     message at a");
  }

  @Test
  void toString_empty_isOneLineOfCounts() {
    assertThat(ValidationResult.empty()).hasToString("0 errors, 0 warnings, 0 infos");
  }

  @Test
  void equalsAndHashCode_byViolations() {
    EqualsVerifier.forClass(ValidationResult.class)
        .withNonnullFields("violations")
        .withPrefabValues(
            ImmutableList.class, ImmutableList.of(ERROR_Z), ImmutableList.of(WARNING_A))
        .verify();
  }
}
