package io.github.hls4j.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hls4j.governance.BoardReport;
import io.github.hls4j.governance.GovernanceRules;
import io.github.hls4j.jackson.HlsJson;
import io.github.hls4j.json.fixtures.FormatModuleContract;
import io.github.hls4j.validation.Profile;
import io.github.hls4j.validation.ValidationResult;
import io.github.hls4j.validation.Violation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A council's Boot 4 application with the starter on its class path and nothing else of hls4j's
 * configured: the auto-configuration is found through {@code AutoConfiguration.imports}, and every
 * request goes through Spring MVC as in production (MockMvc, no server).
 */
@SpringBootTest(
    classes = CouncilApplication.class,
    properties = {"hls4j.json.max-document-length=30000", "spring.main.banner-mode=off"})
@AutoConfigureMockMvc
class StarterWebApplicationTest {

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
        .doesNotContain("tools.jackson")
        .doesNotContain("Exception")
        .doesNotContain("`")
        .doesNotContain("Constraints")
        .doesNotContain("\tat ");
    return PLAIN.readTree(body);
  }

  @Test
  void report_goodReport_isReadAndWrittenInHlsForm() throws Exception {
    String golden = FormatModuleContract.golden("somerset-report.json");

    MockHttpServletResponse response = send("/reports", golden);

    assertThat(response.getStatus()).isEqualTo(200);
    assertThat(response.getContentType()).startsWith(MediaType.APPLICATION_JSON_VALUE);
    BoardReport expected = HlsJson.create().read(golden, "golden", BoardReport.class);
    assertThat(HlsJson.create().read(response.getContentAsString(), "response", BoardReport.class))
        .isEqualTo(expected);
  }

  @Test
  void systemAndHealthRound_goodBodies_areRead() throws Exception {
    MockHttpServletResponse system =
        send("/systems", FormatModuleContract.golden("somerset-system.json"));
    MockHttpServletResponse round =
        send("/health-rounds", FormatModuleContract.golden("somerset-health-autumn.json"));

    assertThat(system.getStatus()).isEqualTo(200);
    assertThat(PLAIN.readTree(system.getContentAsString()).get("parties").asInt()).isPositive();
    assertThat(round.getStatus()).isEqualTo(200);
    assertThat(PLAIN.readTree(round.getContentAsString()).get("assessments").asInt()).isPositive();
  }

  @Test
  void report_malformedJson_answersProblemDetailsWithItsPlace() throws Exception {
    MockHttpServletResponse response =
        send("/reports", "{\n  \"id\": \"paper-1\",\n  \"title\": ,\n}");

    JsonNode problem = problem(response);
    assertThat(response.getStatus()).isEqualTo(400);
    assertThat(problem.get("status").asInt()).isEqualTo(400);
    assertThat(problem.get("title").asString()).isEqualTo("Invalid document");
    assertThat(problem.get("instance").asString()).isEqualTo("/reports");
    assertThat(problem.get("pointer").asString()).isEqualTo("/title");
    assertThat(problem.get("attribute").asString()).isEqualTo("title");
    assertThat(problem.get("line").asInt()).isEqualTo(3);
    assertThat(problem.get("column").asInt()).isEqualTo(12);
    assertThat(problem.get("detail").asString()).isNotBlank();
  }

  @Test
  void report_unknownProperty_namesTheTypeAndTheProperty() throws Exception {
    MockHttpServletResponse response =
        send("/reports", "{\n  \"id\": \"paper-1\",\n  \"tittle\": \"A paper\"\n}");

    JsonNode problem = problem(response);
    assertThat(response.getStatus()).isEqualTo(400);
    assertThat(problem.get("line").asInt()).isEqualTo(3);
    assertThat(problem.get("detail").asString())
        .contains("BoardReport")
        .contains("\"tittle\"")
        .contains("title");
  }

  @Test
  void report_wrongDate_namesThePublicAttribute() throws Exception {
    String golden = FormatModuleContract.golden("somerset-report.json");
    String wrongDate =
        golden.replaceFirst("\n  \"title\"", "\n  \"meetingDate\": \"15/01/2025\",\n  \"title\"");

    MockHttpServletResponse response = send("/reports", wrongDate);

    JsonNode problem = problem(response);
    assertThat(response.getStatus()).isEqualTo(400);
    assertThat(problem.get("pointer").asString()).isEqualTo("/meetingDate");
    assertThat(problem.get("attribute").asString()).isEqualTo("meetingDate");
    assertThat(problem.get("line").asInt()).isEqualTo(3);
    assertThat(problem.get("column").asInt()).isPositive();
    assertThat(problem.get("detail").asString())
        .contains("BoardReport.meetingDate")
        .contains("15/01/2025");
  }

  @Test
  void report_nestedDeeperThanTheLimit_isRefusedAt400() throws Exception {
    String deep =
        "{\"id\": \"paper-1\", \"recommendations\": " + "[".repeat(100) + "]".repeat(100) + "}";

    MockHttpServletResponse response = send("/reports", deep);

    JsonNode problem = problem(response);
    assertThat(response.getStatus()).isEqualTo(400);
    assertThat(problem.get("pointer").asString()).startsWith("/recommendations/0/0");
    assertThat(problem.get("attribute").asString()).isEqualTo("recommendations");
    assertThat(problem.get("line").asInt()).isEqualTo(1);
    assertThat(problem.get("detail").asString()).contains("65").contains("64");
  }

  @Test
  void system_longerThanTheLimit_isRefusedAt413() throws Exception {
    String learning =
        FormatModuleContract.golden("somerset-learning.json"); // 42 kB, the limit is 30 kB

    MockHttpServletResponse response = send("/systems", learning);

    JsonNode problem = problem(response);
    assertThat(response.getStatus()).isEqualTo(413);
    assertThat(problem.get("status").asInt()).isEqualTo(413);
    assertThat(problem.get("title").asString()).isEqualTo("Document too large");
    assertThat(problem.get("detail").asString()).contains("30000 bytes");
    assertThat(problem.get("line").asInt()).isPositive();
  }

  @Test
  void notes_bodyOfAnotherType_isLeftToSpring() throws Exception {
    MockHttpServletResponse good = send("/notes", "{\"text\": \"a note\"}");
    MockHttpServletResponse bad = send("/notes", "{\"text\": ");

    assertThat(good.getStatus()).isEqualTo(200);
    assertThat(good.getContentAsString()).isEqualTo("{\"text\":\"a note\"}");
    assertThat(bad.getStatus()).isEqualTo(400);
    assertThat(bad.getContentType()).isNotEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
  }

  @Test
  void findings_returnedResult_isWrittenAsFindings() throws Exception {
    String golden = FormatModuleContract.golden("somerset-report.json");
    BoardReport report = HlsJson.create().read(golden, "golden", BoardReport.class);
    ValidationResult expected = GovernanceRules.validator(Profile.DECISION_READY).validate(report);

    MockHttpServletResponse response = send("/reports/findings", golden);

    assertThat(response.getStatus()).isEqualTo(200);
    assertThat(expected.violations()).isNotEmpty();
    JsonNode body = PLAIN.readTree(response.getContentAsString());
    assertThat(body)
        .isEqualTo(
            PLAIN.readTree(
                HlsJson.create().write(expected))); // what hls validate --format json prints
    JsonNode first = body.get("violations").get(0);
    Violation v = expected.violations().get(0);
    assertThat(first.get("rule").asString()).isEqualTo(v.rule().value());
    assertThat(first.get("severity").asString()).isEqualTo(v.severity().name());
    assertThat(first.get("path").asString()).isEqualTo(v.path());
    assertThat(
            HlsJson.create()
                .read(response.getContentAsString(), "response", ValidationResult.class))
        .isEqualTo(expected);
  }
}
