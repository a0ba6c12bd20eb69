package io.github.hls4j.strategy;

/**
 * What kind of item of a learning system delivers a priority: see {@link DeliveryRef}.
 *
 * @since 0.1.0
 */
public enum DeliveryKind {
  /** A board, by its {@code BoardId}. */
  BOARD,
  /** A strategy, by its {@link StrategyId}. */
  STRATEGY,
  /** A commissioning arrangement or alliance, by its {@code ArrangementId}. */
  ARRANGEMENT,
  /** A party (an organisation, a person or a group), by its {@code PartyId}. */
  PARTY
}
