package io.github.hls4j.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The cycles of a directed graph, found in time linear in its nodes and edges, without recursion,
 * so that no depth of graph can overflow the stack.
 *
 * <p>Tarjan's algorithm gives the strongly connected components; each component that holds a
 * cycle (more than one node, or one node with an edge to itself) is reported once, as one cycle
 * through its lowest node, found by a breadth-first search inside the component.
 */
public final class Cycles {

  private Cycles() {}

  /**
   * Returns one cycle for each strongly connected component that holds one, ordered by lowest
   * node. Each cycle starts at its component's lowest node and lists the nodes in the order the
   * edges go, without repeating the first at the end.
   *
   * @param successors for each node {@code 0 … n-1}, the nodes its edges go to
   * @return the cycles
   */
  public static List<int[]> find(int[][] successors) {
    int n = successors.length;
    int[] component = components(successors);
    int[] lowest = new int[n];
    int[] size = new int[n];
    Arrays.fill(lowest, Integer.MAX_VALUE);
    for (int v = 0; v < n; v++) {
      lowest[component[v]] = Math.min(lowest[component[v]], v);
      size[component[v]]++;
    }
    List<int[]> cycles = new ArrayList<>();
    int[] parent = new int[n];
    Arrays.fill(parent, -1);
    for (int v = 0; v < n; v++) {
      int c = component[v];
      if (lowest[c] == v && (size[c] > 1 || hasEdge(successors[v], v))) {
        cycles.add(cycleThrough(v, successors, component, parent));
      }
    }
    return cycles;
  }

  private static boolean hasEdge(int[] successors, int to) {
    for (int s : successors) {
      if (s == to) {
        return true;
      }
    }
    return false;
  }

  /** The shortest cycle through {@code start} inside its component, by breadth-first search. */
  private static int[] cycleThrough(int start, int[][] successors, int[] component, int[] parent) {
    if (hasEdge(successors[start], start)) {
      return new int[] {start};
    }
    int c = component[start];
    int[] queue = new int[successors.length];
    int head = 0;
    int tail = 0;
    queue[tail++] = start;
    parent[start] = start;
    int last = -1;
    search:
    while (head < tail) {
      int v = queue[head++];
      for (int w : successors[v]) {
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

  /** Tarjan's strongly connected components, iteratively: the component number of each node. */
  private static int[] components(int[][] successors) {
    int n = successors.length;
    int[] index = new int[n];
    int[] low = new int[n];
    int[] component = new int[n];
    boolean[] onStack = new boolean[n];
    Arrays.fill(index, -1);
    int[] stack = new int[n];
    int stackSize = 0;
    int[] callNode = new int[n];
    int[] callEdge = new int[n];
    int next = 0;
    int components = 0;
    for (int root = 0; root < n; root++) {
      if (index[root] >= 0) {
        continue;
      }
      int depth = 0;
      callNode[0] = root;
      callEdge[0] = 0;
      index[root] = low[root] = next++;
      stack[stackSize++] = root;
      onStack[root] = true;
      while (depth >= 0) {
        int v = callNode[depth];
        if (callEdge[depth] < successors[v].length) {
          int w = successors[v][callEdge[depth]++];
          if (index[w] < 0) {
            index[w] = low[w] = next++;
            stack[stackSize++] = w;
            onStack[w] = true;
            depth++;
            callNode[depth] = w;
            callEdge[depth] = 0;
          } else if (onStack[w]) {
            low[v] = Math.min(low[v], index[w]);
          }
          continue;
        }
        if (low[v] == index[v]) {
          int w;
          do {
            w = stack[--stackSize];
            onStack[w] = false;
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
    return component;
  }
}
