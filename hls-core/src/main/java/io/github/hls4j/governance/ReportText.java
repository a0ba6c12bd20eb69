package io.github.hls4j.governance;

import io.github.hls4j.internal.ModelDescription;
import io.github.hls4j.internal.TextWalk;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Visits every piece of text a person wrote in a board report, with its path: every free text and
 * every name, in the report and in the models it holds, as {@link ModelDescription} describes them,
 * so that a text property added to a model is visited without anyone listing it here. The walk
 * ({@link TextWalk}) keeps the path in one buffer; a path becomes a string only when a visitor asks
 * for it, so a walk that finds nothing builds no strings.
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

  private ReportText() {}

  static void forEach(BoardReport report, Visitor visitor) {
    TextWalk.forEach(report, WRITTEN, (owner, property, path, text) -> visitor.visit(path, text));
  }

  /**
   * Visits every piece of text a person wrote in one section of a report, with its path in the
   * section, such as {@code paragraphs[0].text[1]}.
   */
  static void forEach(ReportSection section, Visitor visitor) {
    TextWalk.forEach(section, WRITTEN, (owner, property, path, text) -> visitor.visit(path, text));
  }
}
