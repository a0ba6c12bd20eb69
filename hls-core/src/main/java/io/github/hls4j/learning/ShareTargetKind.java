package io.github.hls4j.learning;

/**
 * Where a horizontal share of learning goes.
 *
 * @since 0.1.0
 */
public enum ShareTargetKind {
  /** Another learning cycle. */
  CYCLE,
  /** Another service. */
  SERVICE,
  /** Another organisation. */
  ORGANISATION,
  /**
   * A board: what the cycle offers the board to hear, named by {@link HorizontalShare#toBoard()}. A
   * learning digest for that board may show the records such a share carries, redacted.
   */
  BOARD
}
