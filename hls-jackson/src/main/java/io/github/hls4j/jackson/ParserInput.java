package io.github.hls4j.jackson;

import io.github.hls4j.json.internal.DocumentShape;
import io.github.hls4j.json.internal.JsonInput;
import io.github.hls4j.json.internal.JsonSyntaxException;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;

/** Jackson 3's parser as the walker's input, which places Jackson's problems by their fields. */
final class ParserInput implements JsonInput {

  private final JsonParser parser;

  ParserInput(JsonParser parser) {
    this.parser = parser;
  }

  @Override
  public @Nullable Token next() {
    return token(parser.nextToken());
  }

  @Override
  public @Nullable Token current() {
    return token(parser.currentToken());
  }

  @Override
  public String text() {
    String text = parser.currentToken() == JsonToken.PROPERTY_NAME ? parser.currentName() : parser.getString();
    return text == null ? "" : text;
  }

  @Override
  public int line() {
    TokenStreamLocation where = parser.currentTokenLocation();
    return where == null ? 0 : Math.max(0, where.getLineNr());
  }

  @Override
  public int column() {
    TokenStreamLocation where = parser.currentTokenLocation();
    return where == null ? 0 : Math.max(0, where.getColumnNr());
  }

  @Override
  public void close() {
    parser.close();
  }

  @Override
  public @Nullable JsonSyntaxException syntax(Exception e) {
    if (!(e instanceof JacksonException)) {
      return null;
    }
    JacksonException problem = (JacksonException) e;
    TokenStreamLocation where = problem.getLocation() != null ? problem.getLocation() : parser.currentLocation();
    String pointer = parser.streamReadContext().pathAsPointer().toString();
    String message = DocumentShape.firstLine(problem.getOriginalMessage());
    return where == null
        ? new JsonSyntaxException(0, 0, -1, pointer, message, e)
        : new JsonSyntaxException(where.getLineNr(), where.getColumnNr(), where.getByteOffset(), pointer, message, e);
  }

  private static @Nullable Token token(@Nullable JsonToken token) {
    if (token == null) {
      return null;
    }
    return switch (token) {
      case START_OBJECT -> Token.START_OBJECT;
      case END_OBJECT -> Token.END_OBJECT;
      case START_ARRAY -> Token.START_ARRAY;
      case END_ARRAY -> Token.END_ARRAY;
      case PROPERTY_NAME -> Token.NAME;
      case VALUE_STRING -> Token.STRING;
      case VALUE_NUMBER_INT -> Token.INTEGER;
      case VALUE_NUMBER_FLOAT -> Token.FLOAT;
      case VALUE_TRUE -> Token.TRUE;
      case VALUE_FALSE -> Token.FALSE;
      default -> Token.NULL; // null; an embedded object is not JSON text; "not available" is non-blocking input
    };
  }
}
