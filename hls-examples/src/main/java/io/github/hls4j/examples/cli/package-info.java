/**
 * The {@code hls} command-line tool: {@link io.github.hls4j.examples.cli.Hls}. Run it from a clone
 * with the {@code hls} script at the top of the repository.
 */
@NullMarked
package io.github.hls4j.examples.cli;

import org.jspecify.annotations.NullMarked;
