package io.github.hls4j.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class MessageTemplateTest {

  @Test
  void format_replacesEveryNamedArgument() {
    assertThat(MessageTemplate.format("{a} and {b} and {a}", Map.of("a", "x", "b", "y")))
        .isEqualTo("x and y and x");
  }

  @Test
  void format_leavesUnknownNamesAndUnclosedBracesAsWritten() {
    assertThat(MessageTemplate.format("{a} {b} {c", Map.of("a", "1"))).isEqualTo("1 {b} {c");
  }

  @Test
  void format_doesNotSubstituteInsideArgumentValues() {
    assertThat(MessageTemplate.format("{a}{b}", Map.of("a", "{b}", "b", "2"))).isEqualTo("{b}2");
  }

  @Test
  void format_placeholderAtTheStart_isReplaced() {
    assertThat(MessageTemplate.format("{a} first", Map.of("a", "1"))).isEqualTo("1 first");
  }

  @Test
  void format_noArguments_returnsTemplate() {
    assertThat(MessageTemplate.format("plain {x}", Map.of())).isEqualTo("plain {x}");
  }
}
