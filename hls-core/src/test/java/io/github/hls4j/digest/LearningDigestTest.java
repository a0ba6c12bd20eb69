package io.github.hls4j.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.hls4j.governance.Board;
import io.github.hls4j.governance.BoardId;
import io.github.hls4j.governance.BoardReport;
import io.github.hls4j.governance.GovernanceRules;
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
  static final Person OFFICER = Person.builder().id(PartyId.of("officer")).name("Olu Officer").build();
  static final String PERSONAL = "Account of Mrs K. of 4 Mill Lane, with dates";

  static Strategy strategy() {
    return Strategy.builder().id(StrategyId.of("plan")).title("Shire Plan")
        .addPriority(Priority.builder().id(PriorityId.of("homes")).title("Homes for all").build())
        .addPriority(Priority.builder().id(PriorityId.of("jobs")).title("Good jobs").build())
        .addPriority(Priority.builder().id(PriorityId.of("health")).title("Healthy lives").build())
        .build();
  }

  static StrategyAlignment ticks(String priority) {
    return StrategyAlignment.builder().strategy(strategy())
        .addLink(AlignmentLink.builder().priority(PriorityId.of(priority)).rationale("Because").build()).build();
  }

  static LearningRecord record(RecordKind kind, String what, LocalDate on) {
    return LearningRecord.builder().kind(kind).whatHappened(what).learned("A lesson").recordedOn(on).build();
  }

  static LearningSystem system() {
    LearningCycle homes = LearningCycle.builder()
        .id(CycleId.of("homes-cycle")).name("Homes cycle").scale(SystemScale.SERVICE).owner(StewardId.of("team"))
        .purpose("Homes")
        .addPhases(PhaseChange.of(LearningPhase.CREATE_SHARED_PURPOSE, LocalDate.of(2024, 6, 1)))
        .addRecords(
            LearningRecord.builder().kind(RecordKind.INSIGHT)
                .whatHappened("A tenant wrote from jo.bloggs@example.org about repairs")
                .learned("Fix the first visit")
                .recordedOn(LocalDate.of(2025, 2, 1))
                .addEvidence(Evidence.personalStory(PERSONAL), Evidence.number("4 of 5 repairs on the first visit").notPersonal())
                .build(),
            record(RecordKind.ERROR, "Before the period", LocalDate.of(2024, 12, 31)),
            LearningRecord.builder().kind(RecordKind.SUCCESS).whatHappened("Undated").build(),
            LearningRecord.builder().kind(RecordKind.SURPRISE).whatHappened("Sensitive").sensitivity(Sensitivity.OFFICIAL_SENSITIVE)
                .recordedOn(LocalDate.of(2025, 3, 1)).build())
        .addExperiments(
            Experiment.builder().question("Does one visit do?").learned("Mostly").decision(ExperimentDecision.ADOPT).build(),
            Experiment.builder().question("Do texts help?").decision(ExperimentDecision.ABANDON).build(),
            Experiment.builder().question("Undecided?").build())
        .addStrategyAlignments(ticks("homes"))
        .nextReview(LocalDate.of(2025, 3, 1))
        .build();
    LearningCycle quiet = LearningCycle.builder()
        .id(CycleId.of("quiet-cycle")).name("Quiet cycle").scale(SystemScale.TEAM).owner(StewardId.of("team"))
        .purpose("Nothing this quarter")
        .addPhases(PhaseChange.of(LearningPhase.CREATE_SHARED_PURPOSE, LocalDate.of(2024, 1, 1)))
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
            SystemSteward.builder().id(StewardId.of("board")).heldBy(COUNCIL).type(StewardType.LEADERSHIP).scale(SystemScale.SYSTEM)
                .remit(Remit.builder().addBarrierKinds(BarrierKind.THRESHOLDS).addOrganisations(COUNCIL).build())
                .build(),
            SystemSteward.builder().id(StewardId.of("team")).heldBy(NHS).type(StewardType.PRACTITIONER).scale(SystemScale.TEAM)
                .remit(Remit.builder().addBarrierKinds(BarrierKind.WORKFORCE).addOrganisations(COUNCIL).build())
                .questions(StewardshipQuestions.builder().whatIsStewarded("Practice").onWhoseBehalf("Tenants")
                    .accountableTo("The Board").basisOfLegitimacy("Appointment").build())
                .build())
        .addWorkingGroups(WorkingGroup.builder().id(WorkingGroupId.of("wg")).name("Shire working group").multiAgency(true)
            .addMembers(WorkingGroupMember.from(COUNCIL), WorkingGroupMember.from(NHS)).reportsTo(BOARD)
            .addStrategyAlignments(ticks("health")).build())
        .addStrategies(strategy())
        .addThemes(PriorityTheme.builder().rank(1).title("Housing").addConnectsWith(PriorityId.of("homes")).build())
        .addCycles(homes, quiet)
        .addEscalations(
            escalation("thresholds", BarrierKind.THRESHOLDS, LocalDate.of(2025, 2, 1), LocalDate.of(2025, 5, 1)),
            escalation("workforce", BarrierKind.WORKFORCE, LocalDate.of(2025, 1, 10), LocalDate.of(2025, 2, 10)),
            escalation("rotas", BarrierKind.WORKFORCE, LocalDate.of(2025, 1, 10), LocalDate.of(2025, 4, 10))
                .answered("Rotas will allow it", LocalDate.of(2025, 2, 20)),
            escalation("old-law", BarrierKind.LEGISLATION, LocalDate.of(2024, 5, 1), LocalDate.of(2024, 8, 1))
                .answered("Raised with the department", LocalDate.of(2024, 6, 1)).fedBack(LocalDate.of(2024, 6, 2)),
            escalation("grant", BarrierKind.FUNDING_REGIME, LocalDate.of(2025, 2, 2), LocalDate.of(2025, 8, 1))
                .madeVisible(Visibility.builder().to("The department").on(LocalDate.of(2025, 2, 15)).build()),
            escalation("future", BarrierKind.THRESHOLDS, LocalDate.of(2025, 4, 2), LocalDate.of(2025, 6, 1)))
        .build();
  }

  static Escalation escalation(String id, BarrierKind kind, LocalDate raised, LocalDate respondBy) {
    return Escalation.builder()
        .id(EscalationId.of(id))
        .barrier(Barrier.builder().kind(kind).organisation(COUNCIL).description("Barrier " + id)
            .raisedBy(CycleId.of("homes-cycle")).raisedAt(SystemScale.TEAM).build())
        .raisedOn(raised)
        .respondBy(respondBy)
        .build();
  }

  static HealthRound round(String name, int... scores) {
    HealthRound.Builder round = HealthRound.builder().name(name);
    int n = 0;
    for (int score : scores) {
      HealthAssessment.Builder a = HealthAssessment.builder().assessor(PartyId.of("voice-" + n++))
          .speaksFor(n % 2 == 0 ? StakeholderGroup.RESIDENTS : StakeholderGroup.COUNCIL).date(LocalDate.of(2025, 1, 1));
      for (SystemBehaviour b : SystemBehaviour.values()) {
        a.addScores(BehaviourScore.of(b, score));
      }
      round.addAssessments(a.build());
    }
    return round.build();
  }

  static LearningDigest.Builder digest() {
    return LearningDigest.builder(system(), BOARD).since(SINCE).until(UNTIL).leadOfficer(OFFICER)
        .healthRounds(round("Autumn", 3, 5, 7), round("Spring", 2, 6, 8, 9));
  }

  static final BoardReport PAPER = digest().build().draft();

  static ReportSection section(BoardReport paper, int number) {
    return paper.sections().get(number - 1);
  }

  static List<String> items(Paragraph p) {
    return p.items().stream().map(ListItem::text).toList();
  }

  @Test
  void draft_header_namesTheBoardThePeriodAndTheOfficer() {
    assertThat(PAPER.id().value()).isEqualTo("learning-digest-shire-board-2025-03-31");
    assertThat(PAPER.title()).isEqualTo("Learning digest: what the Shire system learned, 1 January 2025 to 31 March 2025");
    assertThat(PAPER.board().id()).isEqualTo(BOARD);
    assertThat(PAPER.leadOfficer()).isEqualTo(OFFICER);
    assertThat(PAPER.author()).isEqualTo(OFFICER);
    assertThat(PAPER.sections()).extracting(ReportSection::heading).containsExactly(
        "What the system learned", "Barriers at the Board's level", "What is overdue", "How the system's health moved",
        "Priorities nothing serves, and stewardship questions unanswered", "Request of the Board");
  }

  @Test
  void whatWasLearned_showsThePeriodsRecordsRedacted_byThemeAndByCycle_withDecidedExperiments() {
    ReportSection learned = section(PAPER, 1);

    assertThat(items(learned.paragraphs().get(0))).containsExactly("Housing: Homes cycle (1 record).");
    Paragraph homes = learned.paragraphs().get(1);
    assertThat(homes.text()).containsExactly("Homes cycle (homes-cycle), a service cycle now at create shared purpose: 1 record in the period.");
    assertThat(items(homes)).containsExactly(
        "insight, 1 February 2025: A tenant wrote from [e-mail address removed] about repairs. Learned: Fix the first visit."
            + " (Redacted: 1 piece(s) of evidence holding personal data and 1 personal identifier(s) in the text removed)",
        "Experiment adopted: Does one visit do? Learned: Mostly.",
        "Experiment abandoned: Do texts help?");
    assertThat(learned.paragraphs()).hasSize(2); // the quiet cycle learned nothing in the period
  }

  @Test
  void summary_countsWhatWasHeldBackAndLeftOut() {
    assertThat(PAPER.summary().get(1)).isEqualTo(
        "1 learning record from 1 active cycle are reported (1 record marked OFFICIAL-SENSITIVE held back, 1 undated record"
            + " left out); experiments decided: 1 adopted, 1 abandoned.");
  }

  @Test
  void barriers_atTheBoardsLevel_withRouteStatusAndVisibility() {
    ReportSection barriers = section(PAPER, 2);

    // workforce and rotas go to the team steward, whose remit covers them: not the Board's level
    assertThat(barriers.paragraphs()).extracting(p -> p.text().get(0)).satisfiesExactly(
        t -> assertThat(t).startsWith("“Barrier thresholds” (escalation thresholds): a local barrier of thresholds")
            .contains("routed to steward board (Shire Council)").contains("answering: steward board (Shire Council), by 1 May 2025"),
        t -> assertThat(t).startsWith("“Barrier grant” (escalation grant): a national barrier of funding regime"));
    assertThat(items(barriers.paragraphs().get(1)))
        .containsExactly("Made visible to The department on 15 February 2025: no response yet, due by 15 May 2025.");
  }

  @Test
  void barriers_areThoseRoutedToTheBoard_orBeyondThePlace_orToNoOne() {
    BoardReport onlyNational = digest().levels(BarrierLevel.NATIONAL).build().draft();

    assertThat(section(onlyNational, 2).paragraphs()).extracting(p -> p.text().get(0))
        .singleElement().asString().contains("(escalation grant)");
  }

  @Test
  void overdue_listsUnansweredEscalationsAnswersNotFedBackAndReviews() {
    ReportSection overdue = section(PAPER, 3);

    assertThat(overdue.paragraphs()).extracting(p -> p.text().get(0)).containsExactly(
        "Escalations unanswered by their date:", "Answers not fed back to the cycle that raised them:", "Reviews past their date:");
    assertThat(items(overdue.paragraphs().get(0))).singleElement().asString().startsWith("“Barrier workforce” (escalation workforce), due 10 February 2025");
    assertThat(items(overdue.paragraphs().get(1))).singleElement().asString().startsWith("“Barrier rotas” (escalation rotas), answered on 20 February 2025");
    assertThat(items(overdue.paragraphs().get(2))).singleElement().asString().startsWith("Homes cycle (homes-cycle), due 1 March 2025");
  }

  @Test
  void health_keepsEachBehavioursSpread() {
    Paragraph health = section(PAPER, 4).paragraphs().get(0);

    assertThat(health.items()).hasSize(SystemBehaviour.values().length);
    assertThat(items(health).get(0)).isEqualTo(SystemBehaviour.values()[0].description()
        + ": median 5 (middle half 4–6, range 3–7, 3 voices) → median 7 (middle half 5–8.3, range 2–9, 4 voices).");
  }

  @Test
  void health_withOneRound_saysMovementNeedsTwo() {
    BoardReport paper = digest().healthRounds(round("Spring", 5)).build().draft();

    assertThat(section(paper, 4).paragraphs().get(0).text()).containsExactly("Only one health round, Spring, was given: movement needs two.");
  }

  @Test
  void gaps_namePrioritiesNothingServes_andUnansweredQuestions() {
    ReportSection gaps = section(PAPER, 5);

    assertThat(items(gaps.paragraphs().get(0))).containsExactly("Good jobs (jobs).");
    assertThat(items(gaps.paragraphs().get(1))).containsExactly(
        "steward board (Shire Council): what is stewarded; on whose behalf; accountable to whom; on what basis of legitimacy.");
  }

  @Test
  void recommendations_areDraftedFromTheEvidence_andNameTheirSources() {
    assertThat(PAPER.recommendations()).extracting(Recommendation::action).satisfiesExactly(
        a -> assertThat(a).startsWith("takes ownership of the barrier “Barrier thresholds” (escalation thresholds)")
            .endsWith("and answers it by 1 May 2025."),
        a -> assertThat(a).startsWith("takes ownership of the barrier “Barrier grant” (escalation grant)"),
        a -> assertThat(a).isEqualTo("asks steward team (Shire NHS) to report back on the barrier “Barrier workforce”"
            + " (escalation workforce), unanswered since 10 February 2025, by 26 May 2025."),
        a -> assertThat(a).isEqualTo("asks steward team (Shire NHS) to feed the answer on “Barrier rotas” (escalation rotas)"
            + " back to Homes cycle and to report back by 26 May 2025."),
        a -> assertThat(a).isEqualTo("asks steward team (Shire NHS) to report back on the review of Homes cycle, due 1 March 2025,"
            + " by 26 May 2025."),
        a -> assertThat(a).isEqualTo("asks Shire working group to consider what would serve the priority “Good jobs” (jobs),"
            + " which nothing in the system serves."));
    assertThat(PAPER.recommendations().get(0).basedOn()).containsExactly(
        SourceRef.of(SourceKind.ESCALATION, "thresholds"), SourceRef.of(SourceKind.LEARNING_CYCLE, "homes-cycle"));
    assertThat(PAPER.recommendations().get(2).basedOn()).containsExactly(
        SourceRef.of(SourceKind.ESCALATION, "workforce"), SourceRef.of(SourceKind.STEWARD, "team"));
    assertThat(PAPER.recommendations().get(5).basedOn()).containsExactly(SourceRef.of(SourceKind.PRIORITY, "jobs"));
    assertThat(PAPER.recommendations().get(5).carriedOutBy()).contains("Shire working group");
  }

  @Test
  void recommendations_sourcesResolve() {
    LearningSystem system = system();

    assertThat(PAPER.recommendations()).flatExtracting(Recommendation::basedOn)
        .isNotEmpty()
        .allSatisfy(ref -> assertThat(system.resolves(ref)).as("%s", ref).isTrue());
  }

  @Test
  void request_restatesEveryRecommendation() {
    Paragraph request = section(PAPER, 6).paragraphs().get(0);

    assertThat(request.text()).containsExactly("That the Shire Board:");
    assertThat(items(request)).isEqualTo(PAPER.recommendations().stream().map(Recommendation::action).toList());
  }

  @Test
  void draft_passesDecisionReady_butForTheSignOffsOnlyPeopleGive() {
    List<Violation> found = GovernanceRules.validator(Profile.DECISION_READY).validate(PAPER).violations();

    assertThat(found).filteredOn(v -> v.severity() == Severity.ERROR).extracting(v -> v.rule().toString(), Violation::path).containsExactly(
        org.assertj.core.groups.Tuple.tuple("governance/signoff-missing", "signOffs[0].name"),
        org.assertj.core.groups.Tuple.tuple("governance/signoff-missing", "signOffs[1].name"));
    // The warnings a Monitoring Officer gives a draft whose implications and plans only a person can write.
    assertThat(found).filteredOn(v -> v.severity() != Severity.ERROR).extracting(v -> v.rule().toString())
        .isSubsetOf("governance/implication-vague", "governance/recommendation-unplanned");
    assertThat(PAPER.signOffs()).allSatisfy(s -> assertThat(s.name()).isEmpty());
  }

  @Test
  void draft_alignsWithWhatTheReportedCyclesServe() {
    assertThat(PAPER.strategyAlignments()).singleElement().satisfies(a -> {
      assertThat(a.links()).extracting(AlignmentLink::priority).containsExactly(PriorityId.of("homes"));
      assertThat(a.links().get(0).rationale()).contains("Served by Homes cycle, whose learning this paper reports");
    });
  }

  @Test
  void draft_isDeterministic_inTheModelMarkdownAndHtml() {
    BoardReport again = digest().build().draft();

    assertThat(again).isEqualTo(PAPER);
    assertThat(MarkdownRenderer.render(again)).isEqualTo(MarkdownRenderer.render(PAPER));
    assertThat(HtmlRenderer.render(again, GovernanceRules.validator(Profile.DECISION_READY).validate(again)))
        .isEqualTo(HtmlRenderer.render(PAPER, GovernanceRules.validator(Profile.DECISION_READY).validate(PAPER)));
  }

  @Test
  void draft_neverShowsPersonalEvidenceOrIdentifiers() {
    String markdown = MarkdownRenderer.render(PAPER);

    assertThat(markdown).doesNotContain(PERSONAL).doesNotContain("jo.bloggs@example.org").doesNotContain("Sensitive");
  }

  @Test
  void themes_limitTheLearningShown() {
    BoardReport none = digest().themes("Transport").build().draft();

    assertThat(section(none, 1).paragraphs()).extracting(p -> p.text().get(0))
        .containsExactly("No cycle recorded learning or changed phase in the period.");
  }

  @Test
  void until_defaultsToTodayByTheClock() {
    Clock clock = Clock.fixed(Instant.parse("2025-02-28T12:00:00Z"), ZoneOffset.UTC);

    LearningDigest digest = LearningDigest.builder(system(), BOARD).since(SINCE).leadOfficer(OFFICER).clock(clock).build();

    assertThat(digest.until()).isEqualTo(LocalDate.of(2025, 2, 28));
  }

  @Test
  void healthChart_isTheLatestRoundsSvg() {
    assertThat(digest().build().healthChart()).hasValueSatisfying(svg -> assertThat(svg).contains("<svg").contains("Spring"));
    assertThat(LearningDigest.builder(system(), BOARD).since(SINCE).until(UNTIL).leadOfficer(OFFICER).build().healthChart()).isEmpty();
  }

  @Test
  void build_untilWhoseReportBackIsPastTheCalendar_throwsNamingUntil() {
    assertThatThrownBy(() -> digest().until(LocalDate.MAX).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("LearningDigest.until (+999999999-12-31) must be no later than +999999999-11-05");
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
    assertThatThrownBy(() -> LearningDigest.builder(system(), BoardId.of("elsewhere")).since(SINCE).leadOfficer(OFFICER).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("LearningDigest.board (elsewhere) must be a board of the system");
    assertThatThrownBy(() -> digest().until(LocalDate.of(2024, 12, 31)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("LearningDigest.until (2024-12-31) must not be before LearningDigest.since (2025-01-01)");
    assertThatThrownBy(() -> LearningDigest.builder(system(), BOARD).leadOfficer(OFFICER).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("LearningDigest.since must be set");
    assertThatThrownBy(() -> LearningDigest.builder(system(), BOARD).since(SINCE).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("LearningDigest.leadOfficer must be set");
  }
}
