package io.github.hls4j.learning;

import io.github.hls4j.internal.Checks;
import io.github.hls4j.internal.FreeText;
import org.immutables.value.Value;

/**
 * One piece of evidence behind a learning record: a story or a number, and whether it holds
 * personal data.
 *
 * <p>Evidence holds personal data unless it says otherwise: {@link #story}, {@link #number} and
 * {@link #builder()} all give personal evidence, and {@link #notPersonal()} marks a copy that holds
 * none, such as a count over many people. The JSON form reads evidence without {@code personalData}
 * as personal too (data protection by default).
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Evidence {

  Evidence() {}

  /**
   * Returns a new builder. The kind and the text are required; the evidence holds personal data
   * unless {@code personalData(false)} says otherwise.
   *
   * @return a builder
   * @since 0.1.0
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns evidence of any kind, saying whether it holds personal data; {@link #story} and {@link
   * #number}, with {@link #notPersonal()}, are the usual shorthands.
   *
   * @param kind a story or a number
   * @param text the evidence as written
   * @param personalData whether the text holds personal data
   * @return the evidence
   * @throws IllegalArgumentException if {@code text} is blank
   * @since 0.1.0
   */
  public static Evidence of(EvidenceKind kind, String text, boolean personalData) {
    return ImmutableEvidence.of(kind, text, personalData);
  }

  /**
   * Returns a story, taken to hold personal data; {@code story(text).notPersonal()} is a story that
   * holds none.
   *
   * @param text the story
   * @return the evidence
   * @throws IllegalArgumentException if {@code text} is blank
   * @since 0.1.0
   */
  public static Evidence story(String text) {
    return ImmutableEvidence.of(EvidenceKind.STORY, text, true);
  }

  /**
   * Returns a story that holds personal data: the same as {@link #story}, for code that wants to
   * say so.
   *
   * @param text the story
   * @return the evidence
   * @throws IllegalArgumentException if {@code text} is blank
   * @since 0.1.0
   */
  public static Evidence personalStory(String text) {
    return ImmutableEvidence.of(EvidenceKind.STORY, text, true);
  }

  /**
   * Returns a number, as written with its unit, taken to hold personal data like any evidence until
   * it says otherwise: {@code number("7 of 10 families rehoused within 28 days").notPersonal()}.
   *
   * @param text the number, such as "7 of 10 families rehoused within 28 days"
   * @return the evidence
   * @throws IllegalArgumentException if {@code text} is blank
   * @since 0.1.0
   */
  public static Evidence number(String text) {
    return ImmutableEvidence.of(EvidenceKind.NUMBER, text, true);
  }

  /**
   * Returns a copy of this evidence that says it holds no personal data, such as a count over many
   * people or a story told with consent to be published.
   *
   * @return the evidence, marked as holding no personal data
   * @since 0.1.0
   */
  public Evidence notPersonal() {
    return personalData() ? builder().from(this).personalData(false).build() : this;
  }

  /**
   * Returns whether the evidence is a story or a number.
   *
   * @return the kind
   * @since 0.1.0
   */
  @Value.Parameter
  public abstract EvidenceKind kind();

  /**
   * Returns the evidence as written.
   *
   * @return the text
   * @since 0.1.0
   */
  @Value.Parameter
  @FreeText
  public abstract String text();

  /**
   * Returns whether the evidence holds personal data: {@code true} unless it says otherwise.
   *
   * @return {@code true} if it does
   * @since 0.1.0
   */
  @Value.Parameter
  @Value.Default
  public boolean personalData() {
    return true;
  }

  /**
   * Returns whether the person the evidence is about consented to its being shared with the board,
   * such as a story told to be heard by the Board: {@code false} unless it says so. A board's
   * learning digest shows such a story, redacted by the same rules as every other text.
   *
   * @return {@code true} if the person consented
   * @since 0.1.0
   */
  @Value.Default
  public boolean consentToShareWithBoard() {
    return false;
  }

  /**
   * Returns a copy of this evidence that says the person it is about consented to its being shared
   * with the board.
   *
   * @return the evidence, marked as shared with consent
   * @since 0.1.0
   */
  public Evidence withConsentToShareWithBoard() {
    return consentToShareWithBoard()
        ? this
        : builder().from(this).consentToShareWithBoard(true).build();
  }

  /**
   * Returns the evidence's kind, and its text only when it holds no personal data.
   *
   * @return a description without personal data
   */
  @Override
  public String toString() {
    return personalData()
        ? "Evidence{kind=" + kind() + ", personal data withheld}"
        : "Evidence{kind=" + kind() + ", text=" + text() + "}";
  }

  @Value.Check
  void check() {
    Checks.notBlank("Evidence", "text", text());
  }

  /**
   * Builds {@link Evidence}. A builder is single-threaded; {@code build()} throws {@link
   * IllegalStateException} when the kind or the text is missing and {@link
   * IllegalArgumentException} when the text is blank. The evidence holds personal data unless
   * {@code personalData(false)} is set.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableEvidence.Builder {
    Builder() {}
  }
}
