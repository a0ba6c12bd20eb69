package io.github.hls4j.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CyclesTest {

  @Test
  void find_givesOneCyclePerComponent_fromItsLowestNode_inEdgeOrder() {
    int[][] graph = {{1}, {2}, {0}, {3}, {}, {4, 6}, {5}};

    List<int[]> cycles = Cycles.find(graph);

    assertThat(cycles).containsExactly(new int[] {0, 1, 2}, new int[] {3}, new int[] {5, 6});
  }

  @Test
  void find_compactGraph_isTheSameGraph() {
    int[] first = {0, 1, 2, 3, 4, 4, 6, 7};
    int[] targets = {1, 2, 0, 3, 4, 6, 5};

    assertThat(Cycles.find(first, targets))
        .containsExactly(new int[] {0, 1, 2}, new int[] {3}, new int[] {5, 6});
  }

  @Test
  void find_manySmallCycles_eachFoundOnce() {
    int pairs = 20_000;
    int[][] graph = new int[2 * pairs][];
    for (int i = 0; i < pairs; i++) {
      graph[2 * i] = new int[] {2 * i + 1};
      graph[2 * i + 1] = new int[] {2 * i};
    }

    List<int[]> cycles = Cycles.find(graph);

    assertThat(cycles).hasSize(pairs);
    for (int i = 0; i < pairs; i++) {
      assertThat(cycles.get(i)).containsExactly(2 * i, 2 * i + 1);
    }
  }

  @Test
  void find_oneCycleThroughEveryNode_deeperThanAnyStack() {
    int n = 200_000;
    int[][] graph = new int[n][];
    for (int i = 0; i < n; i++) {
      graph[i] = new int[] {(i + 1) % n};
    }

    List<int[]> cycles = Cycles.find(graph);

    assertThat(cycles).hasSize(1);
    assertThat(cycles.get(0)).hasSize(n).startsWith(0, 1, 2).endsWith(n - 1);
  }

  @Test
  void find_noNodes_noCycles() {
    assertThat(Cycles.find(new int[0][])).isEmpty();
    assertThat(Cycles.find(new int[] {0}, new int[0])).isEmpty();
  }
}
