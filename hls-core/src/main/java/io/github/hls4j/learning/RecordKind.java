package io.github.hls4j.learning;

/**
 * What a learning record is about. An error is recorded for learning — what happened and what was
 * learned — and the model has no place for blame.
 *
 * @since 0.1.0
 */
public enum RecordKind {
  /** An insight. */
  INSIGHT,
  /** Something that worked. */
  SUCCESS,
  /** Something that went wrong, recorded for learning. */
  ERROR,
  /** Something unexpected. */
  SURPRISE,
  /** A barrier the system put in the way. */
  BARRIER
}
