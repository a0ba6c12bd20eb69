package io.github.hls4j.commissioning;

import io.github.hls4j.party.PartyId;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A member of a commissioning arrangement: an organisation and the part it plays.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class ArrangementMember {

  ArrangementMember() {}

  /**
   * Returns a member with its role.
   *
   * @param organisation the organisation's id
   * @param role the part it plays
   * @return the member
   * @since 0.1.0
   */
  public static ArrangementMember of(PartyId organisation, CommissioningRole role) {
    return ImmutableArrangementMember.builder().organisation(organisation).role(role).build();
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
   * Returns the part the organisation plays.
   *
   * @return the role, if stated
   * @since 0.1.0
   */
  public abstract Optional<CommissioningRole> role();
}
