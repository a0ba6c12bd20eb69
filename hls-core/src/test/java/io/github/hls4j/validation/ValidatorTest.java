package io.github.hls4j.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ValidatorTest {

  private static final RuleDescriptor EMPTY =
      RuleDescriptor.builder("test/empty")
          .severity(Severity.ERROR)
          .summary("The text is empty.")
          .message("Text is empty")
          .build();

  private static final RuleDescriptor LONG =
      RuleDescriptor.builder("test/long")
          .severity(Severity.WARNING)
          .profiles(Profile.PUBLISHED)
          .summary("The text is long.")
          .message("Text has {length} characters, more than {limit}")
          .build();

  private static final RuleDescriptor THROWS =
      RuleDescriptor.builder("test/throws").summary("Always throws.").message("never").build();

  private static final Rule<String> EMPTY_RULE =
      (text, context) -> {
        if (text.isEmpty()) {
          context.report("");
        }
      };

  private static final Rule<String> LONG_RULE =
      (text, context) -> {
        if (text.length() > 3) {
          context.report("text", Map.of("length", text.length(), "limit", 3));
        }
      };

  private static final Rule<String> THROWING_RULE =
      (text, context) -> {
        throw new IllegalStateException("broken rule");
      };

  private static Validator.Builder<String> builder() {
    return Validator.<String>builder().rule(EMPTY, EMPTY_RULE).rule(LONG, LONG_RULE);
  }

  @Test
  void validate_runsOnlyRulesOfTheProfile() {
    Validator<String> draft = builder().profile(Profile.DRAFT).build();
    Validator<String> published = builder().profile(Profile.PUBLISHED).build();

    assertThat(draft.validate("longer").isEmpty()).isTrue();
    assertThat(published.validate("longer").violations())
        .extracting(Violation::rule, Violation::severity, Violation::path)
        .containsExactly(tuple(LONG.id(), Severity.WARNING, "text"));
    assertThat(draft.activeRules()).containsExactly(EMPTY);
  }

  @Test
  void validate_formatsMessageFromTheDescriptorTemplate() {
    Violation v =
        builder().profile(Profile.PUBLISHED).build().validate("longer").violations().get(0);

    assertThat(v.arguments()).containsEntry("length", "6").containsEntry("limit", "3");
    assertThat(v.messageKey()).isEqualTo("test/long");
    assertThat(v.message()).isEqualTo("Text has 6 characters, more than 3");
  }

  @Test
  void validate_ordersFindingsBySeverityThenPath_whateverOrderTheRulesReportThem() {
    RuleDescriptor warns =
        RuleDescriptor.builder("test/warns")
            .severity(Severity.WARNING)
            .summary("s")
            .message("m")
            .build();
    Rule<List<String>> inOrder = (paths, context) -> paths.forEach(context::report);
    Rule<List<String>> reversed =
        (paths, context) -> com.google.common.collect.Lists.reverse(paths).forEach(context::report);
    List<String> paths = List.of("a[2]", "a[10]", "b");

    for (Rule<List<String>> first : List.of(inOrder, reversed)) {
      ValidationResult result =
          Validator.<List<String>>builder()
              .rule(warns, first)
              .rule(EMPTY, inOrder)
              .build()
              .validate(paths);

      assertThat(result.violations())
          .extracting(Violation::severity, Violation::path)
          .containsExactly(
              tuple(Severity.ERROR, "a[2]"),
              tuple(Severity.ERROR, "a[10]"),
              tuple(Severity.ERROR, "b"),
              tuple(Severity.WARNING, "a[2]"),
              tuple(Severity.WARNING, "a[10]"),
              tuple(Severity.WARNING, "b"));
    }
    ValidationResult alone =
        Validator.<List<String>>builder().rule(EMPTY, reversed).build().validate(paths);
    assertThat(alone.violations())
        .extracting(Violation::path)
        .containsExactly("a[2]", "a[10]", "b");
  }

  @Test
  void validate_defaultProfileIsDecisionReady() {
    assertThat(builder().build().profile()).isEqualTo(Profile.DECISION_READY);
  }

  @Test
  void policy_regradesAndSuppressesById() {
    Validator<String> validator =
        builder()
            .profile(Profile.PUBLISHED)
            .policy(
                SeverityPolicy.defaults()
                    .regrade("test/long", Severity.ERROR)
                    .suppress("test/empty"))
            .build();

    assertThat(validator.validate("").isEmpty()).isTrue();
    assertThat(validator.validate("longer").violations())
        .extracting(Violation::severity)
        .containsExactly(Severity.ERROR);
    assertThat(validator.activeRules()).containsExactly(LONG);
  }

  @Test
  void validate_ruleThatThrows_isReportedAndOtherRulesStillRun() {
    Validator<String> validator =
        Validator.<String>builder().rule(THROWS, THROWING_RULE).rule(EMPTY, EMPTY_RULE).build();

    ValidationResult result = validator.validate("");

    assertThat(result.violations())
        .extracting(Violation::rule, Violation::path)
        .containsExactly(tuple(EMPTY.id(), ""), tuple(Validator.RULE_FAILED.id(), ""));
    assertThat(result.withRule(Validator.RULE_FAILED.id()).violations().get(0).arguments())
        .containsEntry("rule", "test/throws")
        .containsEntry("exception", "java.lang.IllegalStateException: broken rule");
  }

  @Test
  void validate_stackOverflowInARule_isReported() {
    Rule<String> deep =
        (text, context) -> {
          throw new StackOverflowError();
        };
    Validator<String> validator = Validator.<String>builder().rule(THROWS, deep).build();

    assertThat(validator.validate("x").violations())
        .extracting(Violation::rule)
        .containsExactly(Validator.RULE_FAILED.id());
  }

  @Test
  void validate_assertionErrorOrCheckedExceptionInARule_isReported_andTheOtherRulesRun() {
    Rule<String> asserting =
        (text, context) -> {
          throw new AssertionError("a custom rule's assert");
        };
    Rule<String> sneaky = (text, context) -> sneakyThrow(new java.io.IOException("read failed"));
    RuleDescriptor sneakyRule =
        RuleDescriptor.builder("test/sneaky")
            .summary("Throws a checked exception.")
            .message("never")
            .build();
    Validator<String> validator =
        Validator.<String>builder()
            .rule(THROWS, asserting)
            .rule(sneakyRule, sneaky)
            .rule(EMPTY, EMPTY_RULE)
            .build();

    ValidationResult result = validator.validate("");

    assertThat(result.violations())
        .extracting(Violation::rule)
        .containsExactlyInAnyOrder(
            EMPTY.id(), Validator.RULE_FAILED.id(), Validator.RULE_FAILED.id());
    assertThat(result.withRule(Validator.RULE_FAILED.id()).violations())
        .extracting(v -> v.arguments().get("exception"))
        .containsExactlyInAnyOrder(
            "java.lang.AssertionError: a custom rule's assert", "java.io.IOException: read failed");
  }

  @Test
  void validate_outOfMemoryInARule_isNotSwallowed() {
    Rule<String> exhausted =
        (text, context) -> {
          throw new OutOfMemoryError("simulated");
        };
    Validator<String> validator = Validator.<String>builder().rule(THROWS, exhausted).build();

    assertThatThrownBy(() -> validator.validate("x")).isInstanceOf(OutOfMemoryError.class);
  }

  @SuppressWarnings("unchecked")
  private static <E extends Throwable> void sneakyThrow(Throwable e) throws E {
    throw (E) e;
  }

  @Test
  void validate_ruleFailedSuppressed_reportsNothingForTheFailure() {
    Validator<String> validator =
        Validator.<String>builder()
            .rule(THROWS, THROWING_RULE)
            .policy(SeverityPolicy.defaults().suppress(Validator.RULE_FAILED.id()))
            .build();

    assertThat(validator.validate("x").isEmpty()).isTrue();
  }

  @Test
  void validate_contextKnowsTheProfile() {
    RuleDescriptor profile =
        RuleDescriptor.builder("test/profile").summary("s").message("{p}").build();
    Validator<String> validator =
        Validator.<String>builder()
            .rule(profile, (text, context) -> context.report("", Map.of("p", context.profile())))
            .profile(Profile.DRAFT)
            .build();

    assertThat(validator.validate("x").violations().get(0).message()).isEqualTo("DRAFT");
  }

  @Test
  void validate_null_throws() {
    assertThatThrownBy(() -> builder().build().validate(null))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void validateAll_returnsOneResultPerSubjectInOrder() {
    List<ValidationResult> results =
        builder().profile(Profile.PUBLISHED).build().validateAll(List.of("", "ok", "longer"));

    assertThat(results).hasSize(3);
    assertThat(results.get(0).violations()).extracting(Violation::rule).containsExactly(EMPTY.id());
    assertThat(results.get(1).isEmpty()).isTrue();
    assertThat(results.get(2).violations()).extracting(Violation::rule).containsExactly(LONG.id());
  }

  @Test
  void validate_sharedAcrossThreads_givesTheSameResultsAsOneThread() throws Exception {
    Validator<String> validator = builder().profile(Profile.PUBLISHED).build();
    List<String> subjects =
        IntStream.range(0, 2_000).mapToObj(i -> "x".repeat(i % 7)).collect(Collectors.toList());
    List<ValidationResult> expected = validator.validateAll(subjects);

    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<List<ValidationResult>>> futures =
          IntStream.range(0, 8)
              .mapToObj(t -> pool.submit(() -> validator.validateAll(subjects)))
              .collect(Collectors.toList());
      for (Future<List<ValidationResult>> f : futures) {
        assertThat(f.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void toString_namesProfileAndRuleCount() {
    assertThat(builder().build().toString())
        .startsWith("Validator{profile=DECISION_READY, rules=1");
  }

  @Test
  void reportForm_usesTheFormsTemplateAndKey_andChecksItsArguments() {
    RuleDescriptor lineage =
        RuleDescriptor.builder("test/lineage")
            .summary("s")
            .message("Replaced by {successor}")
            .message("unnamed", "Replaced, by nothing named in {place}")
            .build();
    Rule<String> rule =
        (text, context) -> {
          if (text.isEmpty()) {
            context.at("text").reportForm("unnamed", "", java.util.Map.of("place", "Leeds"));
          } else {
            context.reportForm("unnamed", "text", java.util.Map.of());
          }
        };
    Validator<String> validator = Validator.<String>builder().rule(lineage, rule).build();

    Violation v = validator.validate("").violations().get(0);
    ValidationResult missing = validator.validate("x");

    assertThat(v.rule()).isEqualTo(lineage.id());
    assertThat(v.path()).isEqualTo("text");
    assertThat(v.messageKey()).isEqualTo("test/lineage.unnamed");
    assertThat(v.arguments()).containsOnlyKeys("place");
    assertThat(v.message()).isEqualTo("Replaced, by nothing named in Leeds");
    assertThat(missing.violations())
        .extracting(Violation::rule)
        .containsExactly(Validator.RULE_FAILED.id());
  }

  @Test
  void reportForm_formTheRuleDoesNotHave_failsTheRule() {
    Rule<String> rule = (text, context) -> context.reportForm("absent", "", java.util.Map.of());

    ValidationResult result = Validator.<String>builder().rule(EMPTY, rule).build().validate("");

    assertThat(result.violations())
        .extracting(Violation::rule)
        .containsExactly(Validator.RULE_FAILED.id());
    assertThat(result.violations().get(0).arguments().get("exception"))
        .contains("has no message form absent");
  }
}
