package io.github.hls4j.strategy;

/**
 * Where a strategy stands in its life.
 *
 * @since 0.1.0
 */
public enum StrategyStatus {
  /** Written, not yet consulted on. */
  DRAFT,
  /** Consulted on, not yet adopted. */
  CONSULTED,
  /** Adopted: the strategy in force. */
  ADOPTED,
  /** Replaced by a later strategy. */
  SUPERSEDED
}
