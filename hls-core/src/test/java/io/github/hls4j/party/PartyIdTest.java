package io.github.hls4j.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PartyIdTest {

  @Test
  void of_keepsTheText() {
    assertThat(PartyId.of("somerset-council")).hasToString("somerset-council");
    assertThat(PartyId.of("somerset-council").value()).isEqualTo("somerset-council");
    assertThat(PartyId.of("a")).isEqualTo(PartyId.of("a")).isLessThan(PartyId.of("b"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "  ", " padded", "padded "})
  void of_blankOrPadded_throwsNamingTypeAttributeAndValue(String value) {
    assertThatThrownBy(() -> PartyId.of(value))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("PartyId.value (" + value + ") must be");
  }
}
