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
  ORGANISATION
}
