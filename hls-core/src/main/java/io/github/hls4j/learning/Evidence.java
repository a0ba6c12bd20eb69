package io.github.hls4j.learning;

import io.github.hls4j.internal.Checks;
import org.immutables.value.Value;

/**
 * One piece of evidence behind a learning record: a story or a number, and whether it holds
 * personal data.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Evidence {

  Evidence() {}

  /**
   * Returns evidence of any kind, saying whether it holds personal data; {@link #story}, {@link
   * #personalStory} and {@link #number} are the usual shorthands.
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
   * Returns a story that holds no personal data.
   *
   * @param text the story
   * @return the evidence
   * @since 0.1.0
   */
  public static Evidence story(String text) {
    return ImmutableEvidence.of(EvidenceKind.STORY, text, false);
  }

  /**
   * Returns a story that holds personal data.
   *
   * @param text the story
   * @return the evidence
   * @since 0.1.0
   */
  public static Evidence personalStory(String text) {
    return ImmutableEvidence.of(EvidenceKind.STORY, text, true);
  }

  /**
   * Returns a number, as written with its unit.
   *
   * @param text the number, such as "7 of 10 families rehoused within 28 days"
   * @return the evidence
   * @since 0.1.0
   */
  public static Evidence number(String text) {
    return ImmutableEvidence.of(EvidenceKind.NUMBER, text, false);
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
  public abstract String text();

  /**
   * Returns whether the evidence holds personal data.
   *
   * @return {@code true} if it does
   * @since 0.1.0
   */
  @Value.Parameter
  public abstract boolean personalData();

  /**
   * Returns the evidence's kind, and its text only when it holds no personal data.
   *
   * @return a description without personal data
   */
  @Override
  public String toString() {
    return personalData() ? "Evidence{kind=" + kind() + ", personal data withheld}" : "Evidence{kind=" + kind() + ", text=" + text() + "}";
  }

  @Value.Check
  void check() {
    Checks.notBlank("Evidence", "text", text());
  }
}
