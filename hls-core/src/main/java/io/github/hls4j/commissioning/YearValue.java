package io.github.hls4j.commissioning;

import io.github.hls4j.internal.Checks;
import org.immutables.value.Value;

/**
 * What an arrangement is worth in one financial year, named by the calendar year it starts in:
 * {@code 2025} is 2025/26.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class YearValue {

  YearValue() {}

  /**
   * Returns the value of a financial year.
   *
   * @param year the calendar year the financial year starts in, such as 2025 for 2025/26
   * @param value the value
   * @return the year's value
   * @throws IllegalArgumentException if the year is before 1900 or after 2200
   * @since 0.1.0
   */
  public static YearValue of(int year, Money value) {
    return ImmutableYearValue.of(year, value);
  }

  /**
   * Returns the calendar year the financial year starts in.
   *
   * @return the year, such as 2025 for 2025/26
   * @since 0.1.0
   */
  @Value.Parameter
  public abstract int year();

  /**
   * Returns the value in that year.
   *
   * @return the value
   * @since 0.1.0
   */
  @Value.Parameter
  public abstract Money value();

  @Value.Check
  void check() {
    Checks.between("YearValue", "year", year(), 1900, 2200);
  }
}
