/**
 * Test support for users' own suites: seeded generators of valid models, defect planters that break
 * one rule at a known path, and assertions that fail with the full findings table.
 *
 * <ul>
 *   <li>{@link io.github.hls4j.testing.ReportGenerator}: a {@link java.util.random.RandomGenerator}
 *       in, a valid board report out — usable from any property-testing tool.
 *   <li>{@link io.github.hls4j.testing.SystemGenerator}: the same for a whole learning system and
 *       its health rounds.
 *   <li>{@link io.github.hls4j.testing.DefectPlanter}: breaks one rule of a valid report ({@link
 *       io.github.hls4j.testing.Defect}) or system ({@link io.github.hls4j.testing.SystemDefect}),
 *       and says where ({@link io.github.hls4j.testing.PlantedDefect}).
 *   <li>{@link io.github.hls4j.testing.FreeTextPlanter}: plants text, such as a personal
 *       identifier, into every free text of a system, to check that what is published never prints
 *       it.
 *   <li>{@link io.github.hls4j.testing.HlsAssertions}: {@code assertNoErrors(report,
 *       Profile.DECISION_READY)}.
 * </ul>
 *
 * @since 0.1.0
 */
@NullMarked
@HlsStyle
package io.github.hls4j.testing;

import io.github.hls4j.internal.HlsStyle;
import org.jspecify.annotations.NullMarked;
