/**
 * The walker of hls4j's JSON form, driven by {@code hls-jackson} and {@code hls-jackson2}: not API,
 * exported to those two modules only.
 *
 * <p>{@link io.github.hls4j.json.internal.Forms} describes every model type from its public
 * accessors and builders; {@link io.github.hls4j.json.internal.FormReader} and {@link
 * io.github.hls4j.json.internal.FormWriter} walk a model over a {@link
 * io.github.hls4j.json.internal.JsonInput} or {@link io.github.hls4j.json.internal.JsonOutput},
 * which each module implements over its Jackson's parser and generator; {@link
 * io.github.hls4j.json.internal.SchemaWriter} writes the JSON Schemas from the same description.
 *
 * @since 0.1.0
 */
@NullMarked
package io.github.hls4j.json.internal;

import org.jspecify.annotations.NullMarked;
