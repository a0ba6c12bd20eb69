package io.github.hls4j.commissioning;

import com.google.common.collect.ImmutableMap;
import io.github.hls4j.internal.Checks;
import java.util.Locale;
import org.immutables.value.Value;

/**
 * An amount of money in pounds sterling, a {@code long} of pence held as whole pounds and pence so
 * that no penny is ever lost to rounding: up to {@link #MAX_POUNDS} pounds, far beyond a year of
 * any public budget (a year's value of £2.5bn, which an {@code int} of pounds could not hold, is an
 * ordinary amount).
 *
 * <pre>{@code
 * Money perYear = Money.of(1_250_000, 50);   // £1,250,000.50
 * long pence = perYear.inPence();            // 125000050
 * Money same = Money.ofPence(125_000_050L);
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe. They compare by amount.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Money implements Comparable<Money> {

  /**
   * The most whole pounds an amount holds, so that its pence fit a {@code long}.
   *
   * @since 0.1.0
   */
  public static final long MAX_POUNDS = Long.MAX_VALUE / 100 - 1;

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
  public static Money of(long pounds, int pence) {
    return ImmutableMoney.of(pounds, pence);
  }

  /**
   * Returns an amount given in pence.
   *
   * @param pence the amount in pence, not negative
   * @return the amount
   * @throws IllegalArgumentException if {@code pence} is negative or above what {@link #MAX_POUNDS}
   *     allows
   * @since 0.1.0
   */
  public static Money ofPence(long pence) {
    Checks.refuse(pence >= 0, "model/not-negative", "Money", "pence", pence, ImmutableMap.of());
    return of(pence / 100, (int) (pence % 100));
  }

  /**
   * Returns an amount of whole pounds.
   *
   * @param pounds the pounds, not negative
   * @return the amount
   * @throws IllegalArgumentException if {@code pounds} is negative
   * @since 0.1.0
   */
  public static Money pounds(long pounds) {
    return of(pounds, 0);
  }

  /**
   * Returns the whole pounds.
   *
   * @return the pounds
   * @since 0.1.0
   */
  @Value.Parameter
  public abstract long pounds();

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
   * @throws ArithmeticException if the sum passes {@link #MAX_POUNDS} pounds
   * @since 0.1.0
   */
  public Money plus(Money other) {
    long sum = Math.addExact(inPence(), other.inPence());
    if (sum / 100 > MAX_POUNDS) {
      throw new ArithmeticException(
          "Money.plus: " + this + " and " + other + " pass " + MAX_POUNDS + " pounds");
    }
    return ofPence(sum);
  }

  @Override
  public int compareTo(Money other) {
    return Long.compare(inPence(), other.inPence());
  }

  @Value.Check
  void check() {
    Checks.refuse(
        pounds() >= 0, "model/not-negative", "Money", "pounds", pounds(), ImmutableMap.of());
    Checks.refuse(
        pounds() <= MAX_POUNDS,
        "model/at-most",
        "Money",
        "pounds",
        pounds(),
        ImmutableMap.of("maximum", MAX_POUNDS));
    Checks.between("Money", "pence", pence(), 0, 99);
  }

  /** Returns the amount as it is written in a report, such as {@code £1,250,000.50}. */
  @Override
  public String toString() {
    return String.format(Locale.UK, "£%,d.%02d", pounds(), pence());
  }
}
