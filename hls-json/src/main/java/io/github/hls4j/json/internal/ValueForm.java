package io.github.hls4j.json.internal;

import io.github.hls4j.validation.Reason;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The JSON form of one Java type that a model property can have: text, a whole number, a boolean, a
 * date, an enum, a typed id, a model object, a party, or a list, set, optional value or map by name
 * of one of those.
 *
 * @since 0.1.0
 */
public final class ValueForm {

  /** The kinds of value. */
  enum Kind {
    STRING,
    INTEGER,
    /** A whole number that may pass an {@code int}: a {@code long}. */
    LONG,
    BOOLEAN,
    DATE,
    ENUM,
    ID,
    MODEL,
    PARTY,
    LIST,
    SET,
    /** A map from names to values: a JSON object whose members the model does not fix. */
    MAP,
    OPTIONAL
  }

  final Kind kind;
  final Class<?> type;
  final @Nullable ValueForm element;

  ValueForm(Kind kind, Class<?> type, @Nullable ValueForm element) {
    this.kind = kind;
    this.type = type;
    this.element = element;
  }

  /** Returns the element form of a list, set, map or optional value. */
  ValueForm element() {
    if (element == null) {
      throw new IllegalStateException(kind + " has no element");
    }
    return element;
  }

  /** Returns the model form of a model value. */
  ModelForm model() {
    return Forms.model(type);
  }

  /** Returns what a value of this form looks like, for error messages. */
  String expected() {
    return expectedReason().english();
  }

  /** Returns what a value of this form looks like, as a reason worded by key. */
  Reason expectedReason() {
    switch (kind) {
      case STRING:
        return Problems.of("json/form-text");
      case INTEGER:
      case LONG:
        return Problems.of("json/form-whole-number");
      case BOOLEAN:
        return Problems.of("json/form-boolean");
      case DATE:
        return Problems.of("json/form-date");
      case ENUM:
        return Problems.of(
            "json/form-enum", "constants", constants().stream().collect(Collectors.joining(", ")));
      case ID:
        return Problems.of("json/form-id");
      case MODEL:
        return Problems.of("json/form-object", "type", type.getSimpleName());
      case PARTY:
        return Problems.of(
            "json/form-party", "types", String.join(", ", Forms.partyTypes().keySet()));
      case LIST:
      case SET:
        return Problems.of("json/form-array");
      case MAP:
        return Problems.of("json/form-map", "element", element().expectedReason());
      case OPTIONAL:
        return element().expectedReason();
    }
    throw new AssertionError(kind);
  }

  /** Returns an enum's constant names, in declaration order. */
  List<String> constants() {
    return Stream.of(type.getEnumConstants())
        .map(c -> ((Enum<?>) c).name())
        .collect(Collectors.toList());
  }

  @Override
  public String toString() {
    return kind.name().toLowerCase(Locale.ROOT)
        + (element == null ? "" : "<" + element + ">")
        + " "
        + type.getSimpleName();
  }
}
