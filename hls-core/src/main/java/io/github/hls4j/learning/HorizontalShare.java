package io.github.hls4j.learning;

import com.google.common.collect.ImmutableMap;
import io.github.hls4j.internal.Checks;
import io.github.hls4j.internal.FreeText;
import io.github.hls4j.internal.NotFreeText;
import io.github.hls4j.party.PartyId;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Learning shared sideways: records from one cycle to another cycle, service or organisation, for a
 * purpose, under a data-sharing agreement where personal data crosses organisations.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class HorizontalShare {

  HorizontalShare() {}

  /**
   * Returns a new builder. Every attribute but the records and the agreement is required.
   *
   * @return a builder
   * @since 0.1.0
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the cycle the records come from.
   *
   * @return the cycle's id
   * @since 0.1.0
   */
  public abstract CycleId fromCycle();

  /**
   * Returns the organisation that shares.
   *
   * @return the organisation's id
   * @since 0.1.0
   */
  public abstract PartyId fromOrganisation();

  /**
   * Returns what kind of recipient the share goes to.
   *
   * @return the kind
   * @since 0.1.0
   */
  public abstract ShareTargetKind toKind();

  /**
   * Returns the recipient, as named: a cycle id, a service or an organisation.
   *
   * @return the recipient
   * @since 0.1.0
   */
  @FreeText
  public abstract String to();

  /**
   * Returns the organisation that receives.
   *
   * @return the organisation's id
   * @since 0.1.0
   */
  public abstract PartyId toOrganisation();

  /**
   * Returns the purpose of the share.
   *
   * @return the purpose
   * @since 0.1.0
   */
  @FreeText
  public abstract String purpose();

  /**
   * Returns the records shared.
   *
   * @return an unmodifiable list
   * @since 0.1.0
   */
  public abstract List<LearningRecord> records();

  /**
   * Returns the data-sharing agreement the share relies on.
   *
   * @return the agreement's id, if any
   * @since 0.1.0
   */
  public abstract Optional<AgreementId> agreement();

  /**
   * Returns the board the share is addressed to, when it goes to a board ({@link
   * ShareTargetKind#BOARD}).
   *
   * @return the board's id, as in its {@code BoardId.value()}, exactly when the kind is {@code
   *     BOARD}
   * @since 0.1.0
   */
  @NotFreeText(NotFreeText.Kind.CODE)
  public abstract Optional<String> toBoard();

  /**
   * Returns whether the share carries personal data to another organisation.
   *
   * @return {@code true} if it does
   * @since 0.1.0
   */
  public boolean carriesPersonalDataAcrossOrganisations() {
    if (fromOrganisation().equals(toOrganisation())) {
      return false;
    }
    for (LearningRecord record : records()) {
      if (record.containsPersonalData()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns where the share goes and under what, never the records' text.
   *
   * @return a description without personal data
   */
  @Override
  public String toString() {
    return "HorizontalShare{fromCycle="
        + fromCycle()
        + ", fromOrganisation="
        + fromOrganisation()
        + ", toKind="
        + toKind()
        + ", toOrganisation="
        + toOrganisation()
        + ", purpose="
        + purpose()
        + ", records="
        + records().size()
        + ", agreement="
        + agreement().map(AgreementId::value).orElse("none")
        + "}";
  }

  @Value.Check
  void check() {
    Checks.notBlank("HorizontalShare", "to", to());
    Checks.notBlank("HorizontalShare", "purpose", purpose());
    Checks.refuse(
        toBoard().isPresent() || toKind() != ShareTargetKind.BOARD,
        "model/needs-other",
        "HorizontalShare",
        "toKind",
        toKind(),
        ImmutableMap.of("other", "toBoard"));
    Checks.refuse(
        toBoard().isEmpty() || toKind() == ShareTargetKind.BOARD,
        "model/left-out-unless",
        "HorizontalShare",
        "toBoard",
        toBoard().orElse("empty"),
        ImmutableMap.of(
            "other", "toKind", "otherValue", toKind(), "needed", ShareTargetKind.BOARD));
    toBoard().ifPresent(board -> Checks.id("HorizontalShare", "toBoard", board));
  }

  /**
   * Builds a {@link HorizontalShare}. A builder is single-threaded.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableHorizontalShare.Builder {
    Builder() {}
  }
}
