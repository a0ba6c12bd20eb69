package io.github.hls4j.stewardship;

/**
 * The part a member plays in a working group or a commissioning arrangement, such as an alliance.
 * One enum serves both, so that a council that commissions in an alliance and chairs its working
 * group plays the same named parts in each; a member of an arrangement may hold several (a council
 * that both commissions and provides).
 *
 * @since 0.1.0
 */
public enum MemberRole {
  /** Chairs the group. */
  CHAIR,
  /** Commissions services: holds the money and the contracts. */
  COMMISSIONER,
  /** Leads the providers of an arrangement and holds the agreement on their behalf. */
  LEAD_PROVIDER,
  /** Provides services. */
  PROVIDER,
  /** A partner that neither commissions nor provides, such as a university. */
  PARTNER,
  /** Brings lived experience: a resident or a person who uses the services. */
  LIVED_EXPERIENCE
}
