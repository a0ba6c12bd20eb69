package io.github.hls4j.party;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * Someone who takes part in a system: an {@link Organisation}, a {@link Person} or a {@link Group}.
 *
 * @since 0.1.0
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
  @JsonSubTypes.Type(value = Organisation.class, name = "organisation"),
  @JsonSubTypes.Type(value = Person.class, name = "person"),
  @JsonSubTypes.Type(value = Group.class, name = "group")
})
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
