package io.github.hls4j.examples;

import io.github.hls4j.commissioning.Arrangement;
import io.github.hls4j.governance.BoardReport;
import io.github.hls4j.governance.GovernanceRules;
import io.github.hls4j.governance.Recommendation;
import io.github.hls4j.governance.SourceRef;
import io.github.hls4j.health.HealthProfile;
import io.github.hls4j.health.HealthRound;
import io.github.hls4j.health.HealthRules;
import io.github.hls4j.learning.Escalation;
import io.github.hls4j.learning.EscalationRouter;
import io.github.hls4j.learning.LearningCycle;
import io.github.hls4j.learning.Route;
import io.github.hls4j.render.MarkdownRenderer;
import io.github.hls4j.render.SvgRenderer;
import io.github.hls4j.strategy.AlignmentRules;
import io.github.hls4j.system.LearningSystem;
import io.github.hls4j.system.SystemRules;
import io.github.hls4j.validation.Profile;
import io.github.hls4j.validation.ValidationResult;
import io.github.hls4j.validation.Validator;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The main example: validates the Somerset Board report for a decision and prints what it finds,
 * then the report rendered as Markdown; then the Somerset learning system around the report: its
 * stewardship map, its alignment matrix and what validation finds in it; then an illustrative
 * self-assessment of the system's health in two rounds, with its chart written as SVG.
 */
public final class SomersetExample {

  /**
   * The day the examples are told as of, so that what they print does not change with the date: 1
   * June 2025, UTC.
   */
  static final Clock AS_OF = Clock.fixed(Instant.parse("2025-06-01T09:00:00Z"), ZoneOffset.UTC);

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
    System.out.println();
    System.out.println("---");
    System.out.println();
    runHealth(System.out, Path.of("target", "somerset-system-health.svg"));
    System.out.println();
    System.out.println("---");
    System.out.println();
    runLearning(System.out);
    System.out.println();
    System.out.println("---");
    System.out.println();
    runDigest(System.out);
  }

  /**
   * Prints the summary of the Somerset Board's first learning digest and what its rules find.
   *
   * @param out where to print
   * @return the paper
   */
  static BoardReport runDigest(PrintStream out) {
    BoardReport paper = SomersetDigest.paper();
    out.println("# " + paper.title());
    out.println();
    out.println(SomersetDigest.ILLUSTRATIVE);
    out.println();
    paper.summary().forEach(line -> out.println("- " + line));
    out.println();
    out.println("Recommendations drafted, each with its sources:");
    for (Recommendation r : paper.recommendations()) {
      out.println(
          r.number()
              + ". "
              + r.action()
              + " ["
              + r.basedOn().stream().map(SourceRef::describe).collect(Collectors.joining("; "))
              + "]");
    }
    out.println();
    out.println(
        "At "
            + Profile.DECISION_READY
            + ", only the sign-offs are missing: "
            + GovernanceRules.validator(Profile.DECISION_READY).validate(paper));
    return paper;
  }

  /**
   * Prints the Somerset learning loops: the Homes and Horizons cycle, where each housing barrier is
   * routed and why, the alliance and its members' roles, and what the learning, system and
   * commissioning rules find, with the items still aligned to a strategy a revision superseded, as
   * of {@link #AS_OF}.
   *
   * @param out where to print
   * @return the findings of the learning rules
   */
  static ValidationResult runLearning(PrintStream out) {
    LearningSystem system = SomersetLearning.system();
    out.println("# Learning loops in Somerset");
    out.println();
    out.println(SomersetLearning.ILLUSTRATIVE);
    out.println();
    out.println("## Cycles");
    out.println();
    for (LearningCycle cycle : system.cycles()) {
      out.println(
          "- "
              + cycle.name()
              + " ("
              + cycle.scale()
              + "): now "
              + cycle.currentPhase().map(Enum::name).orElse("not started")
              + "; "
              + cycle.experiments().size()
              + " experiment(s), "
              + cycle.records().size()
              + " learning record(s), next review "
              + cycle.nextReview().map(Object::toString).orElse("not set"));
    }
    out.println();
    out.println("## Where each barrier goes");
    out.println();
    EscalationRouter router = EscalationRouter.of(system.stewards());
    for (Escalation e : system.escalations()) {
      Route route = router.route(e.barrier(), system.raisedAt(e));
      out.println(
          "- "
              + e.barrier().description()
              + " ["
              + e.barrier().kind()
              + ", "
              + e.barrier().organisation()
              + "] -> "
              + route.steward().map(st -> st.id().value()).orElse("nobody")
              + " ("
              + route.reason()
              + "); "
              + e.status()
              + e.madeVisible().stream()
                  .map(v -> "; made visible to " + v.to() + " on " + v.on())
                  .collect(Collectors.joining()));
    }
    out.println();
    out.println("## Commissioning");
    out.println();
    for (Arrangement a : system.arrangements()) {
      out.println(
          "- "
              + a.title()
              + " ("
              + a.kind()
              + "): "
              + a.members().size()
              + " members ("
              + a.members().stream()
                  .map(
                      m ->
                          m.organisation().value()
                              + ": "
                              + m.roles().stream()
                                  .map(Enum::name)
                                  .collect(Collectors.joining(" and ")))
                  .collect(Collectors.joining("; "))
              + "), from "
              + a.start()
              + " for "
              + a.termYears()
              + " years, up to "
              + a.latestEnd()
              + " with extensions; "
              + a.totalValue()
              + " over "
              + a.valueByYear().size()
              + " years; shared outcomes: "
              + String.join("; ", a.sharedOutcomes()));
    }
    ValidationResult result =
        SystemRules.validator(Profile.DECISION_READY, AS_OF)
            .validate(system)
            .filter(
                v ->
                    v.rule().namespace().equals("learning")
                        || v.rule().namespace().equals("system")
                        || v.rule().namespace().equals("commissioning")
                        || v.rule().equals(AlignmentRules.STRATEGY_SUPERSEDED.id())
                        || v.rule().equals(AlignmentRules.STRATEGY_NOT_ADOPTED.id()));
    out.println();
    out.println("## Findings of the learning rules, as of " + LocalDate.now(AS_OF));
    out.println();
    out.println(result);
    return result;
  }

  /**
   * Validates the Somerset report at {@link Profile#DECISION_READY} and prints the findings and the
   * rendered report.
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
   * Prints the illustrative Somerset health self-assessment: the profile of each round, the change
   * between them and the findings of each, and writes the second round's chart as SVG.
   *
   * @param out where to print
   * @param svg where to write the chart
   * @return the validation results of the two rounds, merged
   */
  static ValidationResult runHealth(PrintStream out, Path svg) {
    HealthRound autumn = SomersetHealth.autumn();
    HealthRound spring = SomersetHealth.spring();
    HealthProfile before = HealthProfile.of(autumn);
    HealthProfile after = HealthProfile.of(spring);
    out.println("# System health of the Somerset Board");
    out.println();
    out.println(SomersetHealth.ILLUSTRATIVE);
    for (HealthProfile profile : List.of(before, after)) {
      out.println();
      out.println("## " + profile.name());
      out.println();
      out.print(MarkdownRenderer.render(profile));
    }
    out.println();
    out.println("## Change between the rounds");
    out.println();
    out.print(MarkdownRenderer.renderChange(before, after));
    Validator<HealthRound> validator = HealthRules.validator(Profile.DECISION_READY);
    ValidationResult result = ValidationResult.empty();
    for (HealthRound round : List.of(autumn, spring)) {
      ValidationResult found = validator.validate(round);
      out.println();
      out.println("## Validation of " + round.name());
      out.println();
      out.println(found);
      result = result.merge(found);
    }
    try {
      Files.createDirectories(svg.toAbsolutePath().getParent());
      Files.writeString(svg, SvgRenderer.render(after), StandardCharsets.UTF_8);
      out.println();
      out.println("Chart of " + after.name() + " written to " + svg);
    } catch (IOException e) {
      out.println();
      out.println("Could not write the chart to " + svg + ": " + e.getMessage());
    }
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
    out.print(MarkdownRenderer.render(system));
    out.println();
    out.println("## Alignment matrix");
    out.println();
    out.print(MarkdownRenderer.render(SystemRules.alignmentMatrix(system)));
    out.println();
    ValidationResult result = SystemRules.validator(Profile.DECISION_READY, AS_OF).validate(system);
    out.println("## Validation of the system at " + Profile.DECISION_READY);
    out.println();
    out.println(result);
    return result;
  }
}
