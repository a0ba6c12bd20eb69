package io.github.hls4j.commissioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ArrangementTest {

  @Test
  void build_termPastTheLastYearADateHolds_throwsNamingTheTerm() {
    Arrangement.Builder builder =
        CommissioningRulesTest.alliance()
            .start(LocalDate.of(2025, 4, 1))
            .termYears(Integer.MAX_VALUE);

    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(
            "Arrangement.termYears (2147483647) with extensionYears ([2]) from start (2025-04-01)");
  }

  @Test
  void build_extensionsWhoseSumOverflowsAnInt_throwsInsteadOfWrapping() {
    Arrangement.Builder builder =
        CommissioningRulesTest.alliance()
            .termYears(Integer.MAX_VALUE)
            .addExtensionYears(Integer.MAX_VALUE, Integer.MAX_VALUE);

    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(
            "Arrangement.termYears (2147483647) with extensionYears ([2, 2147483647, 2147483647])");
  }

  @Test
  void build_startNearTheEndOfTheCalendar_throwsWhenTheTermRunsPastIt() {
    Arrangement.Builder builder =
        CommissioningRulesTest.alliance().start(LocalDate.MAX.minusYears(3)).termYears(5);

    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("from start (+999999996-12-31)");
  }

  @Test
  void endsOnAndLatestEnd_atTheEdgesOfTheCalendar_areDates() {
    Arrangement last =
        CommissioningRulesTest.alliance()
            .start(LocalDate.of(999_999_990, 1, 1))
            .termYears(5)
            .build();
    Arrangement first = CommissioningRulesTest.alliance().start(LocalDate.MIN).termYears(1).build();

    assertThat(last.endsOn()).isEqualTo(LocalDate.of(999_999_994, 12, 31));
    assertThat(last.latestEnd()).isEqualTo(LocalDate.of(999_999_996, 12, 31));
    assertThat(first.endsOn()).isEqualTo(LocalDate.MIN.plusYears(1).minusDays(1));
    assertThat(first.latestEnd()).isEqualTo(LocalDate.MIN.plusYears(3).minusDays(1));
  }
}
