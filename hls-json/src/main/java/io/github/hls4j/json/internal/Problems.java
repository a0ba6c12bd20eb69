package io.github.hls4j.json.internal;

import io.github.hls4j.internal.ModelCheckException;
import io.github.hls4j.json.InvalidJsonException;
import io.github.hls4j.validation.Phrasebook;
import io.github.hls4j.validation.Reason;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The reasons the JSON readers give, by message key of {@code problems.properties}, worded in
 * English once here.
 *
 * @since 0.1.0
 */
public final class Problems {

  /** The English words of the readers' problems and of the model's refusals. */
  private static final Phrasebook ENGLISH = InvalidJsonException.phrasebook(Locale.ENGLISH);

  private Problems() {}

  /**
   * Returns a reason worded by its key.
   *
   * @param key the message key, such as {@code json/expected}
   * @param namesAndValues each argument's name followed by its value: text, a number or a reason
   * @return the reason
   */
  public static Reason of(String key, Object... namesAndValues) {
    return Reason.of(ENGLISH, key, arguments(namesAndValues));
  }

  /**
   * Returns a reason whose English words are a JSON library's own, such as {@code json/syntax} with
   * its {@code detail}.
   *
   * @param key the message key
   * @param detail the library's words
   * @return the reason
   */
  public static Reason detail(String key, String detail) {
    return of(key, "detail", detail);
  }

  /** Returns why a builder or an id's factory refused a value: its reason, where it has one. */
  static Reason refusal(@Nullable Throwable cause) {
    if (cause instanceof ModelCheckException refused) {
      return Reason.of(refused.key(), refused.arguments(), FormReader.message(refused));
    }
    return detail("json/model-refused", FormReader.message(cause));
  }

  private static Map<String, Object> arguments(Object... namesAndValues) {
    Map<String, Object> arguments = new LinkedHashMap<>();
    for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
      arguments.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return arguments;
  }
}
