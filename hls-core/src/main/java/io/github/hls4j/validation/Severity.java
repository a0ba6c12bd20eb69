package io.github.hls4j.validation;

/**
 * How much a {@link Violation} matters. Constants are declared from the most to the least severe,
 * which is the order in which a {@link ValidationResult} lists its violations.
 *
 * @since 0.1.0
 */
public enum Severity {
  /** The subject is not fit for the profile's purpose until this is put right. */
  ERROR,
  /** Worth a look before the subject moves on; it does not block. */
  WARNING,
  /** Information for the author; nothing needs to change. */
  INFO
}
