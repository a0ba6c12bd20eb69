package io.github.hls4j.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.google.common.graph.GraphBuilder;
import com.google.common.graph.Graphs;
import com.google.common.graph.MutableGraph;
import io.github.hls4j.validation.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The linear cycle finder against a simple reference: reachability by search over Guava's graph. On
 * small random dependency graphs, including repeated and unknown numbers, both find the same
 * cycles, and every reported cycle is a real one.
 */
class DependencyCyclePropertiesTest {

  @Test
  void cycles_areThoseFoundByReachability() {
    qt().withExamples(Integer.getInteger("hls4j.examples", 2000))
        .forAll(
            lists().of(integers().between(1, 8)).ofSizeBetween(1, 8),
            lists().of(integers().between(0, 63)).ofSizeBetween(0, 24))
        .checkAssert(
            (numbers, edges) -> {
              List<Recommendation> recommendations = new ArrayList<>();
              for (int i = 0; i < numbers.size(); i++) {
                Recommendation.Builder r =
                    Recommendation.builder().number(numbers.get(i)).action("Act " + i + ".");
                for (int e : edges) {
                  if (e / 8 == i % 8) {
                    r.addDependsOn(1 + e % 9); // 9 is never a number: an unknown dependency
                  }
                }
                recommendations.add(r.build());
              }
              BoardReport report = Reports.valid().withRecommendations(recommendations);

              List<Violation> found =
                  GovernanceRules.validator(io.github.hls4j.validation.Profile.DRAFT)
                      .validate(report)
                      .violations()
                      .stream()
                      .filter(
                          v ->
                              v.rule().equals(GovernanceRules.RECOMMENDATION_DEPENDENCY_CYCLE.id()))
                      .collect(Collectors.toList());

              Set<String> paths = new TreeSet<>();
              found.forEach(v -> paths.add(v.path()));

              assertThat(paths).as("%s", recommendations).isEqualTo(reference(recommendations));
              for (Violation v : found) {
                assertRealCycle(recommendations, v.arguments().get("cycle"));
              }
            });
  }

  /** The path of the first member of each set of recommendations that reach each other. */
  private static Set<String> reference(List<Recommendation> recommendations) {
    MutableGraph<Integer> graph = GraphBuilder.directed().allowsSelfLoops(true).build();
    Set<Integer> known =
        recommendations.stream().map(Recommendation::number).collect(Collectors.toSet());
    for (Recommendation r : recommendations) {
      graph.addNode(r.number());
      for (int d : r.dependsOn()) {
        if (known.contains(d)) {
          graph.putEdge(r.number(), d);
        }
      }
    }
    Set<String> paths = new TreeSet<>();
    Set<Integer> reported = new TreeSet<>();
    for (int i = 0; i < recommendations.size(); i++) {
      int number = recommendations.get(i).number();
      if (reported.contains(number)) {
        continue;
      }
      reported.add(number);
      boolean onCycle = false;
      for (int next : graph.successors(number)) {
        onCycle |= Graphs.reachableNodes(graph, next).contains(number);
      }
      if (!onCycle) {
        continue;
      }
      boolean firstOfItsComponent = true;
      for (int j = 0; j < i; j++) {
        int earlier = recommendations.get(j).number();
        if (Graphs.reachableNodes(graph, earlier).contains(number)
            && Graphs.reachableNodes(graph, number).contains(earlier)) {
          firstOfItsComponent = false;
        }
      }
      if (firstOfItsComponent) {
        paths.add("recommendations[" + i + "].dependsOn");
      }
    }
    return paths;
  }

  private static void assertRealCycle(List<Recommendation> recommendations, String cycle) {
    List<Integer> members = new ArrayList<>();
    for (String part : cycle.split(" → ")) {
      members.add(Integer.parseInt(part));
    }
    assertThat(members.get(0)).isEqualTo(members.get(members.size() - 1));
    assertThat(new TreeSet<>(members.subList(0, members.size() - 1))).hasSize(members.size() - 1);
    for (int k = 0; k + 1 < members.size(); k++) {
      int from = members.get(k);
      int to = members.get(k + 1);
      boolean edge =
          recommendations.stream().anyMatch(r -> r.number() == from && r.dependsOn().contains(to));
      assertThat(edge).as("%s waits on %s in %s", from, to, cycle).isTrue();
    }
  }
}
