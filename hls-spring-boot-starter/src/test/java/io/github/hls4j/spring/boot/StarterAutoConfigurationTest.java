package io.github.hls4j.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.hls4j.governance.BoardReport;
import io.github.hls4j.jackson.HlsJson;
import io.github.hls4j.jackson.HlsModule;
import io.github.hls4j.json.InvalidJsonException;
import io.github.hls4j.json.fixtures.FormatModuleContract;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.annotation.ImportCandidates;
import org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * What each {@code hls4j.*} property switches on and off, in contexts made of the
 * auto-configurations alone.
 */
class StarterAutoConfigurationTest {

  private static final AutoConfigurations JSON =
      AutoConfigurations.of(
          JacksonAutoConfiguration.class,
          HlsJacksonAutoConfiguration.class,
          HlsWebMvcAutoConfiguration.class);

  private final ApplicationContextRunner application =
      new ApplicationContextRunner().withConfiguration(JSON);

  private final WebApplicationContextRunner webApplication =
      new WebApplicationContextRunner()
          .withConfiguration(JSON)
          .withConfiguration(
              AutoConfigurations.of(
                  HttpMessageConvertersAutoConfiguration.class,
                  DispatcherServletAutoConfiguration.class,
                  WebMvcAutoConfiguration.class))
          .withUserConfiguration(Controllers.class);

  @Configuration(proxyBeanMethods = false)
  @Import(CouncilApplication.PapersController.class)
  static class Controllers {}

  @Test
  void imports_listBothAutoConfigurations() {
    List<String> candidates = new ArrayList<>();
    ImportCandidates.load(AutoConfiguration.class, getClass().getClassLoader())
        .forEach(candidates::add);

    assertThat(candidates)
        .contains(
            HlsJacksonAutoConfiguration.class.getName(),
            HlsWebMvcAutoConfiguration.class.getName());
  }

  @Test
  void jsonMapper_byDefault_readsAndWritesHlsTypes() {
    application.run(
        context -> {
          assertThat(context).hasSingleBean(HlsModule.class).hasSingleBean(HlsJson.class);
          JsonMapper mapper = context.getBean(JsonMapper.class);
          String golden = FormatModuleContract.golden("somerset-report.json");

          BoardReport report = mapper.readValue(golden, BoardReport.class);

          assertThat(report).isEqualTo(HlsJson.create().read(golden, "golden", BoardReport.class));
          assertThat(mapper.readValue(mapper.writeValueAsString(report), BoardReport.class))
              .isEqualTo(report);
        });
  }

  @Test
  void jsonMapper_jsonDisabled_hasNoHlsModule() {
    application
        .withPropertyValues("hls4j.json.enabled=false")
        .run(
            context -> {
              assertThat(context).doesNotHaveBean(HlsModule.class).hasSingleBean(HlsJson.class);
              JsonMapper mapper = context.getBean(JsonMapper.class);

              assertThat(
                      catchThrowable(
                          () ->
                              mapper.readValue(
                                  FormatModuleContract.golden("somerset-report.json"),
                                  BoardReport.class)))
                  .isNotNull();
            });
  }

  @Test
  void hlsJson_limitProperties_setTheReadersLimits() {
    application
        .withPropertyValues("hls4j.json.max-nesting-depth=3")
        .run(
            context -> {
              HlsJson json = context.getBean(HlsJson.class);

              Throwable thrown =
                  catchThrowable(
                      () ->
                          json.read(
                              FormatModuleContract.golden("somerset-report.json"),
                              "golden",
                              BoardReport.class));

              assertThat(thrown).isInstanceOf(InvalidJsonException.class);
              assertThat(((InvalidJsonException) thrown).pointer())
                  .isEqualTo("/board/committeesInCommon/0");
            });
  }

  @Test
  void hlsJson_limitNotPositive_stopsTheApplicationNamingTheLimit() {
    application
        .withPropertyValues("hls4j.json.max-string-length=0")
        .run(
            context -> {
              assertThat(context).hasFailed();
              assertThat(context.getStartupFailure())
                  .rootCause()
                  .hasMessageContaining("maxStringLength (0)");
            });
  }

  @Test
  void beans_declaredByTheApplication_replaceTheStarters() {
    HlsModule module = new HlsModule();
    HlsJson json = HlsJson.withLimits(8, 100, 1_000);
    application
        .withBean(HlsModule.class, () -> module)
        .withBean(HlsJson.class, () -> json)
        .run(
            context -> {
              assertThat(context.getBean(HlsModule.class)).isSameAs(module);
              assertThat(context.getBean(HlsJson.class)).isSameAs(json);
            });
  }

  @Test
  void properties_defaults_areHlsJsonsDefaults() {
    HlsProperties.Json json = new HlsProperties().getJson();

    assertThat(json.getMaxDocumentLength()).isEqualTo(HlsJson.MAX_DOCUMENT_LENGTH);
    assertThat(json.getMaxNestingDepth()).isEqualTo(HlsJson.MAX_NESTING_DEPTH);
    assertThat(json.getMaxStringLength()).isEqualTo(HlsJson.MAX_STRING_LENGTH);
  }

  @Test
  void metadata_listsEveryPropertyWithItsDescriptionAndDefault() throws Exception {
    String metadata;
    try (InputStream in =
        getClass()
            .getClassLoader()
            .getResourceAsStream("META-INF/spring-configuration-metadata.json")) {
      assertThat(in).as("configuration metadata").isNotNull();
      metadata = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    var properties = JsonMapper.builder().build().readTree(metadata).get("properties");
    List<String> names = new ArrayList<>();
    properties.forEach(
        p -> {
          names.add(p.get("name").asString());
          assertThat(p.get("description").asString()).as(p.get("name").asString()).isNotBlank();
          assertThat(p.has("defaultValue")).as(p.get("name").asString()).isTrue();
        });

    assertThat(names)
        .containsExactlyInAnyOrder(
            "hls4j.json.enabled",
            "hls4j.json.max-document-length",
            "hls4j.json.max-nesting-depth",
            "hls4j.json.max-string-length",
            "hls4j.web.request-bodies.enabled",
            "hls4j.web.problem-details.enabled");
  }

  @Test
  void web_notAWebApplication_addsNoWebBeans() {
    application.run(
        context ->
            assertThat(context)
                .doesNotHaveBean(HlsProblemDetailsAdvice.class)
                .doesNotHaveBean("hlsRequestBodies"));
  }

  @Test
  void web_byDefault_answersABadBodyWithProblemDetails() {
    webApplication.run(
        context -> {
          MockHttpServletResponse response =
              post(context, "/reports", "{\"id\": \"paper-1\", \"title\": 7}");

          assertThat(response.getStatus()).isEqualTo(400);
          assertThat(response.getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
          assertThat(response.getContentAsString()).contains("\"pointer\":\"/title\"");
        });
  }

  @Test
  void web_problemDetailsDisabled_leavesTheAnswerToSpring() {
    webApplication
        .withPropertyValues("hls4j.web.problem-details.enabled=false")
        .run(
            context -> {
              assertThat(context).doesNotHaveBean(HlsProblemDetailsAdvice.class);

              MockHttpServletResponse response =
                  post(context, "/reports", "{\"id\": \"paper-1\", \"title\": 7}");

              assertThat(response.getStatus()).isEqualTo(400);
              assertThat(response.getContentType())
                  .isNotEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
              assertThat(response.getContentAsString()).doesNotContain("pointer");
            });
  }

  @Test
  void web_problemDetailsDisabled_tooLargeIsStill413() {
    webApplication
        .withPropertyValues(
            "hls4j.web.problem-details.enabled=false", "hls4j.json.max-document-length=100")
        .run(
            context ->
                assertThat(
                        post(
                                context,
                                "/reports",
                                FormatModuleContract.golden("somerset-report.json"))
                            .getStatus())
                    .isEqualTo(413));
  }

  @Test
  void web_requestBodiesDisabled_leavesBodiesToBootsMapper() {
    webApplication
        .withPropertyValues(
            "hls4j.web.request-bodies.enabled=false", "hls4j.json.max-document-length=100")
        .run(
            context -> {
              assertThat(context).doesNotHaveBean("hlsRequestBodies");

              MockHttpServletResponse response =
                  post(context, "/reports", FormatModuleContract.golden("somerset-report.json"));

              assertThat(response.getStatus())
                  .isEqualTo(200); // no 100-byte limit: Boot's mapper read it
            });
  }

  private static MockHttpServletResponse post(
      WebApplicationContext context, String path, String body) throws Exception {
    MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).build();
    return mvc.perform(
            MockMvcRequestBuilders.post(path).contentType(MediaType.APPLICATION_JSON).content(body))
        .andReturn()
        .getResponse();
  }
}
