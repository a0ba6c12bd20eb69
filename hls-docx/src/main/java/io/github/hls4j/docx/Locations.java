package io.github.hls4j.docx;

import io.github.hls4j.validation.Location;
import io.github.hls4j.validation.ValidationResult;
import io.github.hls4j.validation.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Places in a Word document, in words: {@code body/table[2]/row[3]/cell[2]} is "table 2, row 3,
 * cell 2"; and the finding of a model path's place, from the nearest path above it that has one.
 */
final class Locations {

  private static final Pattern STEP = Pattern.compile("(paragraph|table|row|cell)\\[(\\d+)\\]");

  /** The place of the document as a whole. */
  static final String BODY = "body";

  private Locations() {}

  /** Returns the location of {@code pointer}, quoting the start of {@code text}. */
  static Location of(String pointer, String text) {
    return Location.of(pointer, describe(pointer), ImportRules.quote(text));
  }

  /** Returns a document path in words: "table 2, row 3, cell 2, paragraph 1", or "the document". */
  static String describe(String pointer) {
    List<String> steps = new ArrayList<>();
    Matcher step = STEP.matcher(pointer);
    while (step.find()) {
      steps.add(step.group(1) + " " + step.group(2));
    }
    return steps.isEmpty() ? "the document" : String.join(", ", steps);
  }

  /**
   * Returns the findings, each at the location of its path or of the nearest path above it that has
   * one; an import finding, whose path is a place in the document, is at that place, quoting its
   * {@code quote} argument.
   */
  static ValidationResult locate(ValidationResult findings, Map<String, Location> locations) {
    if (findings.isEmpty()) {
      return findings;
    }
    List<Violation> located = new ArrayList<>(findings.size());
    for (Violation v : findings.violations()) {
      Optional<Location> at = v.location().isPresent() ? v.location() : find(v, locations);
      located.add(at.map(v::withLocation).orElse(v));
    }
    return ValidationResult.of(located);
  }

  private static Optional<Location> find(Violation v, Map<String, Location> locations) {
    String path = v.path();
    if (path.equals(BODY) || path.startsWith(BODY + "/")) {
      return Optional.of(of(path, v.arguments().getOrDefault("quote", "")));
    }
    return nearest(path, locations);
  }

  /**
   * The location of {@code path} or of the nearest path above it: {@code a[1].b[2]}, {@code
   * a[1].b}, {@code a[1]}, {@code a}, the report.
   */
  static Optional<Location> nearest(String path, Map<String, Location> locations) {
    for (String p = path; ; p = parent(p)) {
      Location at = locations.get(p);
      if (at != null) {
        return Optional.of(at);
      }
      if (p.isEmpty()) {
        return Optional.empty();
      }
    }
  }

  /**
   * The path above: {@code a[1].b} for {@code a[1].b[2]}, {@code a[1]} for {@code a[1].b}, empty
   * for {@code a}.
   */
  static String parent(String path) {
    if (path.endsWith("]")) {
      int open = path.lastIndexOf('[');
      return open < 0 ? "" : path.substring(0, open);
    }
    int dot = path.lastIndexOf('.');
    return dot < 0 ? "" : path.substring(0, dot);
  }
}
