/**
 * Internal to hls4j and not exported: the names known to be personal in a system, and the redaction
 * of free text that the rules and the learning digest share.
 */
@NullMarked
package io.github.hls4j.internal.privacy;

import org.jspecify.annotations.NullMarked;
