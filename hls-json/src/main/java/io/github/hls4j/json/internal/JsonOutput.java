package io.github.hls4j.json.internal;

import java.io.IOException;

/**
 * A sink of JSON tokens, over a JSON library's generator.
 *
 * @since 0.1.0
 */
public interface JsonOutput {

  /**
   * Writes an opening brace.
   *
   * @throws IOException if the output fails
   */
  void startObject() throws IOException;

  /**
   * Writes a closing brace.
   *
   * @throws IOException if the output fails
   */
  void endObject() throws IOException;

  /**
   * Writes an opening bracket.
   *
   * @throws IOException if the output fails
   */
  void startArray() throws IOException;

  /**
   * Writes a closing bracket.
   *
   * @throws IOException if the output fails
   */
  void endArray() throws IOException;

  /**
   * Writes a property name.
   *
   * @param name the name
   * @throws IOException if the output fails
   */
  void name(String name) throws IOException;

  /**
   * Writes a string.
   *
   * @param value the string
   * @throws IOException if the output fails
   */
  void string(String value) throws IOException;

  /**
   * Writes a whole number.
   *
   * @param value the number
   * @throws IOException if the output fails
   */
  void number(long value) throws IOException;

  /**
   * Writes {@code true} or {@code false}.
   *
   * @param value the value
   * @throws IOException if the output fails
   */
  void bool(boolean value) throws IOException;
}
