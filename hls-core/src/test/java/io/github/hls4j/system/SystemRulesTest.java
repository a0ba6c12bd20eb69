package io.github.hls4j.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.hls4j.governance.BoardId;
import io.github.hls4j.governance.BoardReport;
import io.github.hls4j.governance.GovernanceFixtures;
import io.github.hls4j.governance.ReportId;
import io.github.hls4j.party.Group;
import io.github.hls4j.party.Organisation;
import io.github.hls4j.party.PartyId;
import io.github.hls4j.party.Person;
import io.github.hls4j.party.Sector;
import io.github.hls4j.stewardship.RecommendationRef;
import io.github.hls4j.stewardship.Remit;
import io.github.hls4j.stewardship.StewardId;
import io.github.hls4j.stewardship.StewardType;
import io.github.hls4j.stewardship.StewardshipQuestions;
import io.github.hls4j.stewardship.SystemScale;
import io.github.hls4j.stewardship.SystemSteward;
import io.github.hls4j.stewardship.WorkingGroup;
import io.github.hls4j.stewardship.WorkingGroupId;
import io.github.hls4j.stewardship.WorkingGroupMember;
import io.github.hls4j.strategy.Priority;
import io.github.hls4j.strategy.PriorityId;
import io.github.hls4j.strategy.PriorityTheme;
import io.github.hls4j.strategy.Strategy;
import io.github.hls4j.strategy.StrategyId;
import io.github.hls4j.validation.Profile;
import io.github.hls4j.validation.Severity;
import io.github.hls4j.validation.ValidationResult;
import io.github.hls4j.validation.Validator;
import io.github.hls4j.validation.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.jqno.equalsverifier.EqualsVerifier;
import nl.jqno.equalsverifier.Warning;
import org.junit.jupiter.api.Test;

class SystemRulesTest {

  static final PartyId COUNCIL = PartyId.of("council");
  static final PartyId NHS = PartyId.of("nhs");

  static final BoardReport REPORT = GovernanceFixtures.validReport();
  static final Strategy STRATEGY = REPORT.strategyAlignments().get(0).strategy();

  static SystemSteward steward(String id, StewardType type) {
    return SystemSteward.builder()
        .id(StewardId.of(id))
        .heldBy(PartyId.of("members"))
        .type(type)
        .scale(SystemScale.SYSTEM)
        .addResponsibilities("Shaping the strategic direction")
        .questions(
            StewardshipQuestions.builder()
                .whatIsStewarded("w")
                .onWhoseBehalf("o")
                .accountableTo("a")
                .basisOfLegitimacy("b")
                .build())
        .remit(Remit.builder().addOrganisations(COUNCIL).build())
        .build();
  }

  static WorkingGroup group(String id) {
    return WorkingGroup.builder()
        .id(WorkingGroupId.of(id))
        .name("Group " + id)
        .multiAgency(true)
        .addMembers(
            WorkingGroupMember.from(COUNCIL), WorkingGroupMember.of(NHS, PartyId.of("nurse")))
        .reportsTo(REPORT.board().id())
        .createdBy(RecommendationRef.of(REPORT.id(), 1))
        .build();
  }

  /** A system that every rule passes: the valid report ticks p1; the group ticks p2. */
  static ImmutableLearningSystem valid() {
    WorkingGroup group =
        WorkingGroup.builder()
            .from(group("group"))
            .addStrategyAlignment(
                io.github.hls4j.strategy.StrategyAlignment.builder()
                    .strategy(STRATEGY)
                    .addLink(io.github.hls4j.strategy.AlignmentLink.to(PriorityId.of("p2")))
                    .build())
            .build();
    return (ImmutableLearningSystem)
        LearningSystem.builder()
            .place("Somewhere")
            .addParties(
                Organisation.builder().id(COUNCIL).name("Council").sector(Sector.COUNCIL).build(),
                Organisation.builder().id(NHS).name("NHS").sector(Sector.NHS).build(),
                Person.builder().id(PartyId.of("nurse")).name("A Nurse").organisation(NHS).build(),
                Group.builder()
                    .id(PartyId.of("members"))
                    .name("Board members")
                    .addMembers(PartyId.of("nurse"))
                    .build())
            .addStewards(steward("board", StewardType.LEADERSHIP))
            .addWorkingGroups(group)
            .addStrategies(STRATEGY)
            .addThemes(
                PriorityTheme.builder()
                    .rank(1)
                    .title("Housing")
                    .addConnectsWith(PriorityId.of("p1"))
                    .build())
            .addReports(REPORT)
            .build();
  }

  private static ValidationResult validate(LearningSystem system) {
    return SystemRules.validator(Profile.PUBLISHED, java.time.Clock.systemUTC()).validate(system);
  }

  private static List<org.assertj.core.groups.Tuple> findings(LearningSystem system, String rule) {
    List<org.assertj.core.groups.Tuple> found = new ArrayList<>();
    for (Violation v : validate(system).violations()) {
      if (v.rule().toString().equals(rule)) {
        found.add(tuple(v.path(), v.arguments().get("kind"), v.arguments().get("id")));
      }
    }
    return found;
  }

  @Test
  void strategyRevision_keepsPriorityIds_andItemsAlignedToTheEarlierVersionAreTold() {
    Strategy revision =
        Strategy.builder()
            .from(STRATEGY)
            .id(StrategyId.of("strategy-2026"))
            .version("2026 refresh")
            .supersedes(STRATEGY.id())
            .priorities(
                List.of(
                    Priority.builder()
                        .id(PriorityId.of("p1"))
                        .title("First priority, renewed")
                        .build(),
                    Priority.builder().id(PriorityId.of("p2")).title("Second priority").build()))
            .build();
    Strategy unrelated = Strategy.builder().from(STRATEGY).id(StrategyId.of("unrelated")).build();
    LearningSystem system = valid().withStrategies(STRATEGY, revision, unrelated);

    assertThat(
            validate(system)
                .withRule(io.github.hls4j.strategy.AlignmentRules.STRATEGY_SUPERSEDED.id())
                .violations())
        .extracting(Violation::path, v -> v.arguments().get("successor"))
        .containsExactly(
            tuple("reports[0].strategyAlignments[0].strategy.id", "strategy-2026"),
            tuple("workingGroups[0].strategyAlignments[0].strategy.id", "strategy-2026"));
    assertThat(findings(system, "system/duplicate-id"))
        .containsExactly(
            tuple("strategies[2].priorities[0].id", "priority", "p1"),
            tuple("strategies[2].priorities[1].id", "priority", "p2"));
    assertThat(system.priority(PriorityId.of("p1")).map(Priority::title))
        .hasValue("First priority, renewed");
  }

  @Test
  void strategy_supersedingItself_cannotBeBuilt() {
    assertThatThrownBy(() -> Strategy.builder().from(STRATEGY).supersedes(STRATEGY.id()).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Strategy.supersedes (strategy)");
  }

  @Test
  void alignmentRules_runOnEveryWorkingGroupAndCycle_underOneRuleIdEach() {
    WorkingGroup ticksUnknown =
        WorkingGroup.builder()
            .from(group("g2"))
            .addStrategyAlignment(
                io.github.hls4j.strategy.StrategyAlignment.builder()
                    .strategy(STRATEGY)
                    .addLink(io.github.hls4j.strategy.AlignmentLink.to(PriorityId.of("ghost")))
                    .build())
            .build();
    io.github.hls4j.learning.LearningCycle unaligned =
        io.github.hls4j.learning.LearningCycle.builder()
            .id(io.github.hls4j.learning.CycleId.of("c"))
            .name("C")
            .scale(SystemScale.TEAM)
            .owner(StewardId.of("board"))
            .purpose("P")
            .build();
    LearningSystem system =
        valid()
            .withWorkingGroups(valid().workingGroups().get(0), ticksUnknown)
            .withCycles(unaligned);

    assertThat(validate(system).violations())
        .extracting(v -> v.rule().toString(), Violation::path)
        .containsExactly(
            tuple(
                "alignment/unknown-priority",
                "workingGroups[1].strategyAlignments[0].links[0].priority"),
            tuple("alignment/unaligned", "cycles[0].strategyAlignments"));
    assertThat(SystemRules.learningSystem(java.time.Clock.systemUTC()).descriptors())
        .filteredOn(d -> d.id().toString().startsWith("alignment/"))
        .extracting(d -> d.id().toString())
        .containsExactly(
            "alignment/uncovered-priority",
            "alignment/unknown-priority",
            "alignment/proposed-priority",
            "alignment/unaligned",
            "alignment/all-ticked-without-rationale",
            "alignment/strategy-superseded",
            "alignment/strategy-not-adopted");
  }

  @Test
  void strategySuperseded_statusSaysSoAndARevisionSupersedesIt_isReportedOnceNamingTheRevision() {
    Strategy old =
        Strategy.builder()
            .from(STRATEGY)
            .status(io.github.hls4j.strategy.StrategyStatus.SUPERSEDED)
            .build();
    Strategy revision =
        Strategy.builder()
            .from(STRATEGY)
            .id(StrategyId.of("strategy-2026"))
            .supersedes(STRATEGY.id())
            .build();
    WorkingGroup ticksOld =
        WorkingGroup.builder()
            .from(group("group"))
            .addStrategyAlignment(
                io.github.hls4j.strategy.StrategyAlignment.builder()
                    .strategy(old)
                    .addLink(io.github.hls4j.strategy.AlignmentLink.to(PriorityId.of("p2")))
                    .build())
            .build();
    LearningSystem system =
        valid().withStrategies(old, revision).withWorkingGroups(ticksOld).withReports();

    assertThat(
            validate(system)
                .withRule(io.github.hls4j.strategy.AlignmentRules.STRATEGY_SUPERSEDED.id())
                .violations())
        .extracting(Violation::path, Violation::severity, v -> v.arguments().get("successor"))
        .containsExactly(
            tuple(
                "workingGroups[0].strategyAlignments[0].strategy.status",
                Severity.WARNING,
                "strategy-2026"));
  }

  @Test
  void strategySuperseded_statusSaysSoWithNoRevision_isReportedWithNoSuccessorNamed() {
    Strategy old =
        Strategy.builder()
            .from(STRATEGY)
            .status(io.github.hls4j.strategy.StrategyStatus.SUPERSEDED)
            .build();
    WorkingGroup ticksOld =
        WorkingGroup.builder()
            .from(group("group"))
            .addStrategyAlignment(
                io.github.hls4j.strategy.StrategyAlignment.builder()
                    .strategy(old)
                    .addLink(io.github.hls4j.strategy.AlignmentLink.to(PriorityId.of("p2")))
                    .build())
            .build();
    LearningSystem system = valid().withStrategies(old).withWorkingGroups(ticksOld).withReports();

    assertThat(
            validate(system)
                .withRule(io.github.hls4j.strategy.AlignmentRules.STRATEGY_SUPERSEDED.id())
                .violations())
        .extracting(
            Violation::path, Violation::messageKey, v -> v.arguments().containsKey("successor"))
        .containsExactly(
            tuple(
                "workingGroups[0].strategyAlignments[0].strategy.status",
                "alignment/strategy-superseded.unnamed",
                false));
  }

  @Test
  void
      strategyNotAdopted_copyAdoptedButTheSystemsStrategyConsulted_isReportedWithTheSystemsStatus() {
    Strategy consulted =
        Strategy.builder()
            .from(STRATEGY)
            .status(io.github.hls4j.strategy.StrategyStatus.CONSULTED)
            .build();
    LearningSystem system = valid().withStrategies(consulted);

    assertThat(
            validate(system)
                .withRule(io.github.hls4j.strategy.AlignmentRules.STRATEGY_NOT_ADOPTED.id())
                .violations())
        .extracting(Violation::path, Violation::severity, v -> v.arguments().get("status"))
        .containsExactly(
            tuple(
                "reports[0].strategyAlignments[0].strategy.status", Severity.WARNING, "CONSULTED"),
            tuple(
                "workingGroups[0].strategyAlignments[0].strategy.status",
                Severity.WARNING,
                "CONSULTED"));
  }

  @Test
  void uncoveredPriority_ofASupersededStrategy_isNotReported() {
    Strategy marked =
        Strategy.builder()
            .from(STRATEGY)
            .id(StrategyId.of("marked"))
            .status(io.github.hls4j.strategy.StrategyStatus.SUPERSEDED)
            .priorities(List.of(Priority.builder().id(PriorityId.of("old-1")).title("Old").build()))
            .build();
    Strategy earlier =
        Strategy.builder()
            .from(STRATEGY)
            .id(StrategyId.of("earlier"))
            .priorities(
                List.of(Priority.builder().id(PriorityId.of("old-2")).title("Older").build()))
            .build();
    Strategy revision =
        Strategy.builder()
            .from(STRATEGY)
            .id(StrategyId.of("revision"))
            .supersedes(StrategyId.of("earlier"))
            .priorities(List.of(Priority.builder().id(PriorityId.of("new-1")).title("New").build()))
            .build();
    LearningSystem system = valid().withStrategies(STRATEGY, marked, earlier, revision);

    assertThat(validate(system).withRule(SystemRules.UNCOVERED_PRIORITY.id()).violations())
        .extracting(Violation::path, Violation::severity)
        .containsExactly(tuple("strategies[3].priorities[0]", Severity.INFO));
  }

  @Test
  void arrangements_areCheckedInTheSystem_withTheirReferencesAndIds() {
    io.github.hls4j.commissioning.Arrangement contract =
        io.github.hls4j.commissioning.Arrangement.builder()
            .id(io.github.hls4j.commissioning.ArrangementId.of("a"))
            .kind(io.github.hls4j.commissioning.ArrangementKind.CONTRACT)
            .title("Floating support")
            .addMembers(
                io.github.hls4j.commissioning.ArrangementMember.of(
                    PartyId.of("ghost-org"), io.github.hls4j.stewardship.MemberRole.PROVIDER))
            .start(java.time.LocalDate.of(2025, 4, 1))
            .termYears(1)
            .governedBy(io.github.hls4j.governance.BoardId.of("ghost-board"))
            .addLearningCycles(io.github.hls4j.learning.CycleId.of("ghost-cycle"))
            .addMeasures(
                io.github.hls4j.learning.Measure.of(
                    "Visits", io.github.hls4j.learning.MeasureUse.TARGET))
            .runBy(WorkingGroupId.of("ghost-group"))
            .build();
    io.github.hls4j.commissioning.Arrangement runByTheGroup =
        io.github.hls4j.commissioning.Arrangement.builder()
            .from(contract)
            .runBy(WorkingGroupId.of("group"))
            .build();
    LearningSystem system = valid().withArrangements(contract, runByTheGroup);

    assertThat(findings(system, "system/unknown-reference"))
        .containsExactly(
            tuple("arrangements[0].governedBy", "board", "ghost-board"),
            tuple("arrangements[0].learningCycles[0]", "cycle", "ghost-cycle"),
            tuple("arrangements[0].members[0].organisation", "party", "ghost-org"),
            tuple("arrangements[0].runBy", "working group", "ghost-group"),
            tuple("arrangements[1].governedBy", "board", "ghost-board"),
            tuple("arrangements[1].learningCycles[0]", "cycle", "ghost-cycle"),
            tuple("arrangements[1].members[0].organisation", "party", "ghost-org"));
    assertThat(findings(system, "system/duplicate-id"))
        .containsExactly(tuple("arrangements[1].id", "arrangement", "a"));
    assertThat(
            validate(system)
                .withRule(io.github.hls4j.commissioning.CommissioningRules.PAYMENT_BY_MEASURE.id())
                .violations())
        .extracting(Violation::path)
        .containsExactly("arrangements[0].measures[0].use", "arrangements[1].measures[0].use");
    assertThat(system.arrangement(io.github.hls4j.commissioning.ArrangementId.of("a")))
        .contains(contract);
    assertThat(runByTheGroup.runBy()).contains(WorkingGroupId.of("group"));
  }

  @Test
  void validSystem_hasNoFindings() {
    assertThat(validate(valid()).violations()).isEmpty();
  }

  @Test
  void resolution_findsEveryKindById() {
    LearningSystem system = valid();

    assertThat(system.party(NHS).map(p -> p.name())).contains("NHS");
    assertThat(system.party(PartyId.of("none"))).isEmpty();
    assertThat(system.board(REPORT.board().id())).contains(REPORT.board());
    assertThat(system.board(BoardId.of("none"))).isEmpty();
    assertThat(system.steward(StewardId.of("board"))).isPresent();
    assertThat(system.steward(StewardId.of("none"))).isEmpty();
    assertThat(system.workingGroup(WorkingGroupId.of("group"))).isPresent();
    assertThat(system.strategy(STRATEGY.id())).contains(STRATEGY);
    assertThat(system.priority(PriorityId.of("p2")).map(p -> p.title()))
        .contains("Second priority");
    assertThat(system.report(REPORT.id())).contains(REPORT);
    assertThat(system.report(ReportId.of("none"))).isEmpty();
  }

  @Test
  void recommendationSources_reachLearningRecords_andAnUnknownOneIsReported() {
    io.github.hls4j.learning.LearningRecord record =
        io.github.hls4j.learning.LearningRecord.builder()
            .id(io.github.hls4j.learning.RecordId.of("deposit-kept-a-tenancy"))
            .kind(io.github.hls4j.learning.RecordKind.SUCCESS)
            .whatHappened("A deposit paid from the health budget kept a tenancy")
            .build();
    io.github.hls4j.learning.LearningCycle cycle =
        io.github.hls4j.learning.LearningCycle.builder()
            .id(io.github.hls4j.learning.CycleId.of("c"))
            .name("Cycle")
            .scale(SystemScale.TEAM)
            .owner(StewardId.of("board"))
            .purpose("P")
            .addRecords(record)
            .build();
    List<io.github.hls4j.governance.Recommendation> recommendations =
        new ArrayList<>(REPORT.recommendations());
    recommendations.set(
        0,
        io.github.hls4j.governance.Recommendation.builder()
            .from(recommendations.get(0))
            .basedOn(
                List.of(
                    io.github.hls4j.governance.SourceRef.of(
                        io.github.hls4j.governance.SourceKind.LEARNING_RECORD,
                        "deposit-kept-a-tenancy"),
                    io.github.hls4j.governance.SourceRef.of(
                        io.github.hls4j.governance.SourceKind.LEARNING_RECORD, "ghost-record"),
                    io.github.hls4j.governance.SourceRef.of(
                        io.github.hls4j.governance.SourceKind.LEARNING_CYCLE, "c")))
            .build());
    BoardReport report =
        BoardReport.builder().from(REPORT).recommendations(recommendations).build();
    LearningSystem system = valid().withCycles(cycle).withReports(report);

    assertThat(system.record(io.github.hls4j.learning.RecordId.of("deposit-kept-a-tenancy")))
        .contains(record);
    assertThat(system.record(io.github.hls4j.learning.RecordId.of("ghost-record"))).isEmpty();
    assertThat(system.resolves(report.recommendations().get(0).basedOn().get(0))).isTrue();
    assertThat(findings(system, "system/unknown-reference"))
        .containsExactly(
            tuple(
                "reports[0].recommendations[0].basedOn[1].id", "learning record", "ghost-record"));
  }

  @Test
  void deliveredThrough_refersById_andAnUnknownIdIsReported_whileANameAloneIsNot() {
    io.github.hls4j.strategy.Priority first = STRATEGY.priorities().get(0);
    List<io.github.hls4j.strategy.Priority> priorities = new ArrayList<>(STRATEGY.priorities());
    priorities.set(
        0,
        io.github.hls4j.strategy.Priority.builder()
            .from(first)
            .deliveredThrough(
                List.of(
                    io.github.hls4j.strategy.DeliveryRef.to(
                        io.github.hls4j.strategy.DeliveryKind.PARTY, COUNCIL.value()),
                    io.github.hls4j.strategy.DeliveryRef.to(
                        io.github.hls4j.strategy.DeliveryKind.ARRANGEMENT, "ghost-alliance"),
                    io.github.hls4j.strategy.DeliveryRef.to(
                        io.github.hls4j.strategy.DeliveryKind.BOARD, REPORT.board().id().value()),
                    io.github.hls4j.strategy.DeliveryRef.to(
                        io.github.hls4j.strategy.DeliveryKind.STRATEGY, STRATEGY.id().value()),
                    io.github.hls4j.strategy.DeliveryRef.named("Better Care Fund plan")))
            .build());
    LearningSystem system =
        valid().withStrategies(Strategy.builder().from(STRATEGY).priorities(priorities).build());

    assertThat(findings(system, "system/unknown-reference"))
        .containsExactly(
            tuple(
                "strategies[0].priorities[0].deliveredThrough[1].id",
                "arrangement",
                "ghost-alliance"));
  }

  @Test
  void danglingReferences_areReportedAtTheirPaths() {
    WorkingGroup dangling =
        WorkingGroup.builder()
            .from(group("g2"))
            .members(List.of(WorkingGroupMember.of(PartyId.of("ghost-org"), PartyId.of("ghost"))))
            .reportsTo(BoardId.of("ghost-board"))
            .createdBy(RecommendationRef.of(REPORT.id(), 9))
            .build();
    LearningSystem system =
        valid()
            .withParties(
                Organisation.builder().id(COUNCIL).name("Council").sector(Sector.COUNCIL).build(),
                Person.builder()
                    .id(PartyId.of("p"))
                    .name("P")
                    .organisation(PartyId.of("ghost-org"))
                    .build(),
                Group.builder()
                    .id(PartyId.of("members"))
                    .name("M")
                    .addMembers(PartyId.of("ghost"))
                    .build())
            .withWorkingGroups(
                dangling,
                WorkingGroup.builder()
                    .from(group("g3"))
                    .createdBy(RecommendationRef.of(ReportId.of("ghost-report"), 1))
                    .build())
            .withThemes(
                PriorityTheme.builder()
                    .rank(1)
                    .title("T")
                    .addConnectsWith(PriorityId.of("ghost-priority"))
                    .build());

    assertThat(findings(system, "system/unknown-reference"))
        .containsExactly(
            tuple("parties[1].organisation", "party", "ghost-org"),
            tuple("parties[2].members[0]", "party", "ghost"),
            tuple("themes[0].connectsWith[0]", "priority", "ghost-priority"),
            tuple("workingGroups[0].createdBy.number", "recommendation", "report #9"),
            tuple("workingGroups[0].members[0].organisation", "party", "ghost-org"),
            tuple("workingGroups[0].members[0].person", "party", "ghost"),
            tuple("workingGroups[0].reportsTo", "board", "ghost-board"),
            tuple("workingGroups[1].createdBy.report", "report", "ghost-report"),
            tuple("workingGroups[1].members[1].organisation", "party", "nhs"),
            tuple("workingGroups[1].members[1].person", "party", "nurse"));
  }

  @Test
  void stewardReferences_andAlignmentsToUnknownStrategies_areReported() {
    SystemSteward s =
        SystemSteward.builder()
            .from(steward("s", StewardType.LEADERSHIP))
            .heldBy(PartyId.of("nobody"))
            .remit(Remit.builder().addOrganisations(COUNCIL, PartyId.of("elsewhere")).build())
            .build();
    LearningSystem system = valid().withStewards(s).withStrategies();

    assertThat(findings(system, "system/unknown-reference"))
        .containsExactly(
            tuple("reports[0].strategyAlignments[0].strategy.id", "strategy", "strategy"),
            tuple("stewards[0].heldBy", "party", "nobody"),
            tuple("stewards[0].remit.organisations[1]", "party", "elsewhere"),
            tuple("themes[0].connectsWith[0]", "priority", "p1"),
            tuple("workingGroups[0].strategyAlignments[0].strategy.id", "strategy", "strategy"));
  }

  @Test
  void duplicateIds_areReportedAtTheSecondWithThePathOfTheFirst() {
    LearningSystem system =
        valid()
            .withStewards(
                steward("board", StewardType.LEADERSHIP),
                steward("board", StewardType.PRACTITIONER))
            .withWorkingGroups(group("g"), group("g"))
            .withReports(REPORT, REPORT)
            .withStrategies(STRATEGY, STRATEGY)
            .withBoards(REPORT.board(), REPORT.board());
    ValidationResult result = validate(system);

    assertThat(result.withRule(SystemRules.DUPLICATE_ID.id()).violations())
        .extracting(
            Violation::path, v -> v.arguments().get("kind"), v -> v.arguments().get("first"))
        .containsExactly(
            tuple("boards[1].id", "board", "boards[0].id"),
            tuple("reports[1].id", "report", "reports[0].id"),
            tuple("stewards[1].id", "steward", "stewards[0].id"),
            tuple("strategies[1].id", "strategy", "strategies[0].id"),
            tuple("strategies[1].priorities[0].id", "priority", "strategies[0].priorities[0].id"),
            tuple("strategies[1].priorities[1].id", "priority", "strategies[0].priorities[1].id"),
            tuple("workingGroups[1].id", "working group", "workingGroups[0].id"));
    assertThat(system.steward(StewardId.of("board")).map(SystemSteward::type))
        .contains(StewardType.LEADERSHIP);
  }

  @Test
  void duplicatePartyIds_acrossKinds_areReported() {
    LearningSystem system =
        valid()
            .withParties(
                Organisation.builder().id(COUNCIL).name("Council").sector(Sector.COUNCIL).build(),
                Person.builder().id(COUNCIL).name("Not a council").build(),
                Organisation.builder().id(NHS).name("NHS").sector(Sector.NHS).build(),
                Person.builder().id(PartyId.of("nurse")).name("N").build(),
                Group.builder().id(PartyId.of("members")).name("M").build());

    assertThat(findings(system, "system/duplicate-id"))
        .containsExactly(tuple("parties[1].id", "party", "council"));
    assertThat(system.party(COUNCIL).map(p -> p.name())).contains("Council");
  }

  @Test
  void noLeadershipSteward_isReportedOnTheStewards() {
    LearningSystem system = valid().withStewards(steward("p", StewardType.PRACTITIONER));

    assertThat(validate(system).withRule(SystemRules.NO_LEADERSHIP_STEWARD.id()).violations())
        .extracting(Violation::path, Violation::severity)
        .containsExactly(tuple("stewards", Severity.WARNING));
  }

  @Test
  void uncoveredPriority_isReportedAtThePriority() {
    LearningSystem system = valid().withWorkingGroups(group("group"));

    ValidationResult result = validate(system).withRule(SystemRules.UNCOVERED_PRIORITY.id());
    assertThat(result.violations())
        .extracting(Violation::path, Violation::severity)
        .containsExactly(tuple("strategies[0].priorities[1]", Severity.INFO));
    assertThat(result.violations().get(0).arguments()).containsEntry("priority", "Second priority");
  }

  @Test
  void uncoveredPriority_reportsExactlyTheMatrixGaps_overGeneratedStrategiesAndLinks() {
    // Strategies s0 and s1 (s1 given twice, the second with other priorities) hold p0, p1 and p2
    // respectively, and more priorities from p0 to p3; groups g0 to g2 (ids may repeat) link to s0,
    // s1 or an unknown s2, and to
    // priorities from p0 to p4. Only the first strategy and group with an id count.
    qt().withExamples(Integer.getInteger("hls4j.examples", 300))
        .forAll(
            lists().of(integers().between(0, 15)).ofSizeBetween(0, 6),
            lists().of(integers().between(0, 44)).ofSizeBetween(0, 8))
        .checkAssert(
            (priorityPicks, linkPicks) -> {
              List<Strategy> strategies = new ArrayList<>();
              for (int s = 0; s < 3; s++) {
                Set<PriorityId> ids = new java.util.LinkedHashSet<>();
                ids.add(PriorityId.of("p" + s));
                for (int pick : priorityPicks) {
                  if (pick % 3 == s) {
                    ids.add(PriorityId.of("p" + (pick / 3) % 4));
                  }
                }
                Strategy.Builder strategy =
                    Strategy.builder()
                        .id(StrategyId.of("s" + Math.min(s, 1)))
                        .title("Strategy " + s);
                ids.forEach(
                    id ->
                        strategy.addPriorities(
                            Priority.builder().id(id).title("Priority " + id).build()));
                strategies.add(strategy.build());
              }
              List<WorkingGroup> groups = new ArrayList<>();
              for (int pick : linkPicks) {
                // the strategy a link names is looked up in the system by its id
                Strategy named =
                    Strategy.builder()
                        .id(StrategyId.of("s" + pick % 3))
                        .title("Named")
                        .addPriorities(
                            Priority.builder().id(PriorityId.of("p0")).title("Named").build())
                        .build();
                groups.add(
                    WorkingGroup.builder()
                        .from(group("g" + (pick / 3) % 3))
                        .addStrategyAlignment(
                            io.github.hls4j.strategy.StrategyAlignment.builder()
                                .strategy(named)
                                .addLink(
                                    io.github.hls4j.strategy.AlignmentLink.to(
                                        PriorityId.of("p" + (pick / 9) % 5)))
                                .build())
                        .build());
              }
              LearningSystem system =
                  valid().withReports().withStrategies(strategies).withWorkingGroups(groups);

              Set<PriorityId> gaps = Set.copyOf(SystemRules.alignmentMatrix(system).gaps());
              List<String> expected = new ArrayList<>();
              for (int i = 0; i < strategies.size(); i++) {
                for (int j = 0; j < strategies.get(i).priorities().size(); j++) {
                  if (gaps.contains(strategies.get(i).priorities().get(j).id())) {
                    expected.add("strategies[" + i + "].priorities[" + j + "]");
                  }
                }
              }
              assertThat(
                      validate(system).withRule(SystemRules.UNCOVERED_PRIORITY.id()).violations())
                  .extracting(Violation::path)
                  .containsExactlyInAnyOrderElementsOf(expected);
            });
  }

  @Test
  void agreementsById_holdsEachIdsAgreementsInOrder_andAShareUnderARepeatedIdIsCoveredByEither() {
    io.github.hls4j.learning.DataSharingAgreement planning =
        io.github.hls4j.learning.DataSharingAgreement.builder()
            .id(io.github.hls4j.learning.AgreementId.of("dsa"))
            .addParties(COUNCIL, PartyId.of("provider"))
            .addPurposes("Planning support")
            .build();
    io.github.hls4j.learning.DataSharingAgreement health =
        io.github.hls4j.learning.DataSharingAgreement.builder()
            .from(planning)
            .parties(List.of(COUNCIL, NHS))
            .build();
    io.github.hls4j.learning.HorizontalShare share =
        io.github.hls4j.learning.HorizontalShare.builder()
            .fromCycle(io.github.hls4j.learning.CycleId.of("cycle"))
            .fromOrganisation(COUNCIL)
            .toKind(io.github.hls4j.learning.ShareTargetKind.ORGANISATION)
            .to("NHS")
            .toOrganisation(NHS)
            .purpose("Planning support")
            .addRecords(
                io.github.hls4j.learning.LearningRecord.builder()
                    .kind(io.github.hls4j.learning.RecordKind.INSIGHT)
                    .whatHappened("A family's story")
                    .addEvidence(io.github.hls4j.learning.Evidence.personalStory("named"))
                    .build())
            .agreement(io.github.hls4j.learning.AgreementId.of("dsa"))
            .build();
    LearningSystem system = valid().withAgreements(planning, health).withShares(share);

    assertThat(system.agreementsById())
        .containsOnlyKeys(io.github.hls4j.learning.AgreementId.of("dsa"));
    assertThat(system.agreementsById().get(io.github.hls4j.learning.AgreementId.of("dsa")))
        .containsExactly(planning, health);
    assertThat(system.agreement(io.github.hls4j.learning.AgreementId.of("dsa"))).contains(planning);
    ValidationResult result = validate(system);
    assertThat(
            result
                .withRule(io.github.hls4j.learning.LearningRules.SHARE_WITHOUT_AGREEMENT.id())
                .isEmpty())
        .isTrue();
    assertThat(findings(system, "system/duplicate-id"))
        .containsExactly(tuple("agreements[1].id", "agreement", "dsa"));
  }

  @Test
  void partsRules_runAtPathsInsideTheSystem() {
    LearningSystem system =
        valid()
            .withStewards(
                SystemSteward.builder()
                    .from(steward("board", StewardType.LEADERSHIP))
                    .responsibilities(List.of())
                    .build())
            .withWorkingGroups(
                WorkingGroup.builder()
                    .from(group("g"))
                    .reportsTo(java.util.Optional.empty())
                    .build())
            .withReports(GovernanceFixtures.reportWithUndatedSignOff("x"));

    assertThat(validate(system).violations())
        .extracting(v -> v.rule().toString(), Violation::path)
        .contains(
            tuple("stewardship/steward-without-responsibility", "stewards[0].responsibilities"),
            tuple("stewardship/group-without-reporting-line", "workingGroups[0].reportsTo"),
            tuple("governance/signoff-undated", "reports[0].signOffs[0].date"));
  }

  @Test
  void alignmentMatrix_labelsReportsAndGroups_firstHolderCounting() {
    LearningSystem system = valid().withReports(REPORT, REPORT);

    assertThat(SystemRules.alignmentMatrix(system).items())
        .containsExactly("report report", "group group");
    assertThat(SystemRules.alignmentMatrix(system).gaps()).isEmpty();
  }

  @Test
  void anySystemOfDanglingAndRepeatedIds_validatesWithoutThrowing() {
    List<PartyId> ids = List.of(COUNCIL, NHS, PartyId.of("ghost"), PartyId.of("nurse"));
    Validator<LearningSystem> validator =
        SystemRules.validator(Profile.PUBLISHED, java.time.Clock.systemUTC());
    qt().withExamples(Integer.getInteger("hls4j.examples", 200))
        .forAll(
            lists().of(integers().between(0, 3)).ofSizeBetween(0, 6),
            lists().of(integers().between(0, 3)).ofSizeBetween(0, 6))
        .checkAssert(
            (partyPicks, memberPicks) -> {
              List<io.github.hls4j.party.Party> parties = new ArrayList<>();
              partyPicks.forEach(
                  i ->
                      parties.add(
                          Organisation.builder()
                              .id(ids.get(i))
                              .name("O" + i)
                              .sector(Sector.VCFSE)
                              .build()));
              List<WorkingGroupMember> members = new ArrayList<>();
              memberPicks.forEach(i -> members.add(WorkingGroupMember.from(ids.get(i))));
              LearningSystem system =
                  valid()
                      .withParties(parties)
                      .withWorkingGroups(
                          WorkingGroup.builder().from(group("g")).members(members).build(),
                          group("g"));

              ValidationResult result = validator.validate(system);

              assertThat(result.withRule(Validator.RULE_FAILED.id()).isEmpty()).isTrue();
              assertThat(result.withRule(SystemRules.DUPLICATE_ID.id()).violations())
                  .extracting(Violation::path)
                  .contains("workingGroups[1].id");
            });
  }

  @Test
  void learningReferences_andDuplicateLearningIds_areReported() {
    io.github.hls4j.learning.LearningCycle cycle =
        io.github.hls4j.learning.LearningCycle.builder()
            .id(io.github.hls4j.learning.CycleId.of("c"))
            .name("C")
            .scale(SystemScale.TEAM)
            .owner(StewardId.of("ghost-steward"))
            .purpose("P")
            .addActors(PartyId.of("ghost-actor"))
            .build();
    io.github.hls4j.learning.Escalation escalation =
        io.github.hls4j.learning.Escalation.builder()
            .id(io.github.hls4j.learning.EscalationId.of("e"))
            .barrier(
                io.github.hls4j.learning.Barrier.builder()
                    .kind(io.github.hls4j.stewardship.BarrierKind.THRESHOLDS)
                    .organisation(PartyId.of("ghost-org"))
                    .description("B")
                    .build())
            .raisedBy(io.github.hls4j.learning.CycleId.of("ghost-cycle"))
            .routedTo(StewardId.of("ghost-steward"))
            .raisedOn(java.time.LocalDate.of(2025, 1, 1))
            .respondBy(java.time.LocalDate.of(2030, 1, 1))
            .build();
    io.github.hls4j.learning.HorizontalShare share =
        io.github.hls4j.learning.HorizontalShare.builder()
            .fromCycle(io.github.hls4j.learning.CycleId.of("ghost-cycle"))
            .fromOrganisation(COUNCIL)
            .toKind(io.github.hls4j.learning.ShareTargetKind.SERVICE)
            .to("Housing")
            .toOrganisation(PartyId.of("ghost-org"))
            .purpose("P")
            .agreement(io.github.hls4j.learning.AgreementId.of("ghost-dsa"))
            .build();
    LearningSystem system =
        valid().withCycles(cycle, cycle).withEscalations(escalation).withShares(share);

    assertThat(findings(system, "system/unknown-reference"))
        .containsExactly(
            tuple("cycles[0].actors[0]", "party", "ghost-actor"),
            tuple("cycles[0].owner", "steward", "ghost-steward"),
            tuple("cycles[1].actors[0]", "party", "ghost-actor"),
            tuple("cycles[1].owner", "steward", "ghost-steward"),
            tuple("escalations[0].barrier.organisation", "party", "ghost-org"),
            tuple("escalations[0].raisedBy", "cycle", "ghost-cycle"),
            tuple("escalations[0].routedTo", "steward", "ghost-steward"),
            tuple("shares[0].agreement", "agreement", "ghost-dsa"),
            tuple("shares[0].fromCycle", "cycle", "ghost-cycle"),
            tuple("shares[0].toOrganisation", "party", "ghost-org"));
    assertThat(findings(system, "system/duplicate-id"))
        .containsExactly(tuple("cycles[1].id", "cycle", "c"));
    assertThat(system.cycle(io.github.hls4j.learning.CycleId.of("c"))).contains(cycle);
    assertThat(SystemRules.alignmentMatrix(system).items()).contains("cycle c");
  }

  @Test
  void place_mustNotBeBlank() {
    assertThatThrownBy(() -> LearningSystem.builder().place(" ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("LearningSystem.place ( ) must not be blank");
  }

  @Test
  void learningSystem_equalByEveryAttribute() {
    EqualsVerifier.forClass(ImmutableLearningSystem.class)
        .suppress(Warning.NULL_FIELDS)
        .withIgnoredFields("partyIndex", "boardIndex", "lazyInitBitmap")
        .verify();
  }
}
