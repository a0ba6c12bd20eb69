package io.github.hls4j.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.NullPointerTester;
import nl.jqno.equalsverifier.EqualsVerifier;
import org.junit.jupiter.api.Test;

class LocationTest {

  @Test
  void of_keepsPointerDescriptionAndQuote() {
    Location at = Location.of("body/table[2]/row[3]/cell[2]", "table 2, row 3, cell 2", "Munro");

    assertThat(at.pointer()).isEqualTo("body/table[2]/row[3]/cell[2]");
    assertThat(at.description()).isEqualTo("table 2, row 3, cell 2");
    assertThat(at.quote()).isEqualTo("Munro");
    assertThat(at.toString()).contains("table 2, row 3, cell 2").contains("Munro");
  }

  @Test
  void of_emptyQuote_isAllowed() {
    assertThat(Location.of("body", "the document", "").quote()).isEmpty();
    assertThat(Location.of("body", "the document", "").toString()).isEqualTo("the document");
  }

  @Test
  void of_blankDescription_throwsNamingTheAttribute() {
    assertThatThrownBy(() -> Location.of("body", " ", "q"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Location.description");
    assertThatThrownBy(() -> Location.of("", "paragraph 1", "q"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Location.pointer");
  }

  @Test
  void of_nulls_throw() {
    new NullPointerTester().testAllPublicStaticMethods(Location.class);
  }

  @Test
  void equalsAndHashCode_followEveryAttribute() {
    EqualsVerifier.forClass(Location.class)
        .withNonnullFields("pointer", "description", "quote")
        .verify();
  }
}
