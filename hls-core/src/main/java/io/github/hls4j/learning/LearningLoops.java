package io.github.hls4j.learning;

import io.github.hls4j.stewardship.SystemSteward;
import java.util.List;

/**
 * Everything the learning rules need to see at once: the cycles, the shares between them with the
 * agreements that cover them, the escalations, and the stewards they are routed to. A {@code
 * io.github.hls4j.system.LearningSystem} is one.
 *
 * @since 0.1.0
 */
public interface LearningLoops {

  /**
   * Returns the learning cycles.
   *
   * @return an unmodifiable list
   * @since 0.1.0
   */
  List<LearningCycle> cycles();

  /**
   * Returns the horizontal shares.
   *
   * @return an unmodifiable list
   * @since 0.1.0
   */
  List<HorizontalShare> shares();

  /**
   * Returns the data-sharing agreements.
   *
   * @return an unmodifiable list
   * @since 0.1.0
   */
  List<DataSharingAgreement> agreements();

  /**
   * Returns the escalations.
   *
   * @return an unmodifiable list
   * @since 0.1.0
   */
  List<Escalation> escalations();

  /**
   * Returns the stewards escalations are routed to.
   *
   * @return an unmodifiable list
   * @since 0.1.0
   */
  List<SystemSteward> stewards();
}
