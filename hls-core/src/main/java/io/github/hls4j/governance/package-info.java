/**
 * Governance: boards, committees and the reports they decide on, as councils write them.
 *
 * <p>Start with {@link io.github.hls4j.governance.BoardReport}, which holds every part of a council
 * report template in order, and {@link io.github.hls4j.governance.GovernanceRules}, which checks
 * one for a {@link io.github.hls4j.validation.Profile}.
 *
 * <ul>
 *   <li>Who decides: {@link io.github.hls4j.governance.Board}, which may sit as committees in
 *       common, and {@link io.github.hls4j.governance.Committee}.
 *   <li>What is asked: {@link io.github.hls4j.governance.Recommendation} with its dependencies and
 *       {@link io.github.hls4j.governance.Decision}s.
 *   <li>What the report states: {@link io.github.hls4j.governance.Implication}, {@link
 *       io.github.hls4j.governance.EqualitiesStatement}, {@link
 *       io.github.hls4j.governance.RiskAssessment}.
 *   <li>Its body: {@link io.github.hls4j.governance.ReportSection}s of {@link
 *       io.github.hls4j.governance.Paragraph}s, {@link io.github.hls4j.governance.BackgroundPaper}s
 *       with {@link io.github.hls4j.governance.Link}s, and the {@link
 *       io.github.hls4j.governance.SignOff} table.
 * </ul>
 *
 * @since 0.1.0
 */
@NullMarked
@HlsStyle
package io.github.hls4j.governance;

import io.github.hls4j.internal.HlsStyle;
import org.jspecify.annotations.NullMarked;
