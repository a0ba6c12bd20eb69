package io.github.hls4j.commissioning;

/**
 * The part a member plays in a commissioning arrangement.
 *
 * @since 0.1.0
 */
public enum CommissioningRole {
  /** Commissions the services: holds the money and the agreement. */
  COMMISSIONER,
  /** Leads the providers and holds the agreement on their behalf. */
  LEAD_PROVIDER,
  /** Provides services under the arrangement. */
  PROVIDER,
  /** Takes part without commissioning or providing, such as a university or a residents' group. */
  PARTNER
}
