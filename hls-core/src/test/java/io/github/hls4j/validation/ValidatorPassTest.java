package io.github.hls4j.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The validator's one pass over a list for every rule lifted onto it. */
class ValidatorPassTest {

  /** A subject with two lists of words. */
  record Text(List<String> words, List<String> notes) {}

  private static RuleDescriptor rule(String id, Severity severity) {
    return RuleDescriptor.builder(id)
        .severity(severity)
        .summary("A test rule.")
        .message("At {word}")
        .build();
  }

  private static final RuleDescriptor SHORT = rule("test/short", Severity.WARNING);
  private static final RuleDescriptor UPPER = rule("test/upper", Severity.ERROR);
  private static final RuleDescriptor BROKEN = rule("test/broken", Severity.ERROR);

  private static final Text TEXT = new Text(List.of("a", "Bee", "cc", "Dee"), List.of("Ee"));

  /** Records which rule saw which word, in order, and reports what it is told to. */
  private static Rule<String> watching(
      String name, List<String> seen, java.util.function.Predicate<String> finds) {
    return (word, context) -> {
      seen.add(name + ":" + word);
      if (finds.test(word)) {
        context.report("", Map.of("word", word));
      }
    };
  }

  @Test
  void rulesOnTheSameList_checkEachElementTogether_andKeepTheirOwnFindings() {
    List<String> seen = new ArrayList<>();
    Validator<Text> validator =
        Validator.<Text>builder()
            .rule(
                SHORT,
                Rule.onEach("words", Text::words, watching("short", seen, w -> w.length() < 3)))
            .rule(
                UPPER,
                Rule.onEach(
                    "words",
                    Text::words,
                    watching("upper", seen, w -> Character.isUpperCase(w.charAt(0)))))
            .build();

    ValidationResult result = validator.validate(TEXT);

    assertThat(seen)
        .containsExactly(
            "short:a",
            "upper:a",
            "short:Bee",
            "upper:Bee",
            "short:cc",
            "upper:cc",
            "short:Dee",
            "upper:Dee");
    assertThat(result.violations())
        .extracting(Violation::rule, Violation::severity, Violation::path, Violation::message)
        .containsExactly(
            tuple(UPPER.id(), Severity.ERROR, "words[1]", "At Bee"),
            tuple(UPPER.id(), Severity.ERROR, "words[3]", "At Dee"),
            tuple(SHORT.id(), Severity.WARNING, "words[0]", "At a"),
            tuple(SHORT.id(), Severity.WARNING, "words[2]", "At cc"));
  }

  @Test
  void aPassGivesTheSameFindingsAsEachRuleOnItsOwn() {
    Rule<Text> shortWords =
        Rule.onEach(
            "words", Text::words, watching("short", new ArrayList<>(), w -> w.length() < 3));
    Rule<Text> upperWords =
        Rule.onEach(
            "words",
            Text::words,
            watching("upper", new ArrayList<>(), w -> Character.isUpperCase(w.charAt(0))));
    Validator<Text> together =
        Validator.<Text>builder().rule(SHORT, shortWords).rule(UPPER, upperWords).build();
    List<Violation> apart = new ArrayList<>();
    apart.addAll(
        Validator.<Text>builder().rule(SHORT, shortWords).build().validate(TEXT).violations());
    apart.addAll(
        Validator.<Text>builder().rule(UPPER, upperWords).build().validate(TEXT).violations());

    assertThat(together.validate(TEXT).violations())
        .containsExactlyInAnyOrderElementsOf(apart)
        .hasSize(4);
  }

  @Test
  void onEachOf_makesTheElementRuleOncePerSubject_fromTheSubject_andNotForAnEmptyList() {
    AtomicInteger made = new AtomicInteger();
    Rule<Text> longerThanFirst =
        Rule.onEachOf(
            "words",
            Text::words,
            text -> {
              made.incrementAndGet();
              int first = text.words().get(0).length();
              return (word, context) -> {
                if (word.length() > first) {
                  context.report("", Map.of("word", word));
                }
              };
            });
    Validator<Text> validator = Validator.<Text>builder().rule(SHORT, longerThanFirst).build();

    ValidationResult result = validator.validate(TEXT);
    validator.validate(new Text(List.of(), List.of()));

    assertThat(made).hasValue(1);
    assertThat(result.violations())
        .extracting(Violation::path)
        .containsExactly("words[1]", "words[2]", "words[3]");
  }

  @Test
  void aRuleThatThrowsMidList_isReportedOnce_checksNoFurtherElement_andTheOthersFinish() {
    List<String> seen = new ArrayList<>();
    Rule<String> throwsAtCc =
        (word, context) -> {
          seen.add("broken:" + word);
          if (word.equals("Bee")) {
            context.report("", Map.of("word", word));
          }
          if (word.equals("cc")) {
            throw new IllegalStateException("no cc");
          }
        };
    Validator<Text> validator =
        Validator.<Text>builder()
            .rule(BROKEN, Rule.onEach("words", Text::words, throwsAtCc))
            .rule(
                SHORT,
                Rule.onEach("words", Text::words, watching("short", seen, w -> w.length() < 3)))
            .build();

    ValidationResult result = validator.validate(TEXT);

    assertThat(seen)
        .containsExactly(
            "broken:a", "short:a", "broken:Bee", "short:Bee", "broken:cc", "short:cc", "short:Dee");
    assertThat(result.violations())
        .extracting(Violation::rule, Violation::path, v -> v.arguments().get("rule"))
        .containsExactly(
            tuple(Validator.RULE_FAILED.id(), "", "test/broken"),
            tuple(BROKEN.id(), "words[1]", null),
            tuple(SHORT.id(), "words[0]", null),
            tuple(SHORT.id(), "words[2]", null));
    assertThat(result.violations().get(0).arguments())
        .containsEntry("exception", "java.lang.IllegalStateException: no cc");
  }

  @Test
  void aRuleWhoseRuleForThrows_isReported_andTheOthersStillWalkTheList() {
    List<String> seen = new ArrayList<>();
    Validator<Text> validator =
        Validator.<Text>builder()
            .rule(
                BROKEN,
                Rule.<Text, String>onEachOf(
                    "words",
                    Text::words,
                    text -> {
                      throw new IllegalArgumentException("no rule");
                    }))
            .rule(SHORT, Rule.onEach("words", Text::words, watching("short", seen, w -> false)))
            .build();

    ValidationResult result = validator.validate(TEXT);

    assertThat(seen).containsExactly("short:a", "short:Bee", "short:cc", "short:Dee");
    assertThat(result.violations())
        .extracting(Violation::rule, v -> v.arguments().get("rule"))
        .containsExactly(tuple(Validator.RULE_FAILED.id(), "test/broken"));
  }

  @Test
  void listsOfTheSameNameButNotTheSameList_areWalkedApart() {
    List<String> seen = new ArrayList<>();
    Validator<Text> validator =
        Validator.<Text>builder()
            .rule(
                SHORT,
                Rule.onEach("words", Text::words, watching("words", seen, w -> w.length() < 3)))
            .rule(UPPER, Rule.onEach("words", Text::notes, watching("notes", seen, w -> true)))
            .build();

    ValidationResult result = validator.validate(TEXT);

    assertThat(seen).containsExactly("words:a", "words:Bee", "words:cc", "words:Dee", "notes:Ee");
    assertThat(result.violations())
        .extracting(Violation::rule, Violation::path)
        .containsExactly(
            tuple(UPPER.id(), "words[0]"),
            tuple(SHORT.id(), "words[0]"),
            tuple(SHORT.id(), "words[2]"));
  }

  @Test
  void mergedRules_runTheirWholePartOnce_andTheirListPartsInThePass_underOneId() {
    List<String> seen = new ArrayList<>();
    RuleSet<Text> merged =
        RuleSet.<Text>builder()
            .add(SHORT, (text, context) -> seen.add("whole"))
            .merge(
                RuleSet.<Text>builder()
                    .add(
                        SHORT,
                        Rule.onEach(
                            "words", Text::words, watching("short", seen, w -> w.length() < 3)))
                    .build())
            .merge(
                RuleSet.<Text>builder()
                    .add(
                        SHORT, Rule.onEach("notes", Text::notes, watching("note", seen, w -> true)))
                    .build())
            .build();
    Validator<Text> validator =
        Validator.<Text>builder()
            .rules(merged)
            .rule(UPPER, Rule.onEach("words", Text::words, watching("upper", seen, w -> false)))
            .build();

    ValidationResult result = validator.validate(TEXT);

    assertThat(seen)
        .containsExactly(
            "whole",
            "short:a",
            "upper:a",
            "short:Bee",
            "upper:Bee",
            "short:cc",
            "upper:cc",
            "short:Dee",
            "upper:Dee",
            "note:Ee");
    assertThat(result.violations())
        .extracting(Violation::rule, Violation::path)
        .containsExactly(
            tuple(SHORT.id(), "notes[0]"),
            tuple(SHORT.id(), "words[0]"),
            tuple(SHORT.id(), "words[2]"));
    assertThat(validator.activeRules()).containsExactly(SHORT, UPPER);
  }

  @Test
  void aLiftedRuleCalledByAnotherRule_walksItsListItself() {
    Rule<Text> lifted =
        Rule.onEach(
            "words", Text::words, watching("short", new ArrayList<>(), w -> w.length() < 3));
    Rule<Text> calling = (text, context) -> lifted.check(text, context.at("text"));

    ValidationResult result = Validator.<Text>builder().rule(SHORT, calling).build().validate(TEXT);

    assertThat(result.violations())
        .extracting(Violation::path)
        .containsExactly("text.words[0]", "text.words[2]");
  }
}
