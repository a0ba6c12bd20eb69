package io.github.hls4j.governance;

import io.github.hls4j.internal.FreeText;
import io.github.hls4j.internal.NotFreeText;
import org.immutables.value.Value;

/**
 * A hyperlink as a document holds it: the text shown and the target. The target is kept as written,
 * so that a link to {@code #} or to nothing can be represented and reported by {@code
 * governance/broken-link}.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Link {

  Link() {}

  /**
   * Returns a link.
   *
   * @param text the text shown
   * @param target the target as written, such as {@code https://example.org/paper.pdf}
   * @return the link
   * @since 0.1.0
   */
  public static Link of(String text, String target) {
    return ImmutableLink.of(text, target);
  }

  /**
   * Returns the text shown.
   *
   * @return the text
   * @since 0.1.0
   */
  @Value.Parameter
  @FreeText
  public abstract String text();

  /**
   * Returns the target as written.
   *
   * @return the target
   * @since 0.1.0
   */
  @Value.Parameter
  @NotFreeText(NotFreeText.Kind.CODE)
  public abstract String target();
}
