package io.github.hls4j.learning;

import io.github.hls4j.internal.Checks;
import io.github.hls4j.internal.FreeText;
import io.github.hls4j.party.PartyId;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A data-sharing agreement between organisations, for stated purposes. Sharing personal data with
 * another organisation needs one that names both organisations and covers the purpose.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class DataSharingAgreement {

  DataSharingAgreement() {}

  /**
   * Returns a new builder. The id is required.
   *
   * @return a builder
   * @since 0.1.0
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the agreement's id.
   *
   * @return the id
   * @since 0.1.0
   */
  public abstract AgreementId id();

  /**
   * Returns the organisations that are party to it.
   *
   * @return an unmodifiable set
   * @since 0.1.0
   */
  public abstract Set<PartyId> parties();

  /**
   * Returns the purposes it covers, as the agreement words them.
   *
   * @return an unmodifiable set
   * @since 0.1.0
   */
  @FreeText
  public abstract Set<String> purposes();

  /**
   * Returns the security markings of the records the agreement covers. A record marked {@code
   * OFFICIAL_SENSITIVE} may cross only under an agreement that names that marking.
   *
   * @return an unmodifiable set; {@code OFFICIAL} alone unless the agreement says more
   * @since 0.1.0
   */
  @Value.Default
  public Set<Sensitivity> markings() {
    return Set.of(Sensitivity.OFFICIAL);
  }

  /**
   * Returns whether the agreement covers sharing between two organisations for a purpose.
   *
   * @param from the sharing organisation
   * @param to the receiving organisation
   * @param purpose the purpose, compared with the agreement's purposes as written
   * @return {@code true} if both organisations are party and the purpose is covered
   * @since 0.1.0
   */
  public boolean covers(PartyId from, PartyId to, String purpose) {
    return parties().contains(from) && parties().contains(to) && purposes().contains(purpose);
  }

  /**
   * Returns whether the agreement covers sharing between two organisations for a purpose, of
   * records with a marking.
   *
   * @param from the sharing organisation
   * @param to the receiving organisation
   * @param purpose the purpose, as written
   * @param marking the records' marking
   * @return {@code true} if it covers both organisations, the purpose and the marking
   * @since 0.1.0
   */
  public boolean covers(PartyId from, PartyId to, String purpose, Sensitivity marking) {
    return covers(from, to, purpose) && markings().contains(marking);
  }

  @Value.Check
  void check() {
    Checks.notEmpty("DataSharingAgreement", "parties", parties());
    Checks.notEmpty("DataSharingAgreement", "purposes", purposes());
  }

  /**
   * Builds a {@link DataSharingAgreement}. A builder is single-threaded; {@code build()} throws
   * {@link IllegalArgumentException} for an agreement with no parties or no purposes.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableDataSharingAgreement.Builder {
    Builder() {}
  }
}
