package io.github.hls4j.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PersonTest {

  @Test
  void build_keepsEveryAttribute() {
    Person author =
        Person.builder()
            .id(PartyId.of("alice-munro"))
            .name("Alice Munro")
            .roleTitle("Consultant in Public Health")
            .organisation(PartyId.of("somerset-council"))
            .contact(ContactDetails.email("alice.munro@somerset.gov.uk"))
            .build();

    assertThat(author.name()).isEqualTo("Alice Munro");
    assertThat(author.roleTitle()).contains("Consultant in Public Health");
    assertThat(author.organisation()).contains(PartyId.of("somerset-council"));
    assertThat(author.contact().flatMap(ContactDetails::email))
        .contains("alice.munro@somerset.gov.uk");
  }

  @Test
  void build_optionalAttributesMayBeLeftOut() {
    Person p = Person.builder().id(PartyId.of("munro")).name("Munro").build();

    assertThat(p.roleTitle()).isEmpty();
    assertThat(p.organisation()).isEmpty();
    assertThat(p.contact()).isEmpty();
  }

  @Test
  void build_blankName_throwsNamingTheValue() {
    assertThatThrownBy(() -> Person.builder().id(PartyId.of("x")).name("\t").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Person.name (\t) must not be blank");
  }

  @Test
  void build_blankRoleTitle_throwsNamingTheValue() {
    assertThatThrownBy(() -> Person.builder().id(PartyId.of("x")).name("X").roleTitle("").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Person.roleTitle () must not be blank");
  }
}
