package io.github.hls4j.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RuleSetTest {

  private static final RuleDescriptor A =
      RuleDescriptor.builder("test/a").summary("s").message("m").build();
  private static final RuleDescriptor B =
      RuleDescriptor.builder("test/b").summary("s").message("m").build();

  @Test
  void descriptors_inTheOrderAdded() {
    RuleSet<String> rules =
        RuleSet.<String>builder().add(B, (s, c) -> {}).add(A, (s, c) -> {}).build();

    assertThat(rules.descriptors()).containsExactly(B, A);
  }

  @Test
  void add_sameIdTwice_throwsNamingTheId() {
    RuleSet.Builder<String> builder = RuleSet.<String>builder().add(A, (s, c) -> {});

    assertThatThrownBy(() -> builder.add(A, (s, c) -> {}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("(test/a)");
  }

  @Test
  void addAll_acceptsRulesForASupertype() {
    RuleSet<Object> general = RuleSet.builder().add(A, (o, c) -> c.report("x")).build();

    RuleSet<String> specific =
        RuleSet.<String>builder().addAll(general).add(B, (s, c) -> {}).build();

    assertThat(specific.descriptors()).containsExactly(A, B);
    assertThat(Validator.builder(specific).build().validate("s").violations())
        .extracting(Violation::path)
        .containsExactly("x");
  }

  @Test
  void onEach_liftsEveryRuleKeepingItsDescriptor() {
    RuleSet<String> blank =
        RuleSet.<String>builder()
            .add(
                A,
                (s, c) -> {
                  if (s.isBlank()) {
                    c.report("");
                  }
                })
            .add(
                B,
                (s, c) -> {
                  if (s.length() > 3) {
                    c.report("length");
                  }
                })
            .build();

    RuleSet<java.util.List<String>> lifted = blank.onEach("texts", l -> l);

    assertThat(lifted.descriptors()).containsExactly(A, B);
    assertThat(
            Validator.builder(lifted)
                .build()
                .validate(java.util.List.of("ok", " ", "long text"))
                .violations())
        .extracting(v -> v.rule().toString(), Violation::path)
        .containsExactly(
            org.assertj.core.api.Assertions.tuple("test/a", "texts[1]"),
            org.assertj.core.api.Assertions.tuple("test/b", "texts[2].length"));
  }

  @Test
  void merge_runsRulesOfOneDescriptorTogether_andRejectsAnotherDescriptorWithTheSameId() {
    RuleSet<String> first = RuleSet.<String>builder().add(A, (s, c) -> c.report("first")).build();
    RuleSet<String> second =
        RuleSet.<String>builder()
            .add(A, (s, c) -> c.report("second"))
            .add(B, (s, c) -> c.report("b"))
            .build();

    RuleSet<String> merged = RuleSet.<String>builder().addAll(first).merge(second).build();

    assertThat(merged.descriptors()).containsExactly(A, B);
    assertThat(Validator.builder(merged).build().validate("s").violations())
        .extracting(v -> v.rule().toString(), Violation::path)
        .containsExactlyInAnyOrder(
            org.assertj.core.api.Assertions.tuple("test/a", "first"),
            org.assertj.core.api.Assertions.tuple("test/a", "second"),
            org.assertj.core.api.Assertions.tuple("test/b", "b"));
    RuleDescriptor otherA = RuleDescriptor.builder("test/a").summary("other").message("m").build();
    RuleSet<String> clashing = RuleSet.<String>builder().add(otherA, (s, c) -> {}).build();
    assertThatThrownBy(() -> RuleSet.<String>builder().addAll(first).merge(clashing))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("(test/a)");
  }

  @Test
  void replace_mergedRule_runsOnlyTheReplacement() {
    RuleSet<String> merged =
        RuleSet.<String>builder()
            .add(A, (s, c) -> c.report("first"))
            .merge(RuleSet.<String>builder().add(A, (s, c) -> c.report("second")).build())
            .add(B, (s, c) -> c.report("b"))
            .replace(RuleSet.<String>builder().add(A, (s, c) -> c.report("instead")).build())
            .build();

    assertThat(merged.descriptors()).containsExactly(A, B);
    assertThat(Validator.builder(merged).build().validate("s").violations())
        .extracting(v -> v.rule().toString(), Violation::path)
        .containsExactlyInAnyOrder(
            org.assertj.core.api.Assertions.tuple("test/a", "instead"),
            org.assertj.core.api.Assertions.tuple("test/b", "b"));
  }

  @Test
  void replace_descriptorNotAdded_throwsNamingTheId() {
    RuleSet.Builder<String> builder = RuleSet.<String>builder().add(A, (s, c) -> {});

    assertThatThrownBy(
            () -> builder.replace(RuleSet.<String>builder().add(B, (s, c) -> {}).build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("(test/b)");
  }
}
