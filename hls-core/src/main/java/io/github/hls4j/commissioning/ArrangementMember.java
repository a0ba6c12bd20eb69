package io.github.hls4j.commissioning;

import io.github.hls4j.party.PartyId;
import io.github.hls4j.stewardship.MemberRole;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A member of a commissioning arrangement: an organisation and the parts it plays, in the order
 * given. A council that both commissions and provides holds both roles.
 *
 * <pre>{@code
 * ArrangementMember council = ArrangementMember.of(councilId, MemberRole.COMMISSIONER, MemberRole.PROVIDER);
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class ArrangementMember {

  ArrangementMember() {}

  /**
   * Returns a member with its roles.
   *
   * @param organisation the organisation's id
   * @param role the part it plays
   * @param more any other parts it plays
   * @return the member
   * @throws NullPointerException if an argument or a role is null
   * @since 0.1.0
   */
  public static ArrangementMember of(PartyId organisation, MemberRole role, MemberRole... more) {
    return ImmutableArrangementMember.builder()
        .organisation(organisation)
        .addRoles(role)
        .addRoles(more)
        .build();
  }

  /**
   * Returns a member with the roles given, none or several.
   *
   * @param organisation the organisation's id
   * @param roles the parts it plays; none leaves the role unstated
   * @return the member
   * @throws NullPointerException if an argument or a role is null
   * @since 0.1.0
   */
  public static ArrangementMember of(PartyId organisation, Iterable<MemberRole> roles) {
    return ImmutableArrangementMember.builder()
        .organisation(organisation)
        .addAllRoles(roles)
        .build();
  }

  /**
   * Returns a member whose role is not stated, which {@code commissioning/member-without-role}
   * reports.
   *
   * @param organisation the organisation's id
   * @return the member
   * @since 0.1.0
   */
  public static ArrangementMember from(PartyId organisation) {
    return ImmutableArrangementMember.builder().organisation(organisation).build();
  }

  /**
   * Returns the organisation.
   *
   * @return the organisation's id
   * @since 0.1.0
   */
  public abstract PartyId organisation();

  /**
   * Returns the parts the organisation plays, in the order given, each once.
   *
   * @return an unmodifiable set, empty if no role is stated
   * @since 0.1.0
   */
  public abstract Set<MemberRole> roles();

  /**
   * Whether the member plays a part.
   *
   * @param role the role
   * @return true if the member holds it
   * @since 0.1.0
   */
  public boolean holds(MemberRole role) {
    return roles().contains(role);
  }
}
