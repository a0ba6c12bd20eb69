package io.github.hls4j.testing;

/**
 * A defect {@link DefectPlanter} can plant in a valid board report, each breaking one rule.
 *
 * @since 0.1.0
 */
public enum Defect {
  /** A sign-off row without its date: {@code governance/signoff-undated}. */
  UNDATED_SIGNOFF,
  /** Template text left in the title: {@code governance/placeholder-text}. */
  PLACEHOLDER_TEXT,
  /** An empty numbered paragraph: {@code governance/empty-paragraph}. */
  EMPTY_PARAGRAPH,
  /** A background paper linking to {@code #}: {@code governance/broken-link}. */
  BROKEN_LINK,
  /**
   * A recommendation that depends on one that does not exist: {@code
   * governance/recommendation-dependency-unknown}.
   */
  UNKNOWN_DEPENDENCY,
  /**
   * An impact assessment judged not needed, with no reason: {@code
   * governance/equalities-unjustified}.
   */
  UNJUSTIFIED_EQUALITIES,
  /** A legal implication that says only "safe and legal": {@code governance/implication-vague}. */
  VAGUE_IMPLICATION,
  /** "No current risks identified" for a new approach: {@code governance/no-risks-for-change}. */
  NO_RISKS_FOR_CHANGE,
  /**
   * A recommendation with no owner, timescale or report-back: {@code
   * governance/recommendation-unplanned}.
   */
  UNPLANNED_RECOMMENDATION,
  /**
   * A summary counting more priorities than the table ticks: {@code
   * governance/count-contradicts-table}.
   */
  MISCOUNTED_PRIORITIES,
  /** A background paper's title cut off mid-word: {@code governance/truncated-title}. */
  TRUNCATED_TITLE,
  /**
   * A recommendation naming no evidence where the others name theirs, as one added by hand to a
   * learning digest: {@code governance/recommendation-without-evidence}.
   */
  RECOMMENDATION_WITHOUT_EVIDENCE
}
