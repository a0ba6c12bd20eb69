package io.github.hls4j.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hls4j.commissioning.Arrangement;
import io.github.hls4j.governance.BoardReport;
import io.github.hls4j.health.HealthRound;
import io.github.hls4j.internal.ModelDescription;
import io.github.hls4j.internal.ModelDescription.ModelType;
import io.github.hls4j.internal.ModelDescription.Property;
import io.github.hls4j.learning.LearningCycle;
import io.github.hls4j.stewardship.SystemSteward;
import io.github.hls4j.system.LearningSystem;
import io.github.hls4j.validation.Phrasebook;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every property of every model type a validator's subject reaches has its place in words, in
 * English and in Welsh: a finding anywhere in a board report, a learning system, a health round, a
 * learning cycle, a steward or a commissioning arrangement names no property as the path does.
 */
class PlaceLabelsTest {

  /** The subjects of hls4j's validators. */
  private static final Class<?>[] ROOTS = {
    BoardReport.class,
    LearningSystem.class,
    HealthRound.class,
    LearningCycle.class,
    SystemSteward.class,
    Arrangement.class
  };

  private static final List<ModelType> TYPES = ModelDescription.reachableFrom(ROOTS);

  private static Map<String, String> words(String language) {
    return Phrasebook.readOwn(Words.class::getResourceAsStream, "words", language);
  }

  /** The keys a property needs: its label, and an element's label for a list. */
  static Set<String> neededKeys(List<ModelType> types) {
    Set<String> keys = new TreeSet<>();
    for (ModelType type : types) {
      for (Property p : type.properties()) {
        keys.add(Phrasebook.key("place", p.name()));
        if (p.many()) {
          keys.add(Phrasebook.key("place", p.name(), "item"));
        }
      }
    }
    return keys;
  }

  @ParameterizedTest(name = "language {0}")
  @ValueSource(strings = {"", "cy"})
  void words_everyPropertyOfEveryReachableModelType_hasAPlaceLabel(String language) {
    Map<String, String> words = words(language);

    assertThat(neededKeys(TYPES).stream().filter(key -> !words.containsKey(key)).toList())
        .as("place labels missing from words%s.properties", language.isEmpty() ? "" : "_cy")
        .isEmpty();
  }

  @Test
  void neededKeys_modelTypes_includeTheLearningSystemsOwnLists() {
    assertThat(neededKeys(TYPES))
        .contains(
            "place.escalations",
            "place.escalations.item",
            "place.madeVisible.item",
            "place.valueByYear.item",
            "place.deliveredThrough.item",
            "place.toParty",
            "place.status");
    assertThat(TYPES.stream().map(ModelType::name))
        .contains("Escalation", "Visibility", "YearValue", "HealthAssessment", "DeliveryRef");
  }

  @Test
  void words_everyPropertyLabel_isOfAPropertyTheModelHas() {
    Set<String> properties =
        TYPES.stream()
            .flatMap(t -> t.properties().stream())
            .map(Property::name)
            .collect(Collectors.toSet());
    Set<String> subjects =
        TYPES.stream().map(ModelType::name).collect(Collectors.toCollection(TreeSet::new));

    for (String language : List.of("", "cy")) {
      for (String key : words(language).keySet()) {
        String[] parts = key.split("\\.");
        if (!parts[0].equals("place") || parts.length < 2) {
          continue;
        }
        switch (parts[1]) {
          case "item", "document" -> {}
          case "subject" -> {
            if (parts.length > 2) {
              assertThat(subjects).as(key).contains(parts[2]);
            }
          }
          default -> {
            assertThat(properties).as(key).contains(parts[1]);
            assertThat(parts.length == 2 || parts[2].equals("item")).as(key).isTrue();
          }
        }
      }
    }
  }
}
