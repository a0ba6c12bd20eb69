package io.github.hls4j.digest;

import io.github.hls4j.digest.DigestFacts.Gap;
import io.github.hls4j.digest.DigestFacts.HealthFacts;
import io.github.hls4j.digest.DigestFacts.Movement;
import io.github.hls4j.governance.ListItem;
import io.github.hls4j.governance.Paragraph;
import io.github.hls4j.health.StakeholderGroup;
import io.github.hls4j.health.SystemBehaviour;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Words the system's health: the scale and the framework, the widest gaps, who scored what, then
 * the movement.
 */
final class HealthWording {

  /** How many of the widest gaps are shown. */
  private static final int GAPS = 5;

  private final DigestWords words;

  HealthWording(DigestWords words) {
    this.words = words;
  }

  List<Paragraph.Builder> paragraphs(HealthFacts health) {
    List<Paragraph.Builder> paragraphs = new ArrayList<>();
    paragraphs.add(Paragraph.builder().addText(words.get("health.about", "round", health.round())));
    if (!health.targets().isEmpty()) {
      paragraphs.add(
          Paragraph.builder()
              .addText(
                  words.count(
                      "health.targets",
                      health.targets().size(),
                      "round",
                      health.round(),
                      "targets",
                      words.list(
                          health.targets().stream()
                              .map(t -> words.get("health.target", "target", t))
                              .toList()))));
    }
    List<Gap> wide = health.gaps().stream().filter(g -> g.width() >= 1).limit(GAPS).toList();
    if (wide.isEmpty()) {
      paragraphs.add(
          Paragraph.builder().addText(words.get("health.noGaps", "round", health.round())));
    } else {
      Paragraph.Builder p =
          Paragraph.builder().addText(words.get("health.gaps", "round", health.round()));
      wide.forEach(
          g ->
              p.addItems(
                  ListItem.of(
                      "",
                      words.get(
                          "health.gap.item",
                          "behaviour",
                          behaviour(g.behaviour()),
                          "low",
                          group(g.lowest()),
                          "lowScore",
                          number(g.low()),
                          "high",
                          group(g.highest()),
                          "highScore",
                          number(g.high()),
                          "width",
                          number(g.width())))));
      paragraphs.add(p);
    }
    Paragraph.Builder byGroup =
        Paragraph.builder().addText(words.get("health.byGroup", "round", health.round()));
    for (SystemBehaviour b : SystemBehaviour.values()) {
      List<String> scores = new ArrayList<>();
      for (Map.Entry<StakeholderGroup, Map<SystemBehaviour, Double>> e :
          health.scores().entrySet()) {
        Double score = e.getValue().get(b);
        if (score != null) {
          scores.add(words.get("health.score", "group", group(e.getKey()), "score", number(score)));
        }
      }
      if (!scores.isEmpty()) {
        byGroup.addItems(
            ListItem.of(
                "",
                words.get(
                    "health.byGroup.item",
                    "behaviour",
                    behaviour(b),
                    "scores",
                    words.list(scores))));
      }
    }
    paragraphs.add(byGroup);
    health
        .previous()
        .ifPresent(
            previous -> {
              if (health.common() == 0) {
                paragraphs.add(
                    Paragraph.builder()
                        .addText(
                            words.get(
                                "health.notCompared",
                                "previous",
                                previous,
                                "round",
                                health.round())));
                return;
              }
              List<String> changes = new ArrayList<>();
              changes.add(
                  health.joined().isEmpty()
                      ? words.get("health.noneJoined")
                      : words.get("health.joined", "groups", groups(health.joined())));
              changes.add(
                  health.left().isEmpty()
                      ? words.get("health.noneLeft")
                      : words.get("health.left", "groups", groups(health.left())));
              if (!health.changed().isEmpty()) {
                changes.add(words.get("health.changed", "groups", groups(health.changed())));
              }
              Paragraph.Builder p =
                  Paragraph.builder()
                      .addText(
                          words.count(
                              "health.compared",
                              health.common(),
                              "previous",
                              previous,
                              "voices",
                              words.count("voices", health.common()),
                              "changes",
                              words.list(changes)));
              for (Movement m : health.movements()) {
                p.addItems(
                    ListItem.of(
                        "",
                        words.get(
                            "health.movement.item",
                            "behaviour",
                            behaviour(m.behaviour()),
                            "before",
                            number(m.before()),
                            "after",
                            number(m.after()))));
              }
              paragraphs.add(p);
            });
    return paragraphs;
  }

  private String groups(Map<StakeholderGroup, Integer> groups) {
    List<String> named = new ArrayList<>();
    groups.forEach(
        (g, n) ->
            named.add(
                words.get("health.group", "group", group(g), "voices", words.count("voices", n))));
    return words.list(named);
  }

  private String behaviour(SystemBehaviour b) {
    return words.of("behaviour", b);
  }

  private String group(StakeholderGroup g) {
    return words.of("group", g);
  }

  static String number(double value) {
    return value == Math.rint(value)
        ? Long.toString((long) value)
        : String.format(Locale.ROOT, "%.1f", value);
  }
}
