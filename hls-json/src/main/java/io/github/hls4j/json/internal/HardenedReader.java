package io.github.hls4j.json.internal;

import io.github.hls4j.json.InvalidJsonException;
import io.github.hls4j.validation.Reason;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The hardened reading of hls4j's JSON, over any JSON library's {@link JsonParsers}: the size
 * limit, then a first pass that reads every token once (so that the parser's limits on nesting and
 * strings apply, and an empty document, a document that is just {@code null} and content after the
 * document are refused) before any value is built, then the walk that builds the value. Every
 * problem is an {@link InvalidJsonException} that names the source, the line, the column and the
 * JSON Pointer, all taken from the problem's fields.
 *
 * <p>Instances are immutable and thread-safe when their parsers are.
 *
 * @since 0.1.0
 */
public final class HardenedReader {

  /** The deepest nesting read by default. */
  public static final int MAX_NESTING_DEPTH = 64;

  /** The longest string read by default, in characters. */
  public static final int MAX_STRING_LENGTH = 1_000_000;

  /** The largest document read by default, in bytes. */
  public static final int MAX_DOCUMENT_LENGTH = 20_000_000;

  /** Reads a value from an input on its first token. */
  @FunctionalInterface
  private interface Walk<T> {
    T read(JsonInput in) throws IOException;
  }

  /**
   * A JSON library's own binding, for types without an hls4j JSON form, such as a list of reports.
   *
   * @since 0.1.0
   */
  @FunctionalInterface
  public interface Binding {
    /**
     * Reads a value of a type from a document whose structure has been checked.
     *
     * @param bytes the document, UTF-8
     * @param type the type
     * @return the value
     * @throws IOException if the document is not such a value; the library's own exceptions are
     *     placed by the input ({@link JsonInput#syntax})
     */
    Object bind(byte[] bytes, Class<?> type) throws IOException;
  }

  private final JsonParsers parsers;
  private final Binding binding;
  private final int maxDocumentLength;

  /**
   * Returns a reader over these parsers, for hls4j's types and records only.
   *
   * @param parsers the parsers, set with the limits on nesting and strings
   * @param maxDocumentLength the largest document read, in bytes
   */
  public HardenedReader(JsonParsers parsers, int maxDocumentLength) {
    this(
        parsers,
        (bytes, type) -> {
          throw new IllegalArgumentException(type.getName() + " has no hls4j JSON form");
        },
        maxDocumentLength);
  }

  /**
   * Returns a reader over these parsers, with a JSON library's binding for other types.
   *
   * @param parsers the parsers, set with the limits on nesting and strings
   * @param binding the binding of types without an hls4j JSON form
   * @param maxDocumentLength the largest document read, in bytes
   */
  public HardenedReader(JsonParsers parsers, Binding binding, int maxDocumentLength) {
    this.parsers = parsers;
    this.binding = binding;
    this.maxDocumentLength = maxDocumentLength;
  }

  /**
   * Checks the limits of a reader.
   *
   * @param maxNestingDepth the deepest nesting read
   * @param maxStringLength the longest string read, in characters
   * @param maxDocumentLength the largest document read, in bytes
   * @throws IllegalArgumentException if a limit is not positive
   */
  public static void checkLimits(int maxNestingDepth, int maxStringLength, int maxDocumentLength) {
    checkPositive("maxNestingDepth", maxNestingDepth);
    checkPositive("maxStringLength", maxStringLength);
    checkPositive("maxDocumentLength", maxDocumentLength);
  }

  private static void checkPositive(String name, int value) {
    if (value <= 0) {
      throw new IllegalArgumentException(name + " (" + value + ") must be positive");
    }
  }

  /**
   * Returns the largest document read, in bytes.
   *
   * @return the limit
   */
  public int maxDocumentLength() {
    return maxDocumentLength;
  }

  /**
   * Reads a document from a stream, which is read to its end (or one byte past the limit) but not
   * closed.
   *
   * @param in the input
   * @param source the input's name for messages
   * @param type the type the document holds: a type with an hls4j JSON form, or one the binding
   *     reads
   * @param <T> the type
   * @return the value
   * @throws InvalidJsonException if the input cannot be read as such a document
   */
  public <T> T read(InputStream in, String source, Class<T> type) {
    return read(bytes(in, source), source, type);
  }

  /**
   * Reads a document from text.
   *
   * @param json the document
   * @param source the input's name for messages
   * @param type the type the document holds
   * @param <T> the type
   * @return the value
   * @throws InvalidJsonException if the text is not such a document
   */
  public <T> T read(String json, String source, Class<T> type) {
    return read(json.getBytes(StandardCharsets.UTF_8), source, type);
  }

  /**
   * Reads a document from bytes.
   *
   * @param bytes the document, UTF-8
   * @param source the input's name for messages
   * @param type the type the document holds
   * @param <T> the type
   * @return the value
   * @throws InvalidJsonException if the bytes are not such a document
   */
  public <T> T read(byte[] bytes, String source, Class<T> type) {
    Optional<Class<?>> modelType = Forms.publicType(type);
    return read(
        bytes,
        source,
        type.getSimpleName(),
        in ->
            type.cast(
                modelType.isPresent()
                    ? FormReader.read(Forms.of(modelType.get()), in)
                    : binding.bind(bytes, type)));
  }

  /**
   * Reads a document from text as {@link #read(String, String, Class)} does, giving each warning to
   * {@code warnings}, prefixed with the source's name, instead of the {@code io.github.hls4j.json}
   * logger: for each property that hls4j 0.1 wrote and that has moved since (see {@link
   * FormReader#read(ValueForm, JsonInput, Consumer)}).
   *
   * @param json the document
   * @param source the input's name for messages
   * @param type the model type the document holds
   * @param warnings receives each warning, in document order
   * @param <T> the type
   * @return the value
   * @throws InvalidJsonException if the text is not such a document
   * @throws IllegalArgumentException if the type has no hls4j JSON form
   * @throws NullPointerException if {@code warnings} is null
   */
  public <T> T read(String json, String source, Class<T> type, Consumer<? super String> warnings) {
    Objects.requireNonNull(warnings, "warnings");
    Class<?> modelType =
        Forms.publicType(type)
            .orElseThrow(() -> new IllegalArgumentException(type.getName() + " has no JSON form"));
    return read(
        json.getBytes(StandardCharsets.UTF_8),
        source,
        type.getSimpleName(),
        in ->
            type.cast(
                FormReader.read(Forms.of(modelType), in, w -> warnings.accept(source + ": " + w))));
  }

  /**
   * Reads a document that holds a Java record, in the form {@link RecordForm} gives it.
   *
   * @param bytes the document, UTF-8
   * @param source the input's name for messages
   * @param type the record type
   * @param noun what the record is called in messages, such as {@code template}
   * @param ignored top-level properties read and left aside
   * @param <T> the type
   * @return the record
   * @throws InvalidJsonException if the bytes are not such a record
   */
  public <T extends Record> T readRecord(
      byte[] bytes, String source, Class<T> type, String noun, Set<String> ignored) {
    return read(bytes, source, noun, in -> RecordForm.read(type, in, noun, ignored));
  }

  /**
   * Reads a stream's bytes, up to one past the limit.
   *
   * @param in the input, not closed
   * @param source the input's name for messages
   * @return the bytes
   * @throws InvalidJsonException if the input cannot be read
   */
  public byte[] bytes(InputStream in, String source) {
    try {
      return in.readNBytes(maxDocumentLength + 1);
    } catch (IOException e) {
      throw new InvalidJsonException(
          source, 0, 0, "", Problems.detail("json/unreadable", String.valueOf(e.getMessage())));
    }
  }

  private <T> T read(byte[] bytes, String source, String expected, Walk<T> walk) {
    boolean tooLong = bytes.length > maxDocumentLength;
    checkStructure(
        tooLong ? Arrays.copyOf(bytes, maxDocumentLength) : bytes, source, tooLong, expected);
    JsonInput in = null;
    try {
      in = parsers.open(bytes);
      in.next();
      return walk.read(in);
    } catch (RuntimeException | IOException e) {
      JsonSyntaxException syntax = syntax(e, in, source);
      throw new InvalidJsonException(source, syntax.line(), syntax.column(), "", syntax.reason());
    } finally {
      close(in);
    }
  }

  /**
   * Reads every token once, so that the limits and the document's shape are checked before any
   * value is built.
   */
  private void checkStructure(byte[] bytes, String source, boolean tooLong, String expected) {
    Reason tooLongMessage = Problems.of("json/too-long", "limit", maxDocumentLength);
    JsonInput in = null;
    int line;
    int column;
    try {
      in = parsers.open(bytes);
      DocumentShape.check(in, expected);
      line = in.line();
      column = in.column();
    } catch (RuntimeException | IOException e) {
      JsonSyntaxException syntax = syntax(e, in, source);
      boolean cutShort = tooLong && syntax.offset() >= bytes.length - 1;
      throw new InvalidJsonException(
          source,
          syntax.line(),
          syntax.column(),
          syntax.pointer(),
          cutShort ? tooLongMessage : syntax.reason());
    } finally {
      close(in);
    }
    if (tooLong) {
      throw new InvalidJsonException(source, line, column, "", tooLongMessage);
    }
  }

  /**
   * Returns the place and problem of an exception met while reading: the walker's problem as it is,
   * or the JSON library's as the input places it, or else says the input cannot be read.
   *
   * @throws InvalidJsonException for the walker's problem, with its pointer
   * @throws RuntimeException the exception itself, when it is neither the walker's, the library's
   *     nor an input failure: a bug, not a problem of the document
   */
  private static JsonSyntaxException syntax(Exception e, @Nullable JsonInput in, String source) {
    FormException form = DocumentShape.cause(e);
    if (form != null) {
      throw DocumentShape.invalid(source, form);
    }
    JsonSyntaxException syntax =
        in != null
            ? in.syntax(e)
            : e instanceof JsonSyntaxException ? (JsonSyntaxException) e : null;
    if (syntax != null) {
      return syntax;
    }
    if (e instanceof IOException) {
      throw new InvalidJsonException(
          source, 0, 0, "", Problems.detail("json/unreadable", String.valueOf(e.getMessage())));
    }
    throw (RuntimeException) e;
  }

  private static void close(@Nullable JsonInput in) {
    if (in != null) {
      try {
        in.close();
      } catch (IOException e) {
        // a parser over bytes in memory holds nothing to release
      }
    }
  }
}
