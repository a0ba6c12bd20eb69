package io.github.hls4j.internal;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Look-ups by id, built once per model (as lazy attributes), so that no look-up scans a list. */
public final class Indexes {

  private Indexes() {}

  /**
   * Returns the first value for each key, in a map that does not change.
   *
   * @param values the values, in model order
   * @param key the key of a value, such as its id
   * @param <K> the key type
   * @param <V> the value type
   * @return the first value for each key
   */
  public static <K, V> Map<K, V> firstBy(List<V> values, Function<? super V, ? extends K> key) {
    Map<K, V> index = new HashMap<>(Math.max(16, values.size() * 4 / 3 + 1));
    for (V v : values) {
      index.putIfAbsent(key.apply(v), v);
    }
    return Collections.unmodifiableMap(index);
  }
}
