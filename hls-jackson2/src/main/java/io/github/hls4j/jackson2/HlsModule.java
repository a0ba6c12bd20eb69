package io.github.hls4j.jackson2;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.hls4j.json.internal.FormException;
import io.github.hls4j.json.internal.FormReader;
import io.github.hls4j.json.internal.FormWriter;
import io.github.hls4j.json.internal.Forms;
import io.github.hls4j.json.internal.ValueForm;
import java.io.IOException;

/**
 * The Jackson 2 module of hls4j's JSON form: register it in your own mapper and every hls4j model
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
 * a {@link JsonMappingException} whose message gives the JSON Pointer, relative to the hls4j value
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
    super("hls4j", new Version(0, 1, 0, "SNAPSHOT", "io.github.hls4j", "hls-jackson2"));
    for (Class<?> type : Forms.types()) {
      addSerializer(type, new FormSerializer(type));
      addDeserializer((Class<Object>) type, new FormDeserializer(type));
    }
  }

  /** Writes any value with a JSON form through the walker. */
  private static final class FormSerializer extends StdSerializer<Object> {
    FormSerializer(Class<?> type) {
      super(type, false);
    }

    @Override
    public void serialize(Object value, JsonGenerator generator, SerializerProvider context)
        throws IOException {
      FormWriter.write(value, new GeneratorOutput(generator));
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
    public Object deserialize(JsonParser parser, DeserializationContext context)
        throws IOException {
      try {
        return FormReader.read(form, new ParserInput(parser));
      } catch (FormException e) {
        throw JsonMappingException.from(
            parser, (e.pointer().isEmpty() ? "/" : e.pointer()) + ": " + e.problem(), e);
      }
    }
  }
}
