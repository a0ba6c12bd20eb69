package io.github.hls4j.docx;

import io.github.hls4j.jackson.HlsJson;
import io.github.hls4j.json.InvalidJsonException;
import java.io.IOException;
import java.io.InputStream;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads templates: hls4j's hardened mapper, with the board and strategies in hls4j's form, where
 * an unknown field, a missing list or a null is an error.
 */
final class TemplateJson {

  /** A template file is small; this bounds what is read. */
  static final int MAX_TEMPLATE_LENGTH = 1_000_000;

  private static final JsonMapper MAPPER =
      HlsJson.create().mapper().rebuild()
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES)
          .build();

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
    try {
      return MAPPER.readValue(bytes, ReportTemplate.class);
    } catch (DatabindException e) {
      TokenStreamLocation where = e.getLocation();
      String pointer = pointer(e);
      Throwable cause = e.getCause() instanceof IllegalArgumentException ? e.getCause() : e;
      String problem = cause == e ? e.getOriginalMessage() : cause.getMessage();
      throw invalid(source, where, pointer, firstLine(problem));
    } catch (JacksonException e) {
      throw invalid(source, e.getLocation(), "", firstLine(e.getOriginalMessage()));
    }
  }

  private static String pointer(DatabindException e) {
    StringBuilder pointer = new StringBuilder();
    for (JacksonException.Reference r : e.getPath()) {
      pointer.append('/').append(r.getPropertyName() != null ? r.getPropertyName() : String.valueOf(r.getIndex()));
    }
    return pointer.toString();
  }

  private static String firstLine(String message) {
    int end = message.indexOf('\n');
    return end < 0 ? message : message.substring(0, end);
  }

  private static InvalidJsonException invalid(String source, TokenStreamLocation where, String pointer, String problem) {
    return where == null
        ? new InvalidJsonException(source, 0, 0, pointer, problem)
        : new InvalidJsonException(source, Math.max(0, where.getLineNr()), Math.max(0, where.getColumnNr()), pointer, problem);
  }
}
