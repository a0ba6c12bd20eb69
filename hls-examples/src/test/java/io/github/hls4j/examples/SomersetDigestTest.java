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
  void paper_asksWhatTheBoardCanDo_andEverySourceResolves() {
    BoardReport paper = SomersetDigest.paper();
    LearningSystem system = SomersetLearning.system();

    assertThat(paper.recommendations()).hasSize(6);
    assertThat(paper.recommendations())
        .extracting(Recommendation::action)
        .noneSatisfy(a -> assertThat(a).contains("takes ownership"));
    // national barriers: the Chair writes; a partner's: the partner is asked; the Board's own: a
    // decision with an owner
    assertThat(paper.recommendations().get(0).action())
        .startsWith("agrees that the Chair writes to the Ministry of Housing");
    assertThat(paper.recommendations().get(1).action())
        .startsWith("agrees that the Chair writes to the Ministry of Housing")
        .contains("Allocation law");
    assertThat(paper.recommendations().get(2).action()).startsWith("asks Other statutory services");
    assertThat(paper.recommendations().get(3).action())
        .startsWith("agrees to act on the barrier")
        .contains("report back to the Board by");
    assertThat(paper.recommendationsPreamble())
        .contains(
            "That the Somerset Health and Wellbeing Board and the Somerset Integrated Care Partnership, meeting in common:");
    // a working group is named as a paper names it, with its article
    assertThat(paper.recommendations())
        .extracting(Recommendation::action)
        .noneSatisfy(
            a -> assertThat(a).containsPattern("(?<!the )Human Learning Systems working group"));
    assertThat(paper.recommendations())
        .flatExtracting(Recommendation::basedOn)
        .allMatch(system::resolves);
  }

  @Test
  void paper_keepsEveryRowOfTheBoardsSignOffTemplate_andMarksWhatPeopleWrite() {
    BoardReport paper = SomersetDigest.paper();

    assertThat(paper.signOffs())
        .extracting(s -> s.role().title())
        .isEqualTo(SomersetReport.report().signOffs().stream().map(s -> s.role().title()).toList());
    assertThat(paper.implications())
        .allSatisfy(i -> assertThat(i.statement()).startsWith("[To be completed]"));
    assertThat(paper.implications().get(0).statement())
        .contains("Recommendations 1 and 4")
        .contains("Section 151 officer");
  }

  @Test
  void paper_filesHousingUnderHousing_andSaysWhereAndWithWhomLearningHappened() {
    String text = paper().sections().toString();

    assertThat(text)
        .contains("Housing: Housing and health practice")
        .contains("Steering group with young people (monthly)")
        .contains("In their own words, shared with the Board with consent")
        .doesNotContain("Every priority is served");
  }

  @Test
  void paper_showsOnlyTheRedactedStory() {
    String text = paper().toString() + paper().sections();

    assertThat(text)
        .doesNotContain("Account of J.")
        .contains("A young person's move between homes went well");
  }

  private static BoardReport paper() {
    return SomersetDigest.paper();
  }

  @Test
  void mainExample_printsTheDigestsSummary_labelledIllustrative() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    SomersetExample.runDigest(new PrintStream(out, true, StandardCharsets.UTF_8));

    assertThat(out.toString(StandardCharsets.UTF_8))
        .startsWith(
            "# Learning digest: what the Somerset system learned, 1 January 2025 to 31 May 2025")
        .contains(SomersetDigest.ILLUSTRATIVE)
        .contains(
            "5 barriers reached the Board's level, and 2 of them have been made visible outside the system.")
        .contains("governance/signoff-missing");
  }
}
