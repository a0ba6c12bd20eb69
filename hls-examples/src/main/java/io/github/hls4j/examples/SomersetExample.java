package io.github.hls4j.examples;

import io.github.hls4j.governance.BoardReport;
import io.github.hls4j.governance.GovernanceRules;
import io.github.hls4j.render.MarkdownRenderer;
import io.github.hls4j.render.StewardshipMapRenderer;
import io.github.hls4j.system.LearningSystem;
import io.github.hls4j.system.SystemRules;
import io.github.hls4j.validation.Profile;
import io.github.hls4j.validation.ValidationResult;
import java.io.PrintStream;

/**
 * The main example: validates the Somerset Board report for a decision and prints what it finds,
 * then the report rendered as Markdown; then the Somerset learning system around the report: its
 * stewardship map, its alignment matrix and what validation finds in it.
 */
public final class SomersetExample {

  private SomersetExample() {}

  /**
   * Runs the example.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    run(System.out);
    System.out.println();
    System.out.println("---");
    System.out.println();
    runSystem(System.out);
  }

  /**
   * Validates the Somerset report at {@link Profile#DECISION_READY} and prints the findings and
   * the rendered report.
   *
   * @param out where to print
   * @return the validation result
   */
  static ValidationResult run(PrintStream out) {
    BoardReport report = SomersetReport.report();
    ValidationResult result = GovernanceRules.validator(Profile.DECISION_READY).validate(report);
    out.println("Validation of \"" + report.title() + "\" at " + Profile.DECISION_READY + ":");
    out.println();
    out.println(result);
    out.println();
    out.println("---");
    out.println();
    out.print(MarkdownRenderer.render(report));
    return result;
  }

  /**
   * Prints the Somerset learning system: its stewardship map, its alignment matrix and what
   * validation at {@link Profile#DECISION_READY} finds in the whole system.
   *
   * @param out where to print
   * @return the validation result of the system
   */
  static ValidationResult runSystem(PrintStream out) {
    LearningSystem system = SomersetSystem.system();
    out.println("# The Somerset learning system");
    out.println();
    out.println(SomersetSystem.ILLUSTRATIVE);
    out.println();
    out.print(StewardshipMapRenderer.render(system));
    out.println();
    out.println("## Alignment matrix");
    out.println();
    out.print(SystemRules.alignmentMatrix(system).toMarkdown());
    out.println();
    ValidationResult result = SystemRules.validator(Profile.DECISION_READY).validate(system);
    out.println("## Validation of the system at " + Profile.DECISION_READY);
    out.println();
    out.println(result);
    return result;
  }
}
