package io.github.hls4j.party;

/**
 * Someone who takes part in a system: an {@link Organisation}, a {@link Person} or a {@link Group}.
 *
 * @since 0.1.0
 */
public interface Party {

  /**
   * Returns the party's id.
   *
   * @return the id
   * @since 0.1.0
   */
  PartyId id();

  /**
   * Returns the party's name as people write it.
   *
   * @return the name
   * @since 0.1.0
   */
  String name();
}
