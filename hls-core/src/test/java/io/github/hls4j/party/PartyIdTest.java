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

  @ParameterizedTest
  @ValueSource(
      strings = {
        "two words",
        "line\nbreak",
        "tab\tid",
        "escape\u001B[2J",
        "bell\u0007",
        "zero\u200Bwidth",
        "right\u202Eleft",
        "isolate\u2066x",
        "no\u00A0break",
        "byte\uFEFForder",
        "half\uD800"
      })
  void of_whiteSpaceControlOrInvisibleCharacter_throws(String value) {
    assertThatThrownBy(() -> PartyId.of(value))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageEndingWith(
            "must be non-blank text with no white space, control or invisible characters");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"somerset-council", "Cyngor_Sir_Ddinbych", "İstanbul.org", "council-😀", "a/b:c"})
  void of_visibleText_isAnId(String value) {
    assertThat(PartyId.of(value).value()).isEqualTo(value);
  }
}
