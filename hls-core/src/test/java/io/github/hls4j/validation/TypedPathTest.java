package io.github.hls4j.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hls4j.governance.BoardReport;
import io.github.hls4j.testing.ReportGenerator;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TypedPathTest {

  private static final RuleDescriptor FIRST_SIGN_OFF =
      RuleDescriptor.builder("test/first-sign-off")
          .summary("s")
          .message("{role} at {where}")
          .build();

  private static final BoardReport REPORT = ReportGenerator.validReport(new Random(11));

  private static ValidationResult validate(Rule<BoardReport> rule) {
    return Validator.<BoardReport>builder().rule(FIRST_SIGN_OFF, rule).build().validate(REPORT);
  }

  @Test
  void at_propertyAndIndex_locatesTheElement() {
    ValidationResult result =
        validate(
            (report, context) ->
                context.at("signOffs", 1).report("date", Map.of("role", "r", "where", "w")));

    assertThat(result.violations())
        .extracting(Violation::rule, Violation::path)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(FIRST_SIGN_OFF.id(), "signOffs[1].date"));
  }

  @Test
  void report_propertyAndIndex_locatesAnElementOfAListOfIds() {
    ValidationResult result =
        validate(
            (report, context) ->
                context
                    .at("recommendations", 0)
                    .report("dependsOn", 2, Map.of("role", "r", "where", "w")));

    assertThat(result.violations())
        .extracting(Violation::path)
        .containsExactly("recommendations[0].dependsOn[2]");
  }

  @Test
  void report_misspeltProperty_failsTheRuleNamingTypeAndProperty() {
    ValidationResult result =
        validate(
            (report, context) ->
                context.at("signOffs", 1).report("dated", Map.of("role", "r", "where", "w")));

    assertThat(result.violations())
        .extracting(Violation::rule)
        .containsExactly(Validator.RULE_FAILED.id());
    assertThat(result.violations().get(0).arguments().get("exception")).contains("SignOff.dated");
  }

  @Test
  void at_indexOnAPropertyThatIsNotAList_failsTheRule() {
    ValidationResult result =
        validate(
            (report, context) ->
                context.at("title", 0).report("", Map.of("role", "r", "where", "w")));

    assertThat(result.violations())
        .extracting(Violation::rule)
        .containsExactly(Validator.RULE_FAILED.id());
    assertThat(result.violations().get(0).arguments().get("exception"))
        .contains("BoardReport.title");
  }

  @Test
  void report_argumentOfTheTemplateMissing_failsTheRuleNamingTheArgument() {
    ValidationResult result =
        validate((report, context) -> context.report("title", Map.of("role", "r")));

    assertThat(result.violations())
        .extracting(Violation::rule)
        .containsExactly(Validator.RULE_FAILED.id());
    assertThat(result.violations().get(0).arguments().get("exception")).contains("{where}");
  }

  @Test
  void report_misspeltPropertyAfterAGoodPathOfTheSameList_stillFailsTheRule() {
    // a path of the shape just checked is not checked again; one of another shape is
    ValidationResult result =
        validate(
            (report, context) -> {
              Map<String, String> arguments = Map.of("role", "r", "where", "w");
              context.at("signOffs", 0).report("date", arguments);
              context.at("signOffs", 1).report("date", arguments);
              context.at("signOffs", 1).report("dat", arguments);
            });

    assertThat(result.violations())
        .extracting(Violation::rule, Violation::path)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Validator.RULE_FAILED.id(), ""),
            org.assertj.core.groups.Tuple.tuple(FIRST_SIGN_OFF.id(), "signOffs[0].date"),
            org.assertj.core.groups.Tuple.tuple(FIRST_SIGN_OFF.id(), "signOffs[1].date"));
  }

  @Test
  void report_misspeltPropertyInALaterValidation_stillFailsTheRule() {
    // the last path checked is kept by the validator across validations, for each rule
    boolean[] misspell = {false};
    Validator<BoardReport> validator =
        Validator.<BoardReport>builder()
            .rule(
                FIRST_SIGN_OFF,
                (report, context) ->
                    context
                        .at("signOffs", 1)
                        .report(
                            misspell[0] ? "dat" : "date",
                            MessageArguments.of("role", "r", "where", "w")))
            .build();

    ValidationResult first = validator.validate(REPORT);
    misspell[0] = true;
    ValidationResult second = validator.validate(REPORT);

    assertThat(first.violations()).extracting(Violation::path).containsExactly("signOffs[1].date");
    assertThat(second.violations())
        .extracting(Violation::rule)
        .containsExactly(Validator.RULE_FAILED.id());
    assertThat(second.violations().get(0).arguments().get("exception")).contains("SignOff.dat");
  }

  @Test
  void at_nestedPlacesWithIndexes_joinEachInTurn() {
    ValidationResult result =
        validate(
            (report, context) -> {
              MessageArguments arguments = MessageArguments.of("role", "r", "where", "w");
              context
                  .at("sections", 2)
                  .at("paragraphs", 0)
                  .at("items", 3)
                  .report("text", arguments);
              context.at("sections", 2).at("paragraphs", 1).report("", arguments);
              context.at("recommendations", 4).report("dependsOn", 1, arguments);
            });

    assertThat(result.violations())
        .extracting(Violation::path)
        .containsExactlyInAnyOrder(
            "sections[2].paragraphs[0].items[3].text",
            "sections[2].paragraphs[1]",
            "recommendations[4].dependsOn[1]");
  }
}
