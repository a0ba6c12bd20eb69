package io.github.hls4j.examples.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hls4j.jackson.HlsJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/** What the build leaves for publishing each module users depend on: sources, Javadoc, an SBOM. */
class ArtifactsIT {

  private static final Pattern DEPENDENCY =
      Pattern.compile("^\\s+([^:\\s]+):([^:\\s]+):jar:([^:\\s]+):(compile|runtime)");

  private static Path target(String module) {
    return Path.of("..", module, "target");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "hls-core",
        "hls-json",
        "hls-jackson",
        "hls-jackson2",
        "hls-docx",
        "hls-spring-boot-starter"
      })
  void module_hasSourcesAndJavadocJars(String module) {
    assertThat(target(module).resolve(module + "-0.1.0-SNAPSHOT-sources.jar")).isRegularFile();
    assertThat(target(module).resolve(module + "-0.1.0-SNAPSHOT-javadoc.jar")).isRegularFile();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "hls-core",
        "hls-json",
        "hls-jackson",
        "hls-jackson2",
        "hls-docx",
        "hls-spring-boot-starter"
      })
  void sbom_listsEveryRuntimeDependency_withItsVersion(String module) throws IOException {
    JsonNode bom =
        HlsJson.create().mapper().readTree(Files.readString(target(module).resolve("bom.json")));
    Set<String> components = new TreeSet<>();
    for (JsonNode component : bom.get("components")) {
      components.add(
          component.get("group").asString()
              + ":"
              + component.get("name").asString()
              + ":"
              + component.get("version").asString());
    }
    Set<String> runtime = new TreeSet<>();
    for (String line :
        Files.readAllLines(
            target(module).resolve("runtime-dependencies.txt"), StandardCharsets.UTF_8)) {
      Matcher m = DEPENDENCY.matcher(line);
      if (m.find()) {
        runtime.add(m.group(1) + ":" + m.group(2) + ":" + m.group(3));
      }
    }

    assertThat(runtime).isNotEmpty();
    assertThat(components).containsAll(runtime).contains("com.google.guava:guava:33.8.0-jre");
    assertThat(bom.get("metadata").get("component").get("name").asString()).isEqualTo(module);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "BoardReport:addAllRecommendations(",
        "Recommendation:addDependsOn(",
        "SignOff:dateText("
      })
  void builderJavadoc_showsEveryMethodWithItsSignatureAndASentence(String typeAndMethod)
      throws IOException {
    String type = typeAndMethod.substring(0, typeAndMethod.indexOf(':'));
    String method = typeAndMethod.substring(typeAndMethod.indexOf(':') + 1);
    Path page =
        target("hls-core")
            .resolve(
                "reports/apidocs/io.github.hls4j.core/io/github/hls4j/governance/"
                    + type
                    + ".Builder.html");
    String html = Files.readString(page, StandardCharsets.UTF_8);

    assertThat(html)
        .doesNotContain("Methods inherited from class io.github.hls4j.governance.Immutable");
    assertThat(html)
        .contains("build()")
        .contains("from(")
        .contains(method)
        .contains("Initializes the value for the");
  }
}
