package io.github.hls4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.github.hls4j.governance.BoardReport;
import io.github.hls4j.health.HealthRound;
import io.github.hls4j.system.LearningSystem;
import org.junit.jupiter.api.Test;

/** The Somerset models — report, learning system, health rounds — read back from JSON as equal values. */
class SomersetJsonTest {

  private static final ObjectMapper JSON =
      new ObjectMapper()
          .registerModule(new Jdk8Module())
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  @Test
  void somersetModels_roundTrip() throws Exception {
    BoardReport report = SomersetReport.report();
    LearningSystem system = SomersetLearning.system();

    assertThat(JSON.readValue(JSON.writeValueAsString(report), BoardReport.class)).isEqualTo(report);
    assertThat(JSON.readValue(JSON.writeValueAsString(system), LearningSystem.class)).isEqualTo(system);
    for (HealthRound round : new HealthRound[] {SomersetHealth.autumn(), SomersetHealth.spring()}) {
      assertThat(JSON.readValue(JSON.writeValueAsString(round), HealthRound.class)).isEqualTo(round);
    }
  }
}
