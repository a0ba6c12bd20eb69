/**
 * Learning loops: learning cycles with their experiments and learning records, horizontal sharing
 * of learning with data protection, and vertical escalation of barriers to the level that can
 * remove them.
 *
 * <ul>
 *   <li>{@link io.github.hls4j.learning.LearningCycle} moves through the {@link
 *       io.github.hls4j.learning.LearningPhase}s (moving back is normal), runs {@link
 *       io.github.hls4j.learning.Experiment}s and keeps {@link
 *       io.github.hls4j.learning.LearningRecord}s, errors included, for learning and never for
 *       blame.
 *   <li>{@link io.github.hls4j.learning.HorizontalShare} carries records to another cycle, service
 *       or organisation; personal data crosses organisations only under a {@link
 *       io.github.hls4j.learning.DataSharingAgreement}, and {@link
 *       io.github.hls4j.learning.LearningRecord#redacted()} makes a copy without it.
 *   <li>{@link io.github.hls4j.learning.Escalation} carries a {@link
 *       io.github.hls4j.learning.Barrier} upwards; {@link
 *       io.github.hls4j.learning.EscalationRouter} routes it to the steward whose remit can remove
 *       it.
 *   <li>{@link io.github.hls4j.learning.LearningRules} checks cycles; time comes from a {@link
 *       java.time.Clock}.
 * </ul>
 *
 * @since 0.1.0
 */
@NullMarked
@HlsStyle
package io.github.hls4j.learning;

import io.github.hls4j.internal.HlsStyle;
import org.jspecify.annotations.NullMarked;
