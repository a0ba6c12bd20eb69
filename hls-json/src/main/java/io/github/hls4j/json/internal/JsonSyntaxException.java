package io.github.hls4j.json.internal;

import io.github.hls4j.validation.Reason;
import java.io.IOException;

/**
 * Input that is not JSON, or that breaks a limit, with its place as the parser knows it: the line,
 * the column, the byte offset and the JSON Pointer of the value being read. An adapter builds it
 * from the fields of its JSON library's exception (a location and a path), never from the
 * exception's message text, which gives only {@link #problem()}.
 *
 * @since 0.1.0
 */
public final class JsonSyntaxException extends IOException {

  private static final long serialVersionUID = 1L;

  private final int line;
  private final int column;
  private final long offset;
  private final String pointer;
  private final Reason reason;

  /**
   * Returns an exception for a problem at a place.
   *
   * @param line the line, from 1, or 0 where unknown
   * @param column the column, from 1, or 0 where unknown
   * @param offset the byte offset from 0, or -1 where unknown
   * @param pointer the JSON Pointer of the value being read, {@code ""} for the whole document
   * @param problem what is wrong, on one line, in the JSON library's words
   * @param cause the JSON library's exception, or null
   */
  public JsonSyntaxException(
      int line,
      int column,
      long offset,
      String pointer,
      String problem,
      @org.jspecify.annotations.Nullable Throwable cause) {
    this(line, column, offset, pointer, Problems.detail("json/syntax", problem), cause);
  }

  /**
   * Returns an exception for a problem at a place, with its reason.
   *
   * @param line the line, from 1, or 0 where unknown
   * @param column the column, from 1, or 0 where unknown
   * @param offset the byte offset from 0, or -1 where unknown
   * @param pointer the JSON Pointer of the value being read, {@code ""} for the whole document
   * @param reason what is wrong, as a message key and named arguments
   * @param cause the JSON library's exception, or null
   */
  public JsonSyntaxException(
      int line,
      int column,
      long offset,
      String pointer,
      Reason reason,
      @org.jspecify.annotations.Nullable Throwable cause) {
    super(reason.english(), cause);
    this.line = Math.max(0, line);
    this.column = Math.max(0, column);
    this.offset = offset;
    this.pointer = pointer;
    this.reason = reason;
  }

  /**
   * Returns the line of the problem.
   *
   * @return the line, from 1, or 0 where unknown
   */
  public int line() {
    return line;
  }

  /**
   * Returns the column of the problem.
   *
   * @return the column, from 1, or 0 where unknown
   */
  public int column() {
    return column;
  }

  /**
   * Returns the byte offset of the problem.
   *
   * @return the offset from 0, or -1 where unknown
   */
  public long offset() {
    return offset;
  }

  /**
   * Returns the JSON Pointer of the value being read.
   *
   * @return the pointer, {@code ""} for the whole document
   */
  public String pointer() {
    return pointer;
  }

  /**
   * Returns what is wrong.
   *
   * @return the problem
   */
  public String problem() {
    return reason.english();
  }

  /**
   * Returns what is wrong as a message key and named arguments.
   *
   * @return the reason
   */
  public Reason reason() {
    return reason;
  }
}
