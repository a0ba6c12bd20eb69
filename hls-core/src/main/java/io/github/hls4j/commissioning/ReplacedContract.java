package io.github.hls4j.commissioning;

import io.github.hls4j.internal.Checks;
import io.github.hls4j.internal.FreeText;
import io.github.hls4j.internal.NotFreeText;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A contract that an arrangement replaces, as a council's contracts register records it: its
 * reference, its name, the supplier, what it was worth a year or over its life, and the dates it
 * ran. Only the name is required; a council may not know the rest of a contract let long ago.
 *
 * <pre>{@code
 * ReplacedContract lodgings =
 *     ReplacedContract.builder()
 *         .id("CS/2019/041")
 *         .name("Supported lodgings contract")
 *         .supplier("Homes2Inspire")
 *         .annualValue(Money.pounds(420_000))
 *         .start(LocalDate.of(2019, 4, 1))
 *         .end(LocalDate.of(2025, 3, 31))
 *         .build();
 * ReplacedContract floating = ReplacedContract.named("Floating support contract");
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class ReplacedContract {

  ReplacedContract() {}

  /**
   * Returns a replaced contract known by its name alone. hls4j 0.1 recorded every replaced contract
   * so.
   *
   * @param name the contract's name
   * @return the contract
   * @throws IllegalArgumentException if {@code name} is blank
   * @since 0.1.0
   */
  public static ReplacedContract named(String name) {
    return builder().name(name).build();
  }

  /**
   * Returns a new builder. The name is required.
   *
   * @return a builder
   * @since 0.1.0
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the contract's reference in the council's contracts register.
   *
   * @return the reference, if known
   * @since 0.1.0
   */
  @NotFreeText(NotFreeText.Kind.CODE)
  public abstract Optional<String> id();

  /**
   * Returns the contract's name, as the register or the commissioning paper gives it.
   *
   * @return the name
   * @since 0.1.0
   */
  @FreeText
  public abstract String name();

  /**
   * Returns the name of the organisation that held the contract.
   *
   * @return the supplier, if known
   * @since 0.1.0
   */
  @FreeText
  public abstract Optional<String> supplier();

  /**
   * Returns what the contract was worth in a year.
   *
   * @return the annual value, if known
   * @since 0.1.0
   */
  public abstract Optional<Money> annualValue();

  /**
   * Returns what the contract was worth over its whole term.
   *
   * @return the total value, if known
   * @since 0.1.0
   */
  public abstract Optional<Money> totalValue();

  /**
   * Returns the day the contract started.
   *
   * @return the date, if known
   * @since 0.1.0
   */
  public abstract Optional<LocalDate> start();

  /**
   * Returns the day the contract ended, or ends when the arrangement takes its place.
   *
   * @return the date, if known
   * @since 0.1.0
   */
  public abstract Optional<LocalDate> end();

  @Value.Check
  void check() {
    Checks.notBlank("ReplacedContract", "name", name());
    id().ifPresent(id -> Checks.id("ReplacedContract", "id", id));
    supplier().ifPresent(supplier -> Checks.notBlank("ReplacedContract", "supplier", supplier));
    if (start().isPresent() && end().isPresent()) {
      Checks.notBefore("ReplacedContract", "end", end().get(), "start", start().get());
    }
  }

  /**
   * Builds a {@link ReplacedContract}. A builder is single-threaded.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableReplacedContract.Builder {
    Builder() {}
  }
}
