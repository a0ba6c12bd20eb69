package io.github.hls4j.party;

import io.github.hls4j.internal.Checks;
import io.github.hls4j.internal.NotFreeText;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An organisation that takes part in a system, such as Somerset Council or a VCFSE partner.
 *
 * <pre>{@code
 * Organisation council =
 *     Organisation.builder()
 *         .id(PartyId.of("somerset-council"))
 *         .name("Somerset Council")
 *         .sector(Sector.COUNCIL)
 *         .build();
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Organisation implements Party {

  Organisation() {}

  /**
   * Returns a new builder. The id, the name and the sector are required.
   *
   * @return a builder
   * @since 0.1.0
   */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public abstract PartyId id();

  @Override
  @NotFreeText(NotFreeText.Kind.NAME)
  public abstract String name();

  /**
   * Returns the sector the organisation belongs to.
   *
   * @return the sector
   * @since 0.1.0
   */
  public abstract Sector sector();

  /**
   * Returns the day the organisation came into being, when the model knows it.
   *
   * @return the first day it was active, if known
   * @since 0.1.0
   */
  public abstract Optional<LocalDate> activeFrom();

  /**
   * Returns the last day the organisation existed, for a body that was abolished or merged, such as
   * a clinical commissioning group on 30 June 2022.
   *
   * @return the last day it was active, if it has ended
   * @since 0.1.0
   */
  public abstract Optional<LocalDate> activeUntil();

  /**
   * Returns the organisation that took over from this one, such as the integrated care board that
   * succeeded a clinical commissioning group.
   *
   * @return the successor, if one is named
   * @since 0.1.0
   */
  public abstract Optional<PartyId> succeededBy();

  /**
   * Returns whether the organisation was active on a day: on or after {@link #activeFrom()} and on
   * or before {@link #activeUntil()}, where those are known.
   *
   * @param day the day
   * @return {@code true} if it was active then, or its dates are not known
   * @since 0.1.0
   */
  public boolean activeOn(LocalDate day) {
    return activeFrom().map(from -> !day.isBefore(from)).orElse(true)
        && activeUntil().map(until -> !day.isAfter(until)).orElse(true);
  }

  @Value.Check
  void check() {
    Checks.notBlank("Organisation", "name", name());
    if (activeFrom().isPresent() && activeUntil().isPresent()) {
      Checks.notBefore(
          "Organisation", "activeUntil", activeUntil().get(), "activeFrom", activeFrom().get());
    }
  }

  /**
   * Builds an {@link Organisation}. A builder is single-threaded; {@code build()} throws {@link
   * IllegalStateException} when a required attribute is missing and {@link
   * IllegalArgumentException} when the name is blank.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableOrganisation.Builder {
    Builder() {}
  }
}
