package io.github.hls4j.governance;

/**
 * What kind of item a recommendation is drafted from: see {@link SourceRef}.
 *
 * @since 0.1.0
 */
public enum SourceKind {
  /** An escalated barrier, by its {@code EscalationId}. */
  ESCALATION,
  /** A learning cycle, by its {@code CycleId}. */
  LEARNING_CYCLE,
  /** A learning record of a cycle, by its id ({@code LearningRecord.id()}). */
  LEARNING_RECORD,
  /** A strategy priority, by its {@code PriorityId}. */
  PRIORITY,
  /** A system steward, by its {@code StewardId}. */
  STEWARD
}
