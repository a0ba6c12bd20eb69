package io.github.hls4j.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ContactDetailsTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "alice.munro@somerset.gov.uk",
        "a@b.co",
        "first+tag@example.org",
        "o'brien@nhs.net"
      })
  void email_wellFormed_isKept(String address) {
    assertThat(ContactDetails.email(address).email()).contains(address);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "alice.munro",
        "@somerset.gov.uk",
        "alice@",
        "alice@localhost",
        "alice munro@somerset.gov.uk",
        "alice@@somerset.gov.uk",
        ".alice@somerset.gov.uk",
        "alice.@somerset.gov.uk",
        "al..ice@somerset.gov.uk",
        "alice@somerset..gov.uk",
        "alice@-somerset.gov.uk"
      })
  void email_malformed_throwsNamingTypeAttributeAndValue(String address) {
    assertThatThrownBy(() -> ContactDetails.email(address))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "ContactDetails.email ("
                + address
                + ") must be an e-mail address of the form"
                + " name@domain.example");
  }

  @Test
  void build_telephoneOnly_isAllowed() {
    ContactDetails phone = ContactDetails.builder().telephone("01823 355455").build();

    assertThat(phone.telephone()).contains("01823 355455");
    assertThat(phone.email()).isEmpty();
  }

  @Test
  void build_nothing_throws() {
    assertThatThrownBy(() -> ContactDetails.builder().build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ContactDetails.email (empty)");
  }

  @Test
  void build_blankTelephone_throws() {
    assertThatThrownBy(() -> ContactDetails.builder().telephone(" ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ContactDetails.telephone ( ) must not be blank");
  }
}
