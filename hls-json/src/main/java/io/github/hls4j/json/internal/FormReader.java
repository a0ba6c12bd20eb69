package io.github.hls4j.json.internal;

import io.github.hls4j.internal.ModelCheckException;
import io.github.hls4j.json.internal.JsonInput.Token;
import io.github.hls4j.validation.Reason;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Reads a model from a {@link JsonInput} in hls4j's form, strictly: no null, no text for a number
 * or a number for text, no fraction for a whole number, no unknown or repeated property, and every
 * required property present. A problem is a {@link FormException} at the offending value, naming
 * the model type and attribute, the form expected and the value given.
 *
 * <p>A reader is used for one value by one thread.
 *
 * @since 0.1.0
 */
public final class FormReader {

  private static final System.Logger LOG = System.getLogger("io.github.hls4j.json");

  JsonInput in;
  final Deque<Object> path = new ArrayDeque<>();
  final Consumer<? super String> warnings;
  private final LegacyReading legacy = new LegacyReading(this);

  private FormReader(JsonInput in, Consumer<? super String> warnings) {
    this.in = in;
    this.warnings = warnings;
  }

  /**
   * Reads a value of a type with a JSON form, starting on the input's current token and leaving the
   * input on the value's last token.
   *
   * @param form the form, from {@link Forms#of}
   * @param in the input, on the value's first token
   * @return the value
   * @throws FormException if the value does not fit the form
   * @throws IOException if the input cannot be read or is not JSON
   */
  public static Object read(ValueForm form, JsonInput in) throws IOException {
    return read(form, in, warning -> LOG.log(System.Logger.Level.WARNING, warning));
  }

  /**
   * Reads a value as {@link #read(ValueForm, JsonInput)} does, giving each warning to {@code
   * warnings} instead of the {@code io.github.hls4j.json} logger. A warning is given for each
   * property that hls4j 0.1 wrote and that has moved since: the value is read into the property
   * that replaced it, and the warning names the JSON Pointer, line and column, the old property and
   * the new.
   *
   * @param form the form, from {@link Forms#of}
   * @param in the input, on the value's first token
   * @param warnings receives each warning, in document order
   * @return the value
   * @throws FormException if the value does not fit the form
   * @throws IOException if the input cannot be read or is not JSON
   */
  public static Object read(ValueForm form, JsonInput in, Consumer<? super String> warnings)
      throws IOException {
    FormReader reader = new FormReader(in, warnings);
    return reader.value(form, form.type.getSimpleName());
  }

  Object value(ValueForm form, String owner) throws IOException {
    Token token = in.current();
    if (token == null) {
      throw error(
          Problems.of(
              "json/expected",
              "owner",
              owner,
              "expected",
              form.expectedReason(),
              "given",
              Problems.of("json/given-nothing")));
    }
    switch (form.kind) {
      case STRING:
        expect(token, Token.STRING, form, owner);
        return in.text();
      case INTEGER:
        expect(token, Token.INTEGER, form, owner);
        try {
          return Integer.parseInt(in.text());
        } catch (NumberFormatException e) {
          throw outOfRange(owner, Integer.MIN_VALUE, Integer.MAX_VALUE);
        }
      case LONG:
        expect(token, Token.INTEGER, form, owner);
        try {
          return Long.parseLong(in.text());
        } catch (NumberFormatException e) {
          throw outOfRange(owner, Long.MIN_VALUE, Long.MAX_VALUE);
        }
      case BOOLEAN:
        if (token != Token.TRUE && token != Token.FALSE) {
          throw mismatch(form, owner);
        }
        return token == Token.TRUE;
      case DATE:
        expect(token, Token.STRING, form, owner);
        try {
          return LocalDate.parse(in.text());
        } catch (DateTimeParseException e) {
          throw mismatch(form, owner);
        }
      case ENUM:
        expect(token, Token.STRING, form, owner);
        String constant = in.text();
        for (Object c : form.type.getEnumConstants()) {
          if (((Enum<?>) c).name().equals(constant)) {
            return c;
          }
        }
        throw mismatch(form, owner);
      case ID:
        expect(token, Token.STRING, form, owner);
        try {
          return Forms.idFactory(form.type).invoke(null, in.text());
        } catch (InvocationTargetException e) {
          throw error(
              Problems.of(
                  "json/refused-value", "owner", owner, "refusal", Problems.refusal(e.getCause())),
              e.getCause());
        } catch (IllegalAccessException e) {
          throw new IllegalStateException(e);
        }
      case OPTIONAL:
        return value(form.element(), owner);
      case LIST:
      case SET:
        return array(form, owner);
      case MAP:
        return map(form, owner);
      case MODEL:
        LegacyForms.Text text = token == Token.STRING ? LegacyForms.text(form.type) : null;
        if (text != null) {
          // a model that hls4j 0.1 wrote as text
          return legacy.text(text, owner);
        }
        expect(token, Token.START_OBJECT, form, owner);
        return object(form.model(), in.line(), in.column(), false);
      case PARTY:
        expect(token, Token.START_OBJECT, form, owner);
        return party(form, owner);
    }
    throw new AssertionError(form.kind);
  }

  private List<Object> array(ValueForm form, String owner) throws IOException {
    expect(in.current(), Token.START_ARRAY, form, owner);
    List<Object> items = new ArrayList<>();
    for (Token t = in.next(); t != Token.END_ARRAY; t = in.next()) {
      path.addLast(items.size());
      items.add(value(form.element(), owner));
      path.removeLast();
    }
    return items;
  }

  private Map<String, Object> map(ValueForm form, String owner) throws IOException {
    expect(in.current(), Token.START_OBJECT, form, owner);
    Map<String, Object> entries = new LinkedHashMap<>();
    for (Token t = in.next(); t != Token.END_OBJECT; t = in.next()) {
      if (t != Token.NAME) {
        throw error(Problems.of("json/ends-inside-object", "owner", owner));
      }
      String name = in.text();
      path.addLast(name);
      if (entries.containsKey(name)) {
        throw error(Problems.of("json/name-twice", "owner", owner, "name", quote(name)));
      }
      in.next();
      entries.put(name, value(form.element(), owner + "." + name));
      path.removeLast();
    }
    return entries;
  }

  private Object party(ValueForm form, String owner) throws IOException {
    int line = in.line();
    int column = in.column();
    // The "type" comes first in what hls4j writes; elsewhere, what comes before it is replayed.
    List<Recorded> before = new ArrayList<>();
    int depth = 0;
    for (Token t = in.next(); ; t = in.next()) {
      if (t == null) {
        throw error(Problems.of("json/ends-inside-object", "owner", owner));
      }
      if (depth == 0 && t == Token.END_OBJECT) {
        throw error(
            Problems.of(
                "json/party-without-type", "owner", owner, "expected", form.expectedReason()));
      }
      if (depth == 0 && t == Token.NAME && in.text().equals("type")) {
        break;
      }
      if (t == Token.START_OBJECT || t == Token.START_ARRAY) {
        depth++;
      } else if (t == Token.END_OBJECT || t == Token.END_ARRAY) {
        depth--;
      }
      before.add(new Recorded(t, hasText(t) ? in.text() : "", in.line(), in.column()));
    }
    path.addLast("type");
    Token typeToken = in.next();
    Class<?> type = typeToken == Token.STRING ? Forms.partyTypes().get(in.text()) : null;
    if (type == null) {
      throw mismatch(form, owner);
    }
    path.removeLast();
    JsonInput rest = in;
    if (!before.isEmpty()) {
      in = new Replay(before, rest);
    }
    try {
      return object(Forms.model(type), line, column, true);
    } finally {
      in = rest;
    }
  }

  private Object object(ModelForm form, int line, int column, boolean typeRead) throws IOException {
    @Nullable Object[] values = new Object[form.properties.size()];
    int[] lines = new int[values.length];
    int[] columns = new int[values.length];
    boolean typeSeen = typeRead;
    for (Token t = in.next(); t != Token.END_OBJECT; t = in.next()) {
      if (t != Token.NAME) {
        throw error(Problems.of("json/ends-inside-object", "owner", form.name));
      }
      String name = in.text();
      if (name.equals("type") && form.partyType != null) {
        if (typeSeen) {
          throw error(Problems.of("json/type-twice", "type", form.name));
        }
        path.addLast(name);
        Token value = in.next();
        if (value != Token.STRING || !in.text().equals(form.partyType)) {
          throw error(
              Problems.of(
                  "json/party-type",
                  "type",
                  form.name,
                  "partyType",
                  form.partyType,
                  "given",
                  got()));
        }
        path.removeLast();
        typeSeen = true;
        continue;
      }
      PropertyForm property = form.property(name);
      path.addLast(name);
      LegacyForms.Moved moved = property == null ? LegacyForms.moved(form.type, name) : null;
      if (moved != null) {
        legacy.moved(form, name, moved, values, lines, columns);
        continue;
      }
      if (property == null) {
        throw error(
            Problems.of(
                "json/unknown-property",
                "type",
                form.name,
                "name",
                quote(name),
                "properties",
                names(form)));
      }
      if (lines[property.index] != 0) {
        throw error(Problems.of("json/property-twice", "type", form.name, "property", name));
      }
      in.next();
      lines[property.index] = Math.max(1, in.line());
      columns[property.index] = in.column();
      values[property.index] = value(property.value, form.name + "." + name);
      path.removeLast();
      legacy.take(form, values, lines, columns);
    }
    if (form.partyType != null && !typeSeen) {
      throw error(
          line,
          column,
          Problems.of("json/type-required", "type", form.name, "partyType", form.partyType));
    }
    for (PropertyForm p : form.properties) {
      if (p.required && values[p.index] == null) {
        throw error(
            line, column, Problems.of("json/required", "type", form.name, "property", p.name));
      }
    }
    Object built;
    try {
      built = form.creator.create(values);
    } catch (InvocationTargetException e) {
      throw built(form, e.getCause(), values, lines, columns, line, column);
    } catch (RuntimeException e) {
      throw built(form, e, values, lines, columns, line, column);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
    for (PropertyForm p : form.properties) {
      if (p.derived) {
        checkDerived(form, p, built, values[p.index], lines[p.index], columns[p.index]);
      }
    }
    return built;
  }

  /** Checks that a property the model makes from the others is what it makes of them. */
  private void checkDerived(
      ModelForm form, PropertyForm p, Object built, @Nullable Object given, int line, int column) {
    Object made;
    try {
      made = p.accessor.invoke(built);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
    if (!made.equals(given)) {
      path.addLast(p.name);
      FormException e =
          error(
              line,
              column,
              Problems.of(
                  "json/derived",
                  "type",
                  form.name,
                  "property",
                  p.name,
                  "made",
                  quote(String.valueOf(made)),
                  "given",
                  quote(String.valueOf(given))));
      path.removeLast();
      throw e;
    }
  }

  /** Places a builder's complaint at the attribute its exception names, else at the object. */
  private FormException built(
      ModelForm form,
      Throwable cause,
      @Nullable Object[] values,
      int[] lines,
      int[] columns,
      int line,
      int column) {
    if (cause instanceof Error) {
      throw (Error) cause;
    }
    Reason refusal = Problems.refusal(cause);
    PropertyForm named = null;
    if (cause instanceof ModelCheckException refused && refused.type().equals(form.name)) {
      for (PropertyForm p : form.properties) {
        if (p.name.equals(refused.attribute()) && values[p.index] != null) {
          named = p;
        }
      }
    }
    if (named != null) {
      path.addLast(named.name);
      FormException e = error(lines[named.index], columns[named.index], refusal, cause);
      path.removeLast();
      return e;
    }
    return error(
        line,
        column,
        Problems.of("json/refused-object", "type", form.name, "refusal", refusal),
        cause);
  }

  private void expect(@Nullable Token token, Token expected, ValueForm form, String owner)
      throws IOException {
    if (token != expected) {
      throw mismatch(form, owner);
    }
  }

  private FormException mismatch(ValueForm form, String owner) throws IOException {
    return error(
        Problems.of(
            "json/expected", "owner", owner, "expected", form.expectedReason(), "given", got()));
  }

  private FormException outOfRange(String owner, long minimum, long maximum) throws IOException {
    return error(
        Problems.of(
            "json/whole-number-range",
            "owner",
            owner,
            "minimum",
            minimum,
            "maximum",
            maximum,
            "given",
            in.text()));
  }

  /** Describes the current value as given: the value itself, or what kind of value it is. */
  private Object got() throws IOException {
    Token token = in.current();
    if (token == null) {
      return Problems.of("json/given-nothing");
    }
    switch (token) {
      case STRING:
        return quote(in.text());
      case INTEGER:
      case FLOAT:
        return in.text();
      case TRUE:
        return "true";
      case FALSE:
        return "false";
      case NULL:
        return "null";
      case START_OBJECT:
        return Problems.of("json/given-object");
      case START_ARRAY:
        return Problems.of("json/given-array");
      default:
        return token.name().toLowerCase(Locale.ROOT);
    }
  }

  private static String names(ModelForm form) {
    StringBuilder names = new StringBuilder();
    if (form.partyType != null) {
      names.append("type");
    }
    for (PropertyForm p : form.properties) {
      names.append(names.length() == 0 ? "" : ", ").append(p.name);
    }
    return names.toString();
  }

  /**
   * Quotes a text as JSON does, with control and invisible characters escaped, cut at 60
   * characters.
   */
  static String quote(String text) {
    StringBuilder quoted = new StringBuilder("\"");
    int limit = Math.min(text.length(), 60);
    for (int i = 0; i < limit; i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\') {
        quoted.append('\\').append(c);
      } else if (c < 0x20
          || (c >= 0x7f && c < 0xa0)
          || Character.getType(c) == Character.FORMAT
          || Character.isSurrogate(c)) {
        quoted.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
      } else {
        quoted.append(c);
      }
    }
    return quoted.append(text.length() > limit ? "…\"" : "\"").toString();
  }

  static String message(@Nullable Throwable e) {
    String message = e == null ? null : e.getMessage();
    return message == null ? String.valueOf(e) : message;
  }

  FormException error(Reason problem) {
    return error(in.line(), in.column(), problem, null);
  }

  FormException error(Reason problem, @Nullable Throwable cause) {
    return error(in.line(), in.column(), problem, cause);
  }

  FormException error(int line, int column, Reason problem) {
    return error(line, column, problem, null);
  }

  private FormException error(int line, int column, Reason problem, @Nullable Throwable cause) {
    return new FormException(pointer(), line, column, problem, cause);
  }

  /** The JSON Pointer of the value being read. */
  String pointer() {
    StringBuilder pointer = new StringBuilder();
    for (Object segment : path) {
      pointer.append('/').append(segment.toString().replace("~", "~0").replace("/", "~1"));
    }
    return pointer.toString();
  }

  private static boolean hasText(Token t) {
    return t == Token.NAME || t == Token.STRING || t == Token.INTEGER || t == Token.FLOAT;
  }

  /** A token read ahead, with its text and place. */
  private static final class Recorded {
    final Token token;
    final String text;
    final int line;
    final int column;

    Recorded(Token token, String text, int line, int column) {
      this.token = token;
      this.text = text;
      this.line = line;
      this.column = column;
    }
  }

  /** Replays the tokens read ahead of a party's "type", then goes on with the input. */
  private static final class Replay implements JsonInput {
    private final List<Recorded> recorded;
    private final JsonInput rest;
    private int next;

    Replay(List<Recorded> recorded, JsonInput rest) {
      this.recorded = recorded;
      this.rest = rest;
    }

    private @Nullable Recorded currentRecorded() {
      return next > 0 && next <= recorded.size() ? recorded.get(next - 1) : null;
    }

    @Override
    public @Nullable Token next() throws IOException {
      if (next < recorded.size()) {
        return recorded.get(next++).token;
      }
      next = recorded.size() + 1;
      return rest.next();
    }

    @Override
    public @Nullable Token current() {
      Recorded r = currentRecorded();
      return r != null ? r.token : rest.current();
    }

    @Override
    public String text() throws IOException {
      Recorded r = currentRecorded();
      return r != null ? r.text : rest.text();
    }

    @Override
    public int line() {
      Recorded r = currentRecorded();
      return r != null ? r.line : rest.line();
    }

    @Override
    public int column() {
      Recorded r = currentRecorded();
      return r != null ? r.column : rest.column();
    }
  }
}
