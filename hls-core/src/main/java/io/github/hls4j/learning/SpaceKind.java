package io.github.hls4j.learning;

/**
 * Whether a learning space is formal or informal; both count.
 *
 * @since 0.1.0
 */
public enum SpaceKind {
  /** A formal space, such as a board or a review meeting. */
  FORMAL,
  /** An informal space, such as a reflective practice group or a walk-and-talk. */
  INFORMAL
}
