/**
 * The learning system of one place, as one aggregate.
 *
 * <p>{@link io.github.hls4j.system.LearningSystem} holds a place's parties, boards, system
 * stewards, working groups, strategies, priority themes and board reports, and resolves the typed
 * ids by which they refer to each other. {@link io.github.hls4j.system.SystemRules} checks the
 * whole: references that resolve to nothing and ids used twice are findings, never exceptions; the
 * rules of each part run too, at paths inside the system.
 *
 * @since 0.1.0
 */
@NullMarked
@HlsStyle
package io.github.hls4j.system;

import io.github.hls4j.internal.HlsStyle;
import org.jspecify.annotations.NullMarked;
