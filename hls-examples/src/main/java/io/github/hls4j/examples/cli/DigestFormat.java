package io.github.hls4j.examples.cli;

/** The values of {@code digest --format}. */
enum DigestFormat {
  markdown(PaperFormat.MARKDOWN),
  html(PaperFormat.HTML),
  json(PaperFormat.JSON),
  docx(PaperFormat.DOCX);

  private final PaperFormat paper;

  DigestFormat(PaperFormat paper) {
    this.paper = paper;
  }

  /** Returns the format the paper is written in. */
  PaperFormat paper() {
    return paper;
  }
}
