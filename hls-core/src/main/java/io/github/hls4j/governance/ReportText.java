package io.github.hls4j.governance;

import io.github.hls4j.internal.ModelDescription;
import io.github.hls4j.internal.TextWalk;
import io.github.hls4j.validation.Derived;
import io.github.hls4j.validation.RuleContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Every piece of text a person wrote in a board report, with its path: every free text and every
 * name, in the report and in the models it holds, as {@link ModelDescription} describes them, so
 * that a text property added to a model is read without anyone listing it here.
 *
 * <p>The texts are gathered in one walk ({@link TextWalk}) and shared, through {@link
 * RuleContext#derived}, by every rule that reads them in a validation. The paths are kept as the
 * characters of one string; a path becomes a string of its own only when a rule asks for it, so
 * that reading texts in which nothing is found builds no strings.
 */
final class ReportText {

  /** Receives one piece of text and, on demand, its path. */
  interface Visitor {
    /**
     * Visits a text. The path supplier is valid only during this call.
     *
     * @param path gives the text's path, such as {@code recommendations[0].action}
     * @param text the text
     */
    void visit(Supplier<String> path, String text);
  }

  /** What a person writes into a report: free text and names, where template text is left. */
  private static final Set<ModelDescription.Text> WRITTEN =
      EnumSet.of(ModelDescription.Text.FREE, ModelDescription.Text.NAME);

  /** The texts of the report being validated, gathered once for the rules that read them. */
  private static final Derived<BoardReport, ReportText> OF_REPORT =
      Derived.of("texts written in a board report", ReportText::gather);

  private final String[] texts;

  /** Each text's attribute name. */
  private final String[] properties;

  /**
   * Every path, one after another; text {@code i}'s is from {@code ends[i - 1]} to {@code ends[i]}.
   */
  private final String paths;

  private final int[] ends;

  private ReportText(String[] texts, String[] properties, String paths, int[] ends) {
    this.texts = texts;
    this.properties = properties;
    this.paths = paths;
    this.ends = ends;
  }

  /** The texts of a report, shared with the other rules of the validation. */
  static ReportText of(BoardReport report, RuleContext context) {
    return context.derived(OF_REPORT, report);
  }

  /** Visits every piece of text a person wrote in a board report, with its path. */
  static void forEach(BoardReport report, Visitor visitor) {
    gather(report).forEach(visitor);
  }

  private static ReportText gather(BoardReport report) {
    List<String> texts = new ArrayList<>(128);
    List<String> properties = new ArrayList<>(128);
    StringBuilder paths = new StringBuilder(4096);
    int[][] ends = {new int[128]};
    TextWalk.forEach(
        report,
        WRITTEN,
        (property, path, text) -> {
          int i = texts.size();
          texts.add(text);
          properties.add(property);
          paths.append(path);
          if (i == ends[0].length) {
            ends[0] = Arrays.copyOf(ends[0], i * 2);
          }
          ends[0][i] = paths.length();
        });
    return new ReportText(
        texts.toArray(String[]::new), properties.toArray(String[]::new), paths.toString(), ends[0]);
  }

  /** Visits every text, in the order of the model's attributes, with its path. */
  void forEach(Visitor visitor) {
    Cursor cursor = new Cursor();
    for (int i = 0; i < texts.length; i++) {
      cursor.at = i;
      visitor.visit(cursor, texts[i]);
    }
  }

  /** Returns how many texts there are. */
  int size() {
    return texts.length;
  }

  /** Returns text {@code i}. */
  String text(int i) {
    return texts[i];
  }

  /** Returns the path of text {@code i}, such as {@code sections[2].paragraphs[0].text[1]}. */
  String path(int i) {
    return paths.substring(start(i), ends[i]);
  }

  /** Returns whether text {@code i} is the attribute {@code property} of some model. */
  boolean isProperty(int i, String property) {
    return properties[i].equals(property);
  }

  /** Returns whether text {@code i} is in the report's attribute {@code property}, at any depth. */
  boolean isIn(int i, String property) {
    int start = start(i);
    int end = start + property.length();
    if (end > ends[i] || !paths.startsWith(property, start)) {
      return false;
    }
    return end == ends[i] || paths.charAt(end) == '.' || paths.charAt(end) == '[';
  }

  private int start(int i) {
    return i == 0 ? 0 : ends[i - 1];
  }

  /** The path of the text being visited, made a string when asked for. */
  private final class Cursor implements Supplier<String> {
    private int at;

    @Override
    public String get() {
      return path(at);
    }
  }
}
