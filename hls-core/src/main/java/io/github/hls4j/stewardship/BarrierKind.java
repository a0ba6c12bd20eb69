package io.github.hls4j.stewardship;

/**
 * A kind of barrier that the system puts in the way of working differently, which a steward's
 * {@link Remit} may cover. The Somerset report names flexible thresholds, joint commissioning,
 * flexibility in spending and silos between services.
 *
 * @since 0.1.0
 */
public enum BarrierKind {
  /** Eligibility thresholds for support. */
  THRESHOLDS,
  /** How services are commissioned, jointly or apart. */
  COMMISSIONING,
  /** Flexibility in spending: budgets, funding rules. */
  SPENDING_FLEXIBILITY,
  /** Sharing information between services and organisations. */
  DATA_SHARING,
  /** Roles, terms and capacity of staff. */
  WORKFORCE,
  /** Local policy and procedure. */
  POLICY,
  /** The law: to be made visible, never worked around. */
  LEGISLATION
}
