package io.github.hls4j.jackson;

import io.github.hls4j.json.internal.FormException;
import io.github.hls4j.json.internal.FormReader;
import io.github.hls4j.json.internal.FormWriter;
import io.github.hls4j.json.internal.Forms;
import io.github.hls4j.json.internal.ValueForm;
import java.io.IOException;
import java.io.UncheckedIOException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.Version;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * The Jackson 3 module of hls4j's JSON form: register it in your own mapper and every hls4j model
 * type, typed id and party reads and writes in that form, and so do the findings of a validation:
 * {@code ValidationResult}, {@code Violation}, {@code RuleId}, {@code Severity} and {@code
 * Profile}.
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new HlsModule()).build();
 * String json = mapper.writeValueAsString(report);
 * BoardReport again = mapper.readValue(json, BoardReport.class);
 * }</pre>
 *
 * <p>Reading is strict whatever the mapper's settings: a value of the wrong kind, a {@code null}, a
 * fraction for a whole number, an unknown or repeated property or a missing required one fails with
 * a {@link DatabindException} whose message gives the JSON Pointer, relative to the hls4j value
 * being read, and names the model type and attribute. Reading goes through the model's builders, so
 * a value that breaks a construction invariant fails with the builder's message. Duplicate keys
 * elsewhere, trailing content and input limits are the mapper's business; {@link HlsJson} sets them
 * for untrusted input.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class HlsModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  /**
   * Returns the module.
   *
   * @since 0.1.0
   */
  @SuppressWarnings("unchecked")
  public HlsModule() {
    super("hls4j", new Version(0, 1, 0, "SNAPSHOT", "io.github.hls4j", "hls-jackson"));
    for (Class<?> type : Forms.types()) {
      addSerializer(type, new FormSerializer(type));
      addDeserializer((Class<Object>) type, new FormDeserializer(type));
    }
  }

  /** Writes any value with a JSON form through the walker. */
  private static final class FormSerializer extends StdSerializer<Object> {
    FormSerializer(Class<?> type) {
      super(type);
    }

    @Override
    public void serialize(Object value, JsonGenerator generator, SerializationContext context) {
      try {
        FormWriter.write(value, new GeneratorOutput(generator));
      } catch (IOException e) {
        throw new UncheckedIOException(e); // Jackson 3's generator throws no checked exception
      }
    }
  }

  /** Reads one type with a JSON form through the walker. */
  private static final class FormDeserializer extends StdDeserializer<Object> {
    private final transient ValueForm form;

    FormDeserializer(Class<?> type) {
      super(type);
      this.form = Forms.of(type);
    }

    @Override
    public Object deserialize(JsonParser parser, DeserializationContext context) {
      try {
        return FormReader.read(form, new ParserInput(parser));
      } catch (FormException e) {
        throw DatabindException.from(
            parser, (e.pointer().isEmpty() ? "/" : e.pointer()) + ": " + e.problem(), e);
      } catch (IOException e) {
        throw new UncheckedIOException(e); // Jackson 3's parser throws no checked exception
      }
    }
  }
}
