package io.github.hls4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hls4j.governance.BoardReport;
import io.github.hls4j.governance.Recommendation;
import io.github.hls4j.system.LearningSystem;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SomersetDigestTest {

  @Test
  void paper_asksTheBoardToOwnTheBarriersAtItsLevel_andEverySourceResolves() {
    BoardReport paper = SomersetDigest.paper();
    LearningSystem system = SomersetLearning.system();

    assertThat(paper.recommendations()).hasSize(6);
    assertThat(paper.recommendations().subList(0, 4)).extracting(Recommendation::action)
        .allSatisfy(a -> assertThat(a).startsWith("takes ownership of the barrier"));
    assertThat(paper.recommendations()).flatExtracting(Recommendation::basedOn).allMatch(system::resolves);
  }

  @Test
  void paper_showsOnlyTheRedactedStory() {
    String text = paper().toString() + paper().sections();

    assertThat(text).doesNotContain("Account of J.").contains("A young person's move between homes went well");
  }

  private static BoardReport paper() {
    return SomersetDigest.paper();
  }

  @Test
  void mainExample_printsTheDigestsSummary_labelledIllustrative() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    SomersetExample.runDigest(new PrintStream(out, true, StandardCharsets.UTF_8));

    assertThat(out.toString(StandardCharsets.UTF_8))
        .startsWith("# Learning digest: what the Somerset system learned, 1 January 2025 to 31 May 2025")
        .contains(SomersetDigest.ILLUSTRATIVE)
        .contains("5 barriers reached the Board's level, 2 of them made visible outside the system.")
        .contains("governance/signoff-missing");
  }
}
