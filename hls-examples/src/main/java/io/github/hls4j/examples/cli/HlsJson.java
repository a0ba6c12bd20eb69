package io.github.hls4j.examples.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.google.common.base.Throwables;
import java.io.IOException;
import java.io.InputStream;

/**
 * The JSON mapper of the {@code hls} command: hls4j's JSON form, with limits for untrusted input
 * so that a hostile document is a clear error and not a crash.
 */
public final class HlsJson {

  /** The deepest nesting read. */
  public static final int MAX_NESTING_DEPTH = 64;

  /** The longest string read, in characters. */
  public static final int MAX_STRING_LENGTH = 1_000_000;

  /** The largest document read, in bytes. */
  public static final long MAX_DOCUMENT_LENGTH = 20_000_000L;

  private static final ObjectMapper MAPPER =
      new ObjectMapper(
              JsonFactory.builder()
                  .streamReadConstraints(
                      StreamReadConstraints.builder()
                          .maxNestingDepth(MAX_NESTING_DEPTH)
                          .maxStringLength(MAX_STRING_LENGTH)
                          .maxDocumentLength(MAX_DOCUMENT_LENGTH)
                          .build())
                  .build())
          .registerModule(new Jdk8Module())
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .enable(SerializationFeature.INDENT_OUTPUT);

  private HlsJson() {}

  /**
   * Returns the mapper.
   *
   * @return the shared, thread-safe mapper
   */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /**
   * Reads a value, turning any failure into an {@link UnreadableInput} that names the source and,
   * where known, the line and column.
   *
   * @param in the input
   * @param source the input's name, such as a file name or "-"
   * @param type what to read
   * @param <T> the type read
   * @return the value
   * @throws UnreadableInput if the input is not such a value
   */
  public static <T> T read(InputStream in, String source, Class<T> type) {
    byte[] bytes;
    try {
      bytes = in.readNBytes((int) MAX_DOCUMENT_LENGTH + 1);
    } catch (IOException e) {
      throw new UnreadableInput(source + ": " + e.getMessage());
    }
    boolean tooLong = bytes.length > MAX_DOCUMENT_LENGTH;
    if (tooLong) {
      bytes = java.util.Arrays.copyOf(bytes, (int) MAX_DOCUMENT_LENGTH);
    }
    checkStructure(bytes, source, tooLong);
    try {
      return MAPPER.readValue(bytes, type);
    } catch (JsonProcessingException e) {
      throw new UnreadableInput(source + location(e.getLocation()) + ": " + reason(e));
    } catch (IOException | RuntimeException e) {
      throw new UnreadableInput(source + ": " + e.getMessage());
    }
  }

  /** Reads every token once, so that the limits apply before any value is built. */
  private static void checkStructure(byte[] bytes, String source, boolean tooLong) {
    String tooLongMessage = "the document is longer than " + MAX_DOCUMENT_LENGTH + " bytes";
    JsonParser parser = null;
    try {
      parser = MAPPER.createParser(bytes);
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        if (token == JsonToken.VALUE_STRING) {
          parser.getText(); // reads the whole string, so that its limit applies here
        }
      }
      if (tooLong) {
        throw new UnreadableInput(source + location(parser.currentLocation()) + ": " + tooLongMessage);
      }
    } catch (IOException e) {
      JsonLocation where = parser == null ? null : parser.currentLocation();
      boolean cutShort = tooLong && where != null && where.getByteOffset() >= bytes.length - 1;
      throw new UnreadableInput(source + location(where) + ": " + (cutShort ? tooLongMessage : reason(e)));
    } finally {
      if (parser != null) {
        try {
          parser.close();
        } catch (IOException ignored) {
          // nothing to release
        }
      }
    }
  }

  private static String location(JsonLocation where) {
    return where == null ? "" : ":" + where.getLineNr() + ":" + where.getColumnNr();
  }

  private static String reason(IOException e) {
    Throwable root = Throwables.getRootCause(e);
    String message = root instanceof JsonProcessingException json ? json.getOriginalMessage() : root.getMessage();
    return (message == null ? root.getClass().getSimpleName() : message).lines().findFirst().orElse("");
  }

  /** An input that cannot be read as what was asked for; its message names the source and place. */
  public static final class UnreadableInput extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UnreadableInput(String message) {
      super(message);
    }
  }
}
