package io.github.hls4j.json.internal;

import io.github.hls4j.json.InvalidJsonException;
import io.github.hls4j.json.internal.JsonInput.Token;
import java.io.IOException;
import java.util.regex.Pattern;

/**
 * The hardened readers' first pass over a whole document: every token read once, strings whole, so
 * that the parser's limits apply before any value is built; an empty document, a document that is
 * just {@code null}, and content after the document are refused.
 *
 * @since 0.1.0
 */
public final class DocumentShape {

  private DocumentShape() {}

  /**
   * Reads a document's tokens once.
   *
   * @param in the input, before the first token
   * @param expected the public name of the type the document should hold, such as {@code
   *     BoardReport}
   * @throws FormException if the document is empty, {@code null}, or followed by more content
   * @throws IOException if the input is not JSON or breaks a limit
   */
  public static void check(JsonInput in, String expected) throws IOException {
    Token first = in.next();
    if (first == null) {
      throw new FormException(
          "", in.line(), in.column(), Problems.of("json/empty", "expected", expected), null);
    }
    if (first == Token.NULL) {
      throw new FormException(
          "",
          in.line(),
          in.column(),
          Problems.of("json/null-document", "expected", expected),
          null);
    }
    int depth = 0;
    for (Token token = first; token != null; token = in.next()) {
      if (token == Token.STRING) {
        in.text(); // the whole string, so that its limit applies here
      } else if (token == Token.START_OBJECT || token == Token.START_ARRAY) {
        depth++;
      } else if (token == Token.END_OBJECT || token == Token.END_ARRAY) {
        depth--;
      }
      if (depth == 0) {
        break;
      }
    }
    if (in.next() != null) {
      throw new FormException("", in.line(), in.column(), Problems.of("json/trailing"), null);
    }
  }

  /**
   * Returns the problem of a value as the hardened readers report it.
   *
   * @param source the input's name
   * @param e the problem, found by the walker or by this pass
   * @return the exception to throw
   */
  public static InvalidJsonException invalid(String source, FormException e) {
    return new InvalidJsonException(source, e.line(), e.column(), e.pointer(), e.reason());
  }

  /**
   * Returns the walker's problem behind a JSON library's exception, if there is one.
   *
   * @param e the exception
   * @return the walker's problem, or null
   */
  public static @org.jspecify.annotations.Nullable FormException cause(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof FormException) {
        return (FormException) cause;
      }
    }
    return null;
  }

  /**
   * Where a JSON library's limit message names the Java method that sets the limit, such as {@code
   * , from `StreamReadConstraints.getMaxNestingDepth()`}: nothing a reader of the message can act
   * on.
   */
  private static final Pattern JAVA_REFERENCE = Pattern.compile(",?\\s*from\\s*`[^`]*`");

  /**
   * Returns the first line of a JSON library's message, which may go on with a quote of the input,
   * without the Java method a limit's message names.
   *
   * @param message the message
   * @return its first line
   */
  public static String firstLine(@org.jspecify.annotations.Nullable String message) {
    String line = message == null ? "not JSON" : message.lines().findFirst().orElse("not JSON");
    return line.indexOf('`') < 0 ? line : JAVA_REFERENCE.matcher(line).replaceAll("");
  }
}
