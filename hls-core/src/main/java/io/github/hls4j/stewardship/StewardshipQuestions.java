package io.github.hls4j.stewardship;

import io.github.hls4j.internal.FreeText;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A steward's answers to the questions every steward should be able to answer: what is stewarded,
 * on whose behalf, to whom the steward is accountable, and where its legitimacy comes from. An
 * unanswered question is reported by {@code stewardship/stewardship-questions-unanswered}.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class StewardshipQuestions {

  StewardshipQuestions() {}

  /**
   * Returns a new builder; every answer is optional.
   *
   * @return a builder
   * @since 0.1.0
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns answers to none of the questions.
   *
   * @return the unanswered questions
   * @since 0.1.0
   */
  public static StewardshipQuestions unanswered() {
    return builder().build();
  }

  /**
   * Returns what the steward looks after.
   *
   * @return the answer, if given
   * @since 0.1.0
   */
  @FreeText
  public abstract Optional<String> whatIsStewarded();

  /**
   * Returns on whose behalf the steward acts.
   *
   * @return the answer, if given
   * @since 0.1.0
   */
  @FreeText
  public abstract Optional<String> onWhoseBehalf();

  /**
   * Returns to whom the steward is accountable.
   *
   * @return the answer, if given
   * @since 0.1.0
   */
  @FreeText
  public abstract Optional<String> accountableTo();

  /**
   * Returns where the steward's legitimacy comes from.
   *
   * @return the answer, if given
   * @since 0.1.0
   */
  @FreeText
  public abstract Optional<String> basisOfLegitimacy();

  /**
   * Builds {@link StewardshipQuestions}. A builder is single-threaded.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableStewardshipQuestions.Builder {
    Builder() {}
  }
}
