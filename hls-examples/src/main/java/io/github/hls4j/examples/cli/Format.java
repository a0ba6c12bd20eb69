package io.github.hls4j.examples.cli;

/** Output formats of the listings of {@code validate} and {@code rules}. */
enum Format {
  text,
  json
}
