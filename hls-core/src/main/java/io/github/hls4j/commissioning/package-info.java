/**
 * Commissioning: the contracts and alliances through which services are bought, and the checks that
 * keep them true to a learning system.
 *
 * <p>Human Learning Systems grew out of commissioning. An {@link
 * io.github.hls4j.commissioning.Arrangement} is a contract or an alliance: in an alliance, several
 * contracts are replaced by one, and the providers share responsibility for outcomes instead of
 * being paid against targets. An arrangement names its {@link
 * io.github.hls4j.commissioning.ArrangementMember members} and their {@link
 * io.github.hls4j.stewardship.MemberRole roles}, its term and extension options, its {@link
 * io.github.hls4j.commissioning.Money value} by year, its shared outcomes, its measures, the board
 * that governs it and the learning cycles it runs. {@link
 * io.github.hls4j.commissioning.CommissioningRules} checks it.
 *
 * @since 0.1.0
 */
@NullMarked
@HlsStyle
package io.github.hls4j.commissioning;

import io.github.hls4j.internal.HlsStyle;
import org.jspecify.annotations.NullMarked;
