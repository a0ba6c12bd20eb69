package io.github.hls4j.validation;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * Where, in the document a subject was read from, a finding's element was written: for a report
 * read from Word, the table, row and cell or the paragraph, and the start of the text there.
 *
 * <p>The {@linkplain #pointer() pointer} is for tools, in the reader's own terms, such as {@code
 * body/table[2]/row[3]/cell[2]}; the {@linkplain #description() description} says the same for
 * people, such as "table 2, row 3, cell 2"; the {@linkplain #quote() quote} is the start of the
 * text there, and may be empty.
 *
 * <pre>{@code
 * Location at = Location.of("body/paragraph[14]", "paragraph 14", "Click or tap here to enter text.");
 * Violation located = violation.withLocation(at);
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Location {

  private final String pointer;
  private final String description;
  private final String quote;

  private Location(String pointer, String description, String quote) {
    this.pointer = pointer;
    this.description = description;
    this.quote = quote;
  }

  /**
   * Returns a location.
   *
   * @param pointer the place for tools, in the reader's terms, such as {@code body/paragraph[14]}
   * @param description the place for people, such as "paragraph 14"
   * @param quote the start of the text there; may be empty
   * @return the location
   * @throws NullPointerException if any argument is null
   * @throws IllegalArgumentException if {@code pointer} or {@code description} is blank
   * @since 0.1.0
   */
  public static Location of(String pointer, String description, String quote) {
    requireNonNull(pointer, "Location.pointer");
    requireNonNull(description, "Location.description");
    requireNonNull(quote, "Location.quote");
    checkArgument(!pointer.isBlank(), "Location.pointer (%s) must not be blank", pointer);
    checkArgument(
        !description.isBlank(), "Location.description (%s) must not be blank", description);
    return new Location(pointer, description, quote);
  }

  /**
   * Returns the place for tools, in the reader's terms, such as {@code
   * body/table[2]/row[3]/cell[2]}.
   *
   * @return the pointer
   * @since 0.1.0
   */
  public String pointer() {
    return pointer;
  }

  /**
   * Returns the place for people, such as "table 2, row 3, cell 2" or "paragraph 14".
   *
   * @return the description
   * @since 0.1.0
   */
  public String description() {
    return description;
  }

  /**
   * Returns the start of the text at the place, as written; empty when there is none.
   *
   * @return the quote
   * @since 0.1.0
   */
  public String quote() {
    return quote;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Location that
        && pointer.equals(that.pointer)
        && description.equals(that.description)
        && quote.equals(that.quote);
  }

  @Override
  public int hashCode() {
    return (pointer.hashCode() * 31 + description.hashCode()) * 31 + quote.hashCode();
  }

  /**
   * Returns the description and, when there is one, the quote: {@code table 2, row 3, cell 2
   * "Munro"}.
   */
  @Override
  public String toString() {
    return quote.isEmpty() ? description : description + " \"" + quote + "\"";
  }
}
