package io.github.hls4j.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The cycles of a directed graph, found in time linear in its nodes and edges, without recursion,
 * so that no depth of graph can overflow the stack.
 *
 * <p>Tarjan's algorithm gives the strongly connected components; each component that holds a cycle
 * (more than one node, or one node with an edge to itself) is reported once, as one cycle through
 * its lowest node, found by a breadth-first search inside the component.
 *
 * <p>The graph is held compactly, as one array of edge targets and one of where each node's edges
 * start, and the search's arrays are reused once it is done: a large graph then touches as little
 * memory as it can, which is what its cost depends on once it outgrows the processor's caches.
 */
public final class Cycles {

  private Cycles() {}

  /**
   * Returns one cycle for each strongly connected component that holds one, ordered by lowest node.
   * Each cycle starts at its component's lowest node and lists the nodes in the order the edges go,
   * without repeating the first at the end.
   *
   * @param successors for each node {@code 0 … n-1}, the nodes its edges go to
   * @return the cycles
   */
  public static List<int[]> find(int[][] successors) {
    int n = successors.length;
    int[] first = new int[n + 1];
    for (int v = 0; v < n; v++) {
      first[v + 1] = first[v] + successors[v].length;
    }
    int[] targets = new int[first[n]];
    for (int v = 0; v < n; v++) {
      System.arraycopy(successors[v], 0, targets, first[v], successors[v].length);
    }
    return find(first, targets);
  }

  /**
   * Returns the cycles of a graph held compactly: the edges of node {@code v} go to {@code
   * targets[first[v]]} up to, not including, {@code targets[first[v + 1]]}. Otherwise as {@link
   * #find(int[][])}.
   *
   * @param first where each node's edges start in {@code targets}, with one more entry at the end
   *     for where the last node's edges end; {@code n + 1} entries for {@code n} nodes
   * @param targets the nodes the edges go to, node by node
   * @return the cycles
   */
  public static List<int[]> find(int[] first, int[] targets) {
    int n = first.length - 1;
    Search search = new Search(first, targets);
    search.run();
    // The search is done: its arrays now hold each component's lowest node and size.
    int[] component = search.component;
    int[] lowest = search.low;
    int[] size = search.index;
    Arrays.fill(lowest, 0, search.components, Integer.MAX_VALUE);
    Arrays.fill(size, 0, search.components, 0);
    for (int v = 0; v < n; v++) {
      lowest[component[v]] = Math.min(lowest[component[v]], v);
      size[component[v]]++;
    }
    List<int[]> cycles = new ArrayList<>();
    int[] queue = search.stack;
    int[] parent = search.callNode;
    Arrays.fill(parent, -1);
    for (int v = 0; v < n; v++) {
      int c = component[v];
      if (lowest[c] == v && (size[c] > 1 || hasEdge(first, targets, v, v))) {
        cycles.add(cycleThrough(v, first, targets, component, queue, parent));
      }
    }
    return cycles;
  }

  private static boolean hasEdge(int[] first, int[] targets, int from, int to) {
    for (int e = first[from]; e < first[from + 1]; e++) {
      if (targets[e] == to) {
        return true;
      }
    }
    return false;
  }

  /**
   * The shortest cycle through {@code start} inside its component, by breadth-first search; the
   * queue and the parents are shared by all searches, and the parents are left as they were found.
   */
  private static int[] cycleThrough(
      int start, int[] first, int[] targets, int[] component, int[] queue, int[] parent) {
    if (hasEdge(first, targets, start, start)) {
      return new int[] {start};
    }
    int c = component[start];
    int head = 0;
    int tail = 0;
    queue[tail++] = start;
    parent[start] = start;
    int last = -1;
    search:
    while (head < tail) {
      int v = queue[head++];
      for (int e = first[v]; e < first[v + 1]; e++) {
        int w = targets[e];
        if (component[w] != c) {
          continue;
        }
        if (w == start) {
          last = v;
          break search;
        }
        if (parent[w] < 0) {
          parent[w] = v;
          queue[tail++] = w;
        }
      }
    }
    int length = 1;
    for (int v = last; v != start; v = parent[v]) {
      length++;
    }
    int[] cycle = new int[length];
    for (int v = last, i = length - 1; v != start; v = parent[v], i--) {
      cycle[i] = v;
    }
    cycle[0] = start;
    for (int i = 0; i < tail; i++) {
      parent[queue[i]] = -1; // the searches of all components together stay linear
    }
    return cycle;
  }

  /**
   * Tarjan's strongly connected components, iteratively: the component number of each node. A node
   * is on the search's stack while it has been reached and has no component yet.
   */
  private static final class Search {
    final int[] first;
    final int[] targets;
    final int[] index;
    final int[] low;
    final int[] component;
    final int[] stack;
    final int[] callNode;
    final int[] callEdge;
    int components;

    Search(int[] first, int[] targets) {
      int n = first.length - 1;
      this.first = first;
      this.targets = targets;
      this.index = new int[n];
      this.low = new int[n];
      this.component = new int[n];
      this.stack = new int[n];
      this.callNode = new int[n];
      this.callEdge = new int[n];
      Arrays.fill(index, -1);
      Arrays.fill(component, -1);
    }

    void run() {
      int n = index.length;
      int stackSize = 0;
      int next = 0;
      for (int root = 0; root < n; root++) {
        if (index[root] >= 0) {
          continue;
        }
        int depth = 0;
        callNode[0] = root;
        callEdge[0] = first[root];
        index[root] = low[root] = next++;
        stack[stackSize++] = root;
        while (depth >= 0) {
          int v = callNode[depth];
          if (callEdge[depth] < first[v + 1]) {
            int w = targets[callEdge[depth]++];
            if (index[w] < 0) {
              index[w] = low[w] = next++;
              stack[stackSize++] = w;
              depth++;
              callNode[depth] = w;
              callEdge[depth] = first[w];
            } else if (component[w] < 0) {
              low[v] = Math.min(low[v], index[w]);
            }
            continue;
          }
          if (low[v] == index[v]) {
            int w;
            do {
              w = stack[--stackSize];
              component[w] = components;
            } while (w != v);
            components++;
          }
          depth--;
          if (depth >= 0) {
            int parentNode = callNode[depth];
            low[parentNode] = Math.min(low[parentNode], low[v]);
          }
        }
      }
    }
  }
}
