package io.github.hls4j.stewardship;

/**
 * The level of a system at which a steward works, from the smallest to the largest. Constants are
 * declared in that order, so {@link #compareTo} orders scales.
 *
 * @since 0.1.0
 */
public enum SystemScale {
  /** One practice or place of work. */
  PRACTICE,
  /** A team. */
  TEAM,
  /** A service. */
  SERVICE,
  /** A whole organisation. */
  ORGANISATION,
  /** The whole system of a place, across organisations. */
  SYSTEM
}
