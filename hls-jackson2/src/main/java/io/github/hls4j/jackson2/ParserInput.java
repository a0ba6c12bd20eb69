package io.github.hls4j.jackson2;

import io.github.hls4j.json.internal.JsonInput;
import java.io.IOException;
import org.jspecify.annotations.Nullable;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.JsonLocation;

/** Jackson 2's parser as the walker's input. */
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

  private static @Nullable Token token(@Nullable JsonToken token) {
    if (token == null) {
      return null;
    }
    switch (token) {
      case START_OBJECT:
        return Token.START_OBJECT;
      case END_OBJECT:
        return Token.END_OBJECT;
      case START_ARRAY:
        return Token.START_ARRAY;
      case END_ARRAY:
        return Token.END_ARRAY;
      case FIELD_NAME:
        return Token.NAME;
      case VALUE_STRING:
        return Token.STRING;
      case VALUE_NUMBER_INT:
        return Token.INTEGER;
      case VALUE_NUMBER_FLOAT:
        return Token.FLOAT;
      case VALUE_TRUE:
        return Token.TRUE;
      case VALUE_FALSE:
        return Token.FALSE;
      case VALUE_NULL:
        return Token.NULL;
      default:
        // An embedded object is not JSON text; "not available" is non-blocking input.
        return Token.NULL;
    }
  }
}
