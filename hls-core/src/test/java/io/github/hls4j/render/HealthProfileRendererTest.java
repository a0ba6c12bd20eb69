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

class HealthProfileRendererTest {

  private static HealthAssessment assessment(String who, StakeholderGroup group, int score, SystemBehaviour... skip) {
    HealthAssessment.Builder a = HealthAssessment.builder().assessor(PartyId.of(who)).speaksFor(group).date(LocalDate.of(2025, 1, 1));
    for (SystemBehaviour b : SystemBehaviour.values()) {
      if (!List.of(skip).contains(b)) {
        a.addScores(BehaviourScore.of(b, score));
      }
    }
    return a.build();
  }

  private static final HealthProfile PROFILE =
      HealthProfile.of(
          "Spring <script>alert('x')</script> & co",
          List.of(
              assessment("c", StakeholderGroup.COUNCIL, 8),
              assessment("n", StakeholderGroup.NHS, 7),
              assessment("r", StakeholderGroup.RESIDENTS, 3, SystemBehaviour.SHARED_VISION)));

  @Test
  void markdown_showsSpreadAndEachGroupsMedian() {
    String markdown = HealthProfileRenderer.markdown(PROFILE);

    assertThat(markdown.lines())
        .contains(
            "| Behaviour | Voices | Median | Range | IQR | Median by group |",
            "| **Perspective** | | | | | |",
            "| Accountability is mutual | 3 | 7 | 3–8 | 2.5 | Council 8, NHS 7, Residents 3 |",
            "| People share a vision | 2 | 7.5 | 7–8 | 0.5 | Council 8, NHS 7 |");
    assertThat(markdown).contains("Groups three or more points apart: People see themselves as part of an interconnected whole (5);");
  }

  @Test
  void markdown_unscoredBehaviour_showsNoVoices() {
    HealthProfile partial = HealthProfile.of("p", List.of(assessment("c", StakeholderGroup.COUNCIL, 5, SystemBehaviour.POWER_SHARED)));

    assertThat(HealthProfileRenderer.markdown(partial).lines())
        .contains("| Power is shared and equal voice promoted | 0 | | | | |", "Groups three or more points apart: none");
  }

  @Test
  void change_tableSignsTheDifference() {
    HealthProfile later = HealthProfile.of("Later", List.of(assessment("c", StakeholderGroup.COUNCIL, 7)));
    HealthProfile same = HealthProfile.of("Same", List.of(assessment("c", StakeholderGroup.COUNCIL, 7)));

    assertThat(HealthProfileRenderer.change(PROFILE, later).lines())
        .contains("| Accountability is mutual | 7 | 7 | ±0 |", "| People share a vision | 7.5 | 7 | −0.5 |");
    assertThat(HealthProfileRenderer.change(same, PROFILE).lines())
        .contains("| People share a vision | 7 | 7.5 | +0.5 |")
        .anyMatch(l -> l.startsWith("| Behaviour | Same | Spring &lt;script&gt;"));
  }

  @Test
  void svg_is800Wide_withEveryTextEscaped() {
    String svg = HealthProfileRenderer.svg(PROFILE);

    // Parsed as XML in hls-examples (SomersetHealthTest), where java.xml is on the path.
    assertThat(svg).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"800\"");
    assertThat(svg).doesNotContain("<script").contains("Spring &lt;script&gt;alert('x')&lt;/script&gt; &amp; co");
    assertThat(svg.split("<rect ", -1)).hasSize(1 + 1 + 9);
    assertThat(svg.split("<circle ", -1)).hasSize(1 + 3 * 9 - 1);
    assertThat(svg).contains("<title>Residents: 3</title>").contains("Median 7 from 3 voices").endsWith("</svg>\n");
    assertThat(svg).contains("aria-describedby=\"chart-numbers\"").containsPattern("<desc id=\"chart-numbers\">Scores from 1 to 10\\. [^<]*: median 7, lowest \\d+, highest \\d+, from 3 voices\\.");
  }

  @Test
  void svg_labelsEachGroupInPrint_andStatesTheScale() {
    String svg = HealthProfileRenderer.svg(PROFILE);

    // every dot carries its group's letter as text, not only a tooltip, and the key spells the letters out
    assertThat(svg.split("font-size=\"9\" fill=\"#c55a11\">", -1)).hasSize(svg.split("<circle ", -1).length);
    assertThat(svg).contains("R Residents").contains("Scores from 1 to 10");
  }

  @Test
  void svg_unscoredBehaviour_saysSo() {
    HealthProfile partial = HealthProfile.of("p", List.of(assessment("c", StakeholderGroup.COUNCIL, 5, SystemBehaviour.POWER_SHARED)));

    assertThat(HealthProfileRenderer.svg(partial)).contains(">not scored</text>");
  }
}
