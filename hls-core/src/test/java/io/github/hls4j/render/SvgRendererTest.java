package io.github.hls4j.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hls4j.health.HealthAssessment;
import io.github.hls4j.health.HealthProfile;
import io.github.hls4j.health.StakeholderGroup;
import io.github.hls4j.health.SystemBehaviour;
import java.util.List;
import org.junit.jupiter.api.Test;

class SvgRendererTest {

  private static final HealthProfile PROFILE = HealthMarkdownTest.PROFILE;

  private static HealthAssessment assessment(
      String who, StakeholderGroup group, int score, SystemBehaviour... skip) {
    return HealthMarkdownTest.assessment(who, group, score, skip);
  }

  @Test
  void render_is800Wide_withEveryTextEscaped() {
    String svg = SvgRenderer.render(PROFILE);

    // Parsed as XML in hls-examples (SomersetHealthTest), where java.xml is on the path.
    assertThat(svg)
        .startsWith(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"800\"");
    assertThat(svg)
        .doesNotContain("<script")
        .contains("Spring &lt;script&gt;alert('x')&lt;/script&gt; &amp; co");
    assertThat(svg.split("<rect ", -1)).hasSize(1 + 1 + 9);
    assertThat(svg.split("<circle ", -1)).hasSize(1 + 3 * 9 - 1);
    assertThat(svg)
        .contains("<title>Residents: 3</title>")
        .contains("Median 7 from 3 voices")
        .endsWith("</svg>\n");
    assertThat(svg)
        .contains("aria-describedby=\"chart-numbers\"")
        .containsPattern(
            "<desc id=\"chart-numbers\">Scores from 1 to 10\\. [^<]*: median 7, lowest \\d+, highest \\d+, from 3 voices\\.");
  }

  @Test
  void render_labelsEachGroupInPrint_andStatesTheScale() {
    String svg = SvgRenderer.render(PROFILE);

    // every dot carries its group's letter as text, not only a tooltip, and the key spells the
    // letters out
    assertThat(svg.split("font-size=\"9\" fill=\"#c55a11\">", -1))
        .hasSize(svg.split("<circle ", -1).length);
    assertThat(svg).contains("R Residents").contains("Scores from 1 to 10");
  }

  @Test
  void render_unscoredBehaviour_saysSo() {
    HealthProfile partial =
        HealthProfile.of(
            "p",
            List.of(assessment("c", StakeholderGroup.COUNCIL, 5, SystemBehaviour.POWER_SHARED)));

    assertThat(SvgRenderer.render(partial)).contains(">not scored</text>");
  }
}
