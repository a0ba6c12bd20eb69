package io.github.hls4j.learning;

/**
 * The phases of a learning cycle, in order. Phases are fluid: moving back is normal; skipping ahead
 * is a warning ({@code learning/phase-skipped}).
 *
 * @since 0.1.0
 */
public enum LearningPhase {
  /** Create a shared purpose among the people involved. */
  CREATE_SHARED_PURPOSE,
  /** Understand the system and its relationships. */
  UNDERSTAND_THE_SYSTEM,
  /** Co-design experiments or explorations. */
  CO_DESIGN_EXPERIMENTS,
  /** Embed what works and influence the wider system. */
  EMBED_AND_INFLUENCE
}
