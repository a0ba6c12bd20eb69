package io.github.hls4j.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hls4j.governance.BoardReport;
import io.github.hls4j.json.fixtures.FormatModuleContract;
import io.github.hls4j.validation.ValidationResult;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/**
 * The module as a Spring Boot 4 application wires it: declared as a bean, picked up by Boot's JSON
 * auto-configuration, and used through the auto-configured mapper. No web server starts.
 */
class SpringBootTest {

  /** What the application declares; docs/json.md shows the same. */
  // snippet: spring-boot-4
  @Configuration(proxyBeanMethods = false)
  static class HlsJsonConfiguration {
    @Bean
    HlsModule hlsModule() {
      return new HlsModule(); // Boot's JSON auto-configuration adds every JacksonModule bean
    }
  }

  // end snippet

  private final ApplicationContextRunner application =
      new ApplicationContextRunner()
          .withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class))
          .withUserConfiguration(HlsJsonConfiguration.class);

  @Test
  void autoConfiguredMapper_readsAndWritesTheSomersetReport() throws Exception {
    String golden = FormatModuleContract.golden("somerset-report.json");
    BoardReport expected = HlsJson.create().read(golden, "somerset-report.json", BoardReport.class);

    application.run(
        context -> {
          JsonMapper mapper = context.getBean(JsonMapper.class);

          BoardReport report = mapper.readValue(golden, BoardReport.class);
          String written = mapper.writeValueAsString(report);

          assertThat(report).isEqualTo(expected);
          assertThat(written).startsWith("{\"id\":\"somerset-board-hls-approach\",\"title\":");
          assertThat(mapper.readValue(written, BoardReport.class)).isEqualTo(expected);
        });
  }

  @Test
  void autoConfiguredMapper_writesAValidationResultAsTheGoldenFindings() throws Exception {
    String golden = FormatModuleContract.golden("somerset-findings.json");
    ValidationResult findings =
        HlsJson.create().read(golden, "somerset-findings.json", ValidationResult.class);

    application.run(
        context -> {
          JsonMapper mapper = context.getBean(JsonMapper.class);

          String written = mapper.writeValueAsString(findings);

          assertThat(written)
              .startsWith(
                  "{\"violations\":[{\"rule\":\"governance/broken-link\",\"severity\":\"ERROR\",");
          assertThat(mapper.readValue(written, ValidationResult.class)).isEqualTo(findings);
        });
  }

  @Test
  void withoutTheModule_bootsMapperCannotReadAReport() {
    new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class))
        .run(
            context -> {
              JsonMapper mapper = context.getBean(JsonMapper.class);

              assertThat(
                      org.assertj.core.api.Assertions.catchThrowable(
                          () ->
                              mapper.readValue(
                                  FormatModuleContract.golden("somerset-report.json"),
                                  BoardReport.class)))
                  .isNotNull();
            });
  }
}
