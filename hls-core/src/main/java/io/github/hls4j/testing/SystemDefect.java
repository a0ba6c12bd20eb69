package io.github.hls4j.testing;

/**
 * A defect {@link DefectPlanter} can plant in a valid learning system, each breaking one rule.
 *
 * @since 0.1.0
 */
public enum SystemDefect {
  /** A cycle owned by a steward the system does not have: {@code system/unknown-reference}. */
  UNKNOWN_OWNER,
  /** Two cycles with one id: {@code system/duplicate-id}. */
  DUPLICATE_CYCLE_ID,
  /** An error recorded without what was learned: {@code learning/error-without-learning}. */
  ERROR_WITHOUT_LEARNING,
  /** A measure used as a target: {@code learning/measure-as-target}. */
  MEASURE_AS_TARGET,
  /**
   * Personal data shared with another organisation under no agreement: {@code
   * learning/share-without-agreement}.
   */
  SHARE_WITHOUT_AGREEMENT,
  /** An escalation past its date with no answer: {@code learning/escalation-unanswered}. */
  ESCALATION_UNANSWERED,
  /**
   * An answer not fed back to the cycle that raised it: {@code learning/escalation-not-fed-back}.
   */
  ESCALATION_NOT_FED_BACK,
  /** A cycle whose review date has passed: {@code learning/review-overdue}. */
  REVIEW_OVERDUE,
  /** An alliance that pays against a measure: {@code commissioning/payment-by-measure}. */
  PAYMENT_BY_MEASURE,
  /** A working group aligned to a superseded strategy: {@code alignment/strategy-superseded}. */
  STRATEGY_SUPERSEDED,
  /** A working group aligned to a draft strategy: {@code alignment/strategy-not-adopted}. */
  STRATEGY_NOT_ADOPTED,
  /**
   * An alliance member abolished before the alliance began: {@code system/organisation-inactive}.
   */
  INACTIVE_ARRANGEMENT_MEMBER,
  /**
   * An escalation recorded as routed to a steward the router does not send it to: {@code
   * learning/escalation-misrouted}.
   */
  ESCALATION_MISROUTED,
  /**
   * A funding-regime barrier filed with the level LOCAL: {@code
   * learning/national-barrier-filed-local}.
   */
  NATIONAL_BARRIER_FILED_LOCAL,
  /**
   * A national barrier open and made visible to no one: {@code learning/national-barrier-hidden}.
   */
  NATIONAL_BARRIER_HIDDEN
}
