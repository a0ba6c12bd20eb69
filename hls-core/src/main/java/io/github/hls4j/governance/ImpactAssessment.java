package io.github.hls4j.governance;

/**
 * Whether an equalities impact assessment was made for a decision, under the public sector equality
 * duty.
 *
 * @since 0.1.0
 */
public enum ImpactAssessment {
  /** An equalities impact assessment was carried out. */
  CARRIED_OUT,
  /** No assessment was made because it was judged not needed; the reason must be given. */
  NOT_NEEDED,
  /**
   * Whether an assessment is needed is not decided yet, as in a drafted paper whose statement
   * leaves that to a person; the rules ask for the statement, as for {@link #NOT_NEEDED}.
   */
  UNDECIDED
}
