package io.github.hls4j.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.common.testing.EqualsTester;
import io.github.hls4j.internal.ModelCheckException;
import io.github.hls4j.party.Organisation;
import io.github.hls4j.party.PartyId;
import io.github.hls4j.party.Sector;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReasonTest {

  private static final Phrasebook ENGLISH = Reason.phrasebook(Locale.ENGLISH);
  private static final Phrasebook WELSH = Reason.phrasebook(Locale.forLanguageTag("cy"));

  @Test
  void of_phrasebook_wordsTheEnglishFromTheKeysPhrase() {
    Reason reason =
        Reason.of(
            ENGLISH,
            "model/at-least",
            Map.of("type", "Arrangement", "attribute", "termYears", "value", 0, "minimum", 1));

    assertThat(reason.key()).isEqualTo("model/at-least");
    assertThat(reason.english()).isEqualTo("Arrangement.termYears (0) must be at least 1");
    assertThat(reason.arguments()).containsEntry("value", "0").containsEntry("minimum", "1");
  }

  @Test
  void message_welsh_wordsTheKeyAndEachNestedReasonInWelsh() {
    Reason inner = Reason.of("inner", Map.of(), "a date");
    Reason outer = Reason.of("outer", Map.of("expected", inner, "given", "\"x\""), "expected x");
    Phrasebook words =
        WELSH.with(Map.of("outer", "disgwylid {expected}, cafwyd {given}", "inner", "dyddiad"));

    assertThat(outer.message(words)).isEqualTo("disgwylid dyddiad, cafwyd \"x\"");
    assertThat(outer.arguments()).containsEntry("expected", "a date");
    assertThat(outer.reason("expected")).contains(inner);
    assertThat(outer.reason("given")).isEmpty();
  }

  @Test
  void message_keyThePhrasebookLacks_keepsTheEnglish() {
    Reason reason = Reason.of("council/own", Map.of("value", "x"), "x is refused");

    assertThat(reason.message(WELSH)).isEqualTo("x is refused");
  }

  @Test
  void build_activeUntilBeforeActiveFrom_refusesWithDateOrder_inEnglishAndWelsh() {
    ModelCheckException e =
        catchThrowableOfType(
            ModelCheckException.class,
            () ->
                Organisation.builder()
                    .id(PartyId.of("o"))
                    .name("Council")
                    .sector(Sector.COUNCIL)
                    .activeFrom(LocalDate.of(2020, 4, 1))
                    .activeUntil(LocalDate.of(2019, 3, 31))
                    .build());

    assertThat(e.key()).isEqualTo("model/date-order");
    assertThat(e.arguments())
        .containsEntry("type", "Organisation")
        .containsEntry("attribute", "activeUntil")
        .containsEntry("value", "2019-03-31")
        .containsEntry("earlier", "activeFrom")
        .containsEntry("earlierValue", "2020-04-01");
    Reason reason = Reason.of(e.key(), e.arguments(), e.getMessage());
    assertThat(reason.message(ENGLISH)).isEqualTo(e.getMessage());
    assertThat(reason.message(WELSH))
        .contains("Organisation.activeUntil (2019-03-31)", "Organisation.activeFrom (2020-04-01)")
        .doesNotContain("before");
  }

  @Test
  void equals_keyArgumentsAndEnglish() {
    new EqualsTester()
        .addEqualityGroup(
            Reason.of("k", Map.of("a", "1"), "one"), Reason.of("k", Map.of("a", "1"), "one"))
        .addEqualityGroup(Reason.of("k", Map.of("a", "2"), "one"))
        .addEqualityGroup(Reason.of("j", Map.of("a", "1"), "one"))
        .addEqualityGroup(Reason.of("k", Map.of("a", "1"), "un"))
        .testEquals();
  }
}
