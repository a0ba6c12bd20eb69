package io.github.hls4j.examples.benchmarks;

import io.github.hls4j.learning.Barrier;
import io.github.hls4j.learning.EscalationRouter;
import io.github.hls4j.learning.Route;
import io.github.hls4j.party.PartyId;
import io.github.hls4j.stewardship.BarrierKind;
import io.github.hls4j.stewardship.Remit;
import io.github.hls4j.stewardship.StewardId;
import io.github.hls4j.stewardship.StewardType;
import io.github.hls4j.stewardship.SystemScale;
import io.github.hls4j.stewardship.SystemSteward;
import io.github.hls4j.strategy.Alignable;
import io.github.hls4j.strategy.AlignmentLink;
import io.github.hls4j.strategy.AlignmentMatrix;
import io.github.hls4j.strategy.Priority;
import io.github.hls4j.strategy.PriorityId;
import io.github.hls4j.strategy.Strategy;
import io.github.hls4j.strategy.StrategyAlignment;
import io.github.hls4j.strategy.StrategyId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Routing 100 000 barriers over 1 000 stewards, and the alignment matrix of 1 000 items by 100
 * priorities.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class LoopsBenchmark {

  private static final BarrierKind[] KINDS = BarrierKind.values();
  private static final SystemScale[] SCALES = SystemScale.values();

  private List<SystemSteward> stewards;
  private List<Barrier> barriers;
  private List<SystemScale> raisedAt;
  private Strategy strategy;
  private List<Alignable> items;

  /** Builds the stewards, barriers, strategy and items, the same for every run. */
  @Setup
  public void build() {
    Random random = new Random(7);
    stewards = new ArrayList<>();
    for (int i = 0; i < 1_000; i++) {
      Remit.Builder remit = Remit.builder();
      for (int k = 0; k < 3; k++) {
        remit
            .addBarrierKinds(KINDS[random.nextInt(KINDS.length)])
            .addOrganisations(PartyId.of("org-" + random.nextInt(50)));
      }
      stewards.add(
          SystemSteward.builder()
              .id(StewardId.of("steward-" + i))
              .heldBy(PartyId.of("party-" + i))
              .type(random.nextBoolean() ? StewardType.LEADERSHIP : StewardType.PRACTITIONER)
              .scale(SCALES[random.nextInt(SCALES.length)])
              .remit(remit.build())
              .build());
    }
    barriers = new ArrayList<>();
    raisedAt = new ArrayList<>();
    for (int i = 0; i < 100_000; i++) {
      barriers.add(
          Barrier.builder()
              .kind(KINDS[random.nextInt(KINDS.length)])
              .organisation(PartyId.of("org-" + random.nextInt(50)))
              .description("Barrier " + i)
              .build());
      raisedAt.add(SCALES[random.nextInt(SCALES.length)]);
    }
    Strategy.Builder s = Strategy.builder().id(StrategyId.of("s")).title("Strategy");
    for (int p = 0; p < 100; p++) {
      s.addPriority(Priority.builder().id(PriorityId.of("p" + p)).title("Priority " + p).build());
    }
    strategy = s.build();
    items = new ArrayList<>();
    for (int i = 0; i < 1_000; i++) {
      StrategyAlignment.Builder a = StrategyAlignment.builder().strategy(strategy);
      random
          .ints(0, 100)
          .distinct()
          .limit(1 + random.nextInt(10))
          .forEach(p -> a.addLink(AlignmentLink.to(PriorityId.of("p" + p))));
      StrategyAlignment built = a.build();
      items.add(() -> List.of(built));
    }
  }

  /**
   * Builds the router and routes every barrier.
   *
   * @return how many barriers found a steward
   */
  @Benchmark
  public int route100000BarriersOver1000Stewards() {
    EscalationRouter router = EscalationRouter.of(stewards);
    int routed = 0;
    for (int i = 0; i < barriers.size(); i++) {
      Route r = router.route(barriers.get(i), raisedAt.get(i));
      routed += r.steward().isPresent() ? 1 : 0;
    }
    return routed;
  }

  /**
   * Builds the matrix of 1 000 items by 100 priorities and reads its gaps.
   *
   * @return the number of gaps
   */
  @Benchmark
  public int alignmentMatrix1000By100() {
    AlignmentMatrix.Builder m = AlignmentMatrix.builder().strategy(strategy);
    for (int i = 0; i < items.size(); i++) {
      m.item("item " + i, items.get(i));
    }
    return m.build().gaps().size();
  }
}
