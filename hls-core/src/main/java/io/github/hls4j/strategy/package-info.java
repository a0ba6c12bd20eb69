/**
 * Strategies and alignment: the priorities of a place's strategies, and the links that say which
 * priorities a report or a piece of work serves.
 *
 * <ul>
 *   <li>{@link io.github.hls4j.strategy.Strategy} with its {@link
 *       io.github.hls4j.strategy.Priority} list, named by {@link
 *       io.github.hls4j.strategy.StrategyId} and {@link io.github.hls4j.strategy.PriorityId};
 *   <li>{@link io.github.hls4j.strategy.StrategyAlignment}: the priorities of one strategy that an
 *       {@link io.github.hls4j.strategy.Alignable} item ticks, each as an {@link
 *       io.github.hls4j.strategy.AlignmentLink} with an optional rationale;
 *   <li>{@link io.github.hls4j.strategy.AlignmentRules}: the {@code alignment/*} rules.
 * </ul>
 *
 * @since 0.1.0
 */
@NullMarked
@HlsStyle
package io.github.hls4j.strategy;

import io.github.hls4j.internal.HlsStyle;
import org.jspecify.annotations.NullMarked;
