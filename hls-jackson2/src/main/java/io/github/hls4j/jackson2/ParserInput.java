package io.github.hls4j.jackson2;

import static java.util.Objects.requireNonNullElse;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.hls4j.json.internal.DocumentShape;
import io.github.hls4j.json.internal.JsonInput;
import io.github.hls4j.json.internal.JsonSyntaxException;
import io.github.hls4j.json.internal.Problems;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/** Jackson 2's parser as the walker's input, which places Jackson's problems by their fields. */
final class ParserInput implements JsonInput {

  private final JsonParser parser;

  ParserInput(JsonParser parser) {
    this.parser = parser;
  }

  @Override
  public @Nullable Token next() throws IOException {
    return Token.ofJackson(parser.nextToken());
  }

  @Override
  public @Nullable Token current() {
    return Token.ofJackson(parser.currentToken());
  }

  @Override
  public String text() throws IOException {
    return requireNonNullElse(parser.getText(), "");
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
    if (!(e instanceof JsonProcessingException problem)) {
      return null;
    }
    JsonLocation where = requireNonNullElse(problem.getLocation(), parser.currentLocation());
    String pointer = parser.getParsingContext().pathAsPointer().toString();
    var message =
        Problems.detail(
            problem instanceof com.fasterxml.jackson.core.exc.StreamConstraintsException
                ? "json/limit"
                : problem instanceof com.fasterxml.jackson.core.io.JsonEOFException
                    ? "json/ends-early"
                    : "json/syntax",
            DocumentShape.firstLine(problem.getOriginalMessage()));
    return where == null
        ? new JsonSyntaxException(0, 0, -1, pointer, message, e)
        : new JsonSyntaxException(
            where.getLineNr(), where.getColumnNr(), where.getByteOffset(), pointer, message, e);
  }
}
