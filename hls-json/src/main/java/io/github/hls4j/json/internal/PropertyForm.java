package io.github.hls4j.json.internal;

import java.lang.reflect.Method;

/**
 * One property of a model type: its name, its form, the accessor that reads it and whether it is
 * required.
 */
final class PropertyForm {

  final int index;
  final String name;
  final ValueForm value;
  final Method accessor;

  /** Absent from JSON is an error: not optional, not a collection, not a boolean, no default. */
  final boolean required;

  /** Has a default in the model (a builder default, or false for a boolean). */
  final boolean defaulted;

  /** Made by the model from the other properties: read only to be checked against what it makes. */
  final boolean derived;

  /** A boolean whose default is true, so that its absence from JSON reads as true. */
  final boolean defaultTrue;

  PropertyForm(
      int index,
      String name,
      ValueForm value,
      Method accessor,
      boolean required,
      boolean defaulted,
      boolean derived,
      boolean defaultTrue) {
    this.index = index;
    this.name = name;
    this.value = value;
    this.accessor = accessor;
    this.required = required;
    this.defaulted = defaulted;
    this.derived = derived;
    this.defaultTrue = defaultTrue;
  }
}
