package io.github.hls4j.json.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * JSON text read strictly (RFC 8259) with no JSON library: the input of the documents that hls4j
 * reads without Jackson, such as hls-docx's templates. Besides the grammar it refuses duplicate
 * keys, nesting deeper than its limit and strings longer than its limit; a problem is a {@link
 * JsonSyntaxException} with its line, column and JSON Pointer. Several documents one after the
 * other read as a stream of values, so that the hardened reader's first pass can refuse content
 * after the document.
 *
 * <p>An input is used for one document by one thread.
 *
 * @since 0.1.0
 */
public final class JsonText implements JsonInput {

  private static final char BYTE_ORDER_MARK = '\uFEFF';

  /** Where the walk is inside an object or an array. */
  private enum State {
    FIRST,
    NEXT,
    VALUE,
    AFTER
  }

  /** An open object or array, with what it expects next. */
  private static final class Frame {
    final boolean object;
    final Set<String> names = new HashSet<>();
    State state = State.FIRST;
    String name = "";
    int index = -1;

    Frame(boolean object) {
      this.object = object;
    }
  }

  private final String json;
  private final int maxNestingDepth;
  private final int maxStringLength;
  private final Deque<Frame> frames = new ArrayDeque<>();
  private int pos;
  private int line = 1;
  private int lineStart;
  private @Nullable Token current;
  private String text = "";
  private int tokenLine;
  private int tokenColumn;

  private JsonText(String json, int maxNestingDepth, int maxStringLength) {
    this.json = json;
    this.maxNestingDepth = maxNestingDepth;
    this.maxStringLength = maxStringLength;
    this.pos = !json.isEmpty() && json.charAt(0) == BYTE_ORDER_MARK ? 1 : 0;
    this.lineStart = pos;
  }

  /**
   * Returns parsers of JSON text with these limits.
   *
   * @param maxNestingDepth the deepest nesting read
   * @param maxStringLength the longest string read, in characters
   * @return the parsers
   */
  public static JsonParsers parsers(int maxNestingDepth, int maxStringLength) {
    return bytes -> of(bytes, maxNestingDepth, maxStringLength);
  }

  /**
   * Returns an input over a document, before its first token.
   *
   * @param bytes the document, UTF-8
   * @param maxNestingDepth the deepest nesting read
   * @param maxStringLength the longest string read, in characters
   * @return the input
   * @throws JsonSyntaxException if the bytes are not UTF-8
   */
  public static JsonText of(byte[] bytes, int maxNestingDepth, int maxStringLength)
      throws JsonSyntaxException {
    try {
      String json =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
      return new JsonText(json, maxNestingDepth, maxStringLength);
    } catch (CharacterCodingException e) {
      throw new JsonSyntaxException(0, 0, -1, "", Problems.of("json/not-utf8"), e);
    }
  }

  @Override
  public @Nullable Token next() throws JsonSyntaxException {
    skipWhitespace();
    tokenLine = line;
    tokenColumn = pos - lineStart + 1;
    text = "";
    Frame frame = frames.peek();
    if (frame == null) {
      return pos >= json.length() ? set(null) : value(null);
    }
    switch (frame.state) {
      case FIRST:
        if (peek() == (frame.object ? '}' : ']')) {
          return end(frame);
        }
        return frame.object ? name(frame) : value(frame);
      case NEXT:
        return frame.object ? name(frame) : value(frame);
      case VALUE:
        return value(frame);
      case AFTER:
        char c = peek();
        if (c == ',') {
          pos++;
          frame.state = State.NEXT;
          return next();
        }
        if (c == (frame.object ? '}' : ']')) {
          return end(frame);
        }
        throw error(
            Problems.of(
                "json/text-expected-separator",
                "close",
                frame.object ? "}" : "]",
                "given",
                describe(c)));
    }
    throw new AssertionError(frame.state);
  }

  @Override
  public @Nullable Token current() {
    return current;
  }

  @Override
  public String text() {
    return text;
  }

  @Override
  public int line() {
    return tokenLine;
  }

  @Override
  public int column() {
    return tokenColumn;
  }

  private @Nullable Token set(@Nullable Token token) {
    current = token;
    return token;
  }

  private Token end(Frame frame) {
    pos++;
    frames.pop();
    return set(frame.object ? Token.END_OBJECT : Token.END_ARRAY);
  }

  private Token name(Frame frame) throws JsonSyntaxException {
    if (peek() != '"') {
      throw error(Problems.of("json/text-expected-name", "given", describe(peek())));
    }
    String name = string();
    if (!frame.names.add(name)) {
      frame.name = name;
      throw error(Problems.of("json/text-duplicate", "name", FormReader.quote(name)));
    }
    frame.name = name;
    skipWhitespace();
    if (peek() != ':') {
      throw error(Problems.of("json/text-expected-colon", "given", describe(peek())));
    }
    pos++;
    frame.state = State.VALUE;
    text = name;
    return set(Token.NAME);
  }

  private Token value(@Nullable Frame frame) throws JsonSyntaxException {
    if (frame != null) {
      if (!frame.object) {
        frame.index++;
      }
      frame.state = State.AFTER;
    }
    char c = peek();
    switch (c) {
      case '{':
      case '[':
        if (frames.size() >= maxNestingDepth) {
          throw error(Problems.of("json/text-too-deep", "limit", maxNestingDepth));
        }
        pos++;
        frames.push(new Frame(c == '{'));
        return set(c == '{' ? Token.START_OBJECT : Token.START_ARRAY);
      case '"':
        text = string();
        return set(Token.STRING);
      case 't':
        return literal("true", Token.TRUE);
      case 'f':
        return literal("false", Token.FALSE);
      case 'n':
        return literal("null", Token.NULL);
      default:
        if (c == '-' || (c >= '0' && c <= '9')) {
          return number();
        }
        throw error(Problems.of("json/text-expected-value", "given", describe(c)));
    }
  }

  private Token literal(String word, Token token) throws JsonSyntaxException {
    if (!json.startsWith(word, pos)) {
      throw error(Problems.of("json/text-expected-value", "given", describe(peek())));
    }
    pos += word.length();
    text = word;
    return set(token);
  }

  private Token number() throws JsonSyntaxException {
    int start = pos;
    if (peek() == '-') {
      pos++;
    }
    if (peek() == '0') {
      pos++;
      if (isDigit(peek())) {
        throw error(Problems.of("json/text-leading-zero"));
      }
    } else if (!digits()) {
      throw error(Problems.of("json/text-expected-digit", "given", describe(peek())));
    }
    boolean whole = true;
    if (peek() == '.') {
      pos++;
      whole = false;
      if (!digits()) {
        throw error(Problems.of("json/text-digit-after-point", "given", describe(peek())));
      }
    }
    if (peek() == 'e' || peek() == 'E') {
      pos++;
      whole = false;
      if (peek() == '+' || peek() == '-') {
        pos++;
      }
      if (!digits()) {
        throw error(Problems.of("json/text-digit-in-exponent", "given", describe(peek())));
      }
    }
    text = json.substring(start, pos);
    return set(whole ? Token.INTEGER : Token.FLOAT);
  }

  private boolean digits() {
    int start = pos;
    while (isDigit(peek())) {
      pos++;
    }
    return pos > start;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private String string() throws JsonSyntaxException {
    pos++; // the opening quote
    StringBuilder value = new StringBuilder();
    while (true) {
      if (pos >= json.length()) {
        throw error(Problems.of("json/text-ends-in-string"));
      }
      char c = json.charAt(pos++);
      if (c == '"') {
        return value.toString();
      }
      if (c < 0x20) {
        pos--;
        throw error(Problems.of("json/text-control-character", "given", describe(c)));
      }
      if (c == '\\') {
        value.append(escape());
      } else {
        value.append(c);
      }
      if (value.length() > maxStringLength) {
        throw error(Problems.of("json/text-long-string", "limit", maxStringLength));
      }
    }
  }

  private char escape() throws JsonSyntaxException {
    char c = peek();
    pos++;
    switch (c) {
      case '"':
      case '\\':
      case '/':
        return c;
      case 'b':
        return '\b';
      case 'f':
        return '\f';
      case 'n':
        return '\n';
      case 'r':
        return '\r';
      case 't':
        return '\t';
      case 'u':
        if (pos + 4 > json.length()) {
          throw error(Problems.of("json/text-hex-digits"));
        }
        try {
          char unit = (char) Integer.parseInt(json.substring(pos, pos + 4), 16);
          if (json.substring(pos, pos + 4).chars().anyMatch(d -> Character.digit(d, 16) < 0)) {
            throw new NumberFormatException();
          }
          pos += 4;
          return unit;
        } catch (NumberFormatException e) {
          throw error(
              Problems.of(
                  "json/text-hex-digits-got",
                  "given",
                  FormReader.quote(json.substring(pos, pos + 4))));
        }
      default:
        pos--;
        throw error(Problems.of("json/text-unknown-escape", "given", describe(c)));
    }
  }

  private char peek() {
    return pos < json.length() ? json.charAt(pos) : '\0';
  }

  private void skipWhitespace() {
    while (pos < json.length()) {
      char c = json.charAt(pos);
      if (c == '\n') {
        line++;
        lineStart = pos + 1;
      } else if (c != ' ' && c != '\t' && c != '\r') {
        return;
      }
      pos++;
    }
  }

  private Object describe(char c) {
    if (pos >= json.length()) {
      return Problems.of("json/given-end");
    }
    return c < 0x20 || c == 0x7f ? String.format(Locale.ROOT, "U+%04X", (int) c) : "'" + c + "'";
  }

  private JsonSyntaxException error(io.github.hls4j.validation.Reason problem) {
    StringBuilder pointer = new StringBuilder();
    for (Iterator<Frame> it = frames.descendingIterator(); it.hasNext(); ) {
      Frame frame = it.next();
      if (frame.object && frame.state != State.FIRST) {
        pointer.append('/').append(frame.name.replace("~", "~0").replace("/", "~1"));
      } else if (!frame.object && frame.index >= 0) {
        pointer.append('/').append(frame.index);
      }
    }
    return new JsonSyntaxException(
        line, pos - lineStart + 1, pos, pointer.toString(), problem, null);
  }
}
