package io.github.hls4j.examples.cli;

import io.github.hls4j.validation.Phrasebook;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * What a JSON document given to the command holds, told by its content: a board report, a learning
 * system, a health round, a Word template's description or the findings {@code hls validate
 * --format json} wrote. Only the top-level field names are read; anything that is not clearly
 * another kind is taken for a board report, so that the report reader says what is wrong with it.
 */
enum Document {
  /** A board report: what {@code validate}, {@code render} and {@code import} read. */
  REPORT(true),
  /** A learning system: what {@code validate} and {@code digest} read. */
  SYSTEM(true),
  /** A health round: what {@code validate} and {@code digest --health} read. */
  HEALTH_ROUND(true),
  /** A Word template's description: what {@code --template} reads. */
  TEMPLATE(true),
  /** Findings that {@code hls validate --format json} wrote. */
  FINDINGS(false);

  private static final Set<String> REPORT_FIELDS =
      Set.of("id", "title", "recommendations", "signOffs");

  private final boolean readByTheCommand;

  Document(boolean readByTheCommand) {
    this.readByTheCommand = readByTheCommand;
  }

  /**
   * The key of its name in words, such as "a learning system", in {@code command.properties}:
   * {@code document.SYSTEM}.
   */
  String key() {
    return Phrasebook.key("document", name());
  }

  /**
   * The key of the phrase that says which commands or options read it ({@code hls validate and hls
   * digest read it}), if any does: {@code document.SYSTEM.readBy}.
   */
  Optional<String> readByKey() {
    return readByTheCommand ? Optional.of(Phrasebook.key(key(), "readBy")) : Optional.empty();
  }

  /**
   * The problem of a file given as a board report that holds this kind of document, such as {@code
   * system.json: it is a learning system, not a board report; hls validate and hls digest read it}.
   */
  InputProblem notAReport(String file) {
    return notA(REPORT, file);
  }

  /**
   * The problem of a file given as {@code expected} that holds this kind of document, such as
   * {@code r8.json: it is a board report, not a learning system; hls validate and hls render read
   * it}.
   */
  InputProblem notA(Document expected, String file) {
    return InputProblem.otherKind(file, this, expected);
  }

  /** What the bytes hold; {@link #REPORT} unless their top-level fields say otherwise. */
  static Document of(byte[] bytes) {
    return of(bytes, REPORT);
  }

  /**
   * What the bytes hold; {@code unclear} when their top-level fields do not say, so that the reader
   * of the kind expected says what is wrong with them.
   */
  static Document of(byte[] bytes, Document unclear) {
    Set<String> fields = new HashSet<>();
    boolean list = false;
    try (JsonParser parser = Hls.json().mapper().createParser(bytes)) {
      JsonToken start = parser.nextToken();
      if (start == JsonToken.START_ARRAY) {
        list = true; // validate's findings of several files: a list of {file, profile, result}
        start = parser.nextToken();
      }
      if (start != JsonToken.START_OBJECT) {
        return unclear;
      }
      for (JsonToken token = parser.nextToken();
          token == JsonToken.PROPERTY_NAME;
          token = parser.nextToken()) {
        fields.add(parser.currentName());
        parser.nextToken();
        parser.skipChildren();
      }
    } catch (JacksonException e) {
      // A document cut short or malformed after its first fields is still told by them.
    }
    if (fields.stream().anyMatch(REPORT_FIELDS::contains)) {
      return REPORT;
    }
    if (fields.contains("violations") || list && fields.contains("result")) {
      return FINDINGS;
    }
    if (fields.contains("place")) {
      return SYSTEM;
    }
    if (fields.contains("assessments")) {
      return HEALTH_ROUND;
    }
    if (fields.contains("layout")
        || fields.contains("paperLeadIns")
        || fields.contains("implicationAreas")) {
      return TEMPLATE;
    }
    return unclear;
  }
}
