package io.github.hls4j.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableSet;
import nl.jqno.equalsverifier.EqualsVerifier;
import org.junit.jupiter.api.Test;

class RuleDescriptorTest {

  @Test
  void builder_defaultsToErrorInEveryProfile() {
    RuleDescriptor d = RuleDescriptor.builder("acme/x").summary("s").message("m").build();

    assertThat(d.id()).isEqualTo(RuleId.of("acme/x"));
    assertThat(d.defaultSeverity()).isEqualTo(Severity.ERROR);
    assertThat(d.profiles())
        .containsExactly(Profile.DRAFT, Profile.DECISION_READY, Profile.PUBLISHED);
  }

  @Test
  void profiles_limitWhereTheRuleApplies() {
    RuleDescriptor d =
        RuleDescriptor.builder("acme/x")
            .severity(Severity.INFO)
            .profiles(Profile.PUBLISHED)
            .summary("s")
            .message("m")
            .build();

    assertThat(d.appliesIn(Profile.PUBLISHED)).isTrue();
    assertThat(d.appliesIn(Profile.DRAFT)).isFalse();
    assertThat(d.defaultSeverity()).isEqualTo(Severity.INFO);
  }

  @Test
  void build_withoutSummary_throwsNamingAttributeAndRule() {
    assertThatThrownBy(() -> RuleDescriptor.builder("acme/x").message("m").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("RuleDescriptor.summary for acme/x must be set");
  }

  @Test
  void build_blankMessage_throwsNamingValue() {
    assertThatThrownBy(() -> RuleDescriptor.builder("acme/x").summary("s").message("  ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("RuleDescriptor.messageTemplate (  ) for acme/x must not be blank");
  }

  @Test
  void builder_malformedId_throws() {
    assertThatThrownBy(() -> RuleDescriptor.builder("x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("RuleId.value (x)");
  }

  @Test
  void profiles_nullAmongThem_throws() {
    assertThatThrownBy(
            () -> RuleDescriptor.builder("acme/x").profiles(Profile.DRAFT, (Profile) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("RuleDescriptor.profiles");
  }

  @Test
  void toString_namesIdSeverityProfilesAndSummary() {
    RuleDescriptor d =
        RuleDescriptor.builder("acme/x")
            .profiles(Profile.DRAFT)
            .summary("Finds x.")
            .message("m")
            .build();

    assertThat(d).hasToString("acme/x (ERROR in [DRAFT]): Finds x.");
  }

  @Test
  void equalsAndHashCode_useEveryAttribute() {
    EqualsVerifier.forClass(RuleDescriptor.class)
        .withNonnullFields(
            "id", "defaultSeverity", "profiles", "summary", "messageTemplate", "forms")
        .withPrefabValues(
            ImmutableSet.class, ImmutableSet.of(Profile.DRAFT), ImmutableSet.of(Profile.PUBLISHED))
        .withPrefabValues(
            com.google.common.collect.ImmutableMap.class,
            com.google.common.collect.ImmutableMap.of(),
            com.google.common.collect.ImmutableMap.of("unnamed", "m"))
        .verify();
  }

  @Test
  void message_form_isKeptByNameWithItsKey() {
    RuleDescriptor d =
        RuleDescriptor.builder("acme/x")
            .summary("s")
            .message("By {who}")
            .message("unnamed", "By nobody named")
            .build();

    assertThat(d.messageTemplate("unnamed")).contains("By nobody named");
    assertThat(d.messageTemplate("other")).isEmpty();
    assertThat(d.messageForms()).containsOnlyKeys("unnamed");
    assertThat(d.messageKey("unnamed")).isEqualTo("acme/x.unnamed");
  }

  @Test
  void message_malformedOrRepeatedForm_throwsNamingFormAndRule() {
    assertThatThrownBy(() -> RuleDescriptor.builder("acme/x").message("No Name", "m"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "RuleDescriptor.form (No Name) for acme/x must be lower-case letters and hyphens");
    assertThatThrownBy(
            () -> RuleDescriptor.builder("acme/x").message("unnamed", "m").message("unnamed", "n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("RuleDescriptor.form (unnamed) for acme/x is given twice");
  }
}
