package io.github.hls4j.json.internal;

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
    switch (kind) {
      case STRING:
        return "text";
      case INTEGER:
      case LONG:
        return "a whole number";
      case BOOLEAN:
        return "true or false";
      case DATE:
        return "a date such as 2025-01-15";
      case ENUM:
        return "one of " + constants().stream().collect(Collectors.joining(", "));
      case ID:
        return "an id (text)";
      case MODEL:
        return "an object (" + type.getSimpleName() + ")";
      case PARTY:
        return "a party: an object whose \"type\" is one of "
            + String.join(", ", Forms.partyTypes().keySet());
      case LIST:
      case SET:
        return "an array";
      case MAP:
        return "an object whose values are " + element().expected();
      case OPTIONAL:
        return element().expected();
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
