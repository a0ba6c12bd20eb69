package io.github.hls4j.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.NullPointerTester;
import nl.jqno.equalsverifier.EqualsVerifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RuleIdTest {

  @Test
  void of_wellFormed_splitsNamespaceAndName() {
    RuleId id = RuleId.of("governance/signoff-undated");

    assertThat(id.namespace()).isEqualTo("governance");
    assertThat(id.name()).isEqualTo("signoff-undated");
    assertThat(id).hasToString("governance/signoff-undated");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "governance",
        "/x",
        "x/",
        "Governance/x",
        "a/b/c",
        "a/b-",
        "a/-b",
        "a /b",
        "a/b_c"
      })
  void of_malformed_throwsNamingTheValue(String value) {
    assertThatThrownBy(() -> RuleId.of(value))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("RuleId.value (" + value + ")");
  }

  @Test
  void compareTo_ordersByText() {
    assertThat(RuleId.of("alignment/unaligned")).isLessThan(RuleId.of("governance/broken-link"));
  }

  @Test
  void equalsAndHashCode_byValue() {
    EqualsVerifier.forClass(RuleId.class).withNonnullFields("value").verify();
  }

  @Test
  void publicFactories_rejectNull() {
    new NullPointerTester().testAllPublicStaticMethods(RuleId.class);
  }
}
