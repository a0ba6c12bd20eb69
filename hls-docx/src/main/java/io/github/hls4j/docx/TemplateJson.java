package io.github.hls4j.docx;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.github.hls4j.jackson.HlsJson;
import io.github.hls4j.json.InvalidJsonException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads templates: hls4j's hardened mapper, with the board and strategies in hls4j's form, where
 * an unknown field or a missing or null required field is an error. A missing or null field reaches the
 * template's constructor as null: a required one is refused there, and is reported as missing;
 * an optional one takes its default.
 */
final class TemplateJson {

  /** A template file is small; this bounds what is read. */
  static final int MAX_TEMPLATE_LENGTH = 1_000_000;

  private static final JsonMapper MAPPER =
      HlsJson.create().mapper().rebuild()
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .disable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
          .disable(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES)
          .addMixIn(ReportTemplate.class, DraftNotes.class)
          .build();

  /** A drafted template's notes for the person checking it, which the reader leaves aside. */
  @JsonIgnoreProperties(value = "toCheck", allowGetters = false)
  private abstract static class DraftNotes {}

  /** Writes a template as a template file, with a drafter's guesses first, in {@code toCheck}. */
  static String write(ReportTemplate template, List<String> toCheck) {
    ObjectNode file = MAPPER.createObjectNode();
    ArrayNode notes = file.putArray("toCheck");
    toCheck.forEach(notes::add);
    file.setAll((ObjectNode) MAPPER.valueToTree(template));
    DefaultIndenter lines = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(lines).withArrayIndenter(lines);
    return MAPPER.writer().with(printer).writeValueAsString(file) + "\n";
  }

  private static final Pattern MISSING = Pattern.compile("^Missing creator property '([^']+)'");

  private TemplateJson() {}

  static ReportTemplate read(InputStream in, String source) {
    byte[] bytes;
    try {
      bytes = in.readNBytes(MAX_TEMPLATE_LENGTH + 1);
    } catch (IOException e) {
      throw new InvalidJsonException(source, 0, 0, "", "cannot be read: " + e.getMessage());
    }
    if (bytes.length > MAX_TEMPLATE_LENGTH) {
      throw new InvalidJsonException(source, 0, 0, "", "a template is longer than " + MAX_TEMPLATE_LENGTH + " bytes");
    }
    if (bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4) {
      throw new InvalidJsonException(
          source, 0, 0, "", "is a Word document or another zip file, not a template; draft a template from a council's blank Word template with TemplateDraft (hls template draft)");
    }
    if (new String(bytes, StandardCharsets.UTF_8).isBlank()) {
      throw new InvalidJsonException(source, 1, 1, "", "the document is empty; expected a template");
    }
    JsonParser parser = MAPPER.createParser(bytes);
    try (parser) {
      ReportTemplate template = MAPPER.readValue(parser, ReportTemplate.class);
      if (template == null) {
        throw new InvalidJsonException(source, 1, 1, "", "the document is null; expected a template");
      }
      return template;
    } catch (DatabindException e) {
      TokenStreamLocation where = e.getLocation() != null && e.getLocation().getLineNr() > 0 ? e.getLocation() : parser.currentLocation();
      String pointer = pointer(e);
      throw invalid(source, where, pointer, problem(e));
    } catch (JacksonException e) {
      TokenStreamLocation where = e.getLocation() != null && e.getLocation().getLineNr() > 0 ? e.getLocation() : parser.currentLocation();
      throw invalid(source, where, "", DocxReader.firstLine(e.getOriginalMessage()));
    }
  }

  /** Says what is wrong in a template's terms, not Jackson's. */
  private static String problem(DatabindException e) {
    if (e.getCause() instanceof IllegalArgumentException refused) {
      return DocxReader.firstLine(String.valueOf(refused.getMessage()));
    }
    if (e.getCause() instanceof NullPointerException absent && absent.getMessage() != null) {
      // the constructors name a required component that is null as "Type.field"
      String component = absent.getMessage();
      return "the field \"" + component.substring(component.lastIndexOf('.') + 1) + "\" is missing";
    }
    if (e instanceof UnrecognizedPropertyException unknown) {
      return "the field \"" + unknown.getPropertyName() + "\" is not a field of a template";
    }
    Matcher missing = MISSING.matcher(e.getOriginalMessage());
    if (missing.find()) {
      return "the field \"" + missing.group(1) + "\" is missing";
    }
    return DocxReader.firstLine(e.getOriginalMessage());
  }

  private static String pointer(DatabindException e) {
    StringBuilder pointer = new StringBuilder();
    for (JacksonException.Reference r : e.getPath()) {
      pointer.append('/').append(r.getPropertyName() != null ? r.getPropertyName() : String.valueOf(r.getIndex()));
    }
    return pointer.toString();
  }

  private static InvalidJsonException invalid(String source, TokenStreamLocation where, String pointer, String problem) {
    return where == null
        ? new InvalidJsonException(source, 0, 0, pointer, problem)
        : new InvalidJsonException(source, Math.max(0, where.getLineNr()), Math.max(0, where.getColumnNr()), pointer, problem);
  }
}
