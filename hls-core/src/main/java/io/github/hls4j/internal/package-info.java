/**
 * Internal to hls4j and not exported: the project's Immutables style, construction checks and the
 * wording of enum constants. Nothing here is API.
 */
@NullMarked
package io.github.hls4j.internal;

import org.jspecify.annotations.NullMarked;
