package io.github.hls4j.learning;

import io.github.hls4j.internal.FreeText;
import io.github.hls4j.stewardship.SystemSteward;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where {@link EscalationRouter} sends a barrier, and why.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Route {

  Route() {}

  static Route to(SystemSteward steward, String reason) {
    return ImmutableRoute.builder().steward(steward).reason(reason).build();
  }

  static Route nowhere(String reason) {
    return ImmutableRoute.builder().reason(reason).build();
  }

  /**
   * Returns the steward the barrier goes to.
   *
   * @return the steward, or empty when nobody's remit covers the barrier
   * @since 0.1.0
   */
  public abstract Optional<SystemSteward> steward();

  /**
   * Returns why, in words.
   *
   * @return the reason
   * @since 0.1.0
   */
  @FreeText
  public abstract String reason();
}
