package io.github.hls4j.governance;

import io.github.hls4j.internal.FreeText;
import java.util.List;
import org.immutables.value.Value;

/**
 * A report's risk assessment: the statement, and each risk it identifies.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class RiskAssessment {

  RiskAssessment() {}

  /**
   * Returns a new builder. The statement is required.
   *
   * @return a builder
   * @since 0.1.0
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the statement.
   *
   * @return the statement
   * @since 0.1.0
   */
  @FreeText
  public abstract String statement();

  /**
   * Returns the risks identified, each as the report words it; empty when none are.
   *
   * @return an unmodifiable list
   * @since 0.1.0
   */
  @FreeText
  public abstract List<String> risks();

  /**
   * Builds a {@link RiskAssessment}. A builder is single-threaded.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableRiskAssessment.Builder {
    Builder() {}
  }
}
