package io.github.hls4j.governance;

/**
 * What a committee decided on a {@link Recommendation}.
 *
 * @since 0.1.0
 */
public enum DecisionOutcome {
  /** Not decided yet. */
  PENDING,
  /** Approved as written. */
  APPROVED,
  /** Approved with an amendment. */
  APPROVED_WITH_AMENDMENT,
  /** Put off to a later meeting. */
  DEFERRED,
  /** Not approved. */
  REJECTED
}
