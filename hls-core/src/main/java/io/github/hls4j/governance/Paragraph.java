package io.github.hls4j.governance;

import io.github.hls4j.internal.Checks;
import io.github.hls4j.internal.FreeText;
import io.github.hls4j.internal.NotFreeText;
import java.util.List;
import org.immutables.value.Value;

/**
 * A numbered paragraph of a {@link ReportSection}, such as 1.1: its blocks of text and any list
 * that follows them. A paragraph may be empty, as 4.2 of the Somerset report is; the rule {@code
 * governance/empty-paragraph} reports it.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Paragraph {

  Paragraph() {}

  /**
   * Returns a new builder. The number is required.
   *
   * @return a builder
   * @since 0.1.0
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the paragraph's number as written, such as {@code 1.1}.
   *
   * @return the number
   * @since 0.1.0
   */
  @NotFreeText(NotFreeText.Kind.CODE)
  public abstract String number();

  /**
   * Returns the paragraph's blocks of text, in order.
   *
   * @return an unmodifiable list, possibly empty
   * @since 0.1.0
   */
  @FreeText
  public abstract List<String> text();

  /**
   * Returns the list that follows the text, in order.
   *
   * @return an unmodifiable list, possibly empty
   * @since 0.1.0
   */
  public abstract List<ListItem> items();

  /**
   * Returns whether the paragraph says nothing: no text and no item that is not blank.
   *
   * @return {@code true} for an empty paragraph
   * @since 0.1.0
   */
  public boolean isEmpty() {
    for (String t : text()) {
      if (!t.isBlank()) {
        return false;
      }
    }
    for (ListItem item : items()) {
      if (!item.text().isBlank()) {
        return false;
      }
    }
    return true;
  }

  @Value.Check
  void check() {
    Checks.id("Paragraph", "number", number());
  }

  /**
   * Builds a {@link Paragraph}. A builder is single-threaded.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableParagraph.Builder {
    Builder() {}
  }
}
