/**
 * hls4j's JSON form for Jackson 3 ({@code tools.jackson}).
 *
 * <p>Register {@link io.github.hls4j.jackson.HlsModule} in your own mapper, the way you add the
 * {@code jackson-datatype-*} modules:
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new HlsModule()).build();
 * BoardReport report = mapper.readValue(json, BoardReport.class);
 * }</pre>
 *
 * <p>For documents from outside your system, use {@link io.github.hls4j.jackson.HlsJson}: it limits
 * nesting, string length and document size, refuses duplicate keys, trailing content and a
 * top-level {@code null}, and locates every error by line, column and JSON Pointer in the model's
 * public names.
 *
 * @since 0.1.0
 */
@NullMarked
package io.github.hls4j.jackson;

import org.jspecify.annotations.NullMarked;
