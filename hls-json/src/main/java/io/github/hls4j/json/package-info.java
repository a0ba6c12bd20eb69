/**
 * hls4j's JSON form, shared by the Jackson 3 and Jackson 2 modules.
 *
 * <p>The form: property names are the accessor names of the model types, enums their constant
 * names, typed ids plain text, dates ISO-8601 ({@code 2025-01-15}), absent optional values left
 * out, and a party says what it is with {@code "type"}: {@code organisation}, {@code person} or
 * {@code group}. Each {@link io.github.hls4j.json.JsonDocument} names a document type and its JSON
 * Schema (draft 2020-12), which ship in hls-core's jar.
 *
 * <p>The hardened readers of {@code hls-jackson} and {@code hls-jackson2} throw {@link
 * io.github.hls4j.json.InvalidJsonException}, which names the source, the line, the column and the
 * JSON Pointer of the offending value, in the public names of the model.
 *
 * @since 0.1.0
 */
@NullMarked
package io.github.hls4j.json;

import org.jspecify.annotations.NullMarked;
