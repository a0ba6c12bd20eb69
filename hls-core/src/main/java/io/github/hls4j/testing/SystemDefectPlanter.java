package io.github.hls4j.testing;

import static java.util.Objects.requireNonNull;

import io.github.hls4j.validation.FindingPath;
import io.github.hls4j.commissioning.Arrangement;
import io.github.hls4j.commissioning.CommissioningRules;
import io.github.hls4j.learning.Escalation;
import io.github.hls4j.learning.HorizontalShare;
import io.github.hls4j.learning.LearningCycle;
import io.github.hls4j.learning.LearningRecord;
import io.github.hls4j.learning.LearningRules;
import io.github.hls4j.learning.Measure;
import io.github.hls4j.learning.MeasureUse;
import io.github.hls4j.learning.RecordKind;
import io.github.hls4j.stewardship.StewardId;
import io.github.hls4j.system.LearningSystem;
import io.github.hls4j.system.SystemRules;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Plants one defect in a learning system at a place chosen by a random generator, and says which
 * rule should find it where. Planted in a system from {@link SystemGenerator}, validated with a
 * clock that reads the generator's {@code today}, the defect is the only finding of its rule.
 *
 * <pre>{@code
 * PlantedSystemDefect planted = SystemDefectPlanter.plant(system, SystemDefect.REVIEW_OVERDUE, random, today);
 * // SystemRules.validator(profile, clock).validate(planted.system()) finds planted.rule() at planted.path()
 * }</pre>
 *
 * @since 0.1.0
 */
public final class SystemDefectPlanter {

  private SystemDefectPlanter() {}

  /**
   * Returns the system with the defect planted.
   *
   * @param system a system to break, such as one from {@link SystemGenerator}
   * @param defect the defect
   * @param random chooses where
   * @param today the date the system will be validated on
   * @return the broken system, the rule and the path
   * @throws IllegalArgumentException if the system has no part to plant the defect in
   * @since 0.1.0
   */
  public static PlantedSystemDefect plant(LearningSystem system, SystemDefect defect, RandomGenerator random, LocalDate today) {
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
        cycles.set(at, LearningCycle.builder().from(cycle).owner(StewardId.of("planted-missing-steward")).build());
        return PlantedSystemDefect.of(broken.cycles(cycles).build(), SystemRules.UNKNOWN_REFERENCE.id(), FindingPath.in(LearningSystem.class, "cycles", at, "owner"));
      }
      case DUPLICATE_CYCLE_ID -> {
        cycles.add(LearningCycle.builder().from(cycle).name("Planted twin").build());
        return PlantedSystemDefect.of(broken.cycles(cycles).build(), SystemRules.DUPLICATE_ID.id(), FindingPath.in(LearningSystem.class, "cycles", (cycles.size() - 1), "id"));
      }
      case ERROR_WITHOUT_LEARNING -> {
        int record = cycle.records().size();
        cycles.set(at, LearningCycle.builder().from(cycle).addRecords(LearningRecord.builder().kind(RecordKind.ERROR).whatHappened("A planted error").build()).build());
        return PlantedSystemDefect.of(
            broken.cycles(cycles).build(), LearningRules.ERROR_WITHOUT_LEARNING.id(), FindingPath.in(LearningSystem.class, "cycles", at, "records", record, "learned"));
      }
      case MEASURE_AS_TARGET -> {
        int measure = cycle.measures().size();
        cycles.set(at, LearningCycle.builder().from(cycle).addMeasures(Measure.of("Planted target", MeasureUse.TARGET)).build());
        return PlantedSystemDefect.of(
            broken.cycles(cycles).build(), LearningRules.MEASURE_AS_TARGET.id(), FindingPath.in(LearningSystem.class, "cycles", at, "measures", measure, "use"));
      }
      case REVIEW_OVERDUE -> {
        cycles.set(at, LearningCycle.builder().from(cycle).nextReview(today.minusDays(1)).build());
        return PlantedSystemDefect.of(broken.cycles(cycles).build(), LearningRules.REVIEW_OVERDUE.id(), FindingPath.in(LearningSystem.class, "cycles", at, "nextReview"));
      }
      case SHARE_WITHOUT_AGREEMENT -> {
        List<HorizontalShare> shares = new ArrayList<>(system.shares());
        int share = pick(shares, random, defect);
        shares.set(share, HorizontalShare.builder().from(shares.get(share)).agreement(java.util.Optional.empty()).build());
        return PlantedSystemDefect.of(broken.shares(shares).build(), LearningRules.SHARE_WITHOUT_AGREEMENT.id(), FindingPath.in(LearningSystem.class, "shares", share, "agreement"));
      }
      case ESCALATION_UNANSWERED -> {
        List<Escalation> escalations = new ArrayList<>(system.escalations());
        int e = pick(escalations, random, defect);
        Escalation old = escalations.get(e);
        escalations.set(
            e,
            Escalation.builder().id(old.id()).barrier(old.barrier()).raisedOn(today.minusDays(40)).respondBy(today.minusDays(10)).build());
        return PlantedSystemDefect.of(broken.escalations(escalations).build(), LearningRules.ESCALATION_UNANSWERED.id(), FindingPath.in(LearningSystem.class, "escalations", e, "answer"));
      }
      case ESCALATION_NOT_FED_BACK -> {
        List<Escalation> escalations = new ArrayList<>(system.escalations());
        int e = pick(escalations, random, defect);
        Escalation old = escalations.get(e);
        escalations.set(
            e,
            Escalation.builder().id(old.id()).barrier(old.barrier()).raisedOn(old.raisedOn()).respondBy(old.respondBy())
                .addAllMadeVisible(old.madeVisible()).build()
                .answered(old.answer().orElse("A planted answer"), old.raisedOn().plusDays(1)));
        return PlantedSystemDefect.of(broken.escalations(escalations).build(), LearningRules.ESCALATION_NOT_FED_BACK.id(), FindingPath.in(LearningSystem.class, "escalations", e, "fedBackOn"));
      }
      case PAYMENT_BY_MEASURE -> {
        List<Arrangement> arrangements = new ArrayList<>(system.arrangements());
        int a = pick(arrangements, random, defect);
        Arrangement old = arrangements.get(a);
        arrangements.set(
            a, Arrangement.builder().from(old).addMeasures(Measure.of("Referrals closed in time", MeasureUse.PAYMENT_TRIGGER)).build());
        return PlantedSystemDefect.of(
            broken.arrangements(arrangements).build(),
            CommissioningRules.PAYMENT_BY_MEASURE.id(),
            FindingPath.in(LearningSystem.class, "arrangements", a, "measures", old.measures().size(), "use"));
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
