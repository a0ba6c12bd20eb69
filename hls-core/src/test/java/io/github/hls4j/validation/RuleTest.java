package io.github.hls4j.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RuleTest {

  private static final RuleDescriptor BLANK =
      RuleDescriptor.builder("test/blank").summary("s").message("blank").build();

  private static final Rule<String> BLANK_TEXT =
      (text, context) -> {
        if (text.isBlank()) {
          context.report("");
        }
      };

  private static final class Shelf {
    final List<String> books;
    final String label;

    Shelf(String label, List<String> books) {
      this.label = label;
      this.books = books;
    }
  }

  @Test
  void onEach_reportsAtIndexedPaths() {
    Rule<Shelf> rule = Rule.onEach("books", s -> s.books, BLANK_TEXT);

    ValidationResult result =
        Validator.<Shelf>builder()
            .rule(BLANK, rule)
            .build()
            .validate(new Shelf("x", List.of("a", " ", "b", "")));

    assertThat(result.violations())
        .extracting(Violation::path)
        .containsExactly("books[1]", "books[3]");
  }

  @Test
  void on_reportsUnderTheProperty_andNests() {
    Rule<Shelf> label = Rule.on("label", s -> s.label, BLANK_TEXT);
    Rule<List<Shelf>> shelves = Rule.onEach("shelves", s -> s, label);

    ValidationResult result =
        Validator.<List<Shelf>>builder()
            .rule(BLANK, shelves)
            .build()
            .validate(List.of(new Shelf("ok", List.of()), new Shelf(" ", List.of())));

    assertThat(result.violations()).extracting(Violation::path).containsExactly("shelves[1].label");
  }

  @Test
  void onEach_nested_reportsEachElementsOwnPath_throughAtAndWithArguments() {
    RuleDescriptor named =
        RuleDescriptor.builder("test/named").summary("s").message("{text}").build();
    Rule<String> rule =
        (text, context) -> {
          assertThat(context.profile()).isEqualTo(Profile.PUBLISHED);
          if (text.isBlank()) {
            context.report("", Map.of("text", "blank"));
          } else if (text.equals("x")) {
            context.at("title", 0).report("", Map.of("text", "x"));
          }
        };
    Rule<List<Shelf>> shelves =
        Rule.onEach("shelves", s -> s, Rule.onEach("books", s -> s.books, rule));

    ValidationResult result =
        Validator.<List<Shelf>>builder()
            .rule(named, shelves)
            .profile(Profile.PUBLISHED)
            .build()
            .validate(
                List.of(
                    new Shelf("a", List.of("ok", " ")),
                    new Shelf("b", List.of()),
                    new Shelf("c", List.of("x", "ok", ""))));

    assertThat(result.violations())
        .extracting(Violation::path, Violation::arguments)
        .containsExactly(
            tuple("shelves[0].books[1]", Map.of("text", "blank")),
            tuple("shelves[2].books[0].title[0]", Map.of("text", "x")),
            tuple("shelves[2].books[2]", Map.of("text", "blank")));
  }

  @Test
  void at_nestedContexts_prefixEveryReport() {
    RuleDescriptor both = RuleDescriptor.builder("test/both").summary("s").message("{n}").build();
    Rule<String> rule =
        (text, context) -> {
          RuleContext inner = context.at("a").at("[2]").at("b");
          inner.report("c", java.util.Map.of("n", 2));
          inner.report("", java.util.Map.of("n", 1));
          assertThat(inner.profile()).isEqualTo(Profile.PUBLISHED);
        };

    ValidationResult result =
        Validator.<String>builder()
            .rule(both, rule)
            .profile(Profile.PUBLISHED)
            .build()
            .validate("x");

    assertThat(result.violations())
        .extracting(Violation::path)
        .containsExactly("a[2].b", "a[2].b.c");
  }

  @Test
  void report_templateArgumentNotGiven_failsTheRule() {
    RuleDescriptor named =
        RuleDescriptor.builder("test/named").summary("s").message("{text} at {where}").build();
    Rule<String> rule = (text, context) -> context.report("", Map.of("text", text));

    ValidationResult result = Validator.<String>builder().rule(named, rule).build().validate("x");

    assertThat(result.violations())
        .extracting(v -> v.rule().toString())
        .containsExactly("validation/rule-failed");
    assertThat(result.violations().get(0).arguments().get("exception"))
        .contains("{where}")
        .contains("test/named");
  }

  @Test
  void at_negativeIndex_failsTheRule() {
    RuleDescriptor blank =
        RuleDescriptor.builder("test/blank").summary("s").message("blank").build();
    Rule<String> rule = (text, context) -> context.at("items", -1).report("text", Map.of());

    ValidationResult result = Validator.<String>builder().rule(blank, rule).build().validate("x");

    assertThat(result.violations())
        .extracting(v -> v.rule().toString())
        .containsExactly("validation/rule-failed");
  }

  @Test
  void at_joinsPathsWithDotsButNotBeforeIndexes() {
    assertThat(Paths.join("a", "b")).isEqualTo("a.b");
    assertThat(Paths.join("a", "[1]")).isEqualTo("a[1]");
    assertThat(Paths.join("", "b")).isEqualTo("b");
    assertThat(Paths.join("a", "")).isEqualTo("a");
  }
}
