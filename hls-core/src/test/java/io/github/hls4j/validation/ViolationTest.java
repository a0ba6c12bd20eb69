package io.github.hls4j.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import java.util.List;
import java.util.Map;
import nl.jqno.equalsverifier.EqualsVerifier;
import org.junit.jupiter.api.Test;

class ViolationTest {

  private static final RuleId RULE = RuleId.of("test/rule");

  @Test
  void of_formatsMessageFromNamedArguments() {
    Violation v =
        Violation.of(
            RULE,
            Severity.WARNING,
            "signOffs[0].date",
            "test/rule",
            "{name} as {role}: {missing}",
            ImmutableMap.of("name", "Trudi Grant", "role", "Lead Officer", "unused", 3));

    assertThat(v.message()).isEqualTo("Trudi Grant as Lead Officer: {missing}");
    assertThat(v.arguments())
        .containsExactly(
            Map.entry("name", "Trudi Grant"),
            Map.entry("role", "Lead Officer"),
            Map.entry("unused", "3"));
    assertThat(v.rule()).isEqualTo(RULE);
    assertThat(v.severity()).isEqualTo(Severity.WARNING);
    assertThat(v.path()).isEqualTo("signOffs[0].date");
    assertThat(v.messageKey()).isEqualTo("test/rule");
  }

  @Test
  void of_argumentsAreOrderedByName() {
    Violation v = Violation.of(RULE, Severity.ERROR, "", "k", "t", ImmutableMap.of("z", 1, "a", 2));

    assertThat(v.arguments().keySet()).containsExactly("a", "z");
  }

  @Test
  void of_manyArgumentsInAnyOrder_makeTheSameViolation() {
    Violation descending =
        Violation.of(
            RULE,
            Severity.ERROR,
            "",
            "k",
            "{a}{b}{c}{d}",
            ImmutableMap.of("d", 4, "c", 3, "b", 2, "a", 1));
    Violation mixed =
        Violation.of(
            RULE,
            Severity.ERROR,
            "",
            "k",
            "{a}{b}{c}{d}",
            ImmutableMap.of("c", 3, "a", 1, "d", 4, "b", 2));

    assertThat(descending.arguments())
        .containsExactly(
            Map.entry("a", "1"), Map.entry("b", "2"), Map.entry("c", "3"), Map.entry("d", "4"));
    assertThat(descending).isEqualTo(mixed).hasSameHashCodeAs(mixed);
    assertThat(descending.message()).isEqualTo("1234");
    assertThat(descending.arguments()).isSameAs(descending.arguments());
  }

  @Test
  void of_threeArgumentsInEveryOrder_makeEqualViolations() {
    List<List<String>> orders =
        List.of(
            List.of("a", "b", "c"),
            List.of("a", "c", "b"),
            List.of("b", "a", "c"),
            List.of("b", "c", "a"),
            List.of("c", "a", "b"),
            List.of("c", "b", "a"));
    Violation first = null;
    for (List<String> order : orders) {
      Map<String, Object> arguments = new java.util.LinkedHashMap<>();
      order.forEach(name -> arguments.put(name, name.toUpperCase(java.util.Locale.ROOT)));
      Violation v = Violation.of(RULE, Severity.ERROR, "", "k", "{a}{b}{c}", arguments);
      assertThat(v.message()).as("order %s", order).isEqualTo("ABC");
      if (first == null) {
        first = v;
      }
      assertThat(v).as("order %s", order).isEqualTo(first).hasSameHashCodeAs(first);
    }
  }

  @Test
  void of_nullArgumentValue_throwsNamingTheArgument() {
    Map<String, Object> arguments = new java.util.HashMap<>();
    arguments.put("name", null);

    assertThatThrownBy(() -> Violation.of(RULE, Severity.ERROR, "", "k", "t", arguments))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("Violation.arguments[name]");
  }

  @Test
  void of_blankMessageKey_throws() {
    assertThatThrownBy(() -> Violation.of(RULE, Severity.ERROR, "", " ", "t", Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Violation.messageKey ( )");
  }

  @Test
  void toString_namesSubjectWhenPathIsEmpty() {
    Violation v = Violation.of(RULE, Severity.INFO, "", "k", "hello", Map.of());

    assertThat(v).hasToString("INFO test/rule at (subject): hello");
  }

  @Test
  void equalsAndHashCode_useEveryAttribute() {
    EqualsVerifier.forClass(Violation.class)
        .withNonnullFields("rule", "severity", "path", "messageTemplate", "messageKey", "arguments")
        .withIgnoredFields("message", "argumentMap", "location", "place")
        .withPrefabValues(
            ImmutableSortedMap.class,
            ImmutableSortedMap.of("a", "1"),
            ImmutableSortedMap.of("rule", "governance/x"))
        .verify();
  }

  @Test
  void withLocation_keepsTheFinding_andEqualityIgnoresTheLocation() {
    Violation v =
        Violation.of(
            RULE, Severity.ERROR, "signOffs[0].date", "k", "t {a}", ImmutableMap.of("a", 1));
    Location at =
        Location.of(
            "body/table[3]/row[2]/cell[3]",
            "table 3, row 2, cell 3",
            "Click or tap to enter a date.");

    Violation located = v.withLocation(at);

    assertThat(v.location()).isEmpty();
    assertThat(located.location()).contains(at);
    assertThat(located.rule()).isEqualTo(RULE);
    assertThat(located.path()).isEqualTo("signOffs[0].date");
    assertThat(located.arguments()).isEqualTo(v.arguments());
    assertThat(located).isEqualTo(v).hasSameHashCodeAs(v);
  }

  @Test
  void withLocation_null_throws() {
    Violation v = Violation.of(RULE, Severity.ERROR, "", "k", "t", Map.of());

    assertThatThrownBy(() -> v.withLocation(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("location");
  }
}
