package io.github.hls4j.stewardship;

/**
 * The two kinds of system steward.
 *
 * @since 0.1.0
 */
public enum StewardType {
  /**
   * Holds positional power: decides on the basis of learning, builds the infrastructure for
   * learning, and fosters the networks that let insight influence the system.
   */
  LEADERSHIP,
  /** Works in an operational role: finds insight and learning and convenes spaces to share it. */
  PRACTITIONER
}
