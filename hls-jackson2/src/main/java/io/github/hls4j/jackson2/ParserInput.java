package io.github.hls4j.jackson2;

import io.github.hls4j.json.internal.DocumentShape;
import io.github.hls4j.json.internal.JsonInput;
import io.github.hls4j.json.internal.JsonSyntaxException;
import org.jspecify.annotations.Nullable;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.JsonLocation;

/** Jackson 2's parser as the walker's input, which places Jackson's problems by their fields. */
final class ParserInput implements JsonInput {

  private final JsonParser parser;

  ParserInput(JsonParser parser) {
    this.parser = parser;
  }

  @Override
  public @Nullable Token next() throws IOException {
    return token(parser.nextToken());
  }

  @Override
  public @Nullable Token current() {
    return token(parser.currentToken());
  }

  @Override
  public String text() throws IOException {
    String text = parser.getText();
    return text == null ? "" : text;
  }

  @Override
  public int line() {
    JsonLocation where = parser.currentTokenLocation();
    return where == null ? 0 : Math.max(0, where.getLineNr());
  }

  @Override
  public int column() {
    JsonLocation where = parser.currentTokenLocation();
    return where == null ? 0 : Math.max(0, where.getColumnNr());
  }

  @Override
  public void close() throws IOException {
    parser.close();
  }

  @Override
  public @Nullable JsonSyntaxException syntax(Exception e) {
    if (!(e instanceof JsonProcessingException)) {
      return null;
    }
    JsonProcessingException problem = (JsonProcessingException) e;
    JsonLocation where = problem.getLocation() != null ? problem.getLocation() : parser.currentLocation();
    String pointer = parser.getParsingContext().pathAsPointer().toString();
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
      case FIELD_NAME -> Token.NAME;
      case VALUE_STRING -> Token.STRING;
      case VALUE_NUMBER_INT -> Token.INTEGER;
      case VALUE_NUMBER_FLOAT -> Token.FLOAT;
      case VALUE_TRUE -> Token.TRUE;
      case VALUE_FALSE -> Token.FALSE;
      default -> Token.NULL; // null; an embedded object is not JSON text; "not available" is non-blocking input
    };
  }
}
