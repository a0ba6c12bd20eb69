package io.github.hls4j.stewardship;

import io.github.hls4j.party.PartyId;
import java.util.Set;
import org.immutables.value.Value;

/**
 * What a steward can change: the kinds of barrier it can remove, and the organisations for which it
 * can remove them.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Remit {

  Remit() {}

  /**
   * Returns a new builder; both sets may be empty.
   *
   * @return a builder
   * @since 0.1.0
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a remit that covers nothing.
   *
   * @return the empty remit
   * @since 0.1.0
   */
  public static Remit none() {
    return builder().build();
  }

  /**
   * Returns the kinds of barrier the steward can remove.
   *
   * @return an unmodifiable set
   * @since 0.1.0
   */
  public abstract Set<BarrierKind> barrierKinds();

  /**
   * Returns the organisations for which the steward can remove them.
   *
   * @return an unmodifiable set of party ids
   * @since 0.1.0
   */
  public abstract Set<PartyId> organisations();

  /**
   * Returns whether the remit covers a kind of barrier in an organisation.
   *
   * @param kind the kind of barrier
   * @param organisation the organisation
   * @return {@code true} if both are covered
   * @since 0.1.0
   */
  public boolean covers(BarrierKind kind, PartyId organisation) {
    return barrierKinds().contains(kind) && organisations().contains(organisation);
  }

  /**
   * Builds a {@link Remit}. A builder is single-threaded.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableRemit.Builder {
    Builder() {}
  }
}
