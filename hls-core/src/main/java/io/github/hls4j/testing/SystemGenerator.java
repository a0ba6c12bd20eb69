package io.github.hls4j.testing;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.github.hls4j.commissioning.Arrangement;
import io.github.hls4j.commissioning.ArrangementId;
import io.github.hls4j.commissioning.ArrangementKind;
import io.github.hls4j.commissioning.ArrangementMember;
import io.github.hls4j.commissioning.Money;
import io.github.hls4j.commissioning.ReplacedContract;
import io.github.hls4j.commissioning.YearValue;
import io.github.hls4j.governance.Board;
import io.github.hls4j.governance.BoardId;
import io.github.hls4j.health.BehaviourScore;
import io.github.hls4j.health.HealthAssessment;
import io.github.hls4j.health.HealthRound;
import io.github.hls4j.health.StakeholderGroup;
import io.github.hls4j.health.SystemBehaviour;
import io.github.hls4j.learning.AgreementId;
import io.github.hls4j.learning.Barrier;
import io.github.hls4j.learning.CycleId;
import io.github.hls4j.learning.DataSharingAgreement;
import io.github.hls4j.learning.Escalation;
import io.github.hls4j.learning.EscalationId;
import io.github.hls4j.learning.Evidence;
import io.github.hls4j.learning.Experiment;
import io.github.hls4j.learning.ExperimentDecision;
import io.github.hls4j.learning.HorizontalShare;
import io.github.hls4j.learning.LearningCycle;
import io.github.hls4j.learning.LearningPhase;
import io.github.hls4j.learning.LearningRecord;
import io.github.hls4j.learning.LearningSpace;
import io.github.hls4j.learning.Measure;
import io.github.hls4j.learning.MeasureUse;
import io.github.hls4j.learning.PhaseChange;
import io.github.hls4j.learning.RecordKind;
import io.github.hls4j.learning.ShareTargetKind;
import io.github.hls4j.learning.SpaceKind;
import io.github.hls4j.learning.Visibility;
import io.github.hls4j.party.Organisation;
import io.github.hls4j.party.PartyId;
import io.github.hls4j.party.Person;
import io.github.hls4j.party.Sector;
import io.github.hls4j.stewardship.BarrierKind;
import io.github.hls4j.stewardship.BarrierLevel;
import io.github.hls4j.stewardship.MemberRole;
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
import io.github.hls4j.strategy.Strategy;
import io.github.hls4j.strategy.StrategyAlignment;
import io.github.hls4j.strategy.StrategyId;
import io.github.hls4j.system.LearningSystem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Seeded, valid whole learning systems of any size, for users' own tests at scale: organisations
 * and people, a board, a strategy, stewards with remits, multi-agency working groups, learning
 * cycles with experiments, records, spaces and measures, shares under data-sharing agreements, and
 * escalations answered and fed back (national ones made visible first), and commissioning alliances
 * (one for every ten cycles); and health rounds to go with them.
 *
 * <p>A system from {@link #validSystem} has no error finding under {@code
 * SystemRules.validator(profile, clock)} for any profile, when the clock reads {@code today} or
 * earlier than its review and answer dates (a year after {@code today}). The same random generator,
 * seeded the same, gives the same system.
 *
 * <pre>{@code
 * LearningSystem system = SystemGenerator.validSystem(new SplittableRandom(7), 1_000, TODAY);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class SystemGenerator {

  private static final int PRIORITIES = 5;
  private static final ExperimentDecision[] DECISIONS = ExperimentDecision.values();

  private SystemGenerator() {}

  /**
   * Returns a valid system whose parts grow with {@code size}: about {@code size / 20}
   * organisations (at least two), {@code size / 4} cycles with three records each, {@code size / 4}
   * shares with as many agreements, and {@code size / 2} escalations, with at least one of each.
   *
   * @param random chooses names, kinds and links
   * @param size how large, at least 1
   * @param today the date the system is generated for
   * @return the system
   * @throws IllegalArgumentException if {@code size} is below 1
   * @since 0.1.0
   */
  public static LearningSystem validSystem(RandomGenerator random, int size, LocalDate today) {
    checkArgument(size >= 1, "size (%s) must be at least 1", size);
    return validSystem(
        random,
        Math.max(2, size / 20),
        Math.max(1, size / 4),
        Math.max(1, size / 4),
        Math.max(1, size / 2),
        today);
  }

  /**
   * Returns a valid system with the given numbers of parts.
   *
   * @param random chooses names, kinds and links
   * @param organisations how many organisations, at least 2
   * @param cycles how many learning cycles, at least 1
   * @param shares how many horizontal shares, each under an agreement of its own
   * @param escalations how many escalated barriers
   * @param today the date the system is generated for
   * @return the system
   * @throws IllegalArgumentException if a number is out of range
   * @since 0.1.0
   */
  public static LearningSystem validSystem(
      RandomGenerator random,
      int organisations,
      int cycles,
      int shares,
      int escalations,
      LocalDate today) {
    requireNonNull(random, "random");
    requireNonNull(today, "today");
    checkArgument(organisations >= 2, "organisations (%s) must be at least 2", organisations);
    checkArgument(cycles >= 1, "cycles (%s) must be at least 1", cycles);
    checkArgument(shares >= 0, "shares (%s) must not be negative", shares);
    checkArgument(escalations >= 0, "escalations (%s) must not be negative", escalations);
    LearningSystem.Builder system = LearningSystem.builder().place("Generated place");
    BoardId boardId = BoardId.of("board");
    system.addBoards(Board.builder().id(boardId).name("Generated Board").build());

    Strategy.Builder strategy =
        Strategy.builder().id(StrategyId.of("strategy")).title("Generated strategy");
    for (int p = 1; p <= PRIORITIES; p++) {
      strategy.addPriorities(
          Priority.builder().id(PriorityId.of("priority-" + p)).title("Priority " + p).build());
    }
    Strategy theStrategy = strategy.build();
    system.addStrategies(theStrategy);

    List<PartyId> orgs = new ArrayList<>();
    List<PartyId> people = new ArrayList<>();
    Sector[] sectors = Sector.values();
    for (int o = 0; o < organisations; o++) {
      PartyId org = PartyId.of("org-" + o);
      PartyId person = PartyId.of("person-" + o);
      orgs.add(org);
      people.add(person);
      system.addParties(
          Organisation.builder()
              .id(org)
              .name("Organisation " + o)
              .sector(sectors[random.nextInt(sectors.length)])
              .build());
      system.addParties(Person.builder().id(person).name("Person " + o).organisation(org).build());
    }

    StewardshipQuestions answered =
        StewardshipQuestions.builder()
            .whatIsStewarded("The health of the place's system")
            .onWhoseBehalf("The people of the place")
            .accountableTo("The board")
            .basisOfLegitimacy("The board's constitution")
            .build();
    StewardId top = StewardId.of("steward-top");
    system.addStewards(
        SystemSteward.builder()
            .id(top)
            .heldBy(people.get(0))
            .type(StewardType.LEADERSHIP)
            .scale(SystemScale.SYSTEM)
            .addResponsibilities("Shaping the strategic direction")
            .questions(answered)
            .remit(
                Remit.builder()
                    .addBarrierKinds(BarrierKind.values())
                    .addAllOrganisations(orgs)
                    .build())
            .build());
    List<StewardId> stewards = new ArrayList<>();
    BarrierKind[] kinds = BarrierKind.values();
    for (int o = 0; o < organisations; o++) {
      StewardId steward = StewardId.of("steward-" + o);
      stewards.add(steward);
      system.addStewards(
          SystemSteward.builder()
              .id(steward)
              .heldBy(people.get(o))
              .type(StewardType.PRACTITIONER)
              .scale(SystemScale.SERVICE)
              .addResponsibilities("Convening spaces to share insight")
              .questions(answered)
              .remit(
                  Remit.builder()
                      .addBarrierKinds(kinds[random.nextInt(kinds.length)])
                      .addOrganisations(orgs.get(o))
                      .build())
              .build());
    }

    for (int g = 0; g < Math.max(1, organisations / 5); g++) {
      int first = random.nextInt(organisations);
      int second = (first + 1 + random.nextInt(organisations - 1)) % organisations;
      system.addWorkingGroups(
          WorkingGroup.builder()
              .id(WorkingGroupId.of("group-" + g))
              .name("Working group " + g)
              .multiAgency(true)
              .addMembers(
                  WorkingGroupMember.of(orgs.get(first), people.get(first)),
                  WorkingGroupMember.from(orgs.get(second)))
              .reportsTo(boardId)
              .addStrategyAlignments(alignment(theStrategy, g))
              .build());
    }

    List<CycleId> cycleIds = new ArrayList<>();
    LearningPhase[] phases = LearningPhase.values();
    RecordKind[] recordKinds = RecordKind.values();
    for (int c = 0; c < cycles; c++) {
      int o = c % organisations;
      CycleId id = CycleId.of("cycle-" + c);
      cycleIds.add(id);
      LearningCycle.Builder cycle =
          LearningCycle.builder()
              .id(id)
              .name("Cycle " + c)
              .scale(SystemScale.TEAM)
              .owner(stewards.get(o))
              .purpose("Learn what helps in case " + c)
              .addActors(people.get(o), orgs.get(o))
              .addSpaces(LearningSpace.of("Reflective practice", SpaceKind.INFORMAL, "monthly"))
              .addMeasures(Measure.of("What people say helped", MeasureUse.LEARNING))
              .addStrategyAlignments(alignment(theStrategy, c))
              .nextReview(today.plusYears(1));
      int reached = random.nextInt(phases.length);
      for (int p = 0; p <= reached; p++) {
        cycle.addPhases(PhaseChange.of(phases[p], today.minusDays(30L * (reached - p + 1))));
      }
      cycle.addExperiments(
          Experiment.builder()
              .question("Does a named worker help?")
              .whatWasDone("One worker for each family")
              .learned("Continuity builds trust")
              .decision(DECISIONS[random.nextInt(DECISIONS.length)])
              .build());
      for (int r = 0; r < 3; r++) {
        cycle.addRecords(
            LearningRecord.builder()
                .kind(recordKinds[random.nextInt(recordKinds.length)])
                .whatHappened("Something happened in case " + c + "." + r)
                .learned("What it taught us")
                .recordedOn(today.minusDays(10L * r + c % 30))
                .addEvidence(Evidence.story("A story").notPersonal())
                .build());
      }
      system.addCycles(cycle.build());
    }

    for (int s = 0; s < shares; s++) {
      int from = random.nextInt(organisations);
      int to = (from + 1 + random.nextInt(organisations - 1)) % organisations;
      AgreementId agreement = AgreementId.of("agreement-" + s);
      String purpose = "Learning across services " + s;
      system.addAgreements(
          DataSharingAgreement.builder()
              .id(agreement)
              .addParties(orgs.get(from), orgs.get(to))
              .addPurposes(purpose)
              .build());
      system.addShares(
          HorizontalShare.builder()
              .fromCycle(cycleIds.get(random.nextInt(cycleIds.size())))
              .fromOrganisation(orgs.get(from))
              .toKind(ShareTargetKind.ORGANISATION)
              .to("Organisation " + to)
              .toOrganisation(orgs.get(to))
              .purpose(purpose)
              .addRecords(
                  LearningRecord.builder()
                      .kind(RecordKind.INSIGHT)
                      .whatHappened("A family's story")
                      .learned("What they needed")
                      .addEvidence(Evidence.personalStory("A named person's story"))
                      .build())
              .agreement(agreement)
              .build());
    }

    for (int e = 0; e < escalations; e++) {
      int c = random.nextInt(cycles);
      LocalDate raised = today.minusDays(60);
      Barrier barrier =
          Barrier.builder()
              .kind(kinds[random.nextInt(kinds.length)])
              .organisation(orgs.get(c % organisations))
              .description("A barrier met in cycle " + c)
              .build();
      Escalation escalation =
          Escalation.builder()
              .id(EscalationId.of("escalation-" + e))
              .barrier(barrier)
              .raisedBy(cycleIds.get(c))
              .raisedOn(raised)
              .respondBy(raised.plusDays(30))
              .build();
      if (barrier.level() == BarrierLevel.NATIONAL) {
        escalation =
            escalation.madeVisible(
                Visibility.builder()
                    .to("Ministry of Housing, Communities and Local Government")
                    .on(raised.plusDays(5))
                    .response("The department will review the rule")
                    .respondedOn(raised.plusDays(15))
                    .build());
      }
      system.addEscalations(
          escalation
              .answered("We will change the rule", raised.plusDays(20))
              .fedBack(raised.plusDays(25)));
    }
    for (int a = 0; a < Math.max(1, cycles / 10); a++) {
      LocalDate start = LocalDate.of(today.getYear() - 1, 4, 1);
      system.addArrangements(
          Arrangement.builder()
              .id(ArrangementId.of("alliance-" + a))
              .kind(ArrangementKind.ALLIANCE)
              .title("Alliance " + a)
              .addMembers(
                  ArrangementMember.of(orgs.get(a % organisations), MemberRole.COMMISSIONER),
                  ArrangementMember.of(orgs.get((a + 1) % organisations), MemberRole.LEAD_PROVIDER))
              .addReplaces(ReplacedContract.named("Contract " + a))
              .start(start)
              .termYears(3)
              .addExtensionYears(2)
              .addValueByYear(
                  YearValue.of(start.getYear(), Money.of(100_000 + a, a % 100)),
                  YearValue.of(start.getYear() + 1, Money.of(103_000 + a, 50)))
              .addSharedOutcomes("People in the place live well")
              .addMeasures(Measure.of("What people say has changed", MeasureUse.LEARNING))
              .governedBy(boardId)
              .addLearningCycles(cycleIds.get(a % cycles))
              .build());
    }
    return system.build();
  }

  /**
   * Returns a health round of {@code assessments} self-assessments, each scoring every system
   * behaviour, from stakeholder groups taken in turn so that residents are heard.
   *
   * @param random chooses the scores
   * @param assessments how many, at least 1
   * @param today the date of the assessments
   * @return the round
   * @throws IllegalArgumentException if {@code assessments} is below 1
   * @since 0.1.0
   */
  public static HealthRound healthRound(RandomGenerator random, int assessments, LocalDate today) {
    requireNonNull(random, "random");
    checkArgument(assessments >= 1, "assessments (%s) must be at least 1", assessments);
    StakeholderGroup[] groups = StakeholderGroup.values();
    HealthRound.Builder round = HealthRound.builder().name("Generated round");
    for (int a = 0; a < assessments; a++) {
      HealthAssessment.Builder assessment =
          HealthAssessment.builder()
              .assessor(PartyId.of("assessor-" + a))
              .speaksFor(groups[(a + groups.length - 2) % groups.length])
              .date(today);
      for (SystemBehaviour b : SystemBehaviour.values()) {
        assessment.addScores(
            BehaviourScore.of(
                b, BehaviourScore.MIN + random.nextInt(BehaviourScore.MAX), "What we see"));
      }
      round.addAssessments(assessment.build());
    }
    return round.build();
  }

  private static StrategyAlignment alignment(Strategy strategy, int n) {
    Priority priority = strategy.priorities().get(n % strategy.priorities().size());
    return StrategyAlignment.builder()
        .strategy(strategy)
        .addLinks(
            AlignmentLink.builder()
                .priority(priority.id())
                .rationale("It serves " + priority.title())
                .build())
        .build();
  }
}
