package io.github.hls4j.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.hls4j.digest.DigestFacts.Ask;
import io.github.hls4j.digest.DigestFacts.Power;
import io.github.hls4j.digest.DigestFacts.Question;
import io.github.hls4j.governance.ImplicationArea;
import io.github.hls4j.health.StakeholderGroup;
import io.github.hls4j.health.SystemBehaviour;
import io.github.hls4j.learning.ExperimentDecision;
import io.github.hls4j.learning.LearningPhase;
import io.github.hls4j.learning.RecordKind;
import io.github.hls4j.stewardship.BarrierKind;
import io.github.hls4j.stewardship.BarrierLevel;
import io.github.hls4j.stewardship.SystemScale;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The English bundle: a word for every constant the paper names, counts as sentences, named
 * arguments.
 */
class DigestWordsTest {

  static final DigestWords ENGLISH = DigestWords.of(Locale.UK);

  @Test
  void bundle_hasAWordForEveryConstantThePaperNames() {
    Map<String, Class<? extends Enum<?>>> prefixes =
        Map.ofEntries(
            Map.entry("scale", SystemScale.class),
            Map.entry("phase", LearningPhase.class),
            Map.entry("record", RecordKind.class),
            Map.entry("level", BarrierLevel.class),
            Map.entry("kind", BarrierKind.class),
            Map.entry("topic", BarrierKind.class),
            Map.entry("decision", ExperimentDecision.class),
            Map.entry("area", ImplicationArea.class),
            Map.entry("officer", ImplicationArea.class),
            Map.entry("question", Question.class),
            Map.entry("ask", Ask.class),
            Map.entry("behaviour", SystemBehaviour.class),
            Map.entry("group", StakeholderGroup.class),
            Map.entry("barrier", Power.class));
    List<String> missing = new ArrayList<>();
    prefixes.forEach(
        (prefix, type) -> {
          for (Enum<?> constant : type.getEnumConstants()) {
            if (!ENGLISH.has(prefix + "." + constant.name())) {
              missing.add(prefix + "." + constant.name());
            }
          }
        });
    assertThat(missing).isEmpty();
  }

  @Test
  void count_readsAsASentence() {
    assertThat(ENGLISH.count("records", 0)).isEqualTo("no records");
    assertThat(ENGLISH.count("records", 1)).isEqualTo("one record");
    assertThat(ENGLISH.count("records", 2)).isEqualTo("2 records");
  }

  @Test
  void get_replacesNamedArguments_andFormatsDates() {
    assertThat(
            ENGLISH.get(
                "overdue.reviews.item",
                "cycle",
                "Homes",
                "date",
                LocalDate.of(2025, 3, 1),
                "owner",
                "Shire NHS"))
        .isEqualTo("Homes, due 1 March 2025, owned by Shire NHS.");
  }

  @Test
  void get_missingKeyOrArgument_throwsNamingIt() {
    assertThatThrownBy(() -> ENGLISH.get("no.such.key"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no.such.key");
    assertThatThrownBy(() -> ENGLISH.get("overdue.reviews.item", "cycle", "Homes"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("(date)");
  }

  @Test
  void list_joinsAsASentenceDoes() {
    assertThat(ENGLISH.list(List.of("a", "b", "c"))).isEqualTo("a, b and c");
    assertThat(ENGLISH.list(List.of("a"))).isEqualTo("a");
  }

  @Test
  void of_anotherLocale_withoutItsBundle_writesEnglishDates() {
    assertThat(DigestWords.of(Locale.FRENCH).day(LocalDate.of(2025, 2, 1)))
        .isEqualTo("1 February 2025");
  }

  @Test
  void list_welshBeforeAVowel_joinsWithAc_andLeavesTheItemsAsWritten() {
    DigestWords welsh = DigestWords.of(Locale.forLanguageTag("cy"));

    assertThat(welsh.list(List.of("y cyngor", "y GIG", "preswylwyr")))
        .isEqualTo("y cyngor, y GIG a preswylwyr");
    assertThat(welsh.list(List.of("beth a stiwardir", "ar ba sail")))
        .isEqualTo("beth a stiwardir ac ar ba sail");
    assertThat(welsh.list(List.of("2", "1 wedi'i addasu"))).isEqualTo("2 ac 1 wedi'i addasu");
    assertThat(welsh.list(List.of("Anna a Bob", "Owen"))).isEqualTo("Anna a Bob ac Owen");
    assertThat(ENGLISH.list(List.of("staff", "an officer"))).isEqualTo("staff and an officer");
  }

  @Test
  void get_welshWithBeforeAVowel_isAg() {
    DigestWords welsh = DigestWords.of(Locale.forLanguageTag("cy"));

    assertThat(
            welsh.get(
                "health.compared.other", "previous", "Autumn 2024", "voices", "4 llais", "changes", "x"))
        .startsWith("O'i gymharu ag Autumn 2024,");
    assertThat(
            welsh.get(
                "health.compared.other", "previous", "Hydref 2024", "voices", "4 llais", "changes", "x"))
        .startsWith("O'i gymharu â Hydref 2024,");
  }

  @Test
  void decided_welshOneExperiment_isSingular() {
    DigestWords welsh = DigestWords.of(Locale.forLanguageTag("cy"));

    assertThat(welsh.of("decided", io.github.hls4j.learning.ExperimentDecision.ADOPT))
        .isEqualTo("wedi'i fabwysiadu");
    assertThat(welsh.of("decision", io.github.hls4j.learning.ExperimentDecision.ADOPT))
        .isEqualTo("wedi'u mabwysiadu");
  }
}
