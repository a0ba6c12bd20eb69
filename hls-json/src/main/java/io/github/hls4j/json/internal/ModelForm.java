package io.github.hls4j.json.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The JSON form of one model type: its properties in order, and how to build an instance. */
final class ModelForm {

  /** Builds an instance from the values read, indexed as the properties; absent ones are null. */
  interface Creator {
    Object create(@Nullable Object[] values) throws ReflectiveOperationException;
  }

  final Class<?> type;
  final String name;
  final @Nullable String partyType;
  final List<PropertyForm> properties;
  final Creator creator;
  private final Map<String, PropertyForm> byName = new HashMap<>();

  ModelForm(
      Class<?> type, @Nullable String partyType, List<PropertyForm> properties, Creator creator) {
    this.type = type;
    this.name = type.getSimpleName();
    this.partyType = partyType;
    this.properties = List.copyOf(properties);
    this.creator = creator;
    for (PropertyForm p : properties) {
      byName.put(p.name, p);
    }
  }

  @Nullable PropertyForm property(String name) {
    return byName.get(name);
  }
}
