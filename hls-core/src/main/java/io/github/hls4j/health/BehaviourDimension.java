package io.github.hls4j.health;

/**
 * The three dimensions into which the nine system behaviours fall.
 *
 * @since 0.1.0
 */
public enum BehaviourDimension {
  /** How people see the system and each other. */
  PERSPECTIVE,
  /** How power, decisions and accountability are held. */
  POWER,
  /** How people take part: relationships, leadership, learning. */
  PARTICIPATION
}
