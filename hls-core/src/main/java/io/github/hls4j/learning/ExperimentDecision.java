package io.github.hls4j.learning;

/**
 * What was decided after an experiment.
 *
 * @since 0.1.0
 */
public enum ExperimentDecision {
  /** Adopt the change as it was tried. */
  ADOPT,
  /** Adapt it and try again. */
  ADAPT,
  /** Abandon it: the learning is the result. */
  ABANDON
}
