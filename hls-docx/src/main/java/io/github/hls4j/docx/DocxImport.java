package io.github.hls4j.docx;

import static java.util.Objects.requireNonNull;

import io.github.hls4j.governance.BoardReport;
import io.github.hls4j.validation.ValidationResult;

/**
 * A board report read from a Word document, with the import findings: what the reader could not
 * map, each located in the document. See {@link ImportRules}.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param report the report as read
 * @param findings the import findings, ordered by severity and place; empty when the whole
 *     document was mapped
 * @since 0.1.0
 */
public record DocxImport(BoardReport report, ValidationResult findings) {

  /**
   * Checks that neither part is null.
   *
   * @throws NullPointerException if either is null
   */
  public DocxImport {
    requireNonNull(report, "DocxImport.report");
    requireNonNull(findings, "DocxImport.findings");
  }

  /**
   * Returns the import findings and {@code validation}'s, as one result in the result's order, for
   * a tool that reports both together.
   *
   * @param validation the report's validation result
   * @return both, each keeping its own findings
   * @since 0.1.0
   */
  public ValidationResult with(ValidationResult validation) {
    return findings.merge(validation);
  }
}
