package io.github.hls4j.learning;

/**
 * The government security classification of a learning record.
 *
 * @since 0.1.0
 */
public enum Sensitivity {
  /** OFFICIAL. */
  OFFICIAL,
  /** OFFICIAL-SENSITIVE. */
  OFFICIAL_SENSITIVE
}
