package io.github.hls4j.json.internal;

import java.io.IOException;

/**
 * A JSON library's parsers as the hardened reader's input: each JSON module gives one, set with the
 * reader's limits and strict about duplicate keys, and {@link JsonText#parsers} is the one that
 * needs no library. The input places the library's problems by the exception's fields ({@link
 * JsonInput#syntax}).
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface JsonParsers {

  /**
   * Returns an input over a whole document, before its first token.
   *
   * @param bytes the document, UTF-8
   * @return the input
   * @throws IOException if the input cannot be opened
   */
  JsonInput open(byte[] bytes) throws IOException;
}
