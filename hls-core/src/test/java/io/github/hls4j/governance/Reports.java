package io.github.hls4j.governance;

import io.github.hls4j.party.ContactDetails;
import io.github.hls4j.party.PartyId;
import io.github.hls4j.party.Person;
import io.github.hls4j.strategy.AlignmentLink;
import io.github.hls4j.strategy.Priority;
import io.github.hls4j.strategy.PriorityId;
import io.github.hls4j.strategy.Strategy;
import io.github.hls4j.strategy.StrategyAlignment;
import io.github.hls4j.strategy.StrategyId;
import java.time.LocalDate;
import java.util.EnumSet;

/** A board report that every built-in rule passes in every profile, for tests to break. */
final class Reports {

  static final LocalDate DATE = LocalDate.of(2025, 1, 15);
  static final String FIRST =
      "A working group begins work by March 2025 and reports back to the Board.";
  static final String SECOND =
      "Once approved, the group implements the approach within six months and reports back to the Board.";

  private Reports() {}

  static Board boardInCommon() {
    return Board.builder()
        .id(BoardId.of("board"))
        .name("The Board")
        .addCommitteesInCommon(
            Committee.builder()
                .id(CommitteeId.of("hwbb"))
                .name("Health and Wellbeing Board")
                .build(),
            Committee.builder()
                .id(CommitteeId.of("icp"))
                .name("Integrated Care Partnership")
                .build())
        .build();
  }

  static SignOff signOff(String title, SignOffRoleKind kind, String name) {
    return SignOff.builder().role(SignOffRole.required(title, kind)).name(name).date(DATE).build();
  }

  static ImmutableBoardReport valid() {
    Strategy strategy =
        Strategy.builder()
            .id(StrategyId.of("strategy"))
            .title("A Strategy")
            .addPriority(Priority.builder().id(PriorityId.of("p1")).title("First priority").build())
            .addPriority(
                Priority.builder().id(PriorityId.of("p2")).title("Second priority").build())
            .build();
    return (ImmutableBoardReport)
        BoardReport.builder()
            .id(ReportId.of("report"))
            .title("A report")
            .board(boardInCommon())
            .meetingDate(DATE)
            .leadOfficer(
                Person.builder()
                    .id(PartyId.of("lead"))
                    .name("Jo Lead")
                    .roleTitle("Director")
                    .build())
            .author(Person.builder().id(PartyId.of("author")).name("Al Author").build())
            .contact(ContactDetails.email("al.author@council.example"))
            .addSummary("What the report is about.")
            .recommendationsPreamble("That the Board approves:")
            .addRecommendations(
                Recommendation.builder()
                    .number(1)
                    .action(FIRST)
                    .carriedOutBy("A working group")
                    .build(),
                Recommendation.builder()
                    .number(2)
                    .action(SECOND)
                    .carriedOutBy("The working group")
                    .addDependsOn(1)
                    .addDecisions(
                        Decision.builder()
                            .outcome(DecisionOutcome.APPROVED)
                            .addTakenBy(CommitteeId.of("hwbb"), CommitteeId.of("icp"))
                            .date(DATE)
                            .build())
                    .build())
            .addReasons("Why.")
            .addStrategyAlignment(
                StrategyAlignment.builder()
                    .strategy(strategy)
                    .addLink(
                        AlignmentLink.builder()
                            .priority(PriorityId.of("p1"))
                            .rationale("It serves the first.")
                            .build())
                    .build())
            .addImplication(
                Implication.builder()
                    .areas(EnumSet.allOf(ImplicationArea.class))
                    .statement(
                        "No financial implications; the Board acts within its terms of reference.")
                    .build())
            .equalities(
                EqualitiesStatement.builder()
                    .impactAssessment(ImpactAssessment.CARRIED_OUT)
                    .statement("Assessed; no adverse impact.")
                    .build())
            .riskAssessment(RiskAssessment.builder().statement("Low.").addRisks("Delay.").build())
            .addSections(
                ReportSection.builder()
                    .number(1)
                    .heading("Background")
                    .kind(SectionKind.BACKGROUND)
                    .addParagraphs(Paragraph.builder().number("1.1").addText("Background.").build())
                    .build(),
                ReportSection.builder()
                    .number(2)
                    .heading("Request of the Board")
                    .kind(SectionKind.REQUEST_OF_THE_BOARD)
                    .addParagraphs(
                        Paragraph.builder()
                            .number("2.1")
                            .addText("That the Board approves:")
                            .addItems(ListItem.of("(1)", FIRST), ListItem.of("(2)", SECOND))
                            .build())
                    .build())
            .addBackgroundPapers(
                BackgroundPaper.builder()
                    .title("A paper")
                    .link(Link.of("The paper", "https://council.example/paper.pdf"))
                    .build())
            .addSignOffs(
                signOff("Lead Officer", SignOffRoleKind.LEAD_OFFICER, "Jo Lead"),
                signOff("Chair", SignOffRoleKind.CHAIR, "Sam Chair"),
                SignOff.builder()
                    .role(
                        SignOffRole.ifApplicable(
                            "Executive Member (if applicable)", SignOffRoleKind.EXECUTIVE_MEMBER))
                    .build())
            .build();
  }
}
