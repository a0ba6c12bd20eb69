/**
 * System stewardship: the people, organisations and groups who look after the health of a system,
 * and the working groups they set up.
 *
 * <p>A {@link io.github.hls4j.stewardship.SystemSteward} is a role held by a party, not a job
 * title: {@link io.github.hls4j.stewardship.StewardType#LEADERSHIP} or {@link
 * io.github.hls4j.stewardship.StewardType#PRACTITIONER}, at a {@link
 * io.github.hls4j.stewardship.SystemScale}, with stewardship responsibilities, answers to the
 * {@link io.github.hls4j.stewardship.StewardshipQuestions} and a {@link
 * io.github.hls4j.stewardship.Remit}: the {@link io.github.hls4j.stewardship.BarrierKind}s it can
 * remove and for which organisations. A {@link io.github.hls4j.stewardship.WorkingGroup} draws
 * {@link io.github.hls4j.stewardship.WorkingGroupMember}s from organisations and reports to a
 * board. {@link io.github.hls4j.stewardship.StewardshipRules} checks both.
 *
 * @since 0.1.0
 */
@NullMarked
@HlsStyle
package io.github.hls4j.stewardship;

import io.github.hls4j.internal.HlsStyle;
import org.jspecify.annotations.NullMarked;
