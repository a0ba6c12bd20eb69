package io.github.hls4j.validation;

import io.github.hls4j.internal.ModelDescription;

/**
 * A path a rule reported at, found good for a type of subject by the model's description. A path of
 * the same shape, differing only in its indexes, is good too, so a rule that reports once per
 * element has its path checked once, not once per finding or per validation.
 */
record CheckedPath(Class<?> subjectType, String path) {

  boolean covers(Class<?> type, String other) {
    return subjectType == type && ModelDescription.sameShape(path, other);
  }
}
