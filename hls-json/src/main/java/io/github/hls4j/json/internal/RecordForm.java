package io.github.hls4j.json.internal;

import io.github.hls4j.json.internal.JsonInput.Token;
import io.github.hls4j.validation.Reason;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Reads and writes Java records, such as hls-docx's templates, in the JSON form their components
 * give: a record is an object of its components, a list or set an array, a map with enum keys an
 * object, an enum its constant's name, and a value of an hls4j model type its hls4j form (through
 * {@link FormReader} and {@link FormWriter}). A component absent from the JSON, or {@code null},
 * reaches the record's canonical constructor as {@code null} (as {@code 0} for an {@code int}): a
 * constructor that refuses it with a {@link NullPointerException} naming the component as {@code
 * Record.component} is reported as the component missing.
 *
 * <p>A problem is a {@link FormException} at the offending value.
 *
 * @since 0.1.0
 */
public final class RecordForm {

  private final JsonInput in;
  private final String noun;
  private final Set<String> ignored;
  private final Deque<Object> path = new ArrayDeque<>();

  private RecordForm(JsonInput in, String noun, Set<String> ignored) {
    this.in = in;
    this.noun = noun;
    this.ignored = ignored;
  }

  /**
   * Reads a record, starting on the input's current token and leaving the input on the record's
   * last token.
   *
   * @param type the record type
   * @param in the input, on the record's first token
   * @param noun what the record is called in messages, such as {@code template}
   * @param ignored top-level properties that are read and left aside, such as notes for people
   * @param <T> the type
   * @return the record
   * @throws FormException if the value is not such a record, or the record's constructor refuses it
   * @throws IOException if the input cannot be read or is not JSON
   */
  public static <T extends Record> T read(
      Class<T> type, JsonInput in, String noun, Set<String> ignored) throws IOException {
    return type.cast(new RecordForm(in, noun, ignored).record(type));
  }

  private @Nullable Object value(Type type) throws IOException {
    Token token = in.current();
    if (token == Token.NULL) {
      if (type == int.class || type == boolean.class) {
        throw mismatch(type, "null");
      }
      return null;
    }
    if (type instanceof ParameterizedType) {
      ParameterizedType generic = (ParameterizedType) type;
      Class<?> raw = (Class<?>) generic.getRawType();
      Type[] arguments = generic.getActualTypeArguments();
      if (raw == List.class || raw == Set.class) {
        expect(Token.START_ARRAY, type);
        Collection<Object> items = raw == List.class ? new ArrayList<>() : new LinkedHashSet<>();
        int index = 0;
        for (Token t = in.next(); t != Token.END_ARRAY; t = in.next()) {
          path.addLast(index++);
          items.add(value(arguments[0]));
          path.removeLast();
        }
        return items;
      }
      if (raw == Map.class) {
        expect(Token.START_OBJECT, type);
        Map<Object, Object> entries = new LinkedHashMap<>();
        for (Token t = in.next(); t != Token.END_OBJECT; t = in.next()) {
          String key = in.text();
          path.addLast(key);
          Object constant = constant((Class<?>) arguments[0], key);
          in.next();
          entries.put(constant, value(arguments[1]));
          path.removeLast();
        }
        return entries;
      }
      throw new IllegalArgumentException(type + " has no JSON form as a record component");
    }
    Class<?> c = (Class<?>) type;
    if (c == String.class) {
      expect(Token.STRING, type);
      return in.text();
    }
    if (c == int.class || c == Integer.class) {
      expect(Token.INTEGER, type);
      try {
        return Integer.parseInt(in.text());
      } catch (NumberFormatException e) {
        throw mismatch(type, in.text());
      }
    }
    if (c == boolean.class || c == Boolean.class) {
      if (token != Token.TRUE && token != Token.FALSE) {
        throw mismatch(type, given());
      }
      return token == Token.TRUE;
    }
    if (c.isEnum()) {
      expect(Token.STRING, type);
      return constant(c, in.text());
    }
    if (c.isRecord()) {
      return record(c);
    }
    if (Forms.publicType(c).isPresent()) {
      try {
        return FormReader.read(Forms.of(c), in);
      } catch (FormException e) {
        throw new FormException(pointer() + e.pointer(), e.line(), e.column(), e.reason(), e);
      }
    }
    throw new IllegalArgumentException(type + " has no JSON form as a record component");
  }

  private Object record(Class<?> type) throws IOException {
    expect(Token.START_OBJECT, type);
    RecordComponent[] components = type.getRecordComponents();
    Object[] arguments = new Object[components.length];
    boolean[] given = new boolean[components.length];
    for (int i = 0; i < components.length; i++) {
      arguments[i] = components[i].getType() == int.class ? Integer.valueOf(0) : null;
    }
    for (Token t = in.next(); t != Token.END_OBJECT; t = in.next()) {
      String name = in.text();
      int index = index(components, name);
      in.next();
      if (index < 0 && path.isEmpty() && ignored.contains(name)) {
        skip();
        continue;
      }
      path.addLast(name);
      if (index < 0) {
        throw error(Problems.of("json/unknown-field", "name", name, "noun", noun));
      }
      Object value = value(components[index].getGenericType());
      if (value != null) {
        arguments[index] = value;
        given[index] = true;
      }
      path.removeLast();
    }
    try {
      Class<?>[] types =
          Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
      Constructor<?> canonical = type.getDeclaredConstructor(types);
      return canonical.newInstance(arguments);
    } catch (InvocationTargetException e) {
      throw refused(type, components, given, e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(type + " cannot be built from JSON", e);
    }
  }

  private FormException refused(
      Class<?> type, RecordComponent[] components, boolean[] given, @Nullable Throwable cause) {
    String message =
        cause == null || cause.getMessage() == null ? String.valueOf(cause) : cause.getMessage();
    if (cause instanceof NullPointerException) {
      for (int i = 0; i < components.length; i++) {
        if (!given[i] && message.equals(type.getSimpleName() + "." + components[i].getName())) {
          return error(Problems.of("json/missing-field", "name", components[i].getName()), cause);
        }
      }
    }
    return error(
        cause instanceof io.github.hls4j.internal.ModelCheckException
            ? Problems.refusal(cause)
            : Problems.detail("json/model-refused", DocumentShape.firstLine(message)),
        cause);
  }

  private static int index(RecordComponent[] components, String name) {
    for (int i = 0; i < components.length; i++) {
      if (components[i].getName().equals(name)) {
        return i;
      }
    }
    return -1;
  }

  private Object constant(Class<?> type, String name) {
    for (Object c : type.getEnumConstants()) {
      if (((Enum<?>) c).name().equals(name)) {
        return c;
      }
    }
    throw mismatch(type, FormReader.quote(name));
  }

  /** Reads past the current value, which may be an object or an array. */
  private void skip() throws IOException {
    int depth = 0;
    for (Token t = in.current(); t != null; t = in.next()) {
      if (t == Token.START_OBJECT || t == Token.START_ARRAY) {
        depth++;
      } else if (t == Token.END_OBJECT || t == Token.END_ARRAY) {
        depth--;
      }
      if (depth == 0) {
        return;
      }
    }
  }

  private void expect(Token token, Type type) {
    if (in.current() != token) {
      throw mismatch(type, given());
    }
  }

  private Object given() {
    Token token = in.current();
    if (token == null) {
      return Problems.of("json/given-nothing");
    }
    switch (token) {
      case START_OBJECT:
        return Problems.of("json/given-object");
      case START_ARRAY:
        return Problems.of("json/given-array");
      case STRING:
        return FormReader.quote(uncheckedText());
      case INTEGER:
      case FLOAT:
        return uncheckedText();
      default:
        return token.name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  private String uncheckedText() {
    try {
      return in.text();
    } catch (IOException e) {
      return "a value";
    }
  }

  private FormException mismatch(Type type, Object given) {
    return error(Problems.of("json/expected-value", "expected", expected(type), "given", given));
  }

  private static Reason expected(Type type) {
    Class<?> raw =
        type instanceof ParameterizedType
            ? (Class<?>) ((ParameterizedType) type).getRawType()
            : (Class<?>) type;
    if (raw == String.class) {
      return Problems.of("json/form-text");
    }
    if (raw == int.class || raw == Integer.class) {
      return Problems.of("json/form-whole-number");
    }
    if (raw == boolean.class || raw == Boolean.class) {
      return Problems.of("json/form-boolean");
    }
    if (raw == List.class || raw == Set.class) {
      return Problems.of("json/form-array");
    }
    if (raw.isEnum()) {
      return Problems.of(
          "json/form-enum",
          "constants",
          Arrays.stream(raw.getEnumConstants())
              .map(c -> ((Enum<?>) c).name())
              .collect(Collectors.joining(", ")));
    }
    return Problems.of("json/given-object");
  }

  private String pointer() {
    StringBuilder pointer = new StringBuilder();
    for (Object segment : path) {
      pointer.append('/').append(segment.toString().replace("~", "~0").replace("/", "~1"));
    }
    return pointer.toString();
  }

  private FormException error(Reason problem) {
    return error(problem, null);
  }

  private FormException error(Reason problem, @Nullable Throwable cause) {
    return new FormException(pointer(), in.line(), in.column(), problem, cause);
  }

  /**
   * Writes a record's components as properties of an object that the caller has started, in
   * component order; null components are left out.
   *
   * @param value the record
   * @param out the output, inside an object
   * @throws IOException if the output fails
   */
  public static void writeProperties(Record value, JsonOutput out) throws IOException {
    for (RecordComponent component : value.getClass().getRecordComponents()) {
      Object item = component(component, value);
      if (item != null) {
        out.name(component.getName());
        write(item, out);
      }
    }
  }

  private static void write(Object value, JsonOutput out) throws IOException {
    if (value instanceof String) {
      out.string((String) value);
    } else if (value instanceof Integer) {
      out.number((Integer) value);
    } else if (value instanceof Boolean) {
      out.bool((Boolean) value);
    } else if (value instanceof Enum) {
      out.string(((Enum<?>) value).name());
    } else if (value instanceof Collection) {
      out.startArray();
      for (Object item : (Collection<?>) value) {
        write(item, out);
      }
      out.endArray();
    } else if (value instanceof Map) {
      out.startObject();
      for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
        Object key = entry.getKey();
        out.name(key instanceof Enum ? ((Enum<?>) key).name() : String.valueOf(key));
        write(entry.getValue(), out);
      }
      out.endObject();
    } else if (value instanceof Record) {
      out.startObject();
      writeProperties((Record) value, out);
      out.endObject();
    } else {
      FormWriter.write(value, out);
    }
  }

  private static @Nullable Object component(RecordComponent component, Object record) {
    try {
      return component.getAccessor().invoke(record);
    } catch (InvocationTargetException e) {
      throw new IllegalStateException(component + " cannot be read", e.getCause());
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(component + " cannot be read", e);
    }
  }
}
