package io.github.hls4j.json.internal;

import io.github.hls4j.validation.Reason;

/**
 * A JSON value that does not fit hls4j's form, with its place: the line and column of the token
 * where the problem was found, the JSON Pointer of the value, relative to where the walk started,
 * and the problem in the model's public names.
 *
 * @since 0.1.0
 */
public final class FormException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String pointer;
  private final int line;
  private final int column;
  private final Reason reason;

  FormException(
      String pointer,
      int line,
      int column,
      Reason reason,
      @org.jspecify.annotations.Nullable Throwable cause) {
    super(reason.english(), cause);
    this.pointer = pointer;
    this.line = line;
    this.column = column;
    this.reason = reason;
  }

  /**
   * Returns the JSON Pointer of the offending value, relative to where the walk started.
   *
   * @return the pointer, {@code ""} for the value the walk started on
   */
  public String pointer() {
    return pointer;
  }

  /**
   * Returns the line of the offending token.
   *
   * @return the line, from 1, or 0 where unknown
   */
  public int line() {
    return line;
  }

  /**
   * Returns the column of the offending token.
   *
   * @return the column, from 1, or 0 where unknown
   */
  public int column() {
    return column;
  }

  /**
   * Returns the problem, naming the type and attribute, the form expected and the value given.
   *
   * @return the problem
   */
  public String problem() {
    return reason.english();
  }

  /**
   * Returns the problem as a message key and named arguments.
   *
   * @return the reason
   */
  public Reason reason() {
    return reason;
  }
}
