package io.github.hls4j.learning;

import io.github.hls4j.internal.Checks;
import io.github.hls4j.internal.FreeText;
import io.github.hls4j.party.PartyId;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A record that an escalated barrier was made visible to someone outside the system who can remove
 * it (a government department, a regulator, a Member of Parliament), when, and what they said.
 *
 * <pre>{@code
 * Visibility letter =
 *     Visibility.builder()
 *         .to("Department for Education")
 *         .on(LocalDate.of(2025, 1, 10))
 *         .build();                      // a response is due by 10 April 2025
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Visibility {

  /** The last day a response can be due three months after. */
  private static final LocalDate LAST_ON_WITH_DEFAULT = LocalDate.MAX.minusMonths(3);

  Visibility() {}

  /**
   * Returns a new builder. Who it was made visible to and when are required; the response date
   * defaults to three months later.
   *
   * @return a builder
   * @since 0.1.0
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns who outside the system the barrier was made visible to.
   *
   * @return their name, such as "Department of Health and Social Care"
   * @since 0.1.0
   */
  @FreeText
  public abstract String to();

  /**
   * Returns the party it was made visible to, where the system holds it (a department or a
   * regulator kept among the system's parties as an organisation): a reference that {@code
   * system/unknown-reference} checks, beside the name in {@link #to()}.
   *
   * @return the party's id, if the system holds the party
   * @since 0.1.0
   */
  public abstract Optional<PartyId> toParty();

  /**
   * Returns when it was made visible.
   *
   * @return the date
   * @since 0.1.0
   */
  public abstract LocalDate on();

  /**
   * Returns when a response is due, after which {@code learning/visible-barrier-unanswered} reports
   * it.
   *
   * @return the date; three months after {@link #on()} unless set
   * @throws IllegalArgumentException at {@code build()}, when it is not set and {@link #on()} is so
   *     late that three months after it is past {@link LocalDate#MAX}
   * @since 0.1.0
   */
  @Value.Default
  public LocalDate respondBy() {
    Checks.argument(
        !on().isAfter(LAST_ON_WITH_DEFAULT),
        "Visibility",
        "on",
        "Visibility.on (%s) must be no later than %s unless Visibility.respondBy is given",
        on(),
        LAST_ON_WITH_DEFAULT);
    return on().plusMonths(3);
  }

  /**
   * Returns what they said.
   *
   * @return the response, once given
   * @since 0.1.0
   */
  @FreeText
  public abstract Optional<String> response();

  /**
   * Returns when they responded.
   *
   * @return the date, once responded
   * @since 0.1.0
   */
  public abstract Optional<LocalDate> respondedOn();

  @Value.Check
  void check() {
    Checks.notBlank("Visibility", "to", to());
    Checks.notBefore("Visibility", "respondBy", respondBy(), "on", on());
    Checks.givenTogether(
        "Visibility",
        "respondedOn",
        respondedOn().map(LocalDate::toString).orElse("empty"),
        respondedOn().isPresent(),
        "response",
        response().orElse("empty"),
        response().isPresent());
  }

  /**
   * Builds a {@link Visibility}. A builder is single-threaded.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableVisibility.Builder {
    Builder() {}
  }
}
