package io.github.hls4j.testing;

import static java.util.Objects.requireNonNull;

import io.github.hls4j.commissioning.Arrangement;
import io.github.hls4j.commissioning.ArrangementMember;
import io.github.hls4j.commissioning.CommissioningRules;
import io.github.hls4j.learning.Barrier;
import io.github.hls4j.learning.Escalation;
import io.github.hls4j.learning.EscalationRouter;
import io.github.hls4j.learning.HorizontalShare;
import io.github.hls4j.learning.LearningCycle;
import io.github.hls4j.learning.LearningRecord;
import io.github.hls4j.learning.LearningRules;
import io.github.hls4j.learning.Measure;
import io.github.hls4j.learning.MeasureUse;
import io.github.hls4j.learning.RecordKind;
import io.github.hls4j.party.Organisation;
import io.github.hls4j.party.PartyId;
import io.github.hls4j.party.Sector;
import io.github.hls4j.stewardship.BarrierKind;
import io.github.hls4j.stewardship.BarrierLevel;
import io.github.hls4j.stewardship.MemberRole;
import io.github.hls4j.stewardship.StewardId;
import io.github.hls4j.stewardship.SystemSteward;
import io.github.hls4j.stewardship.WorkingGroup;
import io.github.hls4j.strategy.AlignmentRules;
import io.github.hls4j.strategy.Strategy;
import io.github.hls4j.strategy.StrategyAlignment;
import io.github.hls4j.strategy.StrategyStatus;
import io.github.hls4j.system.LearningSystem;
import io.github.hls4j.system.SystemRules;
import io.github.hls4j.validation.FindingPath;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Plants one defect in a learning system: the work of {@link DefectPlanter#plant(LearningSystem,
 * SystemDefect, RandomGenerator, LocalDate)}.
 */
final class SystemDefectPlanter {

  private SystemDefectPlanter() {}

  static PlantedDefect<LearningSystem> plant(
      LearningSystem system, SystemDefect defect, RandomGenerator random, LocalDate today) {
    requireNonNull(system, "system");
    requireNonNull(defect, "defect");
    requireNonNull(random, "random");
    requireNonNull(today, "today");
    List<LearningCycle> cycles = new ArrayList<>(system.cycles());
    if (cycles.isEmpty()) {
      throw new IllegalArgumentException("system.cycles ([]) must not be empty to plant " + defect);
    }
    int at = random.nextInt(cycles.size());
    LearningCycle cycle = cycles.get(at);
    LearningSystem.Builder broken = LearningSystem.builder().from(system);
    switch (defect) {
      case UNKNOWN_OWNER -> {
        cycles.set(
            at,
            LearningCycle.builder()
                .from(cycle)
                .owner(StewardId.of("planted-missing-steward"))
                .build());
        return PlantedDefect.of(
            broken.cycles(cycles).build(),
            SystemRules.UNKNOWN_REFERENCE.id(),
            FindingPath.in(LearningSystem.class, "cycles", at, "owner"));
      }
      case DUPLICATE_CYCLE_ID -> {
        cycles.add(LearningCycle.builder().from(cycle).name("Planted twin").build());
        return PlantedDefect.of(
            broken.cycles(cycles).build(),
            SystemRules.DUPLICATE_ID.id(),
            FindingPath.in(LearningSystem.class, "cycles", (cycles.size() - 1), "id"));
      }
      case ERROR_WITHOUT_LEARNING -> {
        int record = cycle.records().size();
        cycles.set(
            at,
            LearningCycle.builder()
                .from(cycle)
                .addRecords(
                    LearningRecord.builder()
                        .kind(RecordKind.ERROR)
                        .whatHappened("A planted error")
                        .build())
                .build());
        return PlantedDefect.of(
            broken.cycles(cycles).build(),
            LearningRules.ERROR_WITHOUT_LEARNING.id(),
            FindingPath.in(LearningSystem.class, "cycles", at, "records", record, "learned"));
      }
      case MEASURE_AS_TARGET -> {
        int measure = cycle.measures().size();
        cycles.set(
            at,
            LearningCycle.builder()
                .from(cycle)
                .addMeasures(Measure.of("Planted target", MeasureUse.TARGET))
                .build());
        return PlantedDefect.of(
            broken.cycles(cycles).build(),
            LearningRules.MEASURE_AS_TARGET.id(),
            FindingPath.in(LearningSystem.class, "cycles", at, "measures", measure, "use"));
      }
      case REVIEW_OVERDUE -> {
        cycles.set(at, LearningCycle.builder().from(cycle).nextReview(today.minusDays(1)).build());
        return PlantedDefect.of(
            broken.cycles(cycles).build(),
            LearningRules.REVIEW_OVERDUE.id(),
            FindingPath.in(LearningSystem.class, "cycles", at, "nextReview"));
      }
      case SHARE_WITHOUT_AGREEMENT -> {
        List<HorizontalShare> shares = new ArrayList<>(system.shares());
        int share = pick(shares, random, defect);
        shares.set(
            share,
            HorizontalShare.builder()
                .from(shares.get(share))
                .agreement(java.util.Optional.empty())
                .build());
        return PlantedDefect.of(
            broken.shares(shares).build(),
            LearningRules.SHARE_WITHOUT_AGREEMENT.id(),
            FindingPath.in(LearningSystem.class, "shares", share, "agreement"));
      }
      case ESCALATION_UNANSWERED -> {
        List<Escalation> escalations = new ArrayList<>(system.escalations());
        int e = pick(escalations, random, defect);
        Escalation old = escalations.get(e);
        escalations.set(
            e,
            Escalation.builder()
                .id(old.id())
                .barrier(old.barrier())
                .raisedBy(old.raisedBy())
                .raisedOn(today.minusDays(40))
                .respondBy(today.minusDays(10))
                .build());
        return PlantedDefect.of(
            broken.escalations(escalations).build(),
            LearningRules.ESCALATION_UNANSWERED.id(),
            FindingPath.in(LearningSystem.class, "escalations", e, "answer"));
      }
      case ESCALATION_NOT_FED_BACK -> {
        List<Escalation> escalations = new ArrayList<>(system.escalations());
        int e = pick(escalations, random, defect);
        Escalation old = escalations.get(e);
        escalations.set(
            e,
            Escalation.builder()
                .id(old.id())
                .barrier(old.barrier())
                .raisedBy(old.raisedBy())
                .raisedOn(old.raisedOn())
                .respondBy(old.respondBy())
                .addAllMadeVisible(old.madeVisible())
                .build()
                .answered(old.answer().orElse("A planted answer"), old.raisedOn().plusDays(1)));
        return PlantedDefect.of(
            broken.escalations(escalations).build(),
            LearningRules.ESCALATION_NOT_FED_BACK.id(),
            FindingPath.in(LearningSystem.class, "escalations", e, "fedBackOn"));
      }
      case PAYMENT_BY_MEASURE -> {
        List<Arrangement> arrangements = new ArrayList<>(system.arrangements());
        int a = pick(arrangements, random, defect);
        Arrangement old = arrangements.get(a);
        arrangements.set(
            a,
            Arrangement.builder()
                .from(old)
                .addMeasures(Measure.of("Referrals closed in time", MeasureUse.PAYMENT_TRIGGER))
                .build());
        return PlantedDefect.of(
            broken.arrangements(arrangements).build(),
            CommissioningRules.PAYMENT_BY_MEASURE.id(),
            FindingPath.in(
                LearningSystem.class, "arrangements", a, "measures", old.measures().size(), "use"));
      }
      case STRATEGY_SUPERSEDED, STRATEGY_NOT_ADOPTED -> {
        List<WorkingGroup> groups = new ArrayList<>(system.workingGroups());
        int g = pick(groups, random, defect);
        WorkingGroup old = groups.get(g);
        StrategyStatus status =
            defect == SystemDefect.STRATEGY_SUPERSEDED
                ? StrategyStatus.SUPERSEDED
                : StrategyStatus.DRAFT;
        List<StrategyAlignment> alignments = new ArrayList<>();
        for (StrategyAlignment a : old.strategyAlignments()) {
          alignments.add(
              StrategyAlignment.builder()
                  .from(a)
                  .strategy(Strategy.builder().from(a.strategy()).status(status).build())
                  .build());
        }
        int a = pick(alignments, random, defect);
        alignments = alignments.subList(a, a + 1);
        groups.set(g, WorkingGroup.builder().from(old).strategyAlignments(alignments).build());
        return PlantedDefect.of(
            broken.workingGroups(groups).build(),
            (defect == SystemDefect.STRATEGY_SUPERSEDED
                    ? AlignmentRules.STRATEGY_SUPERSEDED
                    : AlignmentRules.STRATEGY_NOT_ADOPTED)
                .id(),
            FindingPath.of("workingGroups", g, "strategyAlignments", 0, "strategy", "status"));
      }
      case INACTIVE_ARRANGEMENT_MEMBER -> {
        List<Arrangement> arrangements = new ArrayList<>(system.arrangements());
        int a = pick(arrangements, random, defect);
        Arrangement old = arrangements.get(a);
        PartyId abolished = PartyId.of("planted-abolished-organisation");
        broken.addParties(
            Organisation.builder()
                .id(abolished)
                .name("Planted Clinical Commissioning Group")
                .sector(Sector.NHS)
                .activeUntil(old.start().minusDays(1 + random.nextInt(365)))
                .build());
        arrangements.set(
            a,
            Arrangement.builder()
                .from(old)
                .addMembers(ArrangementMember.of(abolished, MemberRole.COMMISSIONER))
                .build());
        return PlantedDefect.of(
            broken.arrangements(arrangements).build(),
            SystemRules.ORGANISATION_INACTIVE.id(),
            FindingPath.of("arrangements", a, "members", old.members().size(), "organisation"));
      }
      case ESCALATION_MISROUTED -> {
        List<Escalation> escalations = new ArrayList<>(system.escalations());
        int e = pick(escalations, random, defect);
        Escalation old = escalations.get(e);
        StewardId routed =
            EscalationRouter.of(system.stewards())
                .route(old.barrier(), system.raisedAt(old))
                .steward()
                .orElseThrow()
                .id();
        StewardId elsewhere =
            system.stewards().stream()
                .map(SystemSteward::id)
                .filter(s -> !s.equals(routed))
                .findFirst()
                .orElseThrow();
        escalations.set(e, Escalation.builder().from(old).routedTo(elsewhere).build());
        return PlantedDefect.of(
            broken.escalations(escalations).build(),
            LearningRules.ESCALATION_MISROUTED.id(),
            FindingPath.of("escalations", e, "routedTo"));
      }
      case NATIONAL_BARRIER_FILED_LOCAL -> {
        List<Escalation> escalations = new ArrayList<>(system.escalations());
        int e = pick(escalations, random, defect);
        Escalation old = escalations.get(e);
        Barrier barrier =
            Barrier.builder()
                .from(old.barrier())
                .kind(BarrierKind.FUNDING_REGIME)
                .level(BarrierLevel.LOCAL)
                .build();
        escalations.set(e, Escalation.builder().from(old).barrier(barrier).build());
        return PlantedDefect.of(
            broken.escalations(escalations).build(),
            LearningRules.NATIONAL_BARRIER_FILED_LOCAL.id(),
            FindingPath.of("escalations", e, "barrier", "level"));
      }
      case NATIONAL_BARRIER_HIDDEN -> {
        List<Escalation> escalations = new ArrayList<>(system.escalations());
        int e = pick(escalations, random, defect);
        Escalation old = escalations.get(e);
        Barrier barrier =
            Barrier.builder()
                .from(old.barrier())
                .kind(BarrierKind.CENTRAL_LOCAL_RELATIONS)
                .level(BarrierLevel.NATIONAL)
                .build();
        escalations.set(
            e,
            Escalation.builder()
                .id(old.id())
                .barrier(barrier)
                .raisedBy(old.raisedBy())
                .raisedOn(today.minusDays(5))
                .respondBy(today.plusDays(25))
                .build());
        return PlantedDefect.of(
            broken.escalations(escalations).build(),
            LearningRules.NATIONAL_BARRIER_HIDDEN.id(),
            FindingPath.of("escalations", e, "madeVisible"));
      }
    }
    throw new AssertionError(defect);
  }

  private static int pick(List<?> parts, RandomGenerator random, SystemDefect defect) {
    if (parts.isEmpty()) {
      throw new IllegalArgumentException("the system has nothing to plant " + defect + " in");
    }
    return random.nextInt(parts.size());
  }
}
