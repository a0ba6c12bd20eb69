package io.github.hls4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hls4j.learning.Route;
import io.github.hls4j.validation.Violation;
import org.junit.jupiter.api.Test;

class LearningExampleTest {

  @Test
  void cycle_asOfJune_isOverdueForReview_andTheErrorCarriesItsLearning() {
    assertThat(LearningExample.cycle(SomersetExample.AS_OF).violations())
        .extracting(v -> v.rule().toString(), Violation::path)
        .containsExactly(
            org.assertj.core.api.Assertions.tuple("learning/review-overdue", "nextReview"));
  }

  @Test
  void route_commissioningGoesToTheBoard() {
    Route route = LearningExample.route();

    assertThat(route.steward().map(s -> s.id().value())).contains("board-members");
  }
}
