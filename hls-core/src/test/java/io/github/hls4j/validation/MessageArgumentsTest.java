package io.github.hls4j.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MessageArgumentsTest {

  @Test
  void of_argumentsInAnyOrder_keepsThemOrderedByNameAsText() {
    MessageArguments arguments =
        MessageArguments.of("role", "Chair", "count", 3, "due", LocalDate.of(2025, 1, 15));

    assertThat(arguments.keySet()).containsExactly("count", "due", "role");
    assertThat(arguments.values()).containsExactly("3", "2025-01-15", "Chair");
    assertThat(arguments.get("count")).isEqualTo("3");
    assertThat(arguments.get("missing")).isNull();
    assertThat(arguments.containsKey("due")).isTrue();
    assertThat(arguments.containsKey("Due")).isFalse();
    assertThat(arguments).hasSize(3);
  }

  @Test
  void of_fiveArguments_areAllKept() {
    MessageArguments arguments = MessageArguments.of("e", 5, "d", 4, "c", 3, "b", 2, "a", 1);

    assertThat(arguments.keySet()).containsExactly("a", "b", "c", "d", "e");
    assertThat(arguments.values()).containsExactly("1", "2", "3", "4", "5");
  }

  @Test
  void equals_aMapOfTheSameText_isEqualBothWays() {
    MessageArguments arguments = MessageArguments.of("number", 2, "heading", "Risks");
    Map<String, String> same = Map.of("heading", "Risks", "number", "2");

    assertThat(arguments).isEqualTo(same);
    assertThat(same).isEqualTo(arguments);
    assertThat(arguments.hashCode()).isEqualTo(same.hashCode());
    assertThat(MessageArguments.of()).isEmpty();
  }

  @Test
  void of_nameGivenTwice_isRefusedNamingIt() {
    assertThatThrownBy(() -> MessageArguments.of("name", "a", "role", "b", "name", "c"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("(name)");
  }

  @Test
  void of_nullValue_isRefusedNamingTheArgument() {
    assertThatThrownBy(() -> MessageArguments.of("role", "a", "name", null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("MessageArguments[name]");
  }

  @Test
  void copyOf_anyMap_isTheSameArgumentsAsText() {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("z", 1);
    map.put("a", true);
    MessageArguments arguments = MessageArguments.copyOf(map);

    assertThat(arguments.keySet()).containsExactly("a", "z");
    assertThat(arguments).containsEntry("a", "true").containsEntry("z", "1");
    assertThat(MessageArguments.copyOf(arguments)).isSameAs(arguments);
  }

  @Test
  void entrySet_entries_cannotBeChanged() {
    MessageArguments arguments = MessageArguments.of("a", 1);

    assertThatThrownBy(() -> arguments.entrySet().iterator().next().setValue("2"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> arguments.put("b", "2"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void violation_givenMessageArguments_hasThemAsItsArguments() {
    Violation violation =
        Violation.of(
            RuleId.of("test/arguments"),
            Severity.WARNING,
            "title",
            "test/arguments",
            "{b} and {a}",
            MessageArguments.of("b", 2, "a", "one"));

    assertThat(violation.arguments()).containsExactly(Map.entry("a", "one"), Map.entry("b", "2"));
    assertThat(violation.message()).isEqualTo("2 and one");
    assertThat(violation)
        .isEqualTo(
            Violation.of(
                RuleId.of("test/arguments"),
                Severity.WARNING,
                "title",
                "test/arguments",
                "{b} and {a}",
                Map.of("a", "one", "b", 2)));
  }
}
