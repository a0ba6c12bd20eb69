package io.github.hls4j.learning;

import io.github.hls4j.internal.Checks;
import io.github.hls4j.internal.FreeText;
import io.github.hls4j.party.PartyId;
import io.github.hls4j.stewardship.BarrierKind;
import io.github.hls4j.stewardship.BarrierLevel;
import org.immutables.value.Value;

/**
 * A barrier to delivery that a cycle found: its kind, the level at which it can be removed, the
 * organisation whose barrier it is, and what it is. The cycle that raised it is the escalation's
 * ({@link Escalation#raisedBy()}), and the scale at which it was raised is that cycle's.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Barrier {

  Barrier() {}

  /**
   * Returns a new builder. Every attribute is required except the level, which defaults to the
   * kind's {@linkplain BarrierKind#usualLevel() usual level}.
   *
   * @return a builder
   * @since 0.1.0
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the kind of barrier.
   *
   * @return the kind
   * @since 0.1.0
   */
  public abstract BarrierKind kind();

  /**
   * Returns the level of government at which the barrier can be removed. A national barrier is
   * routed to the top of the system to be made visible, since no steward inside it can remove it.
   *
   * @return the level; the kind's usual level unless set
   * @since 0.1.0
   */
  @Value.Default
  public BarrierLevel level() {
    return kind().usualLevel();
  }

  /**
   * Returns the organisation whose barrier it is.
   *
   * @return the organisation's id
   * @since 0.1.0
   */
  public abstract PartyId organisation();

  /**
   * Returns what the barrier is.
   *
   * @return the description
   * @since 0.1.0
   */
  @FreeText
  public abstract String description();

  /**
   * Whether only national government can remove the barrier: legislation, or any barrier at the
   * national level. The router sends these to the top of the system to be made visible.
   */
  boolean removableOnlyNationally() {
    return kind() == BarrierKind.LEGISLATION || level() == BarrierLevel.NATIONAL;
  }

  @Value.Check
  void check() {
    Checks.notBlank("Barrier", "description", description());
  }

  /**
   * Builds a {@link Barrier}. A builder is single-threaded.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableBarrier.Builder {
    Builder() {}
  }
}
