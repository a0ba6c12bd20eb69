package io.github.hls4j.governance;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.hls4j.party.PartyId;
import io.github.hls4j.party.Person;
import io.github.hls4j.strategy.AlignmentLink;
import io.github.hls4j.strategy.Priority;
import io.github.hls4j.strategy.PriorityId;
import io.github.hls4j.strategy.Strategy;
import io.github.hls4j.strategy.StrategyAlignment;
import io.github.hls4j.strategy.StrategyId;
import java.time.LocalDate;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * Generates well-formed board reports that break rules at random: empty, blank, very long and
 * non-ASCII text, template text, unknown and cyclic dependencies, odd link targets, missing and
 * undated sign-offs.
 */
final class ReportGen {

  private static final Gen<String> ODD_TEXT =
      Generate.pick(
          List.of(
              "",
              " ",
              "\t\n",
              "Click or tap here to enter text.",
              "click or tap to enter a date.",
              "#",
              "https://",
              "ü € 𝄞 ☃ 中文 عربى",
              "{name} {{}} } {",
              "x".repeat(20_000)));

  private static final Gen<String> TEXT =
      Generate.frequency(
          org.quicktheories.api.Pair.of(
              3, strings().basicMultilingualPlaneAlphabet().ofLengthBetween(0, 40)),
          org.quicktheories.api.Pair.of(2, ODD_TEXT));

  private static final Gen<Integer> SMALL = integers().between(0, 5);

  private ReportGen() {}

  static Gen<BoardReport> reports() {
    return ReportGen::report;
  }

  private static String text(RandomnessSource in) {
    return TEXT.generate(in);
  }

  /** Text for an attribute that must not be blank. */
  private static String nonBlank(RandomnessSource in) {
    String t = text(in);
    return t.isBlank() ? "x" + t : t;
  }

  private static boolean coin(RandomnessSource in) {
    return Generate.booleans().generate(in);
  }

  static BoardReport report(RandomnessSource in) {
    int recommendations = SMALL.generate(in);
    BoardReport.Builder report =
        BoardReport.builder()
            .id(ReportId.of("r" + SMALL.generate(in)))
            .title(nonBlank(in))
            .board(
                coin(in)
                    ? Reports.boardInCommon()
                    : Board.builder().id(BoardId.of("b")).name(nonBlank(in)).build())
            .leadOfficer(Person.builder().id(PartyId.of("lead")).name(nonBlank(in)).build())
            .author(
                Person.builder()
                    .id(PartyId.of("author"))
                    .name(nonBlank(in))
                    .roleTitle(nonBlank(in))
                    .build())
            .addSummary(text(in), text(in))
            .addReasons(text(in));
    for (int i = 0; i < recommendations; i++) {
      Recommendation.Builder r =
          Recommendation.builder()
              .number(1 + integers().between(0, recommendations + 1).generate(in))
              .action(nonBlank(in));
      if (coin(in)) {
        r.carriedOutBy(text(in));
      }
      for (int d = SMALL.generate(in) % 3; d > 0; d--) {
        r.addDependsOn(integers().between(-1, recommendations + 2).generate(in));
      }
      if (coin(in)) {
        Decision.Builder decision =
            Decision.builder().outcome(Generate.enumValues(DecisionOutcome.class).generate(in));
        for (int c = SMALL.generate(in) % 3; c > 0; c--) {
          decision.addTakenBy(
              CommitteeId.of(Generate.pick(List.of("hwbb", "icp", "other")).generate(in)));
        }
        r.addDecisions(decision.build());
      }
      report.addRecommendations(r.build());
    }
    int priorities = 1 + SMALL.generate(in);
    Strategy.Builder strategy = Strategy.builder().id(StrategyId.of("s")).title(nonBlank(in));
    for (int p = 0; p < priorities; p++) {
      strategy.addPriority(
          Priority.builder().id(PriorityId.of("p" + p)).title(nonBlank(in)).build());
    }
    StrategyAlignment.Builder alignment = StrategyAlignment.builder().strategy(strategy.build());
    for (int p = 0; p < priorities + 1; p++) {
      if (coin(in)) {
        AlignmentLink.Builder link = AlignmentLink.builder().priority(PriorityId.of("p" + p));
        if (coin(in)) {
          link.rationale(text(in));
        }
        alignment.addLink(link.build());
      }
    }
    report.addStrategyAlignment(alignment.build());
    if (coin(in)) {
      report.equalities(
          EqualitiesStatement.builder()
              .impactAssessment(Generate.enumValues(ImpactAssessment.class).generate(in))
              .statement(text(in))
              .build());
    }
    if (coin(in)) {
      report.riskAssessment(
          RiskAssessment.builder().statement(text(in)).addRisks(text(in)).build());
    }
    for (int s = SMALL.generate(in) % 4; s > 0; s--) {
      ReportSection.Builder section =
          ReportSection.builder()
              .number(s)
              .heading(text(in))
              .kind(Generate.enumValues(SectionKind.class).generate(in));
      for (int p = SMALL.generate(in) % 3; p > 0; p--) {
        section.addParagraphs(
            Paragraph.builder()
                .number(s + "." + p)
                .addText(text(in))
                .addItems(ListItem.of("(" + SMALL.generate(in) + ")", text(in)))
                .build());
      }
      report.addSections(section.build());
    }
    for (int b = SMALL.generate(in) % 3; b > 0; b--) {
      BackgroundPaper.Builder paper = BackgroundPaper.builder().title(text(in));
      if (coin(in)) {
        paper.link(Link.of(text(in), text(in)));
      }
      report.addBackgroundPapers(paper.build());
    }
    for (int s = SMALL.generate(in); s > 0; s--) {
      SignOffRoleKind kind = Generate.enumValues(SignOffRoleKind.class).generate(in);
      SignOff.Builder row =
          SignOff.builder()
              .role(
                  coin(in)
                      ? SignOffRole.required(nonBlank(in), kind)
                      : SignOffRole.ifApplicable(nonBlank(in), kind));
      if (coin(in)) {
        row.name(text(in));
      }
      if (coin(in)) {
        row.date(LocalDate.of(2025, 1, 1).plusDays(SMALL.generate(in)));
      } else if (coin(in)) {
        row.dateText(text(in));
      }
      report.addSignOffs(row.build());
    }
    return report.build();
  }
}
