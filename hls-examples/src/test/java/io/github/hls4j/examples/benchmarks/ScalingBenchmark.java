package io.github.hls4j.examples.benchmarks;

import io.github.hls4j.governance.Board;
import io.github.hls4j.governance.BoardId;
import io.github.hls4j.governance.BoardReport;
import io.github.hls4j.governance.Committee;
import io.github.hls4j.governance.CommitteeId;
import io.github.hls4j.governance.Decision;
import io.github.hls4j.governance.DecisionOutcome;
import io.github.hls4j.governance.GovernanceRules;
import io.github.hls4j.governance.Recommendation;
import io.github.hls4j.render.HtmlRenderer;
import io.github.hls4j.render.MarkdownRenderer;
import io.github.hls4j.strategy.AlignmentLink;
import io.github.hls4j.strategy.AlignmentMatrix;
import io.github.hls4j.strategy.Priority;
import io.github.hls4j.strategy.PriorityId;
import io.github.hls4j.strategy.Strategy;
import io.github.hls4j.strategy.StrategyAlignment;
import io.github.hls4j.strategy.StrategyId;
import io.github.hls4j.system.LearningSystem;
import io.github.hls4j.system.SystemRules;
import io.github.hls4j.testing.ReportGenerator;
import io.github.hls4j.testing.SystemGenerator;
import io.github.hls4j.validation.Profile;
import io.github.hls4j.validation.ValidationResult;
import io.github.hls4j.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * Each family of rule, renderer and look-up at 1 000, 10 000 and 100 000 elements, so that the cost
 * per element can be compared across sizes within one run: nothing should grow faster than n log n.
 * docs/performance.md gives the figures and the ratios.
 */
@State(Scope.Benchmark)
@Fork(jvmArgsAppend = {"-Xms4g", "-Xmx4g", "-XX:+AlwaysPreTouch", "-Xss8m"})
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ScalingBenchmark {

  private static final LocalDate TODAY = LocalDate.of(2025, 6, 1);
  private static final Clock CLOCK =
      Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

  /** How many elements: recommendations, priorities and links, system parts, shares, committees. */
  @Param({"1000", "10000", "100000"})
  public int elements;

  private final Validator<BoardReport> reports = GovernanceRules.validator(Profile.DECISION_READY);
  private final Validator<LearningSystem> systems =
      SystemRules.validator(Profile.DECISION_READY, CLOCK);

  /**
   * How much input each run of a benchmark reads from: {@code one} input, read over and over, so
   * that a small one stays in the processor's caches; or as many inputs as hold {@value #LARGEST}
   * elements in all, read in turn, so that every size reads its input from memory as the largest
   * does and the comparison between sizes is of the algorithms alone.
   */
  @Param({"one", "equal"})
  public String footprint;

  /** The largest size, whose one input is the footprint every size has with {@code equal}. */
  private static final int LARGEST = 100_000;

  private BoardReport[] chain;
  private BoardReport[] cycle;
  private BoardReport[] pairs;
  private BoardReport[] many;
  private BoardReport[] aligned;
  private BoardReport[] alignedToUnknown;
  private BoardReport[] committees;
  private LearningSystem[] system;
  private LearningSystem[] shares;
  private int next;

  /** Builds the inputs of the benchmark about to run, once, the same for every run. */
  @Setup
  public void build(BenchmarkParams params) {
    String benchmark = params.getBenchmark().substring(params.getBenchmark().lastIndexOf('.') + 1);
    int count = footprint.equals("equal") ? Math.max(1, LARGEST / elements) : 1;
    BoardReport base = ReportGenerator.validReport(new Random(1));
    switch (benchmark) {
      case "reportDependencyChain" ->
          chain =
              reports(
                  count,
                  () ->
                      BoardReport.builder()
                          .from(base)
                          .recommendations(recommendations(i -> i > 1 ? i - 1 : 0))
                          .build());
      case "reportDependencyCycle" ->
          cycle =
              reports(
                  count,
                  () ->
                      BoardReport.builder()
                          .from(base)
                          .recommendations(recommendations(i -> i < elements ? i + 1 : 1))
                          .build());
      case "reportManyDependencyCycles" ->
          pairs =
              reports(
                  count,
                  () ->
                      BoardReport.builder()
                          .from(base)
                          .recommendations(recommendations(i -> i % 2 == 1 ? i + 1 : i - 1))
                          .build());
      case "reportManyRecommendations" ->
          many =
              reports(
                  count,
                  () ->
                      BoardReport.builder()
                          .from(base)
                          .recommendations(recommendations(i -> 0))
                          .build());
      case "strategyPrioritiesAndLinks" ->
          aligned =
              reports(
                  count,
                  () ->
                      BoardReport.builder()
                          .from(base)
                          .strategyAlignments(List.of(alignment("priority-")))
                          .build());
      case "strategyLinksToUnknownPriorities" ->
          alignedToUnknown =
              reports(
                  count,
                  () ->
                      BoardReport.builder()
                          .from(base)
                          .strategyAlignments(List.of(alignment("unknown-")))
                          .build());
      case "committeesAndDecisions" -> committees = reports(count, () -> committees(base));
      case "systemValidation", "systemAlignmentMatrix" ->
          system =
              systems(count, k -> SystemGenerator.validSystem(new Random(2 + k), elements, TODAY));
      case "sharesAndAgreements" ->
          shares =
              systems(
                  count,
                  k -> SystemGenerator.validSystem(new Random(3 + k), 2, 1, elements, 0, TODAY));
      case "renderMarkdown", "renderHtml" -> {
        many =
            reports(
                count,
                () ->
                    BoardReport.builder()
                        .from(base)
                        .recommendations(recommendations(i -> 0))
                        .build());
        aligned =
            reports(
                count,
                () ->
                    BoardReport.builder()
                        .from(base)
                        .strategyAlignments(List.of(alignment("priority-")))
                        .build());
      }
      default -> throw new IllegalStateException("no input for " + benchmark);
    }
  }

  private static BoardReport[] reports(int count, Supplier<BoardReport> report) {
    BoardReport[] reports = new BoardReport[count];
    for (int k = 0; k < count; k++) {
      reports[k] = report.get();
    }
    return reports;
  }

  private static LearningSystem[] systems(int count, IntFunction<LearningSystem> system) {
    LearningSystem[] systems = new LearningSystem[count];
    for (int k = 0; k < count; k++) {
      systems[k] = system.apply(k);
    }
    return systems;
  }

  /** The input for this run: the same one each time, or the next in turn. */
  private <T> T next(T[] inputs) {
    return inputs[turn(inputs.length)];
  }

  private int turn(int count) {
    next = next + 1 == count ? 0 : next + 1;
    return next;
  }

  private List<Recommendation> recommendations(java.util.function.IntUnaryOperator dependsOn) {
    List<Recommendation> list = new ArrayList<>(elements);
    for (int i = 1; i <= elements; i++) {
      Recommendation.Builder r =
          Recommendation.builder().number(i).action("Recommendation " + i + ".");
      int d = dependsOn.applyAsInt(i);
      if (d > 0) {
        r.addDependsOn(d);
      }
      list.add(r.build());
    }
    return list;
  }

  private StrategyAlignment alignment(String linkPrefix) {
    Strategy.Builder strategy =
        Strategy.builder().id(StrategyId.of("big")).title("A large strategy");
    StrategyAlignment.Builder alignment = StrategyAlignment.builder();
    for (int i = 0; i < elements; i++) {
      strategy.addPriorities(
          Priority.builder().id(PriorityId.of("priority-" + i)).title("Priority " + i).build());
      alignment.addLinks(AlignmentLink.builder().priority(PriorityId.of(linkPrefix + i)).build());
    }
    return alignment.strategy(strategy.build()).build();
  }

  private BoardReport committees(BoardReport base) {
    Board.Builder board =
        Board.builder().id(BoardId.of("big-board")).name("A board of many committees");
    List<Recommendation> list = new ArrayList<>();
    Recommendation.Builder r = Recommendation.builder().number(1).action("Decide.");
    for (int i = 0; i < elements; i++) {
      CommitteeId id = CommitteeId.of("committee-" + i);
      board.addCommitteesInCommon(Committee.builder().id(id).name("Committee " + i).build());
      r.addDecisions(Decision.builder().outcome(DecisionOutcome.APPROVED).addTakenBy(id).build());
    }
    list.add(r.build());
    return BoardReport.builder().from(base).board(board.build()).recommendations(list).build();
  }

  /**
   * @return the result: a chain of dependencies, each on the one before
   */
  @Benchmark
  public ValidationResult reportDependencyChain() {
    return reports.validate(next(chain));
  }

  /**
   * @return the result: one dependency cycle through every recommendation
   */
  @Benchmark
  public ValidationResult reportDependencyCycle() {
    return reports.validate(next(cycle));
  }

  /**
   * @return the result: a dependency cycle of two in every pair of recommendations
   */
  @Benchmark
  public ValidationResult reportManyDependencyCycles() {
    return reports.validate(next(pairs));
  }

  /**
   * @return the result: many recommendations and no dependencies
   */
  @Benchmark
  public ValidationResult reportManyRecommendations() {
    return reports.validate(next(many));
  }

  /**
   * @return the result: a strategy of many priorities, each ticked
   */
  @Benchmark
  public ValidationResult strategyPrioritiesAndLinks() {
    return reports.validate(next(aligned));
  }

  /**
   * @return the result: as many links, each naming a priority the strategy does not have
   */
  @Benchmark
  public ValidationResult strategyLinksToUnknownPriorities() {
    return reports.validate(next(alignedToUnknown));
  }

  /**
   * @return the result: a board of many committees in common, a decision by each
   */
  @Benchmark
  public ValidationResult committeesAndDecisions() {
    return reports.validate(next(committees));
  }

  /**
   * @return the result: a whole generated system
   */
  @Benchmark
  public ValidationResult systemValidation() {
    return systems.validate(next(system));
  }

  /**
   * @return the matrix of the whole generated system
   */
  @Benchmark
  public AlignmentMatrix systemAlignmentMatrix() {
    return SystemRules.alignmentMatrix(next(system));
  }

  /**
   * @return the result: many shares, each under an agreement of its own
   */
  @Benchmark
  public ValidationResult sharesAndAgreements() {
    return systems.validate(next(shares));
  }

  /**
   * @return the Markdown of a report with many recommendations and many priorities
   */
  @Benchmark
  public int renderMarkdown() {
    int k = turn(many.length);
    return MarkdownRenderer.render(many[k]).length() + MarkdownRenderer.render(aligned[k]).length();
  }

  /**
   * @return the HTML of the same
   */
  @Benchmark
  public int renderHtml() {
    int k = turn(many.length);
    return HtmlRenderer.render(many[k]).length() + HtmlRenderer.render(aligned[k]).length();
  }
}
