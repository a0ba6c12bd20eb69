package io.github.hls4j.governance;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Where each recommendation number first appears in a report. Most reports number their
 * recommendations 1, 2, 3… in order; for them the index is the number less one, and nothing is
 * allocated. Otherwise a map is built once.
 */
final class RecommendationNumbers {

  private final int count;
  private final @Nullable Map<Integer, Integer> firstIndex;

  private RecommendationNumbers(int count, @Nullable Map<Integer, Integer> firstIndex) {
    this.count = count;
    this.firstIndex = firstIndex;
  }

  static RecommendationNumbers of(List<Recommendation> recommendations) {
    int count = recommendations.size();
    for (int i = 0; i < count; i++) {
      if (recommendations.get(i).number() != i + 1) {
        Map<Integer, Integer> index = new HashMap<>();
        for (int j = 0; j < count; j++) {
          index.putIfAbsent(recommendations.get(j).number(), j);
        }
        return new RecommendationNumbers(count, index);
      }
    }
    return new RecommendationNumbers(count, null);
  }

  /** The index of the first recommendation with the number, or -1 if none has it. */
  int firstIndex(int number) {
    if (firstIndex == null) {
      return number >= 1 && number <= count ? number - 1 : -1;
    }
    Integer index = firstIndex.get(number);
    return index == null ? -1 : index;
  }

  boolean contains(int number) {
    return firstIndex(number) >= 0;
  }
}
