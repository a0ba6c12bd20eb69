package io.github.hls4j.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RandomModelsTest {

  @Test
  void everyType_ofEveryType_areBuilt() {
    List<Object> all = RandomModels.everyType(1L, 3);

    assertThat(all).hasSize(Forms.types().size() * 3);
    for (Object value : all) {
      assertThat(Forms.publicType(value.getClass())).isPresent();
    }
  }

  @Test
  void everyType_sameSeed_givesEqualModels() {
    assertThat(RandomModels.everyType(5L, 2)).isEqualTo(RandomModels.everyType(5L, 2));
  }
}
