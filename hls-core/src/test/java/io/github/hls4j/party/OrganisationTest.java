package io.github.hls4j.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OrganisationTest {

  @Test
  void build_keepsEveryAttribute() {
    Organisation council =
        Organisation.builder()
            .id(PartyId.of("somerset-council"))
            .name("Somerset Council")
            .sector(Sector.COUNCIL)
            .build();

    assertThat(council.id()).isEqualTo(PartyId.of("somerset-council"));
    assertThat(council.name()).isEqualTo("Somerset Council");
    assertThat(council.sector()).isEqualTo(Sector.COUNCIL);
    assertThat((Party) council).isInstanceOf(Party.class);
  }

  @Test
  void build_missingSector_throwsNamingTheAttribute() {
    assertThatThrownBy(() -> Organisation.builder().id(PartyId.of("x")).name("X").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Organisation")
        .hasMessageContaining("sector");
  }

  @Test
  void build_blankName_throwsNamingTheValue() {
    assertThatThrownBy(
            () -> Organisation.builder().id(PartyId.of("x")).name(" ").sector(Sector.NHS).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Organisation.name ( ) must not be blank");
  }
}
