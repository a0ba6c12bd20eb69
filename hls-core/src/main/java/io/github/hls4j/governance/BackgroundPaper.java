package io.github.hls4j.governance;

import io.github.hls4j.internal.FreeText;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A background paper a report lists, with the link to it where the report gives one.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class BackgroundPaper {

  BackgroundPaper() {}

  /**
   * Returns a new builder. The title is required.
   *
   * @return a builder
   * @since 0.1.0
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the title, as the report gives it.
   *
   * @return the title
   * @since 0.1.0
   */
  @FreeText
  public abstract String title();

  /**
   * Returns the link to the paper.
   *
   * @return the link, if the report gives one
   * @since 0.1.0
   */
  public abstract Optional<Link> link();

  /**
   * Builds a {@link BackgroundPaper}. A builder is single-threaded.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableBackgroundPaper.Builder {
    Builder() {}
  }
}
