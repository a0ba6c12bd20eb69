package io.github.hls4j.learning;

/**
 * How a measure attached to a learning cycle is used. Only {@link #LEARNING} fits a learning
 * system: a measure used as a target or a payment trigger is the "markets, managers and metrics"
 * pattern ({@code learning/measure-as-target}).
 *
 * @since 0.1.0
 */
public enum MeasureUse {
  /** To learn from. */
  LEARNING,
  /** As a performance target. */
  TARGET,
  /** As a trigger for payment. */
  PAYMENT_TRIGGER
}
