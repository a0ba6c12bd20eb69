package io.github.hls4j.governance;

import io.github.hls4j.internal.FreeText;
import io.github.hls4j.internal.NotFreeText;
import org.immutables.value.Value;

/**
 * One item of a list inside a {@link Paragraph}, with its label as written, such as {@code (1)}.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class ListItem {

  ListItem() {}

  /**
   * Returns a list item.
   *
   * @param label the label as written, such as {@code (1)}; may be empty
   * @param text the item's text
   * @return the item
   * @since 0.1.0
   */
  public static ListItem of(String label, String text) {
    return ImmutableListItem.of(label, text);
  }

  /**
   * Returns the label as written, such as {@code (1)}.
   *
   * @return the label, possibly empty
   * @since 0.1.0
   */
  @Value.Parameter
  @NotFreeText(NotFreeText.Kind.CODE)
  public abstract String label();

  /**
   * Returns the item's text.
   *
   * @return the text
   * @since 0.1.0
   */
  @Value.Parameter
  @FreeText
  public abstract String text();
}
