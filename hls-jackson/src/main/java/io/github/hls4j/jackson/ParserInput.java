package io.github.hls4j.jackson;

import static java.util.Objects.requireNonNullElse;

import io.github.hls4j.json.internal.DocumentShape;
import io.github.hls4j.json.internal.JsonInput;
import io.github.hls4j.json.internal.JsonSyntaxException;
import io.github.hls4j.json.internal.Problems;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;

/** Jackson 3's parser as the walker's input, which places Jackson's problems by their fields. */
final class ParserInput implements JsonInput {

  private final JsonParser parser;

  ParserInput(JsonParser parser) {
    this.parser = parser;
  }

  @Override
  public @Nullable Token next() {
    return Token.ofJackson(parser.nextToken());
  }

  @Override
  public @Nullable Token current() {
    return Token.ofJackson(parser.currentToken());
  }

  @Override
  public String text() {
    return requireNonNullElse(parser.getString(), ""); // a property's name, on a property name
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
    if (!(e instanceof JacksonException problem)) {
      return null;
    }
    TokenStreamLocation where = requireNonNullElse(problem.getLocation(), parser.currentLocation());
    String pointer = parser.streamReadContext().pathAsPointer().toString();
    var message =
        Problems.detail(
            problem instanceof tools.jackson.core.exc.StreamConstraintsException
                ? "json/limit"
                : problem instanceof tools.jackson.core.exc.UnexpectedEndOfInputException
                    ? "json/ends-early"
                    : "json/syntax",
            DocumentShape.firstLine(problem.getOriginalMessage()));
    return where == null
        ? new JsonSyntaxException(0, 0, -1, pointer, message, e)
        : new JsonSyntaxException(
            where.getLineNr(), where.getColumnNr(), where.getByteOffset(), pointer, message, e);
  }
}
