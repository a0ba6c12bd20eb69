package io.github.hls4j.stewardship;

/**
 * The level of government at which a barrier can be removed. A local barrier can be removed by a
 * steward inside the place; a regional one by the system around it; a national one only by national
 * government, a regulator or Parliament, so a place can make it visible but never remove it.
 *
 * @since 0.1.0
 */
public enum BarrierLevel {
  /** Removable inside the place: a council, a trust, a partnership. */
  LOCAL,
  /** Removable by the region or integrated care system around the place. */
  REGIONAL,
  /** Removable only nationally: to be made visible, never worked around. */
  NATIONAL
}
