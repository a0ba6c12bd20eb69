package io.github.hls4j.jackson2;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.hls4j.governance.BoardReport;
import io.github.hls4j.json.fixtures.FormatModuleContract;
import io.github.hls4j.validation.RuleId;
import io.github.hls4j.validation.ValidationResult;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The module as a Spring Boot 3 application (Jackson 2) declares it: a bean of Jackson's {@code
 * Module} type, which Boot 3's JSON auto-configuration registers in its mapper. The test gathers
 * the application's modules as Boot 3 does and reads the Somerset golden file with them.
 */
class SpringWiringTest {

  /** What the application declares; docs/json.md shows the same. */
  // snippet: spring-boot-3
  @Configuration(proxyBeanMethods = false)
  static class HlsJsonConfiguration {
    @Bean
    HlsModule hlsModule() {
      return new HlsModule(); // Boot 3's JSON auto-configuration adds every Module bean
    }
  }

  // end snippet

  @Test
  void moduleBean_inTheApplicationsMapper_readsTheSomersetReport() throws Exception {
    try (AnnotationConfigApplicationContext context =
        new AnnotationConfigApplicationContext(HlsJsonConfiguration.class)) {
      JsonMapper mapper =
          JsonMapper.builder().addModules(context.getBeansOfType(Module.class).values()).build();
      String golden = FormatModuleContract.golden("somerset-report.json");

      BoardReport report = mapper.readValue(golden, BoardReport.class);

      assertThat(report)
          .isEqualTo(HlsJson.create().read(golden, "somerset-report.json", BoardReport.class));
    }
  }

  @Test
  void moduleBean_inTheApplicationsMapper_writesFindingsAndARuleId() throws Exception {
    try (AnnotationConfigApplicationContext context =
        new AnnotationConfigApplicationContext(HlsJsonConfiguration.class)) {
      JsonMapper mapper =
          JsonMapper.builder().addModules(context.getBeansOfType(Module.class).values()).build();
      String golden = FormatModuleContract.golden("somerset-findings.json");
      ValidationResult findings =
          HlsJson.create().read(golden, "somerset-findings.json", ValidationResult.class);

      String written = mapper.writeValueAsString(findings);

      assertThat(written)
          .startsWith(
              "{\"violations\":[{\"rule\":\"governance/broken-link\",\"severity\":\"ERROR\",");
      assertThat(mapper.readValue(written, ValidationResult.class)).isEqualTo(findings);
      assertThat(mapper.writeValueAsString(RuleId.of("governance/signoff-undated")))
          .isEqualTo("\"governance/signoff-undated\"");
    }
  }
}
