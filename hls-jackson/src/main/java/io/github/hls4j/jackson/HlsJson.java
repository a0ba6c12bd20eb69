package io.github.hls4j.jackson;

import io.github.hls4j.json.InvalidJsonException;
import io.github.hls4j.json.internal.Forms;
import io.github.hls4j.json.internal.HardenedReader;
import io.github.hls4j.json.internal.TextOutput;
import java.io.InputStream;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes hls4j documents with Jackson 3, hardened for input from outside your system.
 *
 * <pre>{@code
 * HlsJson json = HlsJson.create();
 * BoardReport report = json.read(in, "report.json", BoardReport.class);
 * String text = json.write(report);
 * }</pre>
 *
 * <p>Reading refuses, with an {@link InvalidJsonException} that names the source, the line, the
 * column and the JSON Pointer of the offending value in the model's public names:
 *
 * <ul>
 *   <li>a document longer than its limit, nesting deeper than its limit, or a string longer than
 *       its limit (by default {@value #MAX_DOCUMENT_LENGTH} bytes, {@value #MAX_NESTING_DEPTH}
 *       levels and {@value #MAX_STRING_LENGTH} characters);
 *   <li>malformed JSON, duplicate keys, content after the document, an empty document and a
 *       document that is just {@code null};
 *   <li>everything {@link HlsModule} refuses: wrong kinds of value, {@code null}, fractions for
 *       whole numbers, unknown, repeated or missing properties, and values the model's builders
 *       refuse.
 * </ul>
 *
 * <p>Reading and writing are hls-json's, shared with {@code hls-jackson2}: this class gives them
 * Jackson 3's parser. Writing gives the form byte for byte as {@code hls-jackson2} writes it:
 * two-space indentation, one value a line, {@code "name": value}, and {@code \n} line ends.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class HlsJson {

  /** The deepest nesting read by default. */
  public static final int MAX_NESTING_DEPTH = HardenedReader.MAX_NESTING_DEPTH;

  /** The longest string read by default, in characters. */
  public static final int MAX_STRING_LENGTH = HardenedReader.MAX_STRING_LENGTH;

  /** The largest document read by default, in bytes. */
  public static final int MAX_DOCUMENT_LENGTH = HardenedReader.MAX_DOCUMENT_LENGTH;

  private final JsonFactory factory;
  private final HardenedReader reader;

  /** Made on first use: reading hls4j's types needs only the factory and the walker. */
  private volatile @Nullable JsonMapper mapper;

  private HlsJson(int maxNestingDepth, int maxStringLength, int maxDocumentLength) {
    this.factory =
        JsonFactory.builder()
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxNestingDepth(maxNestingDepth)
                    .maxStringLength(maxStringLength)
                    .maxDocumentLength(maxDocumentLength)
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    this.reader =
        new HardenedReader(
            bytes -> new ParserInput(factory.createParser(ObjectReadContext.empty(), bytes)),
            (bytes, type) -> mapper().readValue(bytes, type),
            maxDocumentLength);
  }

  /**
   * Returns a reader and writer with the default limits.
   *
   * @return the instance
   * @since 0.1.0
   */
  public static HlsJson create() {
    return new HlsJson(MAX_NESTING_DEPTH, MAX_STRING_LENGTH, MAX_DOCUMENT_LENGTH);
  }

  /**
   * Returns a reader and writer with other limits.
   *
   * @param maxNestingDepth the deepest nesting read
   * @param maxStringLength the longest string read, in characters
   * @param maxDocumentLength the largest document read, in bytes
   * @return the instance
   * @throws IllegalArgumentException if a limit is not positive
   * @since 0.1.0
   */
  public static HlsJson withLimits(
      int maxNestingDepth, int maxStringLength, int maxDocumentLength) {
    HardenedReader.checkLimits(maxNestingDepth, maxStringLength, maxDocumentLength);
    return new HlsJson(maxNestingDepth, maxStringLength, maxDocumentLength);
  }

  /**
   * Returns the mapper behind this reader, with {@link HlsModule}, the limits and strict reading,
   * for reading and writing other types the same way.
   *
   * @return the mapper
   * @since 0.1.0
   */
  public JsonMapper mapper() {
    JsonMapper made = mapper;
    if (made == null) {
      made =
          JsonMapper.builder(factory)
              .addModule(new HlsModule())
              .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
              .build();
      mapper = made;
    }
    return made;
  }

  /**
   * Reads a document from a stream, which is read to its end but not closed.
   *
   * @param in the input
   * @param source the input's name for messages, such as a file name or {@code -}
   * @param type the model type the document holds, such as {@code BoardReport.class}
   * @param <T> the type
   * @return the model
   * @throws InvalidJsonException if the input cannot be read as such a document
   * @since 0.1.0
   */
  public <T> T read(InputStream in, String source, Class<T> type) {
    return reader.read(in, source, type);
  }

  /**
   * Reads a document from text.
   *
   * @param json the document
   * @param source the input's name for messages
   * @param type the model type the document holds
   * @param <T> the type
   * @return the model
   * @throws InvalidJsonException if the text is not such a document
   * @since 0.1.0
   */
  public <T> T read(String json, String source, Class<T> type) {
    return reader.read(json, source, type);
  }

  /**
   * Reads a document from text, giving each warning to {@code warnings}. A document written by
   * hls4j 0.1 reads under the current model: a property that has moved since, such as an
   * arrangement member's {@code "role"} (now {@code "roles"}), is read into the property that
   * replaced it, with a warning that starts with the source's name and names the JSON Pointer, line
   * and column, the old property and the new. {@link #read(String, String, Class)} logs the same
   * warnings to the {@code io.github.hls4j.json} {@link System.Logger}.
   *
   * <pre>{@code
   * List<String> warnings = new ArrayList<>();
   * LearningSystem system = json.read(text, "somerset.json", LearningSystem.class, warnings::add);
   * }</pre>
   *
   * @param json the document
   * @param source the input's name for messages
   * @param type the model type the document holds
   * @param warnings receives each warning, in document order
   * @param <T> the type
   * @return the model
   * @throws InvalidJsonException if the text is not such a document
   * @throws IllegalArgumentException if the type has no hls4j JSON form
   * @since 0.1.0
   */
  public <T> T read(String json, String source, Class<T> type, Consumer<? super String> warnings) {
    return reader.read(json, source, type, warnings);
  }

  /**
   * Writes a model, a typed id, a party or findings (a {@link
   * io.github.hls4j.validation.ValidationResult}, a {@link io.github.hls4j.validation.Violation})
   * in hls4j's form: everything, as storage must, except personal evidence that no agreement
   * covers. The records of a share that carries personal data to another organisation are written
   * redacted ({@link io.github.hls4j.learning.LearningRecord#redacted()}) unless the share names an
   * agreement of the {@link io.github.hls4j.system.LearningSystem} being written that covers both
   * organisations and the purpose; a share written on its own has no agreement to check, so its
   * records are always written redacted when it carries personal data across. Other values, such as
   * a list of reports or a tree, are written by {@link #mapper()} in the same layout.
   *
   * @param value the value
   * @return the JSON text, without a final line end
   * @since 0.1.0
   */
  public String write(Object value) {
    return Forms.publicType(value.getClass()).isPresent()
        ? TextOutput.write(value, false)
        : TextOutput.layOut(mapper().writeValueAsString(value));
  }

  /**
   * Writes a model as {@link #write} does, with every learning record in it redacted ({@link
   * io.github.hls4j.learning.LearningRecord#redacted()}): no evidence that holds personal data, and
   * no personal identifier in the text. Use it for anything that leaves the organisation that holds
   * the records; {@link #write} keeps everything but the personal evidence of shares that no
   * agreement covers, as storage must.
   *
   * @param value the value
   * @return the JSON text, without a final line end
   * @throws IllegalArgumentException if the value's type has no JSON form
   * @since 0.1.0
   */
  public String writeRedacted(Object value) {
    return TextOutput.write(value, true);
  }
}
