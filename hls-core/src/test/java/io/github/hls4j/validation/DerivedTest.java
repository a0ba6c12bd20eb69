package io.github.hls4j.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A derived value is worked out once in a validation, whichever rules and contexts ask for it. */
class DerivedTest {

  private static final RuleDescriptor FIRST =
      RuleDescriptor.builder("test/first").summary("First.").message("{words} words").build();

  private static final RuleDescriptor SECOND =
      RuleDescriptor.builder("test/second").summary("Second.").message("{words} words").build();

  private final AtomicInteger computed = new AtomicInteger();

  private final Derived<String, List<String>> words =
      Derived.of(
          "words",
          text -> {
            computed.incrementAndGet();
            return List.of(text.split(" "));
          });

  private Rule<String> reportingWords() {
    return (text, context) -> {
      // asked through a context for a part of the subject, which shares the validation's values
      RuleContext part = context.at("text");
      part.report("", Map.of("words", part.derived(words, text).size()));
    };
  }

  @Test
  void derived_askedByTwoRulesInOneValidation_isWorkedOutOnce() {
    Validator<String> validator =
        Validator.<String>builder()
            .rule(FIRST, reportingWords())
            .rule(SECOND, reportingWords())
            .build();

    ValidationResult result = validator.validate("one two three");

    assertThat(result.violations())
        .extracting(v -> v.rule().toString(), Violation::message)
        .containsExactly(tuple("test/first", "3 words"), tuple("test/second", "3 words"));
    assertThat(computed).hasValue(1);
  }

  @Test
  void derived_inTwoValidations_isWorkedOutInEach() {
    Validator<String> validator = Validator.<String>builder().rule(FIRST, reportingWords()).build();

    validator.validate("one two");
    validator.validate("one two");

    assertThat(computed).hasValue(2);
  }

  @Test
  void derived_ofAnotherSubjectInTheSameValidation_isWorkedOutForIt() {
    Rule<String> twoSubjects =
        (text, context) -> {
          context.derived(words, text);
          context.derived(words, text + " more");
          context.derived(words, text);
        };
    Validator<String> validator = Validator.<String>builder().rule(FIRST, twoSubjects).build();

    validator.validate("one");

    assertThat(computed).hasValue(3);
  }

  @Test
  void derived_givingNull_failsTheRuleThatAsked() {
    Derived<String, String> nothing = Derived.of("nothing", text -> null);
    Validator<String> validator =
        Validator.<String>builder()
            .rule(FIRST, (text, context) -> context.derived(nothing, text))
            .build();

    ValidationResult result = validator.validate("one");

    assertThat(result.violations())
        .extracting(v -> v.rule(), v -> v.arguments().get("rule"))
        .containsExactly(tuple(Validator.RULE_FAILED.id(), "test/first"));
  }

  @Test
  void compute_withoutAValidation_worksItOutEachTime() {
    words.compute("a b");
    words.compute("a b");

    assertThat(computed).hasValue(2);
    assertThat(words).hasToString("Derived words");
    assertThatThrownBy(() -> Derived.of("x", null)).isInstanceOf(NullPointerException.class);
  }
}
