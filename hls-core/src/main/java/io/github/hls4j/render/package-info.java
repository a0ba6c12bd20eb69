/**
 * Rendering: models in, text out, with no I/O. {@link io.github.hls4j.render.MarkdownRenderer}
 * writes a board report in the council template's order.
 *
 * @since 0.1.0
 */
@NullMarked
package io.github.hls4j.render;

import org.jspecify.annotations.NullMarked;
