package io.github.hls4j.party;

import io.github.hls4j.internal.Kinds;

/**
 * Someone who takes part in a system: an {@link Organisation}, a {@link Person} or a {@link Group}.
 *
 * @since 0.1.0
 */
@Kinds({Organisation.class, Person.class, Group.class})
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
