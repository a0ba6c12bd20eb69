package io.github.hls4j.commissioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import nl.jqno.equalsverifier.EqualsVerifier;
import nl.jqno.equalsverifier.Warning;
import org.junit.jupiter.api.Test;

class ReplacedContractTest {

  @Test
  void equalsAndHashCode_followEveryField() {
    EqualsVerifier.forClass(ImmutableReplacedContract.class).suppress(Warning.NULL_FIELDS).verify();
  }

  @Test
  void publicFactories_rejectNull() {
    new NullPointerTester().testAllPublicStaticMethods(ReplacedContract.class);
  }

  @Test
  void builder_withWhatTheRegisterRecords_keepsEveryField() {
    ReplacedContract lodgings =
        ReplacedContract.builder()
            .id("CS/2019/041")
            .name("Supported lodgings contract")
            .supplier("Homes2Inspire")
            .annualValue(Money.pounds(420_000))
            .totalValue(Money.pounds(2_520_000))
            .start(LocalDate.of(2019, 4, 1))
            .end(LocalDate.of(2025, 3, 31))
            .build();

    assertThat(lodgings.id()).contains("CS/2019/041");
    assertThat(lodgings.annualValue()).contains(Money.pounds(420_000));
    assertThat(lodgings.end()).contains(LocalDate.of(2025, 3, 31));
  }

  @Test
  void named_givesTheNameAlone() {
    ReplacedContract floating = ReplacedContract.named("Floating support contract");

    assertThat(floating.name()).isEqualTo("Floating support contract");
    assertThat(floating.id()).isEmpty();
    assertThat(floating.totalValue()).isEmpty();
    assertThat(floating.start()).isEmpty();
  }

  @Test
  void build_endBeforeStart_isRefusedNamingTheAttributeAndValue() {
    assertThatThrownBy(
            () ->
                ReplacedContract.builder()
                    .name("Floating support contract")
                    .start(LocalDate.of(2020, 4, 1))
                    .end(LocalDate.of(2019, 3, 31))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ReplacedContract.end (2019-03-31)")
        .hasMessageContaining("ReplacedContract.start (2020-04-01)");
  }

  @Test
  void build_blankNameOrSpacedId_isRefusedNamingTheAttribute() {
    assertThatThrownBy(() -> ReplacedContract.named(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ReplacedContract.name");
    assertThatThrownBy(() -> ReplacedContract.builder().name("Lodgings").id("CS 041").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ReplacedContract.id (CS 041)");
    assertThatThrownBy(() -> ReplacedContract.builder().name("Lodgings").supplier("").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ReplacedContract.supplier");
  }

  @Test
  void arrangement_replacesContractsAsValues() {
    Arrangement alliance =
        Arrangement.builder()
            .id(ArrangementId.of("alliance"))
            .kind(ArrangementKind.ALLIANCE)
            .title("Young people's housing alliance")
            .addReplaces(ReplacedContract.named("Supported lodgings contract"))
            .start(LocalDate.of(2025, 4, 1))
            .termYears(5)
            .build();

    assertThat(alliance.replaces())
        .containsExactly(ReplacedContract.named("Supported lodgings contract"));
  }
}
