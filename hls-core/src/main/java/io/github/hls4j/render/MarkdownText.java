package io.github.hls4j.render;

import com.google.common.base.Ascii;
import com.google.common.escape.Escaper;
import com.google.common.escape.Escapers;
import io.github.hls4j.internal.ConstantWords;
import io.github.hls4j.text.Printable;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text helpers of the renderers: model text as Markdown that stays text under any engine
 * (CommonMark, GitHub, Python-Markdown): it reads as written, in running text and table cells, and
 * never opens a block, an HTML element, a link or an emphasis of its own.
 */
final class MarkdownText {

  /** Every character Markdown or its HTML could read as markup, escaped; line breaks folded. */
  private static final Escaper ESCAPER =
      Escapers.builder()
          .addEscape('\\', "\\\\")
          .addEscape('*', "\\*")
          .addEscape('_', "\\_")
          .addEscape('`', "\\`")
          .addEscape('~', "\\~")
          .addEscape('<', "&lt;")
          .addEscape('>', "&gt;")
          .addEscape('|', "\\|")
          .addEscape('\n', " ")
          .addEscape('\r', " ")
          .build();

  /**
   * What could open a block at the start of a line: a heading, quote, list, rule, fence or setext
   * line.
   */
  private static final Pattern BLOCK_START =
      Pattern.compile(
          "^(#{1,6}(?=[ \\t]|$)|>|[-+](?=[ \\t]|$)|-{2,}|=+(?=[ \\t]*$)|\\d{1,9}[.)](?=[ \\t]|$))");

  private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*):");

  private MarkdownText() {}

  /**
   * Returns text for Markdown: unprintable characters shown as <code>&#92;uXXXX</code>, markup
   * characters escaped, line breaks folded to spaces, leading white space written as a character
   * reference so that it cannot indent code, and a leading block marker escaped.
   */
  static String escape(String text) {
    String escaped = escapeInContext(Printable.visible(text, true));
    int start = 0;
    while (start < escaped.length()
        && (escaped.charAt(start) == ' ' || escaped.charAt(start) == '\t')) {
      start++;
    }
    StringBuilder out = new StringBuilder(escaped.length() + 8);
    if (start > 0) {
      out.append("&#32;").append(escaped, 1, start);
    }
    String rest = escaped.substring(start);
    Matcher block = BLOCK_START.matcher(rest);
    if (block.find()) {
      String marker = block.group(1);
      int last = marker.length() - 1;
      out.append(marker, 0, last)
          .append('\\')
          .append(marker.charAt(last))
          .append(rest.substring(marker.length()));
    } else {
      out.append(rest);
    }
    return out.toString();
  }

  /** An ampersand that would start a character reference. */
  private static final Pattern REFERENCE =
      Pattern.compile("&(#[0-9]{1,7};|#[xX][0-9a-fA-F]{1,6};|[A-Za-z][A-Za-z0-9]{0,31};)");

  /**
   * Escapes the characters that are markup wherever they stand with {@link #ESCAPER}, and the two
   * that are markup only in context as little as keeps them text, so that the Markdown reads well
   * as text: an ampersand only where it would start a character reference, so that "chair {@code &}
   * Leader" reads as written, and a closing bracket only where a link could follow it ("](", "][",
   * "]:"). An opening bracket alone opens no link.
   */
  private static String escapeInContext(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      String replacement = null;
      if (c == '&' && REFERENCE.matcher(text).region(i, text.length()).lookingAt()) {
        replacement = "&amp;";
      } else if (c == ']' && i + 1 < text.length() && "([:".indexOf(text.charAt(i + 1)) >= 0) {
        replacement = "\\]";
      }
      if (replacement != null) {
        out.append(ESCAPER.escape(text.substring(start, i))).append(replacement);
        start = i + 1;
      }
    }
    return out.append(ESCAPER.escape(text.substring(start))).toString();
  }

  /**
   * Returns a link target fit to be a live link, written as a destination in angle brackets, when
   * it is an {@code https:}, {@code http:} or {@code mailto:} target; empty otherwise, and the
   * renderer shows the target as text.
   */
  static Optional<String> linkDestination(String target) {
    String trimmed = target.strip();
    Matcher scheme = SCHEME.matcher(trimmed);
    if (!scheme.find()) {
      return Optional.empty();
    }
    String name = Ascii.toLowerCase(scheme.group(1));
    if (!name.equals("https") && !name.equals("http") && !name.equals("mailto")) {
      return Optional.empty();
    }
    StringBuilder destination = new StringBuilder("<");
    for (int i = 0; i < trimmed.length(); i++) {
      char c = trimmed.charAt(i);
      if (c <= ' '
          || c == '<'
          || c == '>'
          || c == '\\'
          || c == 0x7f
          || Character.getType(c) == Character.FORMAT) {
        destination
            .append('%')
            .append(String.format(java.util.Locale.ROOT, "%02X", (int) c & 0xff));
      } else {
        destination.append(c);
      }
    }
    return Optional.of(destination.append('>').toString());
  }

  /**
   * Returns an enum constant's name as lower-case words: {@code SOCIAL_VALUE} as "social value".
   */
  static String words(String constant) {
    return ConstantWords.of(constant);
  }
}
