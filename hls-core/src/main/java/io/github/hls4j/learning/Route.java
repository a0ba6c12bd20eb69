package io.github.hls4j.learning;

import io.github.hls4j.internal.FreeText;
import io.github.hls4j.stewardship.BarrierKind;
import io.github.hls4j.stewardship.BarrierLevel;
import io.github.hls4j.stewardship.SystemScale;
import io.github.hls4j.stewardship.SystemSteward;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where {@link EscalationRouter} sends a barrier, and why: the {@link #basis() rule of the router}
 * that decided, as a value to word in any language, and {@link #reason() the reason} in English.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Route {

  Route() {}

  /**
   * Which of the router's rules decides where a barrier goes; with the barrier's kind, its
   * organisation and the scale that raised it, it says why in any language, as the findings of
   * {@code learning/escalation-unrouted} and {@code learning/escalation-misrouted} do.
   *
   * @since 0.1.0
   */
  public enum Basis {
    /**
     * {@link BarrierKind#LEGISLATION Legislation} goes to the top of the system, to be made
     * visible.
     */
    LEGISLATION,
    /**
     * A barrier at the {@link BarrierLevel#NATIONAL national} level goes to the top of the system,
     * to be made visible.
     */
    NATIONAL,
    /**
     * A {@link BarrierLevel#REGIONAL regional} barrier goes to the lowest steward at or above
     * {@link SystemScale#SYSTEM system} scale whose remit covers its kind and organisation.
     */
    REGIONAL,
    /**
     * Any other barrier goes to the lowest steward at or above the scale that raised it whose remit
     * covers its kind and organisation.
     */
    LOCAL
  }

  static Route to(SystemSteward steward, Basis basis, String reason) {
    return ImmutableRoute.builder().steward(steward).basis(basis).reason(reason).build();
  }

  static Route nowhere(Basis basis, String reason) {
    return ImmutableRoute.builder().basis(basis).reason(reason).build();
  }

  /**
   * Returns the steward the barrier goes to.
   *
   * @return the steward, or empty when nobody's remit covers the barrier
   * @since 0.1.0
   */
  public abstract Optional<SystemSteward> steward();

  /**
   * Returns which of the router's rules decided, to word the reason in a language.
   *
   * @return the rule: legislation or a national barrier to the top of the system, else a regional
   *     or a local barrier to the lowest steward whose remit covers it
   * @since 0.1.0
   */
  public abstract Basis basis();

  /**
   * Returns why, in English words, with the barrier's kind, organisation and scale, such as "lowest
   * steward at or above team scale whose remit covers thresholds for nhs-somerset". To say why in
   * another language, word {@link #basis()}.
   *
   * @return the reason
   * @since 0.1.0
   */
  @FreeText
  public abstract String reason();
}
