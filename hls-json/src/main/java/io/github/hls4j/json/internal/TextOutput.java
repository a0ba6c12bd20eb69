package io.github.hls4j.json.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;

/**
 * JSON text written with no JSON library, in hls4j's layout, the one {@code HlsJson} writes:
 * two-space indentation, one value a line, {@code "name": value}, {@code []} and {@code {}} for
 * empty containers, and {@code \n} line ends. Text is escaped as Jackson escapes it.
 *
 * <p>An output is used for one document by one thread.
 *
 * @since 0.1.0
 */
public final class TextOutput implements JsonOutput {

  private final StringBuilder text = new StringBuilder();

  /** For each open container, whether it holds an item yet. */
  private final Deque<boolean[]> open = new ArrayDeque<>();

  private boolean afterName;

  /** Returns an empty output. */
  public TextOutput() {}

  /**
   * Writes a value of a type with a JSON form as text, in hls4j's layout: what the hardened writers
   * of both Jackson modules give.
   *
   * @param value a model, a typed id, a party or findings
   * @param redacted whether to write every learning record redacted
   * @return the JSON text, without a final line end
   * @throws IllegalArgumentException if the value's type has no JSON form
   */
  public static String write(Object value, boolean redacted) {
    TextOutput out = new TextOutput();
    try {
      FormWriter.write(value, out, redacted);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // text in memory
    }
    return out.toString();
  }

  /**
   * Lays out JSON text, such as a JSON library's compact output, in hls4j's layout, so that a value
   * with no JSON form of its own (a list of reports, a tree) is written as the forms are.
   *
   * @param json the JSON text
   * @return the same JSON in hls4j's layout, without a final line end
   * @throws IllegalArgumentException if the text is not JSON
   */
  public static String layOut(String json) {
    TextOutput out = new TextOutput();
    try (JsonText in =
        JsonText.of(json.getBytes(StandardCharsets.UTF_8), Integer.MAX_VALUE, Integer.MAX_VALUE)) {
      for (JsonInput.Token token = in.next(); token != null; token = in.next()) {
        switch (token) {
          case START_OBJECT -> out.startObject();
          case END_OBJECT -> out.endObject();
          case START_ARRAY -> out.startArray();
          case END_ARRAY -> out.endArray();
          case NAME -> out.name(in.text());
          case STRING -> out.string(in.text());
          case TRUE, FALSE -> out.bool(token == JsonInput.Token.TRUE);
          default -> out.literal(in.text()); // a number as written, or null
        }
      }
    } catch (IOException e) {
      throw new IllegalArgumentException("not JSON: " + e.getMessage(), e);
    }
    return out.toString();
  }

  @Override
  public void startObject() {
    beforeValue();
    text.append('{');
    open.push(new boolean[1]);
  }

  @Override
  public void endObject() {
    end('}');
  }

  @Override
  public void startArray() {
    beforeValue();
    text.append('[');
    open.push(new boolean[1]);
  }

  @Override
  public void endArray() {
    end(']');
  }

  @Override
  public void name(String name) {
    item();
    quote(name);
    text.append(": ");
    afterName = true;
  }

  @Override
  public void string(String value) {
    beforeValue();
    quote(value);
  }

  @Override
  public void number(long value) {
    beforeValue();
    text.append(value);
  }

  @Override
  public void bool(boolean value) {
    beforeValue();
    text.append(value);
  }

  /**
   * Returns the text written so far, without a final line end.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return text.toString();
  }

  private void literal(String value) {
    beforeValue();
    text.append(value);
  }

  private void beforeValue() {
    if (afterName) {
      afterName = false;
    } else if (!open.isEmpty()) {
      item();
    }
  }

  private void item() {
    boolean[] holds = open.element();
    if (holds[0]) {
      text.append(',');
    }
    holds[0] = true;
    newLine(open.size());
  }

  private void end(char bracket) {
    if (open.pop()[0]) {
      newLine(open.size());
    }
    text.append(bracket);
  }

  private void newLine(int depth) {
    text.append('\n');
    for (int i = 0; i < depth; i++) {
      text.append("  ");
    }
  }

  private void quote(String value) {
    text.append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"':
          text.append("\\\"");
          break;
        case '\\':
          text.append("\\\\");
          break;
        case '\n':
          text.append("\\n");
          break;
        case '\r':
          text.append("\\r");
          break;
        case '\t':
          text.append("\\t");
          break;
        case '\b':
          text.append("\\b");
          break;
        case '\f':
          text.append("\\f");
          break;
        default:
          if (c < 0x20) {
            text.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
          } else {
            text.append(c);
          }
      }
    }
    text.append('"');
  }
}
