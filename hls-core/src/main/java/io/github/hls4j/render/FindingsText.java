package io.github.hls4j.render;

import static java.util.Objects.requireNonNull;

import com.google.common.base.Strings;
import io.github.hls4j.text.Printable;
import io.github.hls4j.validation.Phrasebook;
import io.github.hls4j.validation.RuleMessages;
import io.github.hls4j.validation.Severity;
import io.github.hls4j.validation.ValidationResult;
import io.github.hls4j.validation.Violation;
import java.util.Locale;
import java.util.Map;

/**
 * Writes findings as plain text in a language, for a terminal or a log: a line of counts, then one
 * line a finding (severity, rule, path, message) with its place in words on the line below when it
 * has one. In English the table is {@link ValidationResult#toString()}'s, with the places added.
 *
 * <p>The writer is a pure function of its arguments and is thread-safe.
 *
 * @since 0.1.0
 */
public final class FindingsText {

  private FindingsText() {}

  /**
   * Returns the findings as text in a language.
   *
   * @param result the findings, with places if {@link Places} described them
   * @param locale the language
   * @return the text, with no line break at the end
   * @since 0.1.0
   */
  public static String render(ValidationResult result, Locale locale) {
    return render(result, Words.of(locale), RuleMessages.phrasebook(locale));
  }

  /**
   * Returns the findings as text with the given words and messages, such as a council's own.
   *
   * @param result the findings
   * @param words the labels ({@link Words#of(Locale)})
   * @param messages the rules' messages ({@link RuleMessages#phrasebook(Locale)})
   * @return the text, with no line break at the end
   * @since 0.1.0
   */
  public static String render(ValidationResult result, Phrasebook words, Phrasebook messages) {
    requireNonNull(result, "result");
    StringBuilder out = new StringBuilder(counts(result, words));
    if (result.isEmpty()) {
      return out.toString();
    }
    String severity = words.phrase("text.severity");
    String rule = words.phrase("text.rule");
    String path = words.phrase("text.path");
    int severityWidth = severity.length();
    int ruleWidth = rule.length();
    int pathWidth = path.length();
    for (Violation v : result.violations()) {
      severityWidth = Math.max(severityWidth, severity(v.severity(), words).length());
      ruleWidth = Math.max(ruleWidth, v.rule().toString().length());
      pathWidth = Math.max(pathWidth, displayPath(v, words).length());
    }
    String indent = Strings.repeat(" ", severityWidth + 2);
    Places places = Places.of(words);
    out.append('\n');
    row(
        out,
        severity,
        severityWidth,
        rule,
        ruleWidth,
        path,
        pathWidth,
        words.phrase("text.message"));
    for (Violation v : result.violations()) {
      out.append('\n');
      // One finding a line: a value with a line break or a control character cannot forge more.
      row(
          out,
          severity(v.severity(), words),
          severityWidth,
          v.rule().toString(),
          ruleWidth,
          displayPath(v, words),
          pathWidth,
          Printable.oneLine(RuleMessages.message(v, messages)));
      v.place()
          .ifPresent(
              p ->
                  out.append('\n')
                      .append(indent)
                      .append(words.format("text.place", Map.of("place", Printable.oneLine(p)))));
      v.location()
          .ifPresent(
              at ->
                  out.append('\n')
                      .append(indent)
                      .append(
                          words.format(
                              "text.location",
                              Map.of("location", Printable.oneLine(places.describe(at))))));
    }
    return out.toString();
  }

  /**
   * Returns the line of counts, such as {@code 2 errors, 1 warning, 0 infos}: each count with its
   * noun in the number it takes in the phrasebook's language ({@code text.count.error.one} for one,
   * {@code text.count.error.other} for any other count).
   *
   * @param result the findings
   * @param words the labels
   * @return the line
   * @since 0.1.0
   */
  public static String counts(ValidationResult result, Phrasebook words) {
    return words.format(
        "text.counts",
        Map.of(
            "errors", counted(words, "error", result.count(Severity.ERROR)),
            "warnings", counted(words, "warning", result.count(Severity.WARNING)),
            "infos", counted(words, "info", result.count(Severity.INFO))));
  }

  private static String counted(Phrasebook words, String noun, int count) {
    return words.format(
        "text.count." + noun + (count == 1 ? ".one" : ".other"), Map.of("count", count));
  }

  private static String severity(Severity severity, Phrasebook words) {
    return words.phrase("text.severity." + severity.name());
  }

  private static String displayPath(Violation v, Phrasebook words) {
    return v.path().isEmpty() ? words.phrase("text.subject") : Printable.oneLine(v.path());
  }

  private static void row(
      StringBuilder out,
      String severity,
      int severityWidth,
      String rule,
      int ruleWidth,
      String path,
      int pathWidth,
      String message) {
    out.append(Strings.padEnd(severity, severityWidth + 2, ' '))
        .append(Strings.padEnd(rule, ruleWidth + 2, ' '))
        .append(Strings.padEnd(path, pathWidth + 2, ' '))
        .append(message);
  }
}
