package io.github.hls4j.commissioning;

import io.github.hls4j.internal.Checks;

import java.util.Locale;
import org.immutables.value.Value;

/**
 * An amount of money in pounds sterling, held as whole pounds and pence so that no penny is ever
 * lost to rounding: up to £2,147,483,647.99, which covers a year's value of any arrangement.
 *
 * <pre>{@code
 * Money perYear = Money.of(1_250_000, 50);   // £1,250,000.50
 * long pence = perYear.inPence();            // 125000050
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe. They compare by amount.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Money implements Comparable<Money> {

  Money() {}

  /**
   * Returns an amount of pounds and pence.
   *
   * @param pounds the whole pounds, not negative
   * @param pence the pence, from 0 to 99
   * @return the amount
   * @throws IllegalArgumentException if either is out of range
   * @since 0.1.0
   */
  public static Money of(int pounds, int pence) {
    return ImmutableMoney.of(pounds, pence);
  }

  /**
   * Returns an amount of whole pounds.
   *
   * @param pounds the pounds, not negative
   * @return the amount
   * @throws IllegalArgumentException if {@code pounds} is negative
   * @since 0.1.0
   */
  public static Money pounds(int pounds) {
    return of(pounds, 0);
  }

  /**
   * Returns the whole pounds.
   *
   * @return the pounds
   * @since 0.1.0
   */
  @Value.Parameter
  public abstract int pounds();

  /**
   * Returns the pence beyond the whole pounds.
   *
   * @return the pence, from 0 to 99
   * @since 0.1.0
   */
  @Value.Parameter
  public abstract int pence();

  /**
   * Returns the amount in pence.
   *
   * @return the pence
   * @since 0.1.0
   */
  public long inPence() {
    return pounds() * 100L + pence();
  }

  /**
   * Returns this amount and another added, exactly.
   *
   * @param other the other amount
   * @return the sum
   * @throws ArithmeticException if the sum passes £2,147,483,647.99
   * @since 0.1.0
   */
  public Money plus(Money other) {
    long sum = inPence() + other.inPence();
    return of(Math.toIntExact(sum / 100), (int) (sum % 100));
  }

  @Override
  public int compareTo(Money other) {
    return Long.compare(inPence(), other.inPence());
  }

  @Value.Check
  void check() {
    Checks.argument(pounds() >= 0, "Money", "pounds", "Money.pounds (%s) must not be negative", pounds());
    Checks.argument(pence() >= 0 && pence() <= 99, "Money", "pence", "Money.pence (%s) must be from 0 to 99", pence());
  }

  /** Returns the amount as it is written in a report, such as {@code £1,250,000.50}. */
  @Override
  public String toString() {
    return String.format(Locale.UK, "£%,d.%02d", pounds(), pence());
  }
}
