package io.github.hls4j.internal.privacy;

import io.github.hls4j.internal.TextWalk;
import io.github.hls4j.learning.PersonalIdentifiers;

/**
 * Redacts free text: every personal identifier ({@link PersonalIdentifiers}) replaced by its kind,
 * and every name known to be personal ({@link PersonalNames}) by {@code [name removed]}.
 */
public final class Redaction {

  private Redaction() {}

  /**
   * Returns a text redacted.
   *
   * @param text the text
   * @param names the names known to be personal
   * @return the text without identifiers and known names; the same text when it holds none
   */
  public static String text(String text, PersonalNames names) {
    return names.remove(PersonalIdentifiers.remove(text));
  }

  /**
   * Returns a copy of a model with every free text in it ({@link TextWalk}) redacted.
   *
   * @param model the model
   * @param names the names known to be personal
   * @param <T> the model's type
   * @return the copy; the model itself when nothing needed redacting
   */
  public static <T> T model(T model, PersonalNames names) {
    return TextWalk.rewrite(model, (owner, property, path, text) -> text(text, names));
  }
}
