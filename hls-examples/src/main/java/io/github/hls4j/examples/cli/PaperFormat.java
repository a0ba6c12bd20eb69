package io.github.hls4j.examples.cli;

/** The formats a board report or a digest's paper is written in. */
enum PaperFormat {
  /** Markdown, in the council template's order. */
  MARKDOWN,
  /** A standalone HTML page, with the findings beside it. */
  HTML,
  /** hls4j's JSON form. */
  JSON,
  /** A Word document in the template's layout. */
  DOCX
}
