package io.github.hls4j.learning;

/**
 * The two kinds of evidence; both count.
 *
 * @since 0.1.0
 */
public enum EvidenceKind {
  /** A story. */
  STORY,
  /** A number. */
  NUMBER
}
