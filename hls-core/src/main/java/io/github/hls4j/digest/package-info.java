/**
 * The Board's learning digest: vertical learning closing its loop in the Board's own papers.
 *
 * <p>{@link io.github.hls4j.digest.LearningDigest} drafts a {@link
 * io.github.hls4j.governance.BoardReport} for a board from a {@link
 * io.github.hls4j.system.LearningSystem} and a period: what the system learned, the barriers that
 * reached the board's level, what is overdue, how the system's health moved, and which priorities
 * nothing serves, with recommendations tied to the items they come from ({@link
 * io.github.hls4j.governance.SourceRef}). Only redacted records reach it. The draft passes the
 * board-report rules at {@code DECISION_READY} except for sign-offs, which only people give.
 *
 * @since 0.1.0
 */
@NullMarked
@HlsStyle
package io.github.hls4j.digest;

import io.github.hls4j.internal.HlsStyle;
import org.jspecify.annotations.NullMarked;
