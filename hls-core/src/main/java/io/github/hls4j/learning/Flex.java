package io.github.hls4j.learning;

/**
 * What an experiment flexes: each needs a safe and legal confirmation by an accountable steward.
 *
 * @since 0.1.0
 */
public enum Flex {
  /** An eligibility threshold. */
  THRESHOLD,
  /** A rule or procedure. */
  RULE,
  /** A spending line or budget. */
  SPENDING_LINE
}
