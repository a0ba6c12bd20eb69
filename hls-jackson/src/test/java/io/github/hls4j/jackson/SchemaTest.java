package io.github.hls4j.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.hls4j.json.JsonDocument;
import io.github.hls4j.json.fixtures.FormatModuleContract;
import io.github.hls4j.json.fixtures.JsonCorpus;
import io.github.hls4j.json.fixtures.RandomInstances;
import io.github.hls4j.json.internal.Forms;
import io.github.hls4j.json.internal.SchemaWriter;
import io.github.hls4j.json.internal.TextOutput;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * The JSON Schemas shipped in hls-core's jar: written from the same description the readers use (so
 * the two cannot drift), met by every golden file and generated document, and refusing what the
 * hardened reader refuses for its shape.
 *
 * <p>Run with {@code -Dhls4j.writeSchemas=true} to write the schemas after a change to the model.
 */
class SchemaTest {

  private static final HlsJson JSON = HlsJson.create();
  private static final Path SCHEMAS =
      Path.of("..", "hls-core", "src", "main", "resources", "io", "github", "hls4j", "schema");
  private static final Map<JsonDocument, Schema> LOADED = new EnumMap<>(JsonDocument.class);

  private static String generated(JsonDocument document) throws Exception {
    TextOutput text = new TextOutput();
    SchemaWriter.write(document, text);
    return text + "\n";
  }

  private static Schema schema(JsonDocument document) throws Exception {
    synchronized (LOADED) {
      if (!LOADED.containsKey(document)) {
        try (InputStream in =
            JsonDocument.class.getClassLoader().getResourceAsStream(document.schemaResource())) {
          assertThat(in).as(document.schemaResource()).isNotNull();
          String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
          LOADED.put(
              document,
              SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                  .getSchema(text, InputFormat.JSON));
        }
      }
      return LOADED.get(document);
    }
  }

  private static List<Error> errors(JsonDocument document, String json) throws Exception {
    return schema(document).validate(json, InputFormat.JSON);
  }

  @ParameterizedTest
  @EnumSource(JsonDocument.class)
  void schema_isWhatTheFormDescribes(JsonDocument document) throws Exception {
    Path file = SCHEMAS.resolve(document.documentName() + ".schema.json");
    if (Boolean.getBoolean("hls4j.writeSchemas")) {
      Files.writeString(file, generated(document), StandardCharsets.UTF_8);
    }

    assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(generated(document));
  }

  static Stream<Arguments> golden() {
    return FormatModuleContract.GOLDEN.stream();
  }

  @ParameterizedTest
  @MethodSource("golden")
  void goldenFile_meetsItsSchema(String file, Class<?> type) throws Exception {
    JsonDocument document =
        Stream.of(JsonDocument.values()).filter(d -> d.type() == type).findFirst().orElseThrow();

    assertThat(errors(document, FormatModuleContract.golden(file))).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(JsonDocument.class)
  void generatedDocuments_meetTheirSchema(JsonDocument document) throws Exception {
    for (long seed = 0; seed < 30; seed++) {
      String json = JSON.write(RandomInstances.of(document.type(), seed));

      assertThat(errors(document, json)).as(json).isEmpty();
    }
  }

  static Stream<JsonCorpus.Case> shapeCases() {
    return JsonCorpus.cases().stream().filter(JsonCorpus.Case::shape);
  }

  @ParameterizedTest
  @MethodSource("shapeCases")
  void whatTheReaderRefusesForItsShape_theSchemaRefuses(JsonCorpus.Case c) throws Exception {
    assertThat(errors(JsonDocument.BOARD_REPORT, c.json())).as(c.name()).isNotEmpty();
  }

  @ParameterizedTest
  @EnumSource(JsonDocument.class)
  void everyObjectOfTheSchema_hasTheModelTypesAccessorsAsProperties(JsonDocument document)
      throws Exception {
    JsonNode definitions =
        JSON.mapper()
            .readTree(Files.readString(SCHEMAS.resolve(document.documentName() + ".schema.json")))
            .get("$defs");
    Map<String, Class<?>> types = new java.util.HashMap<>();
    Forms.types().forEach(t -> types.put(t.getSimpleName(), t));
    int objects = 0;
    for (Map.Entry<String, JsonNode> definition : definitions.properties()) {
      JsonNode properties = definition.getValue().get("properties");
      if (properties == null || properties.isEmpty()) {
        continue;
      }
      Class<?> type = types.get(definition.getKey());
      if (!Modifier.isAbstract(type.getModifiers())) {
        // the findings, final classes: each property is a public accessor
        for (String property : properties.propertyNames()) {
          assertThat(type.getMethod(property).getParameterCount())
              .as(definition.getKey() + "." + property)
              .isZero();
        }
        objects++;
        continue;
      }
      Set<String> accessors = new TreeSet<>();
      for (Method m : type.getMethods()) {
        if (m.getParameterCount() == 0
            && !Modifier.isStatic(m.getModifiers())
            && Modifier.isAbstract(m.getModifiers())) {
          accessors.add(m.getName());
        }
      }
      Set<String> inSchema = new TreeSet<>(properties.propertyNames());
      if (properties.has("type") && properties.get("type").has("const")) {
        inSchema.remove("type"); // a party's kind
      }
      Set<String> defaults = new TreeSet<>(inSchema);
      defaults.removeAll(accessors);

      assertThat(inSchema).as(definition.getKey()).containsAll(accessors);
      assertThat(defaults)
          .as(definition.getKey())
          .isSubsetOf(
              "questions",
              "remit",
              "sensitivity",
              "markings",
              "multiAgency",
              "status",
              "proposed",
              "level",
              "respondBy",
              "personalData",
              "consentToShareWithBoard",
              "memberOfPublic");
      objects++;
    }
    assertThat(objects).isGreaterThanOrEqualTo(document == JsonDocument.FINDINGS ? 2 : 3);
  }

  static Stream<JsonCorpus.Case> findingsShapeCases() {
    return JsonCorpus.findingsCases().stream().filter(JsonCorpus.Case::shape);
  }

  @ParameterizedTest
  @MethodSource("findingsShapeCases")
  void whatTheReaderRefusesForTheFindingsShape_theSchemaRefuses(JsonCorpus.Case c)
      throws Exception {
    assertThat(errors(JsonDocument.FINDINGS, c.json())).as(c.name()).isNotEmpty();
  }

  @Test
  void validFindings_meetTheSchema() throws Exception {
    assertThat(errors(JsonDocument.FINDINGS, JsonCorpus.validFindings())).isEmpty();
  }

  @Test
  void validReport_meetsTheSchema() throws Exception {
    assertThat(errors(JsonDocument.BOARD_REPORT, JsonCorpus.validReport())).isEmpty();
  }
}
