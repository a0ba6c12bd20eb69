package io.github.hls4j.jackson2;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.hls4j.governance.BoardReport;
import io.github.hls4j.governance.GovernanceRules;
import io.github.hls4j.json.fixtures.FormatModuleContract;
import io.github.hls4j.system.LearningSystem;
import io.github.hls4j.validation.Profile;
import io.github.hls4j.validation.ValidationResult;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.SpringBootVersion;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The configuration class docs/spring.md gives Spring Boot 3 users, in a Boot 3.5 application with
 * Jackson 2: request bodies, problem details and findings, through Spring MVC (MockMvc, no server).
 */
@SpringBootTest(
    classes = SpringBoot3WebTest.CouncilApplication.class,
    properties = "spring.main.banner-mode=off")
@AutoConfigureMockMvc
class SpringBoot3WebTest {

  /** A council's Boot 3 application: auto-configuration, the documented class, one controller. */
  @SpringBootConfiguration
  @EnableAutoConfiguration
  @Import({HlsBoot3Configuration.class, PapersController.class})
  static class CouncilApplication {}

  @RestController
  static class PapersController {
    @PostMapping("/reports")
    BoardReport report(@RequestBody BoardReport report) {
      return report;
    }

    @PostMapping("/reports/findings")
    ValidationResult findings(@RequestBody BoardReport report) {
      return GovernanceRules.validator(Profile.DECISION_READY).validate(report);
    }

    @PostMapping("/systems")
    Map<String, Integer> system(@RequestBody LearningSystem system) {
      return Map.of("parties", system.parties().size());
    }
  }

  private static final JsonMapper PLAIN = JsonMapper.builder().build();

  @Autowired private MockMvc mvc;

  private MockHttpServletResponse send(String path, String body) throws Exception {
    return mvc.perform(
            MockMvcRequestBuilders.post(path).contentType(MediaType.APPLICATION_JSON).content(body))
        .andReturn()
        .getResponse();
  }

  private static JsonNode problem(MockHttpServletResponse response) throws Exception {
    assertThat(response.getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    String body = response.getContentAsString();
    assertThat(body)
        .doesNotContain("java.")
        .doesNotContain("io.github")
        .doesNotContain("Exception");
    return PLAIN.readTree(body);
  }

  @Test
  void application_runsOnSpringBoot3() {
    assertThat(SpringBootVersion.getVersion()).startsWith("3.");
  }

  @Test
  void report_goodReport_isReadAndWrittenInHlsForm() throws Exception {
    String golden = FormatModuleContract.golden("somerset-report.json");

    MockHttpServletResponse response = send("/reports", golden);

    assertThat(response.getStatus()).isEqualTo(200);
    BoardReport expected = HlsJson.create().read(golden, "golden", BoardReport.class);
    assertThat(HlsJson.create().read(response.getContentAsString(), "response", BoardReport.class))
        .isEqualTo(expected);
  }

  @Test
  void report_malformedJson_answersProblemDetailsWithItsPlace() throws Exception {
    JsonNode problem = problem(send("/reports", "{\n  \"id\": \"paper-1\",\n  \"title\": ,\n}"));

    assertThat(problem.get("status").asInt()).isEqualTo(400);
    assertThat(problem.get("pointer").asText()).isEqualTo("/title");
    assertThat(problem.get("attribute").asText()).isEqualTo("title");
    assertThat(problem.get("line").asInt()).isEqualTo(3);
    assertThat(problem.get("column").asInt()).isEqualTo(12);
  }

  @Test
  void report_wrongDate_namesThePublicAttribute() throws Exception {
    String golden = FormatModuleContract.golden("somerset-report.json");
    String wrongDate =
        golden.replaceFirst("\n  \"title\"", "\n  \"meetingDate\": \"15/01/2025\",\n  \"title\"");

    MockHttpServletResponse response = send("/reports", wrongDate);

    JsonNode problem = problem(response);
    assertThat(response.getStatus()).isEqualTo(400);
    assertThat(problem.get("pointer").asText()).isEqualTo("/meetingDate");
    assertThat(problem.get("attribute").asText()).isEqualTo("meetingDate");
    assertThat(problem.get("line").asInt()).isEqualTo(3);
    assertThat(problem.get("detail").asText()).contains("BoardReport.meetingDate");
  }

  @Test
  void report_unknownProperty_isRefused() throws Exception {
    MockHttpServletResponse response =
        send("/reports", "{\"id\": \"paper-1\", \"tittle\": \"A paper\"}");

    assertThat(response.getStatus()).isEqualTo(400);
    assertThat(problem(response).get("detail").asText()).contains("\"tittle\"");
  }

  @Test
  void report_nestedTooDeep_isRefusedAt400() throws Exception {
    MockHttpServletResponse response =
        send(
            "/reports",
            "{\"id\": \"paper-1\", \"recommendations\": "
                + "[".repeat(100)
                + "]".repeat(100)
                + "}");

    assertThat(response.getStatus()).isEqualTo(400);
    assertThat(problem(response).get("pointer").asText()).startsWith("/recommendations/0/0");
  }

  @Test
  void system_longerThanTheLimit_isRefusedAt413() throws Exception {
    String large = FormatModuleContract.golden("somerset-learning.json");
    String padded =
        large.replaceFirst("\\{", "{" + " ".repeat(HlsBoot3Configuration.MAX_DOCUMENT_LENGTH));

    MockHttpServletResponse response = send("/systems", padded);

    assertThat(response.getStatus()).isEqualTo(413);
    assertThat(problem(response).get("title").asText()).isEqualTo("Document too large");
  }

  @Test
  void findings_returnedResult_isWrittenAsFindings() throws Exception {
    String golden = FormatModuleContract.golden("somerset-report.json");
    ValidationResult expected =
        GovernanceRules.validator(Profile.DECISION_READY)
            .validate(HlsJson.create().read(golden, "golden", BoardReport.class));

    MockHttpServletResponse response = send("/reports/findings", golden);

    assertThat(response.getStatus()).isEqualTo(200);
    assertThat(expected.violations()).isNotEmpty();
    assertThat(PLAIN.readTree(response.getContentAsString()))
        .isEqualTo(PLAIN.readTree(HlsJson.create().write(expected)));
    assertThat(
            HlsJson.create()
                .read(response.getContentAsString(), "response", ValidationResult.class))
        .isEqualTo(expected);
  }
}
