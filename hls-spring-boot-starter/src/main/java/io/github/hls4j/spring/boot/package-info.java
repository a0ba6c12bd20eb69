/**
 * hls4j for Spring Boot 4: add {@code hls-spring-boot-starter} to an application and nothing else.
 *
 * <p>{@link io.github.hls4j.spring.boot.HlsJacksonAutoConfiguration} registers {@code HlsModule} on
 * Boot's {@code JsonMapper}, so that controllers return hls4j's models and {@code
 * ValidationResult}s in hls4j's JSON form. {@link
 * io.github.hls4j.spring.boot.HlsWebMvcAutoConfiguration} reads request bodies of hls4j's types
 * with {@code HlsJson}'s limits and strictness, and answers a bad one with RFC 9457 problem details
 * ({@link io.github.hls4j.spring.boot.InvalidRequestBodyException}). {@link
 * io.github.hls4j.spring.boot.HlsProperties} lists the {@code hls4j.*} properties that switch each
 * part off or tune it.
 *
 * @since 0.1.0
 */
@NullMarked
package io.github.hls4j.spring.boot;

import org.jspecify.annotations.NullMarked;
