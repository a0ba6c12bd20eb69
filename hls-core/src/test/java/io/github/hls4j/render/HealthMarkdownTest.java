package io.github.hls4j.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hls4j.health.BehaviourScore;
import io.github.hls4j.health.HealthAssessment;
import io.github.hls4j.health.HealthProfile;
import io.github.hls4j.health.StakeholderGroup;
import io.github.hls4j.health.SystemBehaviour;
import io.github.hls4j.party.PartyId;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link MarkdownRenderer}'s health profiles, written by {@link HealthMarkdown}. */
class HealthMarkdownTest {

  static HealthAssessment assessment(
      String who, StakeholderGroup group, int score, SystemBehaviour... skip) {
    HealthAssessment.Builder a =
        HealthAssessment.builder()
            .assessor(PartyId.of(who))
            .speaksFor(group)
            .date(LocalDate.of(2025, 1, 1));
    for (SystemBehaviour b : SystemBehaviour.values()) {
      if (!List.of(skip).contains(b)) {
        a.addScores(BehaviourScore.of(b, score));
      }
    }
    return a.build();
  }

  static final HealthProfile PROFILE =
      HealthProfile.of(
          "Spring <script>alert('x')</script> & co",
          List.of(
              assessment("c", StakeholderGroup.COUNCIL, 8),
              assessment("n", StakeholderGroup.NHS, 7),
              assessment("r", StakeholderGroup.RESIDENTS, 3, SystemBehaviour.SHARED_VISION)));

  @Test
  void render_showsSpreadAndEachGroupsMedian() {
    String markdown = MarkdownRenderer.render(PROFILE);

    assertThat(markdown.lines())
        .contains(
            "| Behaviour | Voices | Median | Range | IQR | Median by group |",
            "| **Perspective** | | | | | |",
            "| Accountability is mutual | 3 | 7 | 3–8 | 2.5 | Council 8, NHS 7, Residents 3 |",
            "| People share a vision | 2 | 7.5 | 7–8 | 0.5 | Council 8, NHS 7 |");
    assertThat(markdown)
        .contains(
            "Groups three or more points apart: People see themselves as part of an interconnected whole (5);");
  }

  @Test
  void render_unscoredBehaviour_showsNoVoices() {
    HealthProfile partial =
        HealthProfile.of(
            "p",
            List.of(assessment("c", StakeholderGroup.COUNCIL, 5, SystemBehaviour.POWER_SHARED)));

    assertThat(MarkdownRenderer.render(partial).lines())
        .contains(
            "| Power is shared and equal voice promoted | 0 | | | | |",
            "Groups three or more points apart: none");
  }

  @Test
  void renderChange_tableSignsTheDifference() {
    HealthProfile later =
        HealthProfile.of("Later", List.of(assessment("c", StakeholderGroup.COUNCIL, 7)));
    HealthProfile same =
        HealthProfile.of("Same", List.of(assessment("c", StakeholderGroup.COUNCIL, 7)));

    assertThat(MarkdownRenderer.renderChange(PROFILE, later).lines())
        .contains(
            "| Accountability is mutual | 7 | 7 | ±0 |",
            "| People share a vision | 7.5 | 7 | −0.5 |");
    assertThat(MarkdownRenderer.renderChange(same, PROFILE).lines())
        .contains("| People share a vision | 7 | 7.5 | +0.5 |")
        .anyMatch(l -> l.startsWith("| Behaviour | Same | Spring &lt;script&gt;"));
  }
}
