package io.github.hls4j.docx;

import static java.util.Objects.requireNonNull;

import io.github.hls4j.governance.BoardReport;
import io.github.hls4j.validation.Location;
import io.github.hls4j.validation.ValidationResult;
import io.github.hls4j.validation.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A board report read from a Word document, with the import findings: what the reader could not
 * map, each located in the document (see {@link ImportRules}), and where in the document each
 * part of the report was read from, so that every finding of validating it can be {@linkplain
 * #locate(ValidationResult) located} too.
 *
 * <pre>{@code
 * DocxImport read = DocxReader.of(template).read(file);
 * ValidationResult found = read.with(validator.validate(read.report()));
 * found.violations().get(0).location(); // e.g. table 3, row 2, cell 3 "Click or tap to enter a date."
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param report the report as read
 * @param findings the import findings, ordered by severity and place, each with its {@linkplain
 *     Violation#location() location}; empty when the whole document was mapped
 * @param locations where each part of the report was read from, by its path in the model's
 *     property names ({@code title}, {@code recommendations[1]}, {@code signOffs[3].date}…); the
 *     empty path is the report's own place, its title
 * @since 0.1.0
 */
public record DocxImport(BoardReport report, ValidationResult findings, Map<String, Location> locations) {

  /**
   * Checks that no part is null, and copies the locations.
   *
   * @throws NullPointerException if any part is null
   */
  public DocxImport {
    requireNonNull(report, "DocxImport.report");
    requireNonNull(findings, "DocxImport.findings");
    locations = Map.copyOf(requireNonNull(locations, "DocxImport.locations"));
  }

  /**
   * Returns a report with its import findings and no locations, such as a report read from JSON.
   *
   * @param report the report
   * @param findings the import findings
   * @throws NullPointerException if either is null
   * @since 0.1.0
   */
  public DocxImport(BoardReport report, ValidationResult findings) {
    this(report, findings, Map.of());
  }

  /**
   * Returns where the element at {@code path} was read from, or, when the reader kept no place for
   * it, where the nearest element above it was: {@code sections[1].paragraphs[0].text[0]}, then
   * {@code sections[1].paragraphs[0]}, {@code sections[1]}, and the report itself.
   *
   * @param path a path in the model's property names, such as {@code signOffs[3].date}
   * @return the location, if the report was read from a document
   * @throws NullPointerException if {@code path} is null
   * @since 0.1.0
   */
  public Optional<Location> location(String path) {
    return Locations.nearest(requireNonNull(path, "path"), locations);
  }

  /**
   * Returns {@code validation}'s findings, each at the {@linkplain #location(String) location} of
   * its path in the document; findings already located keep their location.
   *
   * @param validation the report's validation result
   * @return the same findings, located
   * @throws NullPointerException if {@code validation} is null
   * @since 0.1.0
   */
  public ValidationResult locate(ValidationResult validation) {
    return Locations.locate(requireNonNull(validation, "validation"), locations);
  }

  /**
   * Returns the import findings and {@code validation}'s, as one result in the result's order, for
   * a tool that reports both together; each is {@linkplain #locate(ValidationResult) located} in
   * the document when the report was read from one.
   *
   * @param validation the report's validation result
   * @return both, each keeping its own findings
   * @since 0.1.0
   */
  public ValidationResult with(ValidationResult validation) {
    return findings.merge(locate(validation));
  }
}
