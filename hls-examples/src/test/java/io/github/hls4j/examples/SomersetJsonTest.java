package io.github.hls4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hls4j.governance.BoardReport;
import io.github.hls4j.health.HealthRound;
import io.github.hls4j.jackson.HlsJson;
import io.github.hls4j.learning.HorizontalShare;
import io.github.hls4j.system.LearningSystem;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The golden files of hls-json are the Somerset models: each reads as the model built in code, and
 * the model writes as the file, byte for byte. Run with {@code -Dhls4j.writeGolden=true} to write
 * them after a change to the model or the examples.
 */
class SomersetJsonTest {

  static final Path GOLDEN = Path.of("..", "hls-json", "src", "test", "golden");
  private static final HlsJson JSON = HlsJson.create();

  private static <T> void assertGolden(String file, T model, Class<T> type) throws Exception {
    assertGolden(file, model, model, type);
  }

  /**
   * As above, for a model whose stored form differs from it: {@code stored} is what reading the
   * file gives.
   */
  private static <T> void assertGolden(String file, T model, T stored, Class<T> type)
      throws Exception {
    if (Boolean.getBoolean("hls4j.writeGolden")) {
      Files.writeString(GOLDEN.resolve(file), JSON.write(model) + "\n", StandardCharsets.UTF_8);
    }
    String text = Files.readString(GOLDEN.resolve(file), StandardCharsets.UTF_8);
    assertThat(JSON.read(text, file, type)).isEqualTo(stored);
    assertThat(JSON.write(model) + "\n").isEqualTo(text);
  }

  /**
   * The Somerset learning system as JSON stores it: the share that carries personal data to a
   * provider no agreement covers (there to show {@code learning/share-without-agreement}) has its
   * records redacted, since {@link HlsJson#write} never writes personal evidence no agreement
   * covers; each piece of it is withheld in its place, so that the share still shows it carried
   * some.
   */
  private static LearningSystem storedLearning() {
    LearningSystem system = SomersetLearning.system();
    List<HorizontalShare> shares = new ArrayList<>();
    for (HorizontalShare share : system.shares()) {
      shares.add(
          share.agreement().isPresent() || !share.carriesPersonalDataAcrossOrganisations()
              ? share
              : HorizontalShare.builder()
                  .from(share)
                  .records(
                      share.records().stream()
                          .map(io.github.hls4j.json.fixtures.FormatModuleContract::withheld)
                          .toList())
                  .build());
    }
    return LearningSystem.builder().from(system).shares(shares).build();
  }

  @Test
  void goldenFiles_areTheSomersetModels() throws Exception {
    assertGolden("somerset-report.json", SomersetReport.report(), BoardReport.class);
    assertGolden("somerset-system.json", SomersetSystem.system(), LearningSystem.class);
    assertGolden(
        "somerset-learning.json",
        SomersetLearning.system(),
        storedLearning(),
        LearningSystem.class);
    assertGolden("somerset-health-autumn.json", SomersetHealth.autumn(), HealthRound.class);
    assertGolden("somerset-health-spring.json", SomersetHealth.spring(), HealthRound.class);
  }
}
