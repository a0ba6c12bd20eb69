package io.github.hls4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hls4j.governance.BoardReport;
import io.github.hls4j.health.HealthRound;
import io.github.hls4j.jackson.HlsJson;
import io.github.hls4j.system.LearningSystem;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The golden files of hls-json are the Somerset models: each reads as the model built in code, and
 * the model writes as the file, byte for byte.
 */
class SomersetJsonTest {

  static final Path GOLDEN = Path.of("..", "hls-json", "src", "test", "golden");
  private static final HlsJson JSON = HlsJson.create();

  private static <T> void assertGolden(String file, T model, Class<T> type) throws Exception {
    String text = Files.readString(GOLDEN.resolve(file), StandardCharsets.UTF_8);
    assertThat(JSON.read(text, file, type)).isEqualTo(model);
    assertThat(JSON.write(model) + "\n").isEqualTo(text);
  }

  @Test
  void goldenFiles_areTheSomersetModels() throws Exception {
    assertGolden("somerset-report.json", SomersetReport.report(), BoardReport.class);
    assertGolden("somerset-system.json", SomersetSystem.system(), LearningSystem.class);
    assertGolden("somerset-learning.json", SomersetLearning.system(), LearningSystem.class);
    assertGolden("somerset-health-autumn.json", SomersetHealth.autumn(), HealthRound.class);
    assertGolden("somerset-health-spring.json", SomersetHealth.spring(), HealthRound.class);
  }
}
