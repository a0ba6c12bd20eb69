package io.github.hls4j.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.hls4j.strategy.AlignmentLink;
import io.github.hls4j.strategy.AlignmentMatrix;
import io.github.hls4j.strategy.PriorityId;
import io.github.hls4j.strategy.Strategy;
import io.github.hls4j.strategy.StrategyAlignment;
import io.github.hls4j.validation.Profile;
import io.github.hls4j.validation.Violation;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Recommendations carry their own strategy links, which the alignment rules and the matrix read.
 */
class RecommendationAlignmentTest {

  private static final BoardReport REPORT = GovernanceFixtures.validReport();
  private static final Strategy STRATEGY = REPORT.strategyAlignments().get(0).strategy();

  private static BoardReport withSecondRecommendationTicking(String priority, boolean reportTicks) {
    List<Recommendation> recommendations = new ArrayList<>(REPORT.recommendations());
    recommendations.set(
        1,
        Recommendation.builder()
            .from(recommendations.get(1))
            .addStrategyAlignment(
                StrategyAlignment.builder()
                    .strategy(STRATEGY)
                    .addLink(AlignmentLink.because(priority, "It builds homes"))
                    .build())
            .build());
    BoardReport.Builder report =
        BoardReport.builder().from(REPORT).recommendations(recommendations);
    if (!reportTicks) {
      report.strategyAlignments(List.of());
    }
    return report.build();
  }

  @Test
  void recommendationTickingAnUnknownPriority_isReportedAtTheRecommendationsLink() {
    BoardReport report = withSecondRecommendationTicking("ghost", true);

    assertThat(GovernanceRules.validator(Profile.PUBLISHED).validate(report).violations())
        .extracting(v -> v.rule().toString(), Violation::path)
        .containsExactly(
            tuple(
                "alignment/unknown-priority",
                "recommendations[1].strategyAlignments[0].links[0].priority"));
  }

  @Test
  void reportWhoseRecommendationsTick_isAligned_andTheMatrixCountsTheirTicks() {
    BoardReport report = withSecondRecommendationTicking("p2", false);

    assertThat(GovernanceRules.validator(Profile.PUBLISHED).validate(report).violations())
        .isEmpty();
    AlignmentMatrix matrix =
        AlignmentMatrix.builder().strategy(STRATEGY).item("report", report).build();
    assertThat(matrix.isTicked("report", PriorityId.of("p2"))).isTrue();
    assertThat(matrix.rationale("report", PriorityId.of("p2"))).contains("It builds homes");
    assertThat(matrix.unalignedItems()).isEmpty();
    assertThat(
            GovernanceRules.validator(Profile.PUBLISHED)
                .validate(
                    BoardReport.builder()
                        .from(report)
                        .recommendations(REPORT.recommendations())
                        .build())
                .violations())
        .extracting(v -> v.rule().toString(), Violation::path)
        .containsExactly(tuple("alignment/unaligned", "strategyAlignments"));
  }
}
