package io.github.hls4j.governance;

import com.google.common.primitives.ImmutableIntArray;
import io.github.hls4j.internal.ModelDescription;
import io.github.hls4j.internal.TextWalk;
import io.github.hls4j.validation.Derived;
import io.github.hls4j.validation.RuleContext;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

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

  /** What a person writes into a report: free text and names, where template text is left. */
  private static final Set<ModelDescription.Text> WRITTEN =
      EnumSet.of(ModelDescription.Text.FREE, ModelDescription.Text.NAME);

  /** The texts of the report being validated, gathered once for the rules that read them. */
  private static final Derived<BoardReport, ReportText> OF_REPORT =
      Derived.of("texts written in a board report", ReportText::of);

  private final String[] texts;

  /** Each text's attribute name. */
  private final String[] properties;

  /**
   * Every path, one after another; text {@code i}'s is from {@code ends.get(i - 1)} to {@code
   * ends.get(i)}.
   */
  private final String paths;

  private final ImmutableIntArray ends;

  private ReportText(String[] texts, String[] properties, String paths, ImmutableIntArray ends) {
    this.texts = texts;
    this.properties = properties;
    this.paths = paths;
    this.ends = ends;
  }

  /** The texts of a report, shared with the other rules of the validation. */
  static ReportText of(BoardReport report, RuleContext context) {
    return context.derived(OF_REPORT, report);
  }

  /** The texts of a report, gathered for it alone, in one walk. */
  static ReportText of(BoardReport report) {
    List<String> texts = new ArrayList<>(128);
    List<String> properties = new ArrayList<>(128);
    StringBuilder paths = new StringBuilder(4096);
    ImmutableIntArray.Builder ends = ImmutableIntArray.builder(128);
    TextWalk.forEach(
        report,
        WRITTEN,
        (property, path, text) -> {
          texts.add(text);
          properties.add(property);
          ends.add(paths.append(path).length());
        });
    return new ReportText(
        texts.toArray(String[]::new),
        properties.toArray(String[]::new),
        paths.toString(),
        ends.build());
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
    return paths.substring(start(i), ends.get(i));
  }

  /** Returns whether text {@code i} is the attribute {@code property} of some model. */
  boolean isProperty(int i, String property) {
    return properties[i].equals(property);
  }

  /** Returns whether text {@code i} is in the report's attribute {@code property}, at any depth. */
  boolean isIn(int i, String property) {
    int start = start(i);
    int end = start + property.length();
    if (end > ends.get(i) || !paths.startsWith(property, start)) {
      return false;
    }
    return end == ends.get(i) || paths.charAt(end) == '.' || paths.charAt(end) == '[';
  }

  private int start(int i) {
    return i == 0 ? 0 : ends.get(i - 1);
  }
}
