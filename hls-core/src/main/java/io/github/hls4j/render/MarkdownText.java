package io.github.hls4j.render;

import com.google.common.escape.Escaper;
import com.google.common.escape.Escapers;

/** Escapes model text for Markdown so that it reads as written, in running text and table cells. */
final class MarkdownText {

  private static final Escaper ESCAPER =
      Escapers.builder()
          .addEscape('\\', "\\\\")
          .addEscape('*', "\\*")
          .addEscape('_', "\\_")
          .addEscape('`', "\\`")
          .addEscape('[', "\\[")
          .addEscape(']', "\\]")
          .addEscape('<', "&lt;")
          .addEscape('>', "&gt;")
          .addEscape('|', "\\|")
          .addEscape('\n', " ")
          .addEscape('\r', " ")
          .build();

  private MarkdownText() {}

  static String escape(String text) {
    return ESCAPER.escape(text);
  }
}
