package io.github.hls4j.json;

import io.github.hls4j.validation.Phrasebook;
import io.github.hls4j.validation.Reason;
import java.util.Locale;
import java.util.Map;

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
 * The problem is also data, a {@link #reason()}: a message key and named arguments, worded in
 * another language by {@link #message(Phrasebook)}.
 *
 * @since 0.1.0
 */
public final class InvalidJsonException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String source;
  private final int line;
  private final int column;
  private final String pointer;
  private final Reason reason;

  /**
   * Returns an exception for a problem at a place in a source, the problem given in English only:
   * its {@link #reason()} is {@code json/problem} with the problem as its one argument.
   *
   * @param source the input's name, such as a file name, or {@code -} for standard input
   * @param line the line of the offending value, from 1, or 0 where unknown
   * @param column the column of the offending value, from 1, or 0 where unknown
   * @param pointer the JSON Pointer of the offending value, {@code ""} for the whole document
   * @param problem what is wrong, naming the type and attribute where there is one
   * @since 0.1.0
   */
  public InvalidJsonException(String source, int line, int column, String pointer, String problem) {
    this(
        source,
        line,
        column,
        pointer,
        Reason.of("json/problem", Map.of("problem", problem), problem));
  }

  /**
   * Returns an exception for a problem at a place in a source, with the problem's reason.
   *
   * @param source the input's name, such as a file name, or {@code -} for standard input
   * @param line the line of the offending value, from 1, or 0 where unknown
   * @param column the column of the offending value, from 1, or 0 where unknown
   * @param pointer the JSON Pointer of the offending value, {@code ""} for the whole document
   * @param reason what is wrong, as a message key and named arguments, naming the type and
   *     attribute where there is one
   * @since 0.1.0
   */
  public InvalidJsonException(String source, int line, int column, String pointer, Reason reason) {
    super(place(source, line, column, pointer) + reason.english());
    this.source = source;
    this.line = line;
    this.column = column;
    this.pointer = pointer;
    this.reason = reason;
  }

  private static String place(String source, int line, int column, String pointer) {
    return source
        + (line > 0 ? String.format(Locale.ROOT, ":%d:%d", line, column) : "")
        + ": "
        + (pointer.isEmpty() ? "" : pointer + ": ");
  }

  /**
   * Returns the words of the readers' problems and of the model's refusals, by message key, in a
   * language: English for {@code en} and for any language hls4j has no words in, Welsh for {@code
   * cy}. A council may add or replace phrases with {@link Phrasebook#with(Map)}.
   *
   * @param locale the language
   * @return the phrasebook
   * @since 0.1.0
   */
  public static Phrasebook phrasebook(Locale locale) {
    return Phrasebook.read(InvalidJsonException.class::getResourceAsStream, "problems", locale)
        .and(Reason.phrasebook(locale));
  }

  /**
   * Returns the message in a phrasebook's language: the source, line and column, and pointer as
   * {@link #getMessage()} gives them, then the problem worded by the phrasebook.
   *
   * <pre>{@code
   * String neges = e.message(InvalidJsonException.phrasebook(Locale.forLanguageTag("cy")));
   * }</pre>
   *
   * @param words the phrases, such as {@link #phrasebook(Locale)}
   * @return the message
   * @since 0.1.0
   */
  public String message(Phrasebook words) {
    return place(source, line, column, pointer) + reason.message(words);
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
    return reason.english();
  }

  /**
   * Returns what is wrong as a message key and named arguments: the key of the JSON reader's
   * problem, such as {@code json/expected}, or of the model's refusal, such as {@code
   * model/not-blank}, with the type and attribute, the value, and the form expected among the
   * arguments.
   *
   * @return the reason
   * @since 0.1.0
   */
  public Reason reason() {
    return reason;
  }
}
