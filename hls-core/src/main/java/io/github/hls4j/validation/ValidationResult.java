package io.github.hls4j.validation;

import static java.util.Objects.requireNonNull;

import com.google.common.base.Strings;
import com.google.common.collect.ImmutableList;
import io.github.hls4j.text.Printable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * The violations a {@link Validator} found in one subject, in a deterministic order: by severity
 * (errors first), then by path (index numbers by value), then by rule id, then by message.
 *
 * <pre>{@code
 * ValidationResult result = validator.validate(report);
 * if (result.hasErrors()) {
 *   System.out.println(result); // a table of every violation
 * }
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ValidationResult {

  static final Comparator<Violation> ORDER =
      Comparator.comparing(Violation::severity)
          .thenComparing(Violation::path, PathOrder.INSTANCE)
          .thenComparing(Violation::rule)
          .thenComparing(Violation::message);

  private static final ValidationResult EMPTY = new ValidationResult(ImmutableList.of());

  private final ImmutableList<Violation> violations;

  private ValidationResult(ImmutableList<Violation> violations) {
    this.violations = violations;
  }

  /**
   * Returns a result with no violations.
   *
   * @return the empty result
   * @since 0.1.0
   */
  public static ValidationResult empty() {
    return EMPTY;
  }

  /**
   * Returns a result holding the given violations, in the result's order.
   *
   * @param violations the violations, in any order
   * @return the result
   * @throws NullPointerException if {@code violations} or any element is null
   * @since 0.1.0
   */
  public static ValidationResult of(Iterable<Violation> violations) {
    ImmutableList<Violation> sorted = ImmutableList.sortedCopyOf(ORDER, violations);
    return sorted.isEmpty() ? EMPTY : new ValidationResult(sorted);
  }

  /** A result of violations already in its order, which the caller has checked. */
  static ValidationResult inOrder(List<Violation> violations) {
    return violations.isEmpty() ? EMPTY : new ValidationResult(ImmutableList.copyOf(violations));
  }

  /**
   * Returns every violation, in the result's order.
   *
   * @return an unmodifiable list
   * @since 0.1.0
   */
  public List<Violation> violations() {
    return violations;
  }

  /**
   * Returns whether there are no violations at all.
   *
   * @return {@code true} if the result is empty
   * @since 0.1.0
   */
  public boolean isEmpty() {
    return violations.isEmpty();
  }

  /**
   * Returns whether any violation is an {@link Severity#ERROR}.
   *
   * @return {@code true} if there is at least one error
   * @since 0.1.0
   */
  public boolean hasErrors() {
    return !violations.isEmpty() && violations.get(0).severity() == Severity.ERROR;
  }

  /**
   * Returns the number of violations.
   *
   * @return the number of violations
   * @since 0.1.0
   */
  public int size() {
    return violations.size();
  }

  /**
   * Returns the number of violations of a severity.
   *
   * @param severity the severity
   * @return how many violations have it
   * @since 0.1.0
   */
  public int count(Severity severity) {
    requireNonNull(severity, "severity");
    int count = 0;
    for (Violation v : violations) {
      if (v.severity() == severity) {
        count++;
      }
    }
    return count;
  }

  /**
   * Returns the number of violations of each severity, with a zero for a severity not found.
   *
   * @return an unmodifiable map in severity order
   * @since 0.1.0
   */
  public Map<Severity, Integer> counts() {
    Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
    for (Severity s : Severity.values()) {
      counts.put(s, count(s));
    }
    return Collections.unmodifiableMap(counts);
  }

  /**
   * Returns the violations that match a predicate, as a result.
   *
   * @param predicate which violations to keep
   * @return a result holding the violations kept
   * @since 0.1.0
   */
  public ValidationResult filter(Predicate<? super Violation> predicate) {
    requireNonNull(predicate, "predicate");
    ImmutableList<Violation> kept =
        violations.stream().filter(predicate).collect(ImmutableList.toImmutableList());
    return kept.size() == violations.size() ? this : of(kept);
  }

  /**
   * Returns the violations of one rule, as a result.
   *
   * @param rule the rule id
   * @return a result holding that rule's violations
   * @since 0.1.0
   */
  public ValidationResult withRule(RuleId rule) {
    requireNonNull(rule, "rule");
    return filter(v -> v.rule().equals(rule));
  }

  /**
   * Returns the violations of one severity, as a result.
   *
   * @param severity the severity
   * @return a result holding the violations of that severity
   * @since 0.1.0
   */
  public ValidationResult withSeverity(Severity severity) {
    requireNonNull(severity, "severity");
    return filter(v -> v.severity() == severity);
  }

  /**
   * Returns a result holding the violations of this result and of another, in the result's order. A
   * violation found in both is kept twice.
   *
   * @param other the other result
   * @return the merged result
   * @since 0.1.0
   */
  public ValidationResult merge(ValidationResult other) {
    requireNonNull(other, "other");
    if (other.isEmpty()) {
      return this;
    }
    if (isEmpty()) {
      return other;
    }
    List<Violation> all = new ArrayList<>(violations.size() + other.violations.size());
    all.addAll(violations);
    all.addAll(other.violations);
    return of(all);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof ValidationResult that && violations.equals(that.violations);
  }

  @Override
  public int hashCode() {
    return violations.hashCode();
  }

  /**
   * Returns a table of every violation, one a line, under a line of counts: severity, rule, path
   * and message in aligned columns; a violation with a {@linkplain Violation#location() location}
   * has it on the line below, indented: {@code in the document: table 3, row 2, cell 3 "…"}.
   */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder();
    out.append(count(Severity.ERROR))
        .append(count(Severity.ERROR) == 1 ? " error, " : " errors, ")
        .append(count(Severity.WARNING))
        .append(count(Severity.WARNING) == 1 ? " warning, " : " warnings, ")
        .append(count(Severity.INFO))
        .append(count(Severity.INFO) == 1 ? " info" : " infos");
    if (violations.isEmpty()) {
      return out.toString();
    }
    int ruleWidth = "RULE".length();
    int pathWidth = "PATH".length();
    for (Violation v : violations) {
      ruleWidth = Math.max(ruleWidth, v.rule().toString().length());
      pathWidth = Math.max(pathWidth, displayPath(v).length());
    }
    out.append('\n');
    row(out, "SEVERITY", "RULE", ruleWidth, "PATH", pathWidth, "MESSAGE");
    for (Violation v : violations) {
      out.append('\n');
      // One finding a line: a value with a line break or a control character cannot forge more.
      row(
          out,
          v.severity().name(),
          v.rule().toString(),
          ruleWidth,
          displayPath(v),
          pathWidth,
          Printable.oneLine(v.message()));
      v.location()
          .ifPresent(
              at ->
                  out.append('\n')
                      .append(Strings.repeat(" ", "SEVERITY".length() + 2))
                      .append("in the document: ")
                      .append(Printable.oneLine(at.toString())));
    }
    return out.toString();
  }

  private static String displayPath(Violation v) {
    return v.path().isEmpty() ? "(subject)" : Printable.oneLine(v.path());
  }

  private static void row(
      StringBuilder out,
      String severity,
      String rule,
      int ruleWidth,
      String path,
      int pathWidth,
      String message) {
    out.append(Strings.padEnd(severity, "SEVERITY".length() + 2, ' '))
        .append(Strings.padEnd(rule, ruleWidth + 2, ' '))
        .append(Strings.padEnd(path, pathWidth + 2, ' '))
        .append(message);
  }
}
