package io.github.hls4j.stewardship;

/**
 * A kind of barrier that the system puts in the way of working differently, which a steward's
 * {@link Remit} may cover. The Somerset report names flexible thresholds, joint commissioning,
 * flexibility in spending and silos between services; places that adopt HLS also meet barriers that
 * only national government can remove, such as funding regimes and inspection.
 *
 * @since 0.1.0
 */
public enum BarrierKind {
  /** Eligibility thresholds for support. */
  THRESHOLDS(BarrierLevel.LOCAL),
  /** How services are commissioned, jointly or apart. */
  COMMISSIONING(BarrierLevel.LOCAL),
  /** Flexibility in spending: budgets, funding rules. */
  SPENDING_FLEXIBILITY(BarrierLevel.LOCAL),
  /** Sharing information between services and organisations. */
  DATA_SHARING(BarrierLevel.LOCAL),
  /** Roles, terms and capacity of staff. */
  WORKFORCE(BarrierLevel.LOCAL),
  /** Local policy and procedure. */
  POLICY(BarrierLevel.LOCAL),
  /** The law: to be made visible, never worked around. */
  LEGISLATION(BarrierLevel.NATIONAL),
  /** National policy and guidance from government departments. */
  NATIONAL_POLICY(BarrierLevel.NATIONAL),
  /** How money reaches the place: grant conditions, ring-fencing, short-term funding rounds. */
  FUNDING_REGIME(BarrierLevel.NATIONAL),
  /** What regulators and inspectorates look for and how they judge it. */
  REGULATION_AND_INSPECTION(BarrierLevel.NATIONAL),
  /** How central government and local bodies deal with each other. */
  CENTRAL_LOCAL_RELATIONS(BarrierLevel.NATIONAL),
  /** An organisation's culture: habits of control, blame or risk aversion. */
  ORGANISATIONAL_CULTURE(BarrierLevel.LOCAL),
  /** Incentives that reward the wrong thing, such as payment by activity or by target. */
  PERVERSE_INCENTIVES(BarrierLevel.LOCAL),
  /** Leaders changing so often that relationships and learning are lost. */
  LEADERSHIP_CHURN(BarrierLevel.LOCAL);

  private final BarrierLevel usualLevel;

  BarrierKind(BarrierLevel usualLevel) {
    this.usualLevel = usualLevel;
  }

  /**
   * Returns the level at which a barrier of this kind can usually be removed, which a {@code
   * Barrier} takes unless it says otherwise: national for legislation, national policy, funding
   * regimes, regulation and inspection, and central–local relations; local for the rest.
   *
   * @return the usual level
   * @since 0.1.0
   */
  public BarrierLevel usualLevel() {
    return usualLevel;
  }
}
