package io.github.hls4j.party;

import io.github.hls4j.internal.Checks;
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
  public abstract String name();

  /**
   * Returns the sector the organisation belongs to.
   *
   * @return the sector
   * @since 0.1.0
   */
  public abstract Sector sector();

  @Value.Check
  void check() {
    Checks.notBlank("Organisation", "name", name());
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
