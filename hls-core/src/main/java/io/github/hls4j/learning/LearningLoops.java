package io.github.hls4j.learning;

import com.google.common.collect.Multimaps;
import io.github.hls4j.stewardship.SystemScale;
import io.github.hls4j.stewardship.SystemSteward;
import java.util.List;
import java.util.Map;

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
   * Returns the data-sharing agreements by id, each id's agreements in the order given. A share
   * names its agreement by id, and any agreement with that id may cover it (an id given twice is
   * also reported, by {@code system/duplicate-id}). The learning rules ask for it once for each
   * validation.
   *
   * <p>This default indexes {@link #agreements()} on every call. An implementation with many
   * agreements, or validated more than once, should index them once and keep the index, as a {@code
   * io.github.hls4j.system.LearningSystem} does.
   *
   * @return an unmodifiable map, whose lists are unmodifiable and never empty
   * @since 0.1.0
   */
  default Map<AgreementId, List<DataSharingAgreement>> agreementsById() {
    return Multimaps.asMap(Multimaps.index(agreements(), DataSharingAgreement::id));
  }

  /**
   * Returns the escalations.
   *
   * @return an unmodifiable list
   * @since 0.1.0
   */
  List<Escalation> escalations();

  /**
   * Returns the scale at which an escalation's barrier was raised: the scale of the cycle that
   * raised it. A cycle that is not among {@link #cycles()} (which {@code system/unknown-reference}
   * reports) gives the lowest scale, {@link SystemScale#PRACTICE}, so that the barrier is routed to
   * the lowest steward whose remit covers it.
   *
   * @param escalation the escalation
   * @return the scale
   * @since 0.1.0
   */
  default SystemScale raisedAt(Escalation escalation) {
    for (LearningCycle cycle : cycles()) {
      if (cycle.id().equals(escalation.raisedBy())) {
        return cycle.scale();
      }
    }
    return SystemScale.PRACTICE;
  }

  /**
   * Returns the stewards escalations are routed to.
   *
   * @return an unmodifiable list
   * @since 0.1.0
   */
  List<SystemSteward> stewards();
}
