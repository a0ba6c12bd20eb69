package io.github.hls4j.stewardship;

import io.github.hls4j.party.PartyId;
import java.util.Optional;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * A member of a {@link WorkingGroup}: the organisation it comes from and, where known, the person
 * who attends and the part the member plays.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class WorkingGroupMember {

  WorkingGroupMember() {}

  /**
   * Returns a member that stands for an organisation, with no person named.
   *
   * @param organisation the organisation's id
   * @return the member
   * @since 0.1.0
   */
  public static WorkingGroupMember from(PartyId organisation) {
    return ImmutableWorkingGroupMember.builder().organisation(organisation).build();
  }

  /**
   * Returns a member: a person from an organisation.
   *
   * @param organisation the organisation's id
   * @param person the person's id
   * @return the member
   * @since 0.1.0
   */
  public static WorkingGroupMember of(PartyId organisation, PartyId person) {
    return ImmutableWorkingGroupMember.builder().organisation(organisation).person(person).build();
  }

  /**
   * Returns a member with its role: a person (or, when {@code person} is null, the organisation
   * itself) playing a part in the group.
   *
   * @param organisation the organisation's id
   * @param person the person's id, or null for the organisation as a whole
   * @param role the part the member plays
   * @return the member
   * @since 0.1.0
   */
  public static WorkingGroupMember of(
      PartyId organisation, @Nullable PartyId person, MemberRole role) {
    return ImmutableWorkingGroupMember.builder()
        .organisation(organisation)
        .person(Optional.ofNullable(person))
        .role(role)
        .build();
  }

  /**
   * Returns the organisation the member comes from.
   *
   * @return the organisation's id
   * @since 0.1.0
   */
  public abstract PartyId organisation();

  /**
   * Returns the person who attends.
   *
   * @return the person's id, if named
   * @since 0.1.0
   */
  public abstract Optional<PartyId> person();

  /**
   * Returns the part the member plays: chair, commissioner, provider, partner or lived experience.
   *
   * @return the role, if stated
   * @since 0.1.0
   */
  public abstract Optional<MemberRole> role();
}
