package io.github.hls4j.json;

import java.util.Locale;

/**
 * A JSON document that cannot be read as what was asked for. The message names the source, the line
 * and column, the JSON Pointer of the offending value (left out for the whole document) and the
 * problem, in the model's public names:
 *
 * <pre>{@code
 * report.json:35:18: /meetingDate: BoardReport.meetingDate: expected a date such as 2025-01-15, got "15/01/2025"
 * }</pre>
 *
 * <p>Control characters in the quoted value are shown as escapes, so that the message is one line.
 *
 * @since 0.1.0
 */
public final class InvalidJsonException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String source;
  private final int line;
  private final int column;
  private final String pointer;
  private final String problem;

  /**
   * Returns an exception for a problem at a place in a source.
   *
   * @param source the input's name, such as a file name, or {@code -} for standard input
   * @param line the line of the offending value, from 1, or 0 where unknown
   * @param column the column of the offending value, from 1, or 0 where unknown
   * @param pointer the JSON Pointer of the offending value, {@code ""} for the whole document
   * @param problem what is wrong, naming the type and attribute where there is one
   * @since 0.1.0
   */
  public InvalidJsonException(String source, int line, int column, String pointer, String problem) {
    super(
        source
            + (line > 0 ? String.format(Locale.ROOT, ":%d:%d", line, column) : "")
            + ": "
            + (pointer.isEmpty() ? "" : pointer + ": ")
            + problem);
    this.source = source;
    this.line = line;
    this.column = column;
    this.pointer = pointer;
    this.problem = problem;
  }

  /**
   * Returns the input's name.
   *
   * @return the source
   * @since 0.1.0
   */
  public String source() {
    return source;
  }

  /**
   * Returns the line of the offending value.
   *
   * @return the line, from 1, or 0 where unknown
   * @since 0.1.0
   */
  public int line() {
    return line;
  }

  /**
   * Returns the column of the offending value.
   *
   * @return the column, from 1, or 0 where unknown
   * @since 0.1.0
   */
  public int column() {
    return column;
  }

  /**
   * Returns the JSON Pointer (RFC 6901) of the offending value, such as {@code
   * /recommendations/1/number}.
   *
   * @return the pointer, {@code ""} for the whole document
   * @since 0.1.0
   */
  public String pointer() {
    return pointer;
  }

  /**
   * Returns what is wrong, without the place.
   *
   * @return the problem
   * @since 0.1.0
   */
  public String problem() {
    return problem;
  }
}
