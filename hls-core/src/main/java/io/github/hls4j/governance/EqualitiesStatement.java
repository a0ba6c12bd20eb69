package io.github.hls4j.governance;

import io.github.hls4j.internal.FreeText;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A report's equalities implications under the public sector equality duty: whether an impact
 * assessment was carried out and, if not, why not.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class EqualitiesStatement {

  EqualitiesStatement() {}

  /**
   * Returns a new builder. The impact assessment is required.
   *
   * @return a builder
   * @since 0.1.0
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns whether an equalities impact assessment was carried out.
   *
   * @return the assessment's status
   * @since 0.1.0
   */
  public abstract ImpactAssessment impactAssessment();

  /**
   * Returns the statement: what the assessment found, or why none was needed.
   *
   * @return the statement, if given
   * @since 0.1.0
   */
  @FreeText
  public abstract Optional<String> statement();

  /**
   * Builds an {@link EqualitiesStatement}. A builder is single-threaded.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableEqualitiesStatement.Builder {
    Builder() {}
  }
}
