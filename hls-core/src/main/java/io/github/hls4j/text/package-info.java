/**
 * Text as a screen or a page may show it: hls4j's one escaping policy, applied before any value
 * from a model or a finding reaches a terminal, a log, a Markdown or HTML page or a Word document.
 *
 * <p>Start with {@link io.github.hls4j.text.Printable}: {@link
 * io.github.hls4j.text.Printable#oneLine(String)} for a line of a terminal or a log, {@link
 * io.github.hls4j.text.Printable#visible(String, boolean)} for text that keeps its line breaks.
 * Each format's own escaping (HTML, XML, Markdown) is applied on top of it by the renderers.
 *
 * <p>This package depends on nothing else in hls4j, so the validation engine, the renderers and the
 * integration modules can all use it.
 *
 * @since 0.1.0
 */
@NullMarked
package io.github.hls4j.text;

import org.jspecify.annotations.NullMarked;
