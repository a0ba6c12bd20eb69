package io.github.hls4j.governance;

import io.github.hls4j.internal.Checks;
import io.github.hls4j.internal.FreeText;
import java.util.List;
import org.immutables.value.Value;

/**
 * A numbered section of a {@link BoardReport}, such as "1. Background", with its numbered
 * paragraphs.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class ReportSection {

  ReportSection() {}

  /**
   * Returns a new builder. The number, the heading and the kind are required.
   *
   * @return a builder
   * @since 0.1.0
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the section's number, from 1.
   *
   * @return the number
   * @since 0.1.0
   */
  public abstract int number();

  /**
   * Returns the heading, such as "Background".
   *
   * @return the heading
   * @since 0.1.0
   */
  @FreeText
  public abstract String heading();

  /**
   * Returns what the section is for.
   *
   * @return the kind
   * @since 0.1.0
   */
  public abstract SectionKind kind();

  /**
   * Returns the numbered paragraphs, in order.
   *
   * @return an unmodifiable list, possibly empty
   * @since 0.1.0
   */
  public abstract List<Paragraph> paragraphs();

  @Value.Check
  void check() {
    Checks.atLeast("ReportSection", "number", number(), 1);
  }

  /**
   * Builds a {@link ReportSection}. A builder is single-threaded.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableReportSection.Builder {
    Builder() {}
  }
}
