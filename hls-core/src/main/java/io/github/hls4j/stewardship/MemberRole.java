package io.github.hls4j.stewardship;

/**
 * The part a member plays in a working group or an alliance.
 *
 * @since 0.1.0
 */
public enum MemberRole {
  /** Chairs the group. */
  CHAIR,
  /** Commissions services: holds the money and the contracts. */
  COMMISSIONER,
  /** Provides services. */
  PROVIDER,
  /** A partner that neither commissions nor provides, such as a university. */
  PARTNER,
  /** Brings lived experience: a resident or a person who uses the services. */
  LIVED_EXPERIENCE
}
