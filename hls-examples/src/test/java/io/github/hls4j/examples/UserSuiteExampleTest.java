package io.github.hls4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hls4j.validation.Violation;
import org.junit.jupiter.api.Test;

class UserSuiteExampleTest {

  @Test
  void run_findsOnlyThePlantedDefect() {
    assertThat(UserSuiteExample.run(7L).violations())
        .singleElement()
        .satisfies(v -> assertThat(v.rule().toString()).isEqualTo("governance/signoff-undated"))
        .extracting(Violation::path)
        .asString()
        .matches("signOffs\\[\\d+\\]\\.date");
  }
}
