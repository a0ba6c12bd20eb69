package io.github.hls4j.examples.benchmarks;

import io.github.hls4j.examples.SomersetReport;
import io.github.hls4j.governance.BoardReport;
import io.github.hls4j.governance.GovernanceRules;
import io.github.hls4j.jackson.HlsJson;
import io.github.hls4j.validation.Profile;
import io.github.hls4j.validation.ValidationResult;
import io.github.hls4j.validation.Validator;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/** The Somerset report: validation against the floor of touching every field once, and JSON. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class SomersetBenchmark {

  private final BoardReport somerset = SomersetReport.report();
  private final Validator<BoardReport> validator =
      GovernanceRules.validator(Profile.DECISION_READY);
  private final HlsJson hlsJson = HlsJson.create();
  private final String json = hlsJson.write(somerset);

  /**
   * Validates the Somerset report at DECISION_READY.
   *
   * @return the result
   */
  @Benchmark
  public ValidationResult somersetDecisionReady() {
    return validator.validate(somerset);
  }

  /**
   * Touches every field of the Somerset report once: the floor.
   *
   * @return a value made from every field
   */
  @Benchmark
  public long somersetFloor() {
    return ReportWalk.walk(somerset);
  }

  /**
   * Writes the Somerset report as JSON.
   *
   * @return the JSON
   */
  @Benchmark
  public String somersetJsonWrite() {
    return hlsJson.write(somerset);
  }

  /**
   * Reads the Somerset report from JSON through the hardened reader.
   *
   * @return the report
   */
  @Benchmark
  public BoardReport somersetJsonRead() {
    return hlsJson.read(json, "somerset.json", BoardReport.class);
  }
}
