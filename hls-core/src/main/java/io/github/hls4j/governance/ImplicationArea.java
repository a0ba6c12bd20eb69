package io.github.hls4j.governance;

/**
 * An area in which a council report states the implications of its recommendations.
 *
 * @since 0.1.0
 */
public enum ImplicationArea {
  /** Money: budgets, costs, savings. */
  FINANCIAL,
  /** Law: powers, duties, legal risk. */
  LEGAL,
  /** The workforce: staff, roles, terms. */
  HR,
  /** Social value: wider benefit to the community. */
  SOCIAL_VALUE,
  /** Partners: other organisations in the system. */
  PARTNERSHIP
}
