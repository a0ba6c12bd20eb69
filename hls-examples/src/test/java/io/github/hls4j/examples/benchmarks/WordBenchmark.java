package io.github.hls4j.examples.benchmarks;

import io.github.hls4j.docx.DocxImport;
import io.github.hls4j.docx.DocxReader;
import io.github.hls4j.docx.DocxWriter;
import io.github.hls4j.docx.ReportTemplate;
import io.github.hls4j.governance.BoardReport;
import io.github.hls4j.governance.GovernanceRules;
import io.github.hls4j.validation.Profile;
import io.github.hls4j.validation.ValidationResult;
import io.github.hls4j.validation.Validator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/** The hand-made Somerset .docx: reading it, beside validating the model read, and writing it. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class WordBenchmark {

  /** The fixture, from the module's folder or the repository's root. */
  static final Path SOMERSET =
      Path.of(
          "hls-docx", "src", "test", "resources", "io", "github", "hls4j", "docx", "somerset.docx");

  private final byte[] document = read();
  private final DocxReader reader = DocxReader.of(ReportTemplate.somerset());
  private final DocxWriter writer = DocxWriter.of(ReportTemplate.somerset());
  private final BoardReport report =
      reader.read(new ByteArrayInputStream(document), "somerset.docx").report();
  private final Validator<BoardReport> validator =
      GovernanceRules.validator(Profile.DECISION_READY);

  private static byte[] read() {
    Path here = Files.exists(SOMERSET) ? SOMERSET : Path.of("..").resolve(SOMERSET);
    try {
      return Files.readAllBytes(here);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads the Somerset report from its .docx, with the built-in template.
   *
   * @return the report and its import findings
   */
  @Benchmark
  public DocxImport somersetDocxRead() {
    return reader.read(new ByteArrayInputStream(document), "somerset.docx");
  }

  /**
   * Validates the report read at DECISION_READY.
   *
   * @return the result
   */
  @Benchmark
  public ValidationResult somersetDocxValidate() {
    return validator.validate(report);
  }

  /**
   * Writes the report read as a .docx.
   *
   * @return the document's bytes
   */
  @Benchmark
  public byte[] somersetDocxWrite() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writer.write(report, out);
    return out.toByteArray();
  }
}
