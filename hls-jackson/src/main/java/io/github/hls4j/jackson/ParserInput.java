package io.github.hls4j.jackson;

import io.github.hls4j.json.internal.JsonInput;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;

/** Jackson 3's parser as the walker's input. */
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
      case PROPERTY_NAME:
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
