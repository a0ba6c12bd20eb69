package io.github.hls4j.examples.cli;

/** The values of {@code render --format}. */
enum RenderFormat {
  markdown(PaperFormat.MARKDOWN),
  html(PaperFormat.HTML),
  docx(PaperFormat.DOCX);

  private final PaperFormat paper;

  RenderFormat(PaperFormat paper) {
    this.paper = paper;
  }

  /** Returns the format the report is written in. */
  PaperFormat paper() {
    return paper;
  }
}
