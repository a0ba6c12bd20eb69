/**
 * Example programs for hls4j. {@link io.github.hls4j.examples.SomersetExample} is the main one: the
 * Somerset Board report, modelled in {@link io.github.hls4j.examples.SomersetReport}, validated for
 * a decision and rendered as Markdown.
 */
@NullMarked
package io.github.hls4j.examples;

import org.jspecify.annotations.NullMarked;
