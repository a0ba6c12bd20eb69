package io.github.hls4j.learning;

import io.github.hls4j.internal.Checks;
import io.github.hls4j.internal.FreeText;
import io.github.hls4j.stewardship.StewardId;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * An accountable steward's confirmation that an experiment which flexes a threshold, rule or
 * spending line is safe and legal: who, when, and on what basis.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class SafeAndLegalConfirmation {

  SafeAndLegalConfirmation() {}

  /**
   * Returns a confirmation.
   *
   * @param by the accountable steward
   * @param date when it was confirmed
   * @param basis on what basis, such as "within the Care Act 2014 duties; legal advice of 3 March"
   * @return the confirmation
   * @throws IllegalArgumentException if {@code basis} is blank
   * @since 0.1.0
   */
  public static SafeAndLegalConfirmation of(StewardId by, LocalDate date, String basis) {
    return ImmutableSafeAndLegalConfirmation.of(by, date, basis);
  }

  /**
   * Returns the steward who confirmed.
   *
   * @return the steward's id
   * @since 0.1.0
   */
  @Value.Parameter
  public abstract StewardId by();

  /**
   * Returns when.
   *
   * @return the date
   * @since 0.1.0
   */
  @Value.Parameter
  public abstract LocalDate date();

  /**
   * Returns on what basis.
   *
   * @return the basis
   * @since 0.1.0
   */
  @Value.Parameter
  @FreeText
  public abstract String basis();

  @Value.Check
  void check() {
    Checks.notBlank("SafeAndLegalConfirmation", "basis", basis());
  }
}
