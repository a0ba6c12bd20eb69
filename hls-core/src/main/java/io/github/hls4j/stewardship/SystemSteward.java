package io.github.hls4j.stewardship;

import io.github.hls4j.internal.FreeText;
import io.github.hls4j.party.PartyId;
import java.util.List;
import org.immutables.value.Value;

/**
 * A system steward: a role held by a party (a person, an organisation or a group) that looks after
 * the health of a system, at a scale, with responsibilities, answers to the stewardship questions
 * and a remit.
 *
 * <pre>{@code
 * SystemSteward board =
 *     SystemSteward.builder()
 *         .id(StewardId.of("somerset-board"))
 *         .heldBy(PartyId.of("somerset-board"))
 *         .type(StewardType.LEADERSHIP)
 *         .scale(SystemScale.SYSTEM)
 *         .addResponsibilities("Shaping the strategic direction")
 *         .build();
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class SystemSteward {

  SystemSteward() {}

  /**
   * Returns a new builder. The id, the party, the type and the scale are required; the questions
   * default to unanswered and the remit to none.
   *
   * @return a builder
   * @since 0.1.0
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the steward's id.
   *
   * @return the id
   * @since 0.1.0
   */
  public abstract StewardId id();

  /**
   * Returns the party that holds the role.
   *
   * @return the party's id
   * @since 0.1.0
   */
  public abstract PartyId heldBy();

  /**
   * Returns the kind of steward.
   *
   * @return the type
   * @since 0.1.0
   */
  public abstract StewardType type();

  /**
   * Returns the scale at which the steward works.
   *
   * @return the scale
   * @since 0.1.0
   */
  public abstract SystemScale scale();

  /**
   * Returns the steward's responsibilities, such as "Shaping the strategic direction".
   *
   * @return an unmodifiable list
   * @since 0.1.0
   */
  @FreeText
  public abstract List<String> responsibilities();

  /**
   * Returns the steward's answers to the stewardship questions.
   *
   * @return the answers
   * @since 0.1.0
   */
  @Value.Default
  public StewardshipQuestions questions() {
    return StewardshipQuestions.unanswered();
  }

  /**
   * Returns what the steward can change.
   *
   * @return the remit
   * @since 0.1.0
   */
  @Value.Default
  public Remit remit() {
    return Remit.none();
  }

  /**
   * Builds a {@link SystemSteward}. A builder is single-threaded.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableSystemSteward.Builder {
    Builder() {}
  }
}
