package io.github.hls4j.docx;

import static java.util.Objects.requireNonNull;

import com.google.common.base.Splitter;
import io.github.hls4j.governance.BoardReport;
import io.github.hls4j.governance.Recommendation;
import io.github.hls4j.validation.FindingPath;
import io.github.hls4j.validation.Location;
import io.github.hls4j.validation.Severity;
import io.github.hls4j.validation.ValidationResult;
import io.github.hls4j.validation.Violation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A board report read from a Word document, with the import findings: what the reader could not
 * map, each located in the document (see {@link ImportRules}), and where in the document each part
 * of the report was read from, so that every finding of validating it can be {@linkplain
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
 * @param locations where each part of the report was read from, by its path in the model's property
 *     names ({@code title}, {@code recommendations[1]}, {@code signOffs[3].date}…); the empty path
 *     is the report's own place, its title
 * @param numbersAsWritten recommendation numbers as the document writes them where that is not just
 *     the number, by path: {@code recommendations[2]} is "2.3" and {@code
 *     recommendations[2].dependsOn[0]} "2.5", or "(c)" and "(d)"; the model keeps only the numbers
 *     (3, 5, 4)
 * @param signOffLayout where the document's layout records sign-off, as its template says
 * @param recordsAlignment whether the document's layout records which strategy priorities the
 *     report serves: its template has a strategy row or a tick table
 * @param language the language the document's own text is written in, as Word records it ({@code
 *     w:lang}): the language of most of the letters of its body, from each run's properties, its
 *     character and paragraph styles and the document's defaults, such as {@code cy-GB}; empty when
 *     the document records none for most of its text, or was not read from Word. Unknown is not
 *     taken for English.
 * @since 0.1.0
 */
public record DocxImport(
    BoardReport report,
    ValidationResult findings,
    Map<String, Location> locations,
    Map<String, String> numbersAsWritten,
    SignOffLayout signOffLayout,
    boolean recordsAlignment,
    Optional<Locale> language) {

  /**
   * Where a layout records sign-off, as its template's {@code signOff} says.
   *
   * @since 0.1.0
   */
  public enum SignOffLayout {
    /** In a sign-off table (the default). */
    TABLE,
    /**
     * In lines outside a table, such as "Name of finance officer consulted: … Date consulted: …".
     */
    LINES,
    /** Not in the report: the layout has no sign-off table and no sign-off lines. */
    NOT_RECORDED
  }

  /**
   * Checks that no part is null, and copies the maps.
   *
   * @throws NullPointerException if any part is null
   */
  public DocxImport {
    requireNonNull(report, "DocxImport.report");
    requireNonNull(findings, "DocxImport.findings");
    locations = Map.copyOf(requireNonNull(locations, "DocxImport.locations"));
    numbersAsWritten = Map.copyOf(requireNonNull(numbersAsWritten, "DocxImport.numbersAsWritten"));
    requireNonNull(signOffLayout, "DocxImport.signOffLayout");
    requireNonNull(language, "DocxImport.language");
  }

  /**
   * Returns a report read from a document whose text's language is not known.
   *
   * @param report the report as read
   * @param findings the import findings
   * @param locations where each part of the report was read from
   * @param numbersAsWritten recommendation numbers as the document writes them, by path
   * @param signOffLayout where the document's layout records sign-off
   * @param recordsAlignment whether the document's layout records strategy alignment
   * @throws NullPointerException if any part is null
   * @since 0.1.0
   */
  public DocxImport(
      BoardReport report,
      ValidationResult findings,
      Map<String, Location> locations,
      Map<String, String> numbersAsWritten,
      SignOffLayout signOffLayout,
      boolean recordsAlignment) {
    this(
        report,
        findings,
        locations,
        numbersAsWritten,
        signOffLayout,
        recordsAlignment,
        Optional.empty());
  }

  /**
   * Returns a report read from a document whose layout records strategy alignment.
   *
   * @param report the report as read
   * @param findings the import findings
   * @param locations where each part of the report was read from
   * @param numbersAsWritten recommendation numbers as the document writes them, by path
   * @param signOffLayout where the document's layout records sign-off
   * @throws NullPointerException if any part is null
   * @since 0.1.0
   */
  public DocxImport(
      BoardReport report,
      ValidationResult findings,
      Map<String, Location> locations,
      Map<String, String> numbersAsWritten,
      SignOffLayout signOffLayout) {
    this(report, findings, locations, numbersAsWritten, signOffLayout, true);
  }

  /**
   * Returns a report read from a document laid out with a sign-off table, whose recommendations are
   * numbered as the model numbers them.
   *
   * @param report the report as read
   * @param findings the import findings
   * @param locations where each part of the report was read from
   * @throws NullPointerException if any part is null
   * @since 0.1.0
   */
  public DocxImport(
      BoardReport report, ValidationResult findings, Map<String, Location> locations) {
    this(report, findings, locations, Map.of(), SignOffLayout.TABLE, true);
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
   * the document when the report was read from one. Some findings are put as the document has it:
   *
   * <ul>
   *   <li>{@code governance/recommendation-dependency-unknown} names the recommendations by their
   *       {@linkplain #numbersAsWritten() numbers as written}: "Recommendation 2.3 depends on
   *       recommendation 2.5", not "3" and "5"; so does {@code
   *       governance/recommendation-dependency-cycle}: "(c) → (c)", not "3 → 3";
   *   <li>when the layout has no sign-off table, {@code governance/signoff-missing} for the report
   *       as a whole is an {@code INFO}: the council's layout does not ask for a table, nor for a
   *       lead officer's sign-off. When the layout records sign-off in {@linkplain
   *       SignOffLayout#LINES lines}, those are the report's sign-offs, reported as usual (undated,
   *       say), and a report with none of them still has the {@code ERROR}.
   *   <li>when the layout does not record strategy alignment (its template has no strategy row and
   *       no tick table), {@code alignment/unaligned} for the report is an {@code INFO}: the
   *       council's layout does not ask which priorities a report serves.
   * </ul>
   *
   * @param validation the report's validation result
   * @return both, each keeping its own findings
   * @throws NullPointerException if {@code validation} is null
   * @since 0.1.0
   */
  public ValidationResult with(ValidationResult validation) {
    requireNonNull(validation, "validation");
    if (signOffLayout == SignOffLayout.TABLE && numbersAsWritten.isEmpty() && recordsAlignment) {
      return findings.merge(locate(validation));
    }
    List<Violation> adjusted = new ArrayList<>(validation.size());
    for (Violation v : validation.violations()) {
      adjusted.add(asLaidOut(v));
    }
    return findings.merge(locate(ValidationResult.of(adjusted)));
  }

  private static final String SIGNOFF_MISSING = "governance/signoff-missing";
  private static final String DEPENDENCY_UNKNOWN = "governance/recommendation-dependency-unknown";
  private static final String UNALIGNED = "alignment/unaligned";
  private static final String DEPENDENCY_CYCLE = "governance/recommendation-dependency-cycle";
  private static final String CYCLE_ARROW = " \u2192 ";

  private Violation asLaidOut(Violation v) {
    String rule = v.rule().toString();
    Severity severity = v.severity();
    Map<String, String> arguments = v.arguments();
    boolean notAskedFor =
        signOffLayout == SignOffLayout.NOT_RECORDED
            || (signOffLayout == SignOffLayout.LINES && !report.signOffs().isEmpty());
    if (notAskedFor && rule.equals(SIGNOFF_MISSING) && v.path().equals("signOffs")) {
      severity = Severity.INFO;
    } else if (!recordsAlignment
        && rule.equals(UNALIGNED)
        && v.path().equals("strategyAlignments")) {
      severity = Severity.INFO;
    } else if (rule.equals(DEPENDENCY_UNKNOWN)) {
      Map<String, String> written = new LinkedHashMap<>(arguments);
      String dependency = numbersAsWritten.get(v.path());
      if (dependency != null) {
        written.put("dependsOn", dependency);
      }
      String number = numbersAsWritten.get(Locations.parent(Locations.parent(v.path())));
      if (number != null) {
        written.put("number", number);
      }
      arguments = written;
    } else if (rule.equals(DEPENDENCY_CYCLE)) {
      Map<String, String> written = new LinkedHashMap<>(arguments);
      String number = numbersAsWritten.get(Locations.parent(v.path()));
      if (number != null) {
        written.put("number", number);
      }
      String cycle = arguments.get("cycle");
      if (cycle != null) {
        written.put("cycle", cycleAsWritten(cycle));
      }
      arguments = written;
    }
    if (severity == v.severity() && arguments.equals(v.arguments())) {
      return v;
    }
    Violation adjusted =
        Violation.of(v.rule(), severity, v.path(), v.messageKey(), v.messageTemplate(), arguments);
    adjusted = v.location().map(adjusted::withLocation).orElse(adjusted);
    return v.place().map(adjusted::withPlace).orElse(adjusted);
  }

  /**
   * A cycle of recommendations, "3 → 4 → 3" as the model numbers them, in their numbers as written:
   * "(c) → (d) → (c)"; a number written as it is, and the "…" of a long cycle, are kept.
   */
  private String cycleAsWritten(String cycle) {
    Map<String, String> written = new LinkedHashMap<>();
    List<Recommendation> recommendations = report.recommendations();
    for (int i = 0; i < recommendations.size(); i++) {
      String asWritten = numbersAsWritten.get(FindingPath.of("recommendations", i));
      if (asWritten != null) {
        written.putIfAbsent(String.valueOf(recommendations.get(i).number()), asWritten);
      }
    }
    List<String> members = new ArrayList<>();
    for (String member : Splitter.on(CYCLE_ARROW).split(cycle)) {
      members.add(written.getOrDefault(member, member));
    }
    return String.join(CYCLE_ARROW, members);
  }
}
