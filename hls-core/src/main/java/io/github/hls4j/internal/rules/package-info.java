/** Internal to hls4j and not exported: registers the built-in rules with the rule catalogue. */
@NullMarked
package io.github.hls4j.internal.rules;

import org.jspecify.annotations.NullMarked;
