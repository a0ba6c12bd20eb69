package io.github.hls4j.json.internal;

import java.io.Closeable;
import java.io.IOException;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * A stream of JSON tokens with their places, over a JSON library's parser. The walker starts on a
 * value's first token and leaves the stream on its last, as Jackson's deserializers do.
 *
 * @since 0.1.0
 */
public interface JsonInput extends Closeable {

  /**
   * The kinds of token.
   *
   * @since 0.1.0
   */
  enum Token {
    /** An opening brace. */
    START_OBJECT,
    /** A closing brace. */
    END_OBJECT,
    /** An opening bracket. */
    START_ARRAY,
    /** A closing bracket. */
    END_ARRAY,
    /** A property name. */
    NAME,
    /** A string value. */
    STRING,
    /** A number without a fraction or exponent. */
    INTEGER,
    /** A number with a fraction or exponent. */
    FLOAT,
    /** {@code true} */
    TRUE,
    /** {@code false} */
    FALSE,
    /** {@code null} */
    NULL;

    /** The token for each of a Jackson {@code JsonToken} class's constants, by ordinal. */
    private static final ClassValue<Token[]> JACKSON =
        new ClassValue<>() {
          @Override
          protected Token[] computeValue(Class<?> type) {
            return Arrays.stream(type.getEnumConstants())
                .map(constant -> ofJackson(((Enum<?>) constant).name()))
                .toArray(Token[]::new);
          }
        };

    /**
     * Returns the token for a Jackson token, of Jackson 2 or 3, from a table made once for each
     * version's {@code JsonToken}.
     *
     * @param jacksonToken a constant of Jackson's {@code JsonToken}, or null at the end of input
     * @return the token, or null for null
     */
    public static @Nullable Token ofJackson(@Nullable Enum<?> jacksonToken) {
      return jacksonToken == null
          ? null
          : JACKSON.get(jacksonToken.getDeclaringClass())[jacksonToken.ordinal()];
    }

    /**
     * Returns the token for a Jackson token by its constant's name, of Jackson 2 or 3. {@code
     * null}, an embedded object (not JSON text) and "not available" (non-blocking input) read as
     * {@link #NULL}.
     *
     * @param jacksonName the name of the constant of Jackson's {@code JsonToken}
     * @return the token
     */
    static Token ofJackson(String jacksonName) {
      return switch (jacksonName) {
        case "START_OBJECT" -> START_OBJECT;
        case "END_OBJECT" -> END_OBJECT;
        case "START_ARRAY" -> START_ARRAY;
        case "END_ARRAY" -> END_ARRAY;
        case "FIELD_NAME", "PROPERTY_NAME" -> NAME;
        case "VALUE_STRING" -> STRING;
        case "VALUE_NUMBER_INT" -> INTEGER;
        case "VALUE_NUMBER_FLOAT" -> FLOAT;
        case "VALUE_TRUE" -> TRUE;
        case "VALUE_FALSE" -> FALSE;
        default -> NULL;
      };
    }
  }

  /**
   * Moves to the next token.
   *
   * @return the token, or null at the end of the input
   * @throws IOException if the input cannot be read or is not JSON
   */
  @Nullable Token next() throws IOException;

  /**
   * Returns the current token.
   *
   * @return the token, or null before the first and after the last
   */
  @Nullable Token current();

  /**
   * Returns the text of the current token: a property name, a string's value or a number as
   * written.
   *
   * @return the text
   * @throws IOException if the input cannot be read
   */
  String text() throws IOException;

  /**
   * Returns the line of the current token's start.
   *
   * @return the line, from 1, or 0 where unknown
   */
  int line();

  /**
   * Returns the column of the current token's start.
   *
   * @return the column, from 1, or 0 where unknown
   */
  int column();

  /**
   * Releases what the input holds; by default, nothing.
   *
   * @throws IOException if the input cannot be closed
   */
  @Override
  default void close() throws IOException {}

  /**
   * Returns a problem that this input's JSON library reported, placed by the exception's fields
   * (its location, or else the parser's, and the parser's path), never by its message.
   *
   * @param e an exception thrown while this input was read
   * @return the located problem, or null if the exception is not the library's
   */
  default @Nullable JsonSyntaxException syntax(Exception e) {
    return e instanceof JsonSyntaxException ? (JsonSyntaxException) e : null;
  }
}
