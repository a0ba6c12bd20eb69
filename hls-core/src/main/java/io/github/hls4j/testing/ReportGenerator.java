package io.github.hls4j.testing;

import static java.util.Objects.requireNonNull;

import io.github.hls4j.governance.BackgroundPaper;
import io.github.hls4j.governance.Board;
import io.github.hls4j.governance.BoardId;
import io.github.hls4j.governance.BoardReport;
import io.github.hls4j.governance.Committee;
import io.github.hls4j.governance.CommitteeId;
import io.github.hls4j.governance.Decision;
import io.github.hls4j.governance.DecisionOutcome;
import io.github.hls4j.governance.EqualitiesStatement;
import io.github.hls4j.governance.ImpactAssessment;
import io.github.hls4j.governance.Implication;
import io.github.hls4j.governance.ImplicationArea;
import io.github.hls4j.governance.Link;
import io.github.hls4j.governance.ListItem;
import io.github.hls4j.governance.Paragraph;
import io.github.hls4j.governance.Recommendation;
import io.github.hls4j.governance.ReportId;
import io.github.hls4j.governance.ReportSection;
import io.github.hls4j.governance.RiskAssessment;
import io.github.hls4j.governance.SectionKind;
import io.github.hls4j.governance.SignOff;
import io.github.hls4j.governance.SignOffRole;
import io.github.hls4j.governance.SignOffRoleKind;
import io.github.hls4j.party.PartyId;
import io.github.hls4j.party.Person;
import io.github.hls4j.strategy.AlignmentLink;
import io.github.hls4j.strategy.Priority;
import io.github.hls4j.strategy.PriorityId;
import io.github.hls4j.strategy.Strategy;
import io.github.hls4j.strategy.StrategyAlignment;
import io.github.hls4j.strategy.StrategyId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * Generates valid board reports from a random generator: the same seed gives the same report, and
 * every report passes every built-in rule in every profile. Wrap it in any property-testing tool,
 * or call it with a seeded {@code new java.util.Random(seed)}.
 *
 * <pre>{@code
 * BoardReport report = ReportGenerator.validReport(new Random(42));
 * }</pre>
 *
 * <p>The generator is stateless and thread-safe; the random generator passed in is not shared.
 *
 * @since 0.1.0
 */
public final class ReportGenerator {

  private static final String[] WORDS = {
    "housing",
    "health",
    "learning",
    "steward",
    "system",
    "residents",
    "workforce",
    "partners",
    "care",
    "support",
    "trust",
    "outcomes",
    "Somerset",
    "neighbourhood",
    "commissioning",
    "ÿ",
    "č"
  };

  /** Names money and law, as governance/implication-vague asks of every implication. */
  private static final String IMPLICATION =
      " It is met from the existing budget, under the Board's statutory powers.";

  private static final List<DecisionOutcome> OUTCOMES = List.of(DecisionOutcome.values());

  private ReportGenerator() {}

  /**
   * Returns a valid board report.
   *
   * @param random the source of randomness
   * @return a report that passes every built-in rule
   * @since 0.1.0
   */
  public static BoardReport validReport(RandomGenerator random) {
    requireNonNull(random, "random");
    LocalDate date = LocalDate.of(2024, 1, 1).plusDays(random.nextInt(700));
    String lead = name(random);
    int recommendations = 1 + random.nextInt(5);
    List<Recommendation> recs = new ArrayList<>();
    List<ListItem> restated = new ArrayList<>();
    Board board = board(random);
    for (int n = 1; n <= recommendations; n++) {
      Recommendation.Builder r =
          Recommendation.builder()
              .number(n)
              .action(sentence(random) + " By the end of March, reporting back to the Board.")
              .carriedOutBy(sentence(random));
      if (n > 1 && random.nextBoolean()) {
        r.addDependsOn(1 + random.nextInt(n - 1));
      }
      if (random.nextBoolean()) {
        Decision.Builder d =
            Decision.builder().outcome(OUTCOMES.get(random.nextInt(OUTCOMES.size()))).date(date);
        board.committeesInCommon().forEach(c -> d.addTakenBy(c.id()));
        r.addDecisions(d.build());
      }
      Recommendation built = r.build();
      recs.add(built);
      restated.add(ListItem.of("(" + n + ")", built.action()));
    }
    int priorities = 2 + random.nextInt(4);
    Strategy.Builder strategy =
        Strategy.builder().id(StrategyId.of("strategy")).title(sentence(random));
    for (int p = 0; p < priorities; p++) {
      strategy.addPriority(
          Priority.builder().id(PriorityId.of("priority-" + p)).title(sentence(random)).build());
    }
    StrategyAlignment.Builder alignment = StrategyAlignment.builder().strategy(strategy.build());
    int ticked = 1 + random.nextInt(priorities);
    for (int p = 0; p < ticked; p++) {
      alignment.addLink(
          AlignmentLink.builder()
              .priority(PriorityId.of("priority-" + p))
              .rationale(sentence(random))
              .build());
    }
    return BoardReport.builder()
        .id(ReportId.of("report-" + random.nextInt(1_000_000)))
        .title(sentence(random))
        .board(board)
        .meetingDate(date)
        .leadOfficer(
            Person.builder().id(PartyId.of("lead")).name(lead).roleTitle("Director").build())
        .author(Person.builder().id(PartyId.of("author")).name(name(random)).build())
        .addSummary(sentence(random), sentence(random))
        .recommendationsPreamble("That the Board approves:")
        .recommendations(recs)
        .addReasons(sentence(random))
        .addStrategyAlignment(alignment.build())
        .addImplication(
            Implication.builder()
                .areas(EnumSet.allOf(ImplicationArea.class))
                .statement(sentence(random) + IMPLICATION)
                .build())
        .equalities(
            EqualitiesStatement.builder()
                .impactAssessment(
                    random.nextBoolean()
                        ? ImpactAssessment.CARRIED_OUT
                        : ImpactAssessment.NOT_NEEDED)
                .statement(sentence(random))
                .build())
        .riskAssessment(RiskAssessment.builder().statement(sentence(random)).build())
        .addSections(
            ReportSection.builder()
                .number(1)
                .heading("Background")
                .kind(SectionKind.BACKGROUND)
                .addParagraphs(Paragraph.builder().number("1.1").addText(sentence(random)).build())
                .build(),
            ReportSection.builder()
                .number(2)
                .heading("Request of the Board")
                .kind(SectionKind.REQUEST_OF_THE_BOARD)
                .addParagraphs(
                    Paragraph.builder()
                        .number("2.1")
                        .addText("That the Board approves:")
                        .items(restated)
                        .build())
                .build())
        .addBackgroundPapers(
            BackgroundPaper.builder()
                .title(sentence(random))
                .link(
                    Link.of(
                        sentence(random),
                        String.format(
                            Locale.ROOT,
                            "https://example.org/papers/%d.pdf",
                            random.nextInt(10_000))))
                .build())
        .addSignOffs(
            SignOff.builder()
                .role(SignOffRole.required("Lead Officer", SignOffRoleKind.LEAD_OFFICER))
                .name(lead)
                .date(date)
                .build(),
            SignOff.builder()
                .role(SignOffRole.required("Chair", SignOffRoleKind.CHAIR))
                .name(name(random))
                .date(date)
                .build())
        .build();
  }

  private static Board board(RandomGenerator random) {
    Board.Builder board = Board.builder().id(BoardId.of("board")).name("The Board");
    if (random.nextBoolean()) {
      board.addCommitteesInCommon(
          Committee.builder().id(CommitteeId.of("hwbb")).name("Health and Wellbeing Board").build(),
          Committee.builder()
              .id(CommitteeId.of("icp"))
              .name("Integrated Care Partnership")
              .build());
    }
    return board.build();
  }

  private static String name(RandomGenerator random) {
    return capital(WORDS[random.nextInt(WORDS.length)])
        + " "
        + capital(WORDS[random.nextInt(WORDS.length)])
        + random.nextInt(100);
  }

  private static String sentence(RandomGenerator random) {
    int length = 3 + random.nextInt(8);
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < length; i++) {
      s.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
    }
    return capital(s.toString()) + ".";
  }

  private static String capital(String word) {
    return Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }
}
