package io.github.hls4j.render;

import com.google.common.escape.Escaper;
import com.google.common.escape.Escapers;
import io.github.hls4j.internal.ConstantWords;

/**
 * Text helpers of the renderers: escapes model text for Markdown so that it reads as written, in
 * running text and table cells, and turns enum constants into words.
 */
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

  /** Returns an enum constant's name as lower-case words: {@code SOCIAL_VALUE} as "social value". */
  static String words(String constant) {
    return ConstantWords.of(constant);
  }
}
