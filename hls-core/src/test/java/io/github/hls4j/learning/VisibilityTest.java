package io.github.hls4j.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class VisibilityTest {

  @Test
  void build_onTooLateForTheDefaultResponseDate_throwsNamingOn() {
    Visibility.Builder late = Visibility.builder().to("The department").on(LocalDate.MAX);

    assertThatThrownBy(late::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(
            "Visibility.on (+999999999-12-31) must be no later than +999999999-09-30");
  }

  @Test
  void build_atEitherEndOfTheCalendar_withARespondByOrRoomForTheDefault_isAVisibility() {
    Visibility last =
        Visibility.builder()
            .to("The department")
            .on(LocalDate.MAX)
            .respondBy(LocalDate.MAX)
            .build();
    Visibility lastDefaulted =
        Visibility.builder().to("The department").on(LocalDate.MAX.minusMonths(3)).build();
    Visibility first = Visibility.builder().to("The department").on(LocalDate.MIN).build();

    assertThat(last.respondBy()).isEqualTo(LocalDate.MAX);
    assertThat(lastDefaulted.respondBy()).isEqualTo(LocalDate.of(999_999_999, 12, 30));
    assertThat(first.respondBy()).isEqualTo(LocalDate.MIN.plusMonths(3));
  }
}
