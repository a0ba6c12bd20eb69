package io.github.hls4j.commissioning;

/**
 * What kind of commissioning arrangement it is.
 *
 * @since 0.1.0
 */
public enum ArrangementKind {
  /** A contract between a commissioner and a provider. */
  CONTRACT,
  /**
   * An alliance or collaborative arrangement: one agreement in place of several contracts, in which
   * the members share responsibility for outcomes.
   */
  ALLIANCE
}
