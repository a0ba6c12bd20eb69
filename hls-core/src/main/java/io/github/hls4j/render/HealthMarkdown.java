package io.github.hls4j.render;

import static io.github.hls4j.render.SvgRenderer.number;
import static io.github.hls4j.render.SvgRenderer.words;
import static java.util.Objects.requireNonNull;

import io.github.hls4j.health.BehaviourDimension;
import io.github.hls4j.health.HealthProfile;
import io.github.hls4j.health.ScoreSpread;
import io.github.hls4j.health.StakeholderGroup;
import io.github.hls4j.health.SystemBehaviour;
import java.util.Map;
import java.util.Optional;

/**
 * A {@link HealthProfile} as Markdown tables, for {@link MarkdownRenderer}: median and spread per
 * behaviour with each stakeholder group's median, and the change between two rounds.
 */
final class HealthMarkdown {

  private HealthMarkdown() {}

  /**
   * Returns the profile as a Markdown table: per behaviour, the number of voices, the median, the
   * range, the interquartile range and each stakeholder group's median; then the behaviours that
   * groups see at least three points apart.
   *
   * @param profile the profile
   * @return the Markdown text, ending with a line break
   */
  static String render(HealthProfile profile) {
    requireNonNull(profile, "profile");
    StringBuilder out = new StringBuilder();
    out.append("| Behaviour | Voices | Median | Range | IQR | Median by group |\n");
    out.append("|---|---:|---:|---:|---:|---|\n");
    BehaviourDimension dimension = null;
    for (SystemBehaviour b : SystemBehaviour.values()) {
      if (b.dimension() != dimension) {
        dimension = b.dimension();
        out.append("| **").append(words(dimension.name())).append("** | | | | | |\n");
      }
      out.append("| ").append(b.description()).append(" | ");
      Optional<ScoreSpread> spread = profile.spread(b);
      if (spread.isEmpty()) {
        out.append("0 | | | | |\n");
        continue;
      }
      ScoreSpread s = spread.get();
      out.append(s.voices())
          .append(" | ")
          .append(number(s.median()))
          .append(" | ")
          .append(s.min())
          .append("–")
          .append(s.max())
          .append(" | ")
          .append(number(s.interquartileRange()))
          .append(" | ")
          .append(groupMedians(profile, b))
          .append(" |\n");
    }
    out.append('\n').append("Groups three or more points apart: ");
    var disagreements = profile.disagreements(3);
    if (disagreements.isEmpty()) {
      out.append("none");
    } else {
      for (int i = 0; i < disagreements.size(); i++) {
        SystemBehaviour b = disagreements.get(i);
        out.append(i == 0 ? "" : "; ")
            .append(b.description())
            .append(" (")
            .append(number(profile.divergence(b).orElse(0)))
            .append(')');
      }
    }
    return out.append('\n').toString();
  }

  /**
   * Returns the change in each behaviour's median between two profiles as a Markdown table.
   *
   * @param before the earlier profile
   * @param after the later profile
   * @return the Markdown text, ending with a line break
   */
  static String change(HealthProfile before, HealthProfile after) {
    StringBuilder out = new StringBuilder();
    out.append("| Behaviour | ")
        .append(MarkdownText.escape(before.name()))
        .append(" | ")
        .append(MarkdownText.escape(after.name()))
        .append(" | Change |\n|---|---:|---:|---:|\n");
    Map<SystemBehaviour, Double> change = HealthProfile.change(before, after);
    for (SystemBehaviour b : SystemBehaviour.values()) {
      out.append("| ")
          .append(b.description())
          .append(" | ")
          .append(before.spread(b).map(s -> number(s.median())).orElse(""))
          .append(" | ")
          .append(after.spread(b).map(s -> number(s.median())).orElse(""))
          .append(" | ")
          .append(change.containsKey(b) ? signed(change.get(b)) : "")
          .append(" |\n");
    }
    return out.toString();
  }

  private static String groupMedians(HealthProfile profile, SystemBehaviour behaviour) {
    StringBuilder out = new StringBuilder();
    for (Map.Entry<StakeholderGroup, Map<SystemBehaviour, ScoreSpread>> e :
        profile.byGroup().entrySet()) {
      ScoreSpread s = e.getValue().get(behaviour);
      if (s != null) {
        out.append(out.length() == 0 ? "" : ", ")
            .append(e.getKey().label())
            .append(' ')
            .append(number(s.median()));
      }
    }
    return out.toString();
  }

  private static String signed(double value) {
    return (value > 0 ? "+" : value < 0 ? "−" : "±") + number(Math.abs(value));
  }
}
