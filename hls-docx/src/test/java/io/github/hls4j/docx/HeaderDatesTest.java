package io.github.hls4j.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Meeting and sign-off dates as councils write them on their cover sheets. */
class HeaderDatesTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "16 March 2026", "16 March, 2026", "Monday, 16 March 2026", "Monday 16 March 2026",
        "Monday 16 March 2026 at 10.00 am", "16 March 2026, 2pm", "16th March 2026", "16/03/2026",
        "2026-03-16", "16 Mar 2026"
      })
  void date_writtenAsCouncilsWriteIt_isRead(String written) {
    assertThat(HeaderReader.date(written)).isEqualTo(LocalDate.of(2026, 3, 16));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "[Include all meetings where the report will be considered]",
        "March 2026",
        "16 March"
      })
  void date_notADate_isNull(String written) {
    assertThat(HeaderReader.date(written)).isNull();
  }
}
