/**
 * System health: stakeholders' self-assessments of the nine system behaviours, and their
 * aggregation into a profile that keeps disagreement in view.
 *
 * <p>A {@link io.github.hls4j.health.HealthAssessment} is one voice: a party, the {@link
 * io.github.hls4j.health.StakeholderGroup} it speaks for, a date, and a {@link
 * io.github.hls4j.health.BehaviourScore} from 1 to 10, with its story, for each {@link
 * io.github.hls4j.health.SystemBehaviour}. A {@link io.github.hls4j.health.HealthRound} gathers the
 * assessments of one round; {@link io.github.hls4j.health.HealthProfile} aggregates them per
 * behaviour and per stakeholder group as median and spread, never as an average; {@link
 * io.github.hls4j.health.HealthRules} checks a round. The behaviours are a mirror for conversation,
 * not a performance indicator.
 *
 * @since 0.1.0
 */
@NullMarked
@HlsStyle
package io.github.hls4j.health;

import io.github.hls4j.internal.HlsStyle;
import org.jspecify.annotations.NullMarked;
