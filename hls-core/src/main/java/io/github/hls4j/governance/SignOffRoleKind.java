package io.github.hls4j.governance;

/**
 * The kind of role that signs off a report, whatever a council's template calls it.
 *
 * @since 0.1.0
 */
public enum SignOffRoleKind {
  /** The relevant senior manager or lead officer, at director level. */
  LEAD_OFFICER,
  /** The chair of a board or partnership, or the leader of the council. */
  CHAIR,
  /** The executive member for the area. */
  EXECUTIVE_MEMBER,
  /** The monitoring officer, for legal propriety. */
  MONITORING_OFFICER,
  /** The chief finance (section 151) officer. */
  FINANCE_OFFICER,
  /** Any other role. */
  OTHER
}
