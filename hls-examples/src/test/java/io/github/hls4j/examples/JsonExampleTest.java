package io.github.hls4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hls4j.governance.GovernanceRules;
import io.github.hls4j.validation.Profile;
import io.github.hls4j.validation.RuleId;
import io.github.hls4j.validation.ValidationResult;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonExampleTest {

  @Test
  void readFromOutside_goodFile_writesItBack_badFile_saysWhere(@TempDir Path dir) throws Exception {
    Path good =
        Files.writeString(
            dir.resolve("somerset.json"),
            io.github.hls4j.jackson.HlsJson.create().write(SomersetReport.report()));
    Path bad = Files.writeString(dir.resolve("bad.json"), "{\n  \"id\": 5\n}");

    assertThat(JsonExample.readFromOutside(good))
        .startsWith("{\n  \"id\": \"somerset-board-hls-approach\"");
    assertThat(JsonExample.readFromOutside(bad))
        .isEqualTo(bad + ":2:9: /id: BoardReport.id: expected an id (text), got 5");
  }

  @Test
  void throughYourOwnMapper_readsBackTheSameReport() {
    assertThat(JsonExample.throughYourOwnMapper()).isEqualTo(SomersetReport.report());
  }

  @Test
  void findingsAsJson_somerset_readsBackTheSameFindings() {
    ValidationResult written =
        GovernanceRules.validator(Profile.DECISION_READY).validate(SomersetReport.report());

    ValidationResult again = JsonExample.findingsAsJson(SomersetReport.report());

    assertThat(again).isEqualTo(written);
    assertThat(again.withRule(RuleId.of("governance/count-contradicts-table")).violations())
        .singleElement()
        .satisfies(
            v ->
                assertThat(v.arguments())
                    .containsEntry("said", "two")
                    .containsEntry("counted", "4"));
  }
}
