package io.github.hls4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hls4j.json.fixtures.RandomInstances;
import io.github.hls4j.json.internal.Forms;
import org.junit.jupiter.api.Test;

/**
 * What hls-jackson (Jackson 3) writes, hls-jackson2 (Jackson 2) reads as an equal model, and back.
 */
class CrossModuleJsonTest {

  private static final io.github.hls4j.jackson.HlsJson JACKSON_3 =
      io.github.hls4j.jackson.HlsJson.create();
  private static final io.github.hls4j.jackson2.HlsJson JACKSON_2 =
      io.github.hls4j.jackson2.HlsJson.create();

  @Test
  void everyType_writtenByOneModule_readsBackEqualInTheOther() {
    for (Object value : RandomInstances.everyType(7L, 20)) {
      Class<?> type = Forms.publicType(value.getClass()).orElseThrow();
      String byJackson3 = JACKSON_3.write(value);
      String byJackson2 = JACKSON_2.write(value);

      // What is stored: the value itself, but for the records of a share that no agreement
      // covers, which both modules write redacted (the format modules' contract checks that).
      Object stored = JACKSON_3.read(byJackson3, "jackson3.json", type);

      assertThat(byJackson2).isEqualTo(byJackson3);
      assertThat(JACKSON_2.read(byJackson3, "jackson3.json", type)).isEqualTo(stored);
      assertThat(JACKSON_3.read(byJackson2, "jackson2.json", type)).isEqualTo(stored);
      assertThat(JACKSON_3.write(stored)).isEqualTo(byJackson3);
    }
  }
}
