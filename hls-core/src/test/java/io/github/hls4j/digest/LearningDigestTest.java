package io.github.hls4j.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.hls4j.governance.Board;
import io.github.hls4j.governance.BoardId;
import io.github.hls4j.governance.BoardReport;
import io.github.hls4j.governance.GovernanceRules;
import io.github.hls4j.governance.ImplicationArea;
import io.github.hls4j.governance.ListItem;
import io.github.hls4j.governance.Paragraph;
import io.github.hls4j.governance.Recommendation;
import io.github.hls4j.governance.ReportSection;
import io.github.hls4j.governance.SourceKind;
import io.github.hls4j.governance.SourceRef;
import io.github.hls4j.health.BehaviourScore;
import io.github.hls4j.health.HealthAssessment;
import io.github.hls4j.health.HealthRound;
import io.github.hls4j.health.StakeholderGroup;
import io.github.hls4j.health.SystemBehaviour;
import io.github.hls4j.learning.Barrier;
import io.github.hls4j.learning.CycleId;
import io.github.hls4j.learning.Escalation;
import io.github.hls4j.learning.EscalationId;
import io.github.hls4j.learning.Evidence;
import io.github.hls4j.learning.Experiment;
import io.github.hls4j.learning.ExperimentDecision;
import io.github.hls4j.learning.LearningCycle;
import io.github.hls4j.learning.LearningPhase;
import io.github.hls4j.learning.LearningRecord;
import io.github.hls4j.learning.PhaseChange;
import io.github.hls4j.learning.RecordKind;
import io.github.hls4j.learning.Sensitivity;
import io.github.hls4j.learning.Visibility;
import io.github.hls4j.party.Organisation;
import io.github.hls4j.party.PartyId;
import io.github.hls4j.party.Person;
import io.github.hls4j.party.Sector;
import io.github.hls4j.render.HtmlRenderer;
import io.github.hls4j.render.MarkdownRenderer;
import io.github.hls4j.stewardship.BarrierKind;
import io.github.hls4j.stewardship.BarrierLevel;
import io.github.hls4j.stewardship.Remit;
import io.github.hls4j.stewardship.StewardId;
import io.github.hls4j.stewardship.StewardType;
import io.github.hls4j.stewardship.StewardshipQuestions;
import io.github.hls4j.stewardship.SystemScale;
import io.github.hls4j.stewardship.SystemSteward;
import io.github.hls4j.stewardship.WorkingGroup;
import io.github.hls4j.stewardship.WorkingGroupId;
import io.github.hls4j.stewardship.WorkingGroupMember;
import io.github.hls4j.strategy.AlignmentLink;
import io.github.hls4j.strategy.Priority;
import io.github.hls4j.strategy.PriorityId;
import io.github.hls4j.strategy.PriorityTheme;
import io.github.hls4j.strategy.Strategy;
import io.github.hls4j.strategy.StrategyAlignment;
import io.github.hls4j.strategy.StrategyId;
import io.github.hls4j.system.LearningSystem;
import io.github.hls4j.validation.Profile;
import io.github.hls4j.validation.Severity;
import io.github.hls4j.validation.Violation;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each section of the digest, from a hand-built system. */
class LearningDigestTest {

  static final LocalDate SINCE = LocalDate.of(2025, 1, 1);
  static final LocalDate UNTIL = LocalDate.of(2025, 3, 31);
  static final BoardId BOARD = BoardId.of("shire-board");
  static final PartyId COUNCIL = PartyId.of("shire-council");
  static final PartyId NHS = PartyId.of("shire-nhs");
  static final Person OFFICER =
      Person.builder().id(PartyId.of("officer")).name("Olu Officer").build();
  static final String PERSONAL = "Account of Mrs K. of 4 Mill Lane, with dates";

  static Strategy strategy() {
    return Strategy.builder()
        .id(StrategyId.of("plan"))
        .title("Shire Plan")
        .addPriority(Priority.builder().id(PriorityId.of("homes")).title("Homes for all").build())
        .addPriority(Priority.builder().id(PriorityId.of("jobs")).title("Good jobs").build())
        .addPriority(Priority.builder().id(PriorityId.of("health")).title("Healthy lives").build())
        .build();
  }

  static StrategyAlignment ticks(String priority) {
    return StrategyAlignment.builder()
        .strategy(strategy())
        .addLink(
            AlignmentLink.builder().priority(PriorityId.of(priority)).rationale("Because").build())
        .build();
  }

  static LearningRecord record(RecordKind kind, String what, LocalDate on) {
    return LearningRecord.builder()
        .kind(kind)
        .whatHappened(what)
        .learned("A lesson")
        .recordedOn(on)
        .build();
  }

  static LearningSystem system() {
    LearningCycle homes =
        LearningCycle.builder()
            .id(CycleId.of("homes-cycle"))
            .name("Homes cycle")
            .scale(SystemScale.TEAM)
            .owner(StewardId.of("team"))
            .purpose("Homes")
            .addPhases(
                PhaseChange.of(LearningPhase.CREATE_SHARED_PURPOSE, LocalDate.of(2024, 6, 1)))
            .addRecords(
                LearningRecord.builder()
                    .kind(RecordKind.INSIGHT)
                    .whatHappened("A tenant wrote from jo.bloggs@example.org about repairs")
                    .learned("Fix the first visit")
                    .recordedOn(LocalDate.of(2025, 2, 1))
                    .addEvidence(
                        Evidence.personalStory(PERSONAL),
                        Evidence.number("4 of 5 repairs on the first visit").notPersonal())
                    .build(),
                record(RecordKind.ERROR, "Before the period", LocalDate.of(2024, 12, 31)),
                LearningRecord.builder().kind(RecordKind.SUCCESS).whatHappened("Undated").build(),
                LearningRecord.builder()
                    .kind(RecordKind.SURPRISE)
                    .whatHappened("Sensitive")
                    .sensitivity(Sensitivity.OFFICIAL_SENSITIVE)
                    .recordedOn(LocalDate.of(2025, 3, 1))
                    .build())
            .addExperiments(
                Experiment.builder()
                    .question("Does one visit do?")
                    .learned("Mostly")
                    .decision(ExperimentDecision.ADOPT)
                    .build(),
                Experiment.builder()
                    .question("Do texts help?")
                    .decision(ExperimentDecision.ABANDON)
                    .build(),
                Experiment.builder().question("Undecided?").build())
            .addStrategyAlignments(ticks("homes"))
            .nextReview(LocalDate.of(2025, 3, 1))
            .build();
    LearningCycle quiet =
        LearningCycle.builder()
            .id(CycleId.of("quiet-cycle"))
            .name("Quiet cycle")
            .scale(SystemScale.TEAM)
            .owner(StewardId.of("team"))
            .purpose("Nothing this quarter")
            .addPhases(
                PhaseChange.of(LearningPhase.CREATE_SHARED_PURPOSE, LocalDate.of(2024, 1, 1)))
            .addRecords(record(RecordKind.INSIGHT, "Long ago", LocalDate.of(2024, 1, 2)))
            .addStrategyAlignments(ticks("homes"))
            .build();
    return LearningSystem.builder()
        .place("Shire")
        .addParties(
            Organisation.builder().id(COUNCIL).name("Shire Council").sector(Sector.COUNCIL).build(),
            Organisation.builder().id(NHS).name("Shire NHS").sector(Sector.NHS).build())
        .addBoards(Board.builder().id(BOARD).name("Shire Board").build())
        .addStewards(
            SystemSteward.builder()
                .id(StewardId.of("board"))
                .heldBy(COUNCIL)
                .type(StewardType.LEADERSHIP)
                .scale(SystemScale.SYSTEM)
                .remit(
                    Remit.builder()
                        .addBarrierKinds(BarrierKind.THRESHOLDS)
                        .addOrganisations(COUNCIL)
                        .build())
                .build(),
            SystemSteward.builder()
                .id(StewardId.of("team"))
                .heldBy(NHS)
                .type(StewardType.PRACTITIONER)
                .scale(SystemScale.TEAM)
                .remit(
                    Remit.builder()
                        .addBarrierKinds(BarrierKind.WORKFORCE)
                        .addOrganisations(COUNCIL)
                        .build())
                .questions(
                    StewardshipQuestions.builder()
                        .whatIsStewarded("Practice")
                        .onWhoseBehalf("Tenants")
                        .accountableTo("The Board")
                        .basisOfLegitimacy("Appointment")
                        .build())
                .build())
        .addWorkingGroups(
            WorkingGroup.builder()
                .id(WorkingGroupId.of("wg"))
                .name("Shire working group")
                .multiAgency(true)
                .addMembers(WorkingGroupMember.from(COUNCIL), WorkingGroupMember.from(NHS))
                .reportsTo(BOARD)
                .addStrategyAlignments(ticks("health"))
                .build())
        .addStrategies(strategy())
        .addThemes(
            PriorityTheme.builder()
                .rank(1)
                .title("Housing")
                .addConnectsWith(PriorityId.of("homes"))
                .build())
        .addCycles(homes, quiet)
        .addEscalations(
            escalation(
                "thresholds",
                BarrierKind.THRESHOLDS,
                LocalDate.of(2025, 2, 1),
                LocalDate.of(2025, 5, 1)),
            escalation(
                "workforce",
                BarrierKind.WORKFORCE,
                LocalDate.of(2025, 1, 10),
                LocalDate.of(2025, 2, 10)),
            escalation(
                    "rotas",
                    BarrierKind.WORKFORCE,
                    LocalDate.of(2025, 1, 10),
                    LocalDate.of(2025, 4, 10))
                .answered("Rotas will allow it", LocalDate.of(2025, 2, 20)),
            escalation(
                    "old-law",
                    BarrierKind.LEGISLATION,
                    LocalDate.of(2024, 5, 1),
                    LocalDate.of(2024, 8, 1))
                .answered("Raised with the department", LocalDate.of(2024, 6, 1))
                .fedBack(LocalDate.of(2024, 6, 2)),
            escalation(
                    "grant",
                    BarrierKind.FUNDING_REGIME,
                    LocalDate.of(2025, 2, 2),
                    LocalDate.of(2025, 8, 1))
                .madeVisible(
                    Visibility.builder()
                        .to("The department")
                        .on(LocalDate.of(2025, 2, 15))
                        .build()),
            escalation(
                "future",
                BarrierKind.THRESHOLDS,
                LocalDate.of(2025, 4, 2),
                LocalDate.of(2025, 6, 1)))
        .build();
  }

  static Escalation escalation(String id, BarrierKind kind, LocalDate raised, LocalDate respondBy) {
    return Escalation.builder()
        .id(EscalationId.of(id))
        .barrier(
            Barrier.builder().kind(kind).organisation(COUNCIL).description("Barrier " + id).build())
        .raisedBy(CycleId.of("homes-cycle"))
        .raisedOn(raised)
        .respondBy(respondBy)
        .build();
  }

  static HealthRound round(String name, int... scores) {
    HealthRound.Builder round = HealthRound.builder().name(name);
    int n = 0;
    for (int score : scores) {
      HealthAssessment.Builder a =
          HealthAssessment.builder()
              .assessor(PartyId.of("voice-" + n++))
              .speaksFor(n % 2 == 0 ? StakeholderGroup.RESIDENTS : StakeholderGroup.COUNCIL)
              .date(LocalDate.of(2025, 1, 1));
      for (SystemBehaviour b : SystemBehaviour.values()) {
        a.addScores(BehaviourScore.of(b, score));
      }
      round.addAssessments(a.build());
    }
    return round.build();
  }

  static LearningDigest.Builder digest() {
    return digest(system());
  }

  static LearningDigest.Builder digest(LearningSystem system) {
    return LearningDigest.builder(system, BOARD)
        .since(SINCE)
        .until(UNTIL)
        .leadOfficer(OFFICER)
        .healthRounds(round("Autumn", 3, 5, 7), round("Spring", 2, 6, 8, 9));
  }

  static final BoardReport PAPER = digest().build().draft();

  static ReportSection section(BoardReport paper, int number) {
    return paper.sections().get(number - 1);
  }

  static List<String> items(Paragraph p) {
    return p.items().stream().map(ListItem::text).toList();
  }

  static final DigestFacts FACTS = digest().build().facts();

  @Test
  void draft_header_namesTheBoardThePeriodAndTheOfficer() {
    assertThat(PAPER.id().value()).isEqualTo("learning-digest-shire-board-2025-03-31");
    assertThat(PAPER.title())
        .isEqualTo(
            "Learning digest: what the Shire system learned, 1 January 2025 to 31 March 2025");
    assertThat(PAPER.board().id()).isEqualTo(BOARD);
    assertThat(PAPER.leadOfficer()).isEqualTo(OFFICER);
    assertThat(PAPER.author()).isEqualTo(OFFICER);
    assertThat(PAPER.sections())
        .extracting(ReportSection::heading)
        .containsExactly(
            "What the system learned",
            "Barriers at the Board's level",
            "What is overdue",
            "What the Board should know about the learning system",
            "How the system sees its own health",
            "Priorities and stewardship questions",
            "Request of the Board");
  }

  @Test
  void whatWasLearned_showsThePeriodsRecordsRedacted_byThemeAndByCycle_withDecidedExperiments() {
    ReportSection learned = section(PAPER, 1);

    assertThat(items(learned.paragraphs().get(0)))
        .containsExactly("Housing: Homes cycle (one record).");
    Paragraph homes = learned.paragraphs().get(1);
    assertThat(homes.text())
        .containsExactly(
            "Homes cycle, a team cycle, now creating a shared purpose: one record in the period.");
    assertThat(items(homes))
        .containsExactly(
            "Insight, 1 February 2025: A tenant wrote from [e-mail address removed] about repairs. Learned: Fix the first visit.",
            "Experiment adopted: Does one visit do? Learned: Mostly.",
            "Experiment abandoned: Do texts help?");
    assertThat(learned.paragraphs()).hasSize(2); // the quiet cycle learned nothing in the period
  }

  @Test
  void facts_holdWhatWasSelected_withoutWords() {
    assertThat(FACTS.learned())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.name()).isEqualTo("Homes cycle");
              assertThat(c.themes()).containsExactly("Housing");
              assertThat(c.records()).hasSize(1);
            });
    assertThat(FACTS.heldBack()).isEqualTo(1);
    assertThat(FACTS.undated()).isEqualTo(1);
    assertThat(FACTS.decidingBodies()).containsExactly("Shire Board");
    assertThat(FACTS.asOf()).isEqualTo(UNTIL);
    assertThat(FACTS.reportBack()).isEqualTo(UNTIL.plus(LearningDigest.REPORT_BACK));
    assertThat(FACTS.barriers())
        .extracting(DigestFacts.BarrierFacts::power)
        .containsExactly(DigestFacts.Power.OWN, DigestFacts.Power.NATIONAL);
    assertThat(FACTS.recommendations())
        .extracting(DigestFacts.RecommendationFacts::ask)
        .containsExactly(
            DigestFacts.Ask.DECIDE,
            DigestFacts.Ask.CHAIR_WRITES,
            DigestFacts.Ask.REPORT_BACK,
            DigestFacts.Ask.FEED_BACK,
            DigestFacts.Ask.REVIEW,
            DigestFacts.Ask.SERVE_PRIORITY);
  }

  @Test
  void shareAddressedToTheBoard_letsASensitiveRecordReachIt_redacted_andOnlyThatBoard() {
    LearningSystem system = system();
    LearningRecord sensitive =
        system.cycle(CycleId.of("homes-cycle")).orElseThrow().records().get(3);
    io.github.hls4j.learning.HorizontalShare toBoard =
        io.github.hls4j.learning.HorizontalShare.builder()
            .fromCycle(CycleId.of("homes-cycle"))
            .fromOrganisation(COUNCIL)
            .toKind(io.github.hls4j.learning.ShareTargetKind.BOARD)
            .to("Shire Board")
            .toBoard(BOARD.value())
            .toOrganisation(COUNCIL)
            .purpose("What the cycle asks the Board to hear")
            .addRecords(sensitive.redacted())
            .build();
    LearningSystem shared = LearningSystem.builder().from(system).addShares(toBoard).build();

    DigestFacts facts = digest(shared).build().facts();
    DigestFacts other =
        LearningDigest.builder(
                LearningSystem.builder()
                    .from(shared)
                    .addBoards(Board.builder().id(BoardId.of("other")).name("Other").build())
                    .build(),
                BoardId.of("other"))
            .since(SINCE)
            .until(UNTIL)
            .leadOfficer(OFFICER)
            .build()
            .facts();

    assertThat(facts.heldBack()).isZero();
    assertThat(facts.learned())
        .singleElement()
        .satisfies(c -> assertThat(c.records()).hasSize(2).contains(sensitive.redacted()));
    assertThat(other.heldBack()).isEqualTo(1);
    assertThatThrownBy(
            () ->
                io.github.hls4j.learning.HorizontalShare.builder()
                    .from(toBoard)
                    .toBoard(java.util.Optional.empty())
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("HorizontalShare.toBoard");
  }

  @Test
  void summary_countsAsSentences_andShowsNoMachinery() {
    assertThat(PAPER.summary())
        .contains(
            "One learning record from one cycle is reported.",
            "One record marked official-sensitive is held back.",
            "One undated record is left out.");
    assertThat(String.join(" ", PAPER.summary()))
        .doesNotContain("(s)")
        .doesNotContain("OFFICIAL")
        .doesNotContain(" 0 ");
    assertThat(MarkdownRenderer.render(PAPER))
        .doesNotContain("Redacted:")
        .doesNotContain("piece(s)")
        .doesNotContain("identifier(s)");
  }

  @Test
  void barriers_atTheBoardsLevel_withWhoCanRemoveThem_andVisibility() {
    ReportSection barriers = section(PAPER, 2);

    // workforce and rotas go to the team steward, whose remit covers them: not the Board's level
    assertThat(barriers.paragraphs())
        .extracting(p -> p.text().get(0))
        .satisfiesExactly(
            t ->
                assertThat(t)
                    .startsWith(
                        "“Barrier thresholds”: a local barrier of thresholds in Shire Council")
                    .contains("within the remit of Shire Council")
                    .contains("due by 1 May 2025")
                    .doesNotContain("escalation thresholds"),
            t ->
                assertThat(t)
                    .startsWith("“Barrier grant”: a national barrier of funding")
                    .contains("Only national government"));
    assertThat(items(barriers.paragraphs().get(1)))
        .containsExactly(
            "Made visible to The department on 15 February 2025; a response is due by 15 May 2025.");
  }

  @Test
  void concerns_errorsOfTheLearningSystem_areReportedInWords_withNoIds() {
    assertThat(FACTS.errors())
        .isNotEmpty()
        .allSatisfy(
            v -> assertThat(v.severity()).isEqualTo(io.github.hls4j.validation.Severity.ERROR));
    ReportSection concerns = section(PAPER, 4);

    assertThat(concerns.heading())
        .isEqualTo("What the Board should know about the learning system");
    assertThat(items(concerns.paragraphs().get(0)))
        .hasSize(FACTS.errors().size())
        .allSatisfy(
            item ->
                assertThat(item)
                    .doesNotContain("homes-cycle")
                    .doesNotContain("quiet-cycle")
                    .doesNotContain("/"));
    assertThat(PAPER.summary())
        .anySatisfy(line -> assertThat(line).contains("own checks found").contains("section 4"));
  }

  @Test
  void draft_regionalBarrierInABoardStewardsRemit_isTheBoardsToActOn() {
    LearningSystem system = LearningSystem.builder().from(system()).escalations(List.of()).build();
    Escalation regional =
        escalation(
            "regional", BarrierKind.THRESHOLDS, LocalDate.of(2025, 2, 1), LocalDate.of(2025, 5, 1));
    LearningSystem withRegional =
        LearningSystem.builder()
            .from(system)
            .addEscalations(
                Escalation.builder()
                    .from(regional)
                    .barrier(
                        Barrier.builder()
                            .from(regional.barrier())
                            .level(BarrierLevel.REGIONAL)
                            .build())
                    .build())
            .build();

    DigestFacts facts =
        LearningDigest.builder(withRegional, BOARD)
            .since(SINCE)
            .until(UNTIL)
            .leadOfficer(OFFICER)
            .build()
            .facts();

    assertThat(facts.barriers())
        .extracting(DigestFacts.BarrierFacts::power)
        .containsExactly(DigestFacts.Power.OWN);
    assertThat(facts.recommendations())
        .extracting(DigestFacts.RecommendationFacts::ask)
        .contains(DigestFacts.Ask.DECIDE)
        .doesNotContain(DigestFacts.Ask.MAKE_VISIBLE, DigestFacts.Ask.CHAIR_WRITES);
  }

  @Test
  void recommendations_legislationAnsweredInsideTheSystem_isStillToBeMadeVisible() {
    Escalation law =
        Escalation.builder()
            .from(
                escalation(
                    "law",
                    BarrierKind.LEGISLATION,
                    LocalDate.of(2025, 2, 1),
                    LocalDate.of(2025, 6, 1)))
            .answer("Discretionary payments cover the gap")
            .answeredOn(LocalDate.of(2025, 2, 10))
            .fedBackOn(LocalDate.of(2025, 2, 20))
            .build();
    LearningSystem system =
        LearningSystem.builder().from(system()).escalations(List.of(law)).build();

    DigestFacts facts = digest(system).build().facts();

    assertThat(facts.recommendations())
        .filteredOn(r -> r.ask() == DigestFacts.Ask.MAKE_VISIBLE)
        .singleElement()
        .satisfies(
            r ->
                assertThat(r.basedOn())
                    .contains(
                        io.github.hls4j.governance.SourceRef.of(
                            io.github.hls4j.governance.SourceKind.ESCALATION, "law")));
  }

  @Test
  void concerns_errorAboutAnArrangement_namesItByItsTitle() {
    io.github.hls4j.commissioning.Arrangement ofOne =
        io.github.hls4j.commissioning.Arrangement.builder()
            .id(io.github.hls4j.commissioning.ArrangementId.of("neighbourhood-alliance"))
            .kind(io.github.hls4j.commissioning.ArrangementKind.ALLIANCE)
            .title("Neighbourhood team alliance")
            .addMembers(
                io.github.hls4j.commissioning.ArrangementMember.of(
                    NHS, io.github.hls4j.stewardship.MemberRole.LEAD_PROVIDER))
            .start(LocalDate.of(2025, 1, 1))
            .termYears(2)
            .build();
    LearningSystem system = LearningSystem.builder().from(system()).addArrangements(ofOne).build();

    assertThat(digest(system).build().facts().errors())
        .filteredOn(v -> v.rule().toString().equals("commissioning/alliance-of-one"))
        .singleElement()
        .satisfies(
            v ->
                assertThat(v.arguments())
                    .containsEntry("arrangement", "Neighbourhood team alliance"));
  }

  @Test
  void barriers_areThoseRoutedToTheBoard_orBeyondThePlace_orToNoOne() {
    BoardReport onlyNational = digest().levels(BarrierLevel.NATIONAL).build().draft();

    assertThat(section(onlyNational, 2).paragraphs())
        .extracting(p -> p.text().get(0))
        .singleElement()
        .asString()
        .startsWith("“Barrier grant”");
  }

  @Test
  void overdue_listsUnansweredEscalationsAnswersNotFedBackAndReviews() {
    ReportSection overdue = section(PAPER, 3);

    assertThat(overdue.paragraphs())
        .extracting(p -> p.text().get(0))
        .containsExactly(
            "Barriers unanswered by their date:",
            "Answers not yet fed back to the cycle that raised the barrier:",
            "Reviews past their date:");
    assertThat(items(overdue.paragraphs().get(0)))
        .singleElement()
        .asString()
        .isEqualTo("“Barrier workforce”, due 10 February 2025, with Shire NHS.");
    assertThat(items(overdue.paragraphs().get(1)))
        .singleElement()
        .asString()
        .startsWith("“Barrier rotas”, answered on 20 February 2025");
    assertThat(items(overdue.paragraphs().get(2)))
        .singleElement()
        .asString()
        .isEqualTo("Homes cycle, due 1 March 2025, owned by Shire NHS.");
  }

  @Test
  void overdue_countsFromTheMeetingDate_andListsResponsesOwedFromOutside() {
    DigestFacts atMeeting = digest().meeting(LocalDate.of(2025, 6, 1)).build().facts();

    assertThat(atMeeting.asOf()).isEqualTo(LocalDate.of(2025, 6, 1));
    assertThat(atMeeting.reportBack())
        .isEqualTo(LocalDate.of(2025, 6, 1).plus(LearningDigest.REPORT_BACK));
    // the department's response to the grant barrier was due on 15 May 2025
    assertThat(atMeeting.overdue().responsesOwed())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.to()).isEqualTo("The department");
              assertThat(r.due()).isEqualTo(LocalDate.of(2025, 5, 15));
            });
    assertThat(FACTS.overdue().responsesOwed()).isEmpty();
    // thresholds was due on 1 May 2025: overdue at the meeting, not at the end of the period
    assertThat(atMeeting.overdue().unanswered())
        .extracting(b -> b.escalation().id().value())
        .contains("thresholds");
    assertThat(FACTS.overdue().unanswered())
        .extracting(b -> b.escalation().id().value())
        .doesNotContain("thresholds");
  }

  @Test
  void health_showsTheSpreadBetweenGroupsFirst_statesTheScale_andAttributesTheFramework() {
    ReportSection health = section(PAPER, 5);

    assertThat(health.paragraphs().get(0).text().get(0))
        .contains("from 1")
        .contains("to 10")
        .contains("Lankelly Chase")
        .contains("prompts");
    assertThat(health.paragraphs().get(1).text().get(0))
        .startsWith("Where the groups see the system most differently in Spring");
    assertThat(FACTS.health())
        .hasValueSatisfying(
            h -> {
              assertThat(h.gaps()).isNotEmpty().allSatisfy(g -> assertThat(g.width()).isPositive());
              assertThat(h.gaps().get(0).width())
                  .isGreaterThanOrEqualTo(h.gaps().get(h.gaps().size() - 1).width());
            });
  }

  @Test
  void health_comparesOnlyTheVoicesHeardInBoth_andSaysWhoJoined() {
    // Autumn: voice-0..2; Spring: voice-0..3, so voice-3 is a new voice of residents, a group heard
    // in both
    assertThat(FACTS.health())
        .hasValueSatisfying(
            h -> {
              assertThat(h.common()).isEqualTo(3);
              assertThat(h.joined()).isEmpty();
              assertThat(h.changed())
                  .containsExactly(
                      org.assertj.core.api.Assertions.entry(StakeholderGroup.RESIDENTS, 1));
              assertThat(h.left()).isEmpty();
              assertThat(h.movements()).hasSize(SystemBehaviour.values().length);
              assertThat(h.movements().get(0).before()).isEqualTo(5.0);
              assertThat(h.movements().get(0).after()).isEqualTo(6.0);
            });
    Paragraph compared = section(PAPER, 5).paragraphs().get(3);
    assertThat(compared.text().get(0))
        .contains("among the 3 voices heard in both rounds")
        .contains("no group joined")
        .contains("new voices of residents");
  }

  @Test
  void health_withNoVoiceInBoth_isNotCompared() {
    HealthRound other =
        HealthRound.builder()
            .name("Other")
            .addAssessments(
                HealthAssessment.builder()
                    .assessor(PartyId.of("stranger"))
                    .speaksFor(StakeholderGroup.RESIDENTS)
                    .date(LocalDate.of(2025, 1, 1))
                    .addScores(BehaviourScore.of(SystemBehaviour.POWER_SHARED, 3))
                    .build())
            .build();
    BoardReport paper = digest().healthRounds(round("Autumn", 3, 5, 7), other).build().draft();

    assertThat(section(paper, 5).paragraphs())
        .last()
        .extracting(p -> p.text().get(0))
        .asString()
        .startsWith("No voice was heard in both Autumn and Other");
  }

  @Test
  void health_withNoRound_isLeftOut() {
    BoardReport paper =
        LearningDigest.builder(system(), BOARD)
            .since(SINCE)
            .until(UNTIL)
            .leadOfficer(OFFICER)
            .build()
            .draft();

    assertThat(paper.sections())
        .extracting(ReportSection::heading)
        .doesNotContain("How the system sees its own health");
  }

  @Test
  void gaps_namePrioritiesNothingServes_andUnansweredQuestions() {
    ReportSection gaps = section(PAPER, 6);

    assertThat(items(gaps.paragraphs().get(0))).containsExactly("Good jobs.");
    assertThat(items(gaps.paragraphs().get(1)))
        .containsExactly(
            "Shire Council: what is stewarded, on whose behalf, accountable to whom and on what basis of legitimacy.");
  }

  @Test
  void gaps_ofASupersededStrategy_areNoGapAndAskForNothing() {
    Strategy superseded =
        Strategy.builder()
            .id(StrategyId.of("old-plan"))
            .title("Shire Plan 2015")
            .status(io.github.hls4j.strategy.StrategyStatus.SUPERSEDED)
            .addPriority(Priority.builder().id(PriorityId.of("net-zero")).title("Net zero").build())
            .build();
    Strategy revised =
        Strategy.builder()
            .id(StrategyId.of("older-plan"))
            .title("Shire Plan 2010")
            .addPriority(Priority.builder().id(PriorityId.of("roads")).title("Roads").build())
            .build();
    Strategy revision =
        Strategy.builder()
            .id(StrategyId.of("plan-2030"))
            .title("Shire Plan 2030")
            .supersedes(StrategyId.of("older-plan"))
            .addPriority(Priority.builder().id(PriorityId.of("travel")).title("Travel").build())
            .build();
    LearningSystem system =
        LearningSystem.builder()
            .from(system())
            .addStrategies(superseded, revised, revision)
            .build();

    DigestFacts facts = digest(system).build().facts();

    assertThat(facts.uncovered()).containsExactly("Good jobs", "Travel");
    assertThat(digest(system).build().draft().recommendations())
        .extracting(Recommendation::action)
        .noneMatch(a -> a.contains("Net zero") || a.contains("Roads"));
  }

  @Test
  void recommendations_fitTheBoardsPowers_andNameNoIds() {
    List<Recommendation> r = PAPER.recommendations();

    assertThat(r)
        .extracting(Recommendation::action)
        .satisfiesExactly(
            a ->
                assertThat(a)
                    .startsWith("agrees to act on the barrier “Barrier thresholds”")
                    .contains("remit: the Shire working group to bring options")
                    .contains("report back to the Board by 1 May 2025"),
            a ->
                assertThat(a)
                    .startsWith("agrees that the Chair writes to The department")
                    .contains("“Barrier grant”"),
            a ->
                assertThat(a)
                    .startsWith(
                        "asks Shire NHS to report back on the barrier “Barrier workforce”, unanswered since 10 February 2025"),
            a ->
                assertThat(a)
                    .startsWith(
                        "asks Shire NHS to feed the answer on “Barrier rotas” back to Homes cycle"),
            a ->
                assertThat(a)
                    .startsWith(
                        "asks Shire NHS to report back on the review of Homes cycle, due 1 March 2025"),
            a ->
                assertThat(a)
                    .startsWith(
                        "asks the Shire working group to consider what would serve the priority “Good jobs”"));
    assertThat(r)
        .extracting(Recommendation::action)
        .noneSatisfy(
            a ->
                assertThat(a)
                    .containsAnyOf(
                        "(escalation", "steward ", "takes ownership", "homes-cycle", "jobs)"));
    assertThat(r.get(0).carriedOutBy()).contains("The Shire working group");
    assertThat(r.get(1).carriedOutBy()).contains("The Chair");
    assertThat(PAPER.recommendations().get(0).basedOn())
        .containsExactly(
            SourceRef.of(SourceKind.ESCALATION, "thresholds"),
            SourceRef.of(SourceKind.LEARNING_CYCLE, "homes-cycle"));
    assertThat(PAPER.recommendations().get(2).basedOn())
        .containsExactly(
            SourceRef.of(SourceKind.ESCALATION, "workforce"),
            SourceRef.of(SourceKind.STEWARD, "team"));
    assertThat(PAPER.recommendations().get(5).basedOn())
        .containsExactly(SourceRef.of(SourceKind.PRIORITY, "jobs"));
  }

  @Test
  void recommendations_areWithinTheBoardsRemit_underTheRuleThatChecksIt() {
    LearningSystem withPaper = LearningSystem.builder().from(system()).addReports(PAPER).build();

    List<Violation> found =
        io.github.hls4j.system.SystemRules.validator(
                Profile.DECISION_READY,
                Clock.fixed(Instant.parse("2025-04-01T00:00:00Z"), ZoneOffset.UTC))
            .validate(withPaper)
            .violations();

    assertThat(found)
        .extracting(v -> v.rule().toString())
        .doesNotContain("governance/recommendation-beyond-remit");
  }

  @Test
  void recommendations_partnerBarrier_asksThePartner() {
    LearningSystem system =
        LearningSystem.builder()
            .from(system())
            .addEscalations(
                escalation(
                    "nhs-rules",
                    BarrierKind.POLICY,
                    LocalDate.of(2025, 2, 3),
                    LocalDate.of(2025, 6, 1)))
            .build();
    // nobody's remit covers policy: the barrier lies with the organisation it is in
    DigestFacts facts =
        LearningDigest.builder(system, BOARD)
            .since(SINCE)
            .until(UNTIL)
            .leadOfficer(OFFICER)
            .build()
            .facts();

    assertThat(facts.recommendations())
        .filteredOn(r -> r.subject().equals("Barrier nhs-rules"))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.ask()).isEqualTo(DigestFacts.Ask.ASK_PARTNER);
              assertThat(r.body()).contains("Shire Council");
              assertThat(r.by()).contains(LocalDate.of(2025, 6, 1));
            });
  }

  @Test
  void preamble_namesTheBodiesMeetingInCommon() {
    Board inCommon =
        Board.builder()
            .id(BOARD)
            .name("Shire Board")
            .addCommitteesInCommon(
                io.github.hls4j.governance.Committee.builder()
                    .id(io.github.hls4j.governance.CommitteeId.of("hwb"))
                    .name("Shire Health and Wellbeing Board")
                    .build(),
                io.github.hls4j.governance.Committee.builder()
                    .id(io.github.hls4j.governance.CommitteeId.of("icp"))
                    .name("Shire Integrated Care Partnership")
                    .build())
            .build();
    LearningSystem system =
        LearningSystem.builder().from(system()).boards(List.of(inCommon)).build();

    BoardReport paper =
        LearningDigest.builder(system, BOARD)
            .since(SINCE)
            .until(UNTIL)
            .leadOfficer(OFFICER)
            .build()
            .draft();

    assertThat(paper.recommendationsPreamble())
        .contains(
            "That the Shire Health and Wellbeing Board and the Shire Integrated Care Partnership, meeting in common:");
  }

  @Test
  void implications_areMarkedGapsNamingWhatTheRecommendationsTouch() {
    assertThat(PAPER.implications())
        .hasSize(ImplicationArea.values().length)
        .allSatisfy(i -> assertThat(i.statement()).startsWith("[To be completed]"));
    assertThat(PAPER.implications())
        .filteredOn(i -> i.areas().contains(ImplicationArea.FINANCIAL))
        .singleElement()
        .satisfies(
            i ->
                assertThat(i.statement())
                    .contains("Recommendation 2 concerns grant funding")
                    .contains("Section 151 officer"));
    assertThat(PAPER.equalities().orElseThrow().statement().orElseThrow())
        .startsWith("[To be completed]")
        .contains("Public Sector Equality Duty");
    assertThat(PAPER.riskAssessment().orElseThrow().statement()).startsWith("[To be completed]");
    assertThat(PAPER.reasons())
        .anySatisfy(r -> assertThat(r).startsWith("[To be completed]").contains("resources"));
  }

  @Test
  void recommendations_sourcesResolve() {
    LearningSystem system = system();

    assertThat(PAPER.recommendations())
        .flatExtracting(Recommendation::basedOn)
        .isNotEmpty()
        .allSatisfy(ref -> assertThat(system.resolves(ref)).as("%s", ref).isTrue());
  }

  @Test
  void request_restatesEveryRecommendation() {
    Paragraph request = section(PAPER, 7).paragraphs().get(0);

    assertThat(request.text()).containsExactly("That the Shire Board:");
    assertThat(items(request))
        .isEqualTo(PAPER.recommendations().stream().map(Recommendation::action).toList());
  }

  @Test
  void draft_failsDecisionReady_untilPeopleFillTheGapsAndSign() {
    List<Violation> found =
        GovernanceRules.validator(Profile.DECISION_READY).validate(PAPER).violations();

    assertThat(found)
        .filteredOn(v -> v.severity() == Severity.ERROR)
        .extracting(v -> v.rule().toString())
        .containsOnly("governance/signoff-missing", "governance/placeholder-text");
    assertThat(found)
        .filteredOn(v -> v.rule().toString().equals("governance/placeholder-text"))
        .extracting(Violation::path)
        .contains("implications[0].statement", "equalities.statement", "riskAssessment.statement");
    assertThat(found)
        .filteredOn(v -> v.rule().toString().equals("governance/signoff-missing"))
        .extracting(Violation::path)
        .containsExactly("signOffs[0].name", "signOffs[1].name");
    assertThat(PAPER.signOffs()).allSatisfy(s -> assertThat(s.name()).isEmpty());
  }

  @Test
  void signOffs_keepEveryRowOfTheBoardsTemplate() {
    BoardReport template =
        BoardReport.builder()
            .id(io.github.hls4j.governance.ReportId.of("earlier"))
            .title("An earlier paper")
            .board(system().board(BOARD).orElseThrow())
            .leadOfficer(OFFICER)
            .author(OFFICER)
            .addSummary("Earlier")
            .addSignOffs(
                io.github.hls4j.governance.SignOff.builder()
                    .role(
                        io.github.hls4j.governance.SignOffRole.required(
                            "Director", io.github.hls4j.governance.SignOffRoleKind.LEAD_OFFICER))
                    .build(),
                io.github.hls4j.governance.SignOff.builder()
                    .role(
                        io.github.hls4j.governance.SignOffRole.required(
                            "Monitoring Officer",
                            io.github.hls4j.governance.SignOffRoleKind.MONITORING_OFFICER))
                    .build(),
                io.github.hls4j.governance.SignOff.builder()
                    .role(
                        io.github.hls4j.governance.SignOffRole.ifApplicable(
                            "Partnership chair (if applicable)",
                            io.github.hls4j.governance.SignOffRoleKind.CHAIR))
                    .build())
            .build();
    LearningSystem system = LearningSystem.builder().from(system()).addReports(template).build();

    BoardReport paper =
        LearningDigest.builder(system, BOARD)
            .since(SINCE)
            .until(UNTIL)
            .leadOfficer(OFFICER)
            .build()
            .draft();

    assertThat(paper.signOffs())
        .extracting(s -> s.role().title())
        .containsExactly("Director", "Monitoring Officer", "Partnership chair (if applicable)");
  }

  @Test
  void draft_alignsWithWhatTheReportedCyclesServe() {
    assertThat(PAPER.strategyAlignments())
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.links())
                  .extracting(AlignmentLink::priority)
                  .containsExactly(PriorityId.of("homes"));
              assertThat(a.links().get(0).rationale())
                  .contains("Served by Homes cycle, whose learning this paper reports");
            });
  }

  @Test
  void draft_isDeterministic_inTheModelMarkdownAndHtml() {
    BoardReport again = digest().build().draft();

    assertThat(again).isEqualTo(PAPER);
    assertThat(MarkdownRenderer.render(again)).isEqualTo(MarkdownRenderer.render(PAPER));
    assertThat(
            HtmlRenderer.render(
                again, GovernanceRules.validator(Profile.DECISION_READY).validate(again)))
        .isEqualTo(
            HtmlRenderer.render(
                PAPER, GovernanceRules.validator(Profile.DECISION_READY).validate(PAPER)));
  }

  @Test
  void draft_neverShowsPersonalEvidenceOrIdentifiers() {
    String markdown = MarkdownRenderer.render(PAPER);

    assertThat(markdown)
        .doesNotContain(PERSONAL)
        .doesNotContain("jo.bloggs@example.org")
        .doesNotContain("Sensitive");
  }

  @Test
  void themes_limitTheLearningShown_andAnEmptySectionIsLeftOut() {
    BoardReport none = digest().themes("Transport").build().draft();

    assertThat(none.sections())
        .extracting(ReportSection::heading)
        .doesNotContain("What the system learned");
    assertThat(none.sections()).extracting(ReportSection::number).containsExactly(1, 2, 3, 4, 5, 6);
  }

  @Test
  void draft_inAnotherLocale_readsItsBundle_andFallsBackToEnglish() {
    BoardReport french = digest().build().draft(java.util.Locale.FRENCH);

    assertThat(french).isEqualTo(PAPER);
  }

  @Test
  void draft_inWelsh_headsEverySectionInWelsh_andDatesInWelsh() {
    BoardReport welsh = digest().build().draft(java.util.Locale.forLanguageTag("cy"));

    assertThat(welsh.title())
        .startsWith("Crynodeb dysgu")
        .contains("1 Ionawr 2025", "31 Mawrth 2025");
    assertThat(welsh.sections()).hasSameSizeAs(PAPER.sections());
    assertThat(welsh.sections())
        .extracting(ReportSection::heading)
        .contains("Beth a ddysgodd y system", "Rhwystrau ar lefel y Bwrdd", "Cais i'r Bwrdd")
        .doesNotContainAnyElementsOf(
            PAPER.sections().stream().map(ReportSection::heading).toList());
    assertThat(welsh.recommendations()).hasSameSizeAs(PAPER.recommendations());
  }

  @Test
  void draft_inWelsh_failsDecisionReady_untilPeopleFillTheWelshGaps() {
    BoardReport welsh = digest().build().draft(java.util.Locale.forLanguageTag("cy"));

    List<Violation> found =
        GovernanceRules.validator(Profile.DECISION_READY).validate(welsh).violations();

    assertThat(found)
        .filteredOn(v -> v.rule().toString().equals("governance/placeholder-text"))
        .extracting(Violation::path)
        .contains("implications[0].statement", "equalities.statement", "riskAssessment.statement");
  }

  static LearningSystem withHomes(
      LearningCycle.Builder homes, io.github.hls4j.learning.HorizontalShare... shares) {
    LearningSystem base = system();
    List<LearningCycle> cycles =
        base.cycles().stream()
            .map(c -> c.id().equals(CycleId.of("homes-cycle")) ? homes.build() : c)
            .toList();
    return LearningSystem.builder().from(base).cycles(cycles).addShares(shares).build();
  }

  static LearningCycle.Builder homes() {
    return LearningCycle.builder().from(system().cycle(CycleId.of("homes-cycle")).orElseThrow());
  }

  @Test
  void sourceNames_ofTheDigest_nameEachSourceByItsName_inMarkdownAndHtml() {
    io.github.hls4j.render.SourceNames names = digest().build().sourceNames();

    String markdown = MarkdownRenderer.render(PAPER, names);
    String html =
        HtmlRenderer.render(
            PAPER,
            io.github.hls4j.governance.GovernanceRules.validator(
                    io.github.hls4j.validation.Profile.DRAFT)
                .validate(PAPER),
            java.util.Locale.ENGLISH,
            java.util.Locale.ENGLISH,
            names);

    assertThat(markdown)
        .contains(
            "drawn from: the escalation ‘Barrier thresholds’, the learning cycle ‘Homes cycle’")
        .contains("the priority ‘Good jobs’")
        .doesNotContain("escalation thresholds")
        .doesNotContain("homes-cycle");
    assertThat(html)
        .contains(
            "drawn from: the escalation ‘Barrier thresholds’, the learning cycle ‘Homes cycle’")
        .doesNotContain("escalation thresholds");
  }

  @Test
  void sourceNames_unknownOrNone_fallBackToKindAndId() {
    LearningSystem other = LearningSystem.builder().place("Elsewhere").build();

    assertThat(MarkdownRenderer.render(PAPER))
        .contains("drawn from: escalation thresholds, learning cycle homes-cycle");
    assertThat(MarkdownRenderer.render(PAPER, io.github.hls4j.render.SourceNames.of(other)))
        .contains("drawn from: escalation thresholds, learning cycle homes-cycle");
    assertThat(
            io.github.hls4j.render.SourceNames.of(system())
                .name(SourceRef.of(SourceKind.STEWARD, "team")))
        .contains("Shire NHS");
  }

  @Test
  void sourceNames_ofTheDigest_areRedactedAsThePaperIs() {
    LearningSystem system =
        LearningSystem.builder()
            .from(system())
            .escalations(
                List.of(
                    Escalation.builder()
                        .from(
                            escalation(
                                "thresholds",
                                BarrierKind.THRESHOLDS,
                                LocalDate.of(2025, 2, 1),
                                LocalDate.of(2025, 5, 1)))
                        .barrier(
                            Barrier.builder()
                                .kind(BarrierKind.THRESHOLDS)
                                .organisation(COUNCIL)
                                .description(
                                    "Tenants must write to housing@example.org before a visit")
                                .build())
                        .build()))
            .build();
    LearningDigest digest =
        LearningDigest.builder(system, BOARD)
            .since(SINCE)
            .until(UNTIL)
            .leadOfficer(OFFICER)
            .build();

    String markdown = MarkdownRenderer.render(digest.draft(), digest.sourceNames());

    assertThat(markdown)
        .contains(
            "drawn from: the escalation ‘Tenants must write to [e-mail address removed] before a visit’")
        .doesNotContain("housing@example.org");
  }

  @Test
  void learned_saysWhereAndWithWhom_andShowsStoriesSharedWithConsent_redacted() {
    LearningSystem system =
        withHomes(
            homes()
                .addSpaces(
                    io.github.hls4j.learning.LearningSpace.of(
                        "Tenants' panel", io.github.hls4j.learning.SpaceKind.FORMAL, "monthly"))
                .addActors(NHS)
                .addRecords(
                    LearningRecord.builder()
                        .kind(RecordKind.INSIGHT)
                        .whatHappened("A tenant told us")
                        .recordedOn(LocalDate.of(2025, 2, 2))
                        .addEvidence(
                            Evidence.story(
                                    "I wrote to jo.bloggs@example.org five times before anyone came")
                                .withConsentToShareWithBoard(),
                            Evidence.story("Not for the Board"))
                        .build()));

    BoardReport paper =
        LearningDigest.builder(system, BOARD)
            .since(SINCE)
            .until(UNTIL)
            .leadOfficer(OFFICER)
            .build()
            .draft();

    Paragraph homes = section(paper, 1).paragraphs().get(1);
    assertThat(homes.text())
        .anySatisfy(
            t ->
                assertThat(t)
                    .contains("Where learning happens: Tenants' panel (monthly)")
                    .contains("; with whom: Shire NHS"));
    assertThat(items(homes))
        .anySatisfy(
            t ->
                assertThat(t)
                    .startsWith("In their own words, shared with the Board with consent")
                    .contains("I wrote to [e-mail address removed] five times"));
    assertThat(MarkdownRenderer.render(paper))
        .doesNotContain("Not for the Board")
        .doesNotContain("jo.bloggs@example.org");
  }

  @Test
  void concerns_personalDataSharedWithoutAnAgreement_isReportedToTheBoard() {
    io.github.hls4j.learning.HorizontalShare share =
        io.github.hls4j.learning.HorizontalShare.builder()
            .fromCycle(CycleId.of("homes-cycle"))
            .fromOrganisation(COUNCIL)
            .toKind(io.github.hls4j.learning.ShareTargetKind.ORGANISATION)
            .to("Shire NHS")
            .toOrganisation(NHS)
            .purpose("Care planning")
            .addRecords(
                LearningRecord.builder()
                    .kind(RecordKind.INSIGHT)
                    .whatHappened("A story")
                    .recordedOn(LocalDate.of(2025, 2, 2))
                    .addEvidence(Evidence.personalStory(PERSONAL))
                    .build())
            .build();
    LearningSystem system = withHomes(homes(), share);

    LearningDigest digest =
        LearningDigest.builder(system, BOARD)
            .since(SINCE)
            .until(UNTIL)
            .leadOfficer(OFFICER)
            .build();

    assertThat(digest.facts().concerns())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.from()).isEqualTo("Homes cycle");
              assertThat(c.to()).isEqualTo("Shire NHS");
            });
    BoardReport paper = digest.draft();
    assertThat(paper.sections())
        .extracting(ReportSection::heading)
        .contains("What the Board should know about the learning system");
    assertThat(MarkdownRenderer.render(paper)).doesNotContain(PERSONAL);
  }

  @Test
  void until_defaultsToTodayByTheClock() {
    Clock clock = Clock.fixed(Instant.parse("2025-02-28T12:00:00Z"), ZoneOffset.UTC);

    LearningDigest digest =
        LearningDigest.builder(system(), BOARD)
            .since(SINCE)
            .leadOfficer(OFFICER)
            .clock(clock)
            .build();

    assertThat(digest.until()).isEqualTo(LocalDate.of(2025, 2, 28));
  }

  @Test
  void healthChart_isTheLatestRoundsSvg() {
    assertThat(digest().build().healthChart())
        .hasValueSatisfying(svg -> assertThat(svg).contains("<svg").contains("Spring"));
    assertThat(
            LearningDigest.builder(system(), BOARD)
                .since(SINCE)
                .until(UNTIL)
                .leadOfficer(OFFICER)
                .build()
                .healthChart())
        .isEmpty();
  }

  @Test
  void build_untilWhoseReportBackIsPastTheCalendar_throwsNamingUntil() {
    assertThatThrownBy(() -> digest().until(LocalDate.MAX).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(
            "LearningDigest.until (+999999999-12-31) must be no later than +999999999-11-05");
  }

  @Test
  void draft_periodsAtEitherEndOfTheCalendar_areDrafted() {
    LocalDate last = LocalDate.MAX.minus(LearningDigest.REPORT_BACK);
    BoardReport early = digest().since(LocalDate.MIN).until(LocalDate.MIN).build().draft();
    BoardReport late = digest().since(SINCE).until(last).build().draft();

    assertThat(io.github.hls4j.render.MarkdownRenderer.render(early)).contains("-999999999");
    assertThat(io.github.hls4j.render.MarkdownRenderer.render(late)).contains("+999999999");
  }

  @Test
  void build_refusesAnUnknownBoardAReversedPeriodAndMissingParts() {
    assertThatThrownBy(
            () ->
                LearningDigest.builder(system(), BoardId.of("elsewhere"))
                    .since(SINCE)
                    .leadOfficer(OFFICER)
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("LearningDigest.board (elsewhere) must be a board of the system");
    assertThatThrownBy(() -> digest().until(LocalDate.of(2024, 12, 31)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "LearningDigest.until (2024-12-31) must not be before LearningDigest.since (2025-01-01)");
    assertThatThrownBy(() -> LearningDigest.builder(system(), BOARD).leadOfficer(OFFICER).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("LearningDigest.since must be set");
    assertThatThrownBy(() -> LearningDigest.builder(system(), BOARD).since(SINCE).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("LearningDigest.leadOfficer must be set");
  }

  @Test
  void quotations_holdTheRecordsTextRedacted_inTheRecordsLanguage_andNoNames() {
    java.util.Locale welsh = java.util.Locale.forLanguageTag("cy");
    LearningDigest digest = digest().build();

    io.github.hls4j.render.Quotations quoted = digest.quotations();

    assertThat(quoted.language()).isEqualTo(java.util.Locale.ENGLISH);
    assertThat(quoted.passages())
        .contains(
            "Barrier thresholds",
            "Barrier grant",
            "A tenant wrote from [e-mail address removed] about repairs",
            "Fix the first visit",
            "Does one visit do?")
        .doesNotContain("Homes cycle", "Shire Council", "Sensitive", "Before the period")
        .noneMatch(p -> p.contains("jo.bloggs@example.org"));
    String paper = MarkdownRenderer.render(digest.draft(welsh), welsh);
    assertThat(quoted.passages())
        .filteredOn(paper::contains)
        .contains("Barrier thresholds", "Barrier grant", "Fix the first visit");
    assertThat(digest().recordsLanguage(welsh).build().quotations().language()).isEqualTo(welsh);
  }

  @Test
  void recordsLanguage_noLanguage_throwsNamingIt() {
    assertThatThrownBy(() -> digest().recordsLanguage(java.util.Locale.ROOT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("LearningDigest.recordsLanguage (und)");
  }
}
