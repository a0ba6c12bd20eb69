package io.github.hls4j.text;

import java.util.Locale;

/**
 * hls4j's one policy for characters that must not reach a screen or a page as they are, used by
 * {@link io.github.hls4j.validation.ValidationResult#toString()}, the renderers and the {@code hls}
 * command, and open to users who show findings or model text themselves: C0 and C1 control
 * characters, bidirectional overrides and isolates, zero-width and other invisible format
 * characters, and unpaired surrogates. Each is shown visibly as <code>&#92;uXXXX</code>, so that a
 * value can neither move a terminal's cursor, retitle its window, reverse the text around it nor
 * forge a line, and nothing is silently lost.
 *
 * @since 0.1.0
 */
public final class Printable {

  private Printable() {}

  /**
   * Returns the text with every such character shown as <code>&#92;uXXXX</code>; line breaks too,
   * when {@code keepLineBreaks} is false.
   *
   * @param text the text
   * @param keepLineBreaks whether {@code \n} stays as it is
   * @return the text; the same instance when nothing needed showing
   * @since 0.1.0
   */
  public static String visible(String text, boolean keepLineBreaks) {
    StringBuilder shown = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean unsafe;
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        if (shown != null) {
          shown.append(c).append(text.charAt(i + 1));
        }
        i++;
        continue;
      } else if (Character.isSurrogate(c)) {
        unsafe = true;
      } else if (c == '\n') {
        unsafe = !keepLineBreaks;
      } else {
        unsafe = Character.isISOControl(c) || Character.getType(c) == Character.FORMAT;
      }
      if (unsafe && shown == null) {
        shown = new StringBuilder(text.length() + 8).append(text, 0, i);
      }
      if (shown != null) {
        if (unsafe) {
          shown.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
        } else {
          shown.append(c);
        }
      }
    }
    return shown == null ? text : shown.toString();
  }

  /**
   * Returns the text on one line, every unprintable character and line break shown as <code>
   * &#92;uXXXX</code>.
   *
   * @param text the text
   * @return the text
   * @since 0.1.0
   */
  public static String oneLine(String text) {
    return visible(text, false);
  }
}
