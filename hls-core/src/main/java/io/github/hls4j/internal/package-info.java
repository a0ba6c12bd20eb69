/**
 * Internal to hls4j and not exported: the project's Immutables style. Nothing here is API.
 */
@NullMarked
package io.github.hls4j.internal;

import org.jspecify.annotations.NullMarked;
