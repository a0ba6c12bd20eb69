package io.github.hls4j.system;

import io.github.hls4j.commissioning.Arrangement;
import io.github.hls4j.commissioning.ArrangementId;
import io.github.hls4j.governance.Board;
import io.github.hls4j.governance.BoardId;
import io.github.hls4j.governance.BoardReport;
import io.github.hls4j.governance.ReportId;
import io.github.hls4j.governance.SourceRef;
import io.github.hls4j.internal.Checks;
import io.github.hls4j.internal.FreeText;
import io.github.hls4j.internal.Indexes;
import io.github.hls4j.learning.AgreementId;
import io.github.hls4j.learning.CycleId;
import io.github.hls4j.learning.DataSharingAgreement;
import io.github.hls4j.learning.Escalation;
import io.github.hls4j.learning.EscalationId;
import io.github.hls4j.learning.HorizontalShare;
import io.github.hls4j.learning.LearningCycle;
import io.github.hls4j.learning.LearningLoops;
import io.github.hls4j.learning.LearningRecord;
import io.github.hls4j.learning.RecordId;
import io.github.hls4j.party.Party;
import io.github.hls4j.party.PartyId;
import io.github.hls4j.stewardship.StewardId;
import io.github.hls4j.stewardship.SystemScale;
import io.github.hls4j.stewardship.SystemSteward;
import io.github.hls4j.stewardship.WorkingGroup;
import io.github.hls4j.stewardship.WorkingGroupId;
import io.github.hls4j.strategy.Priority;
import io.github.hls4j.strategy.PriorityId;
import io.github.hls4j.strategy.PriorityTheme;
import io.github.hls4j.strategy.Strategy;
import io.github.hls4j.strategy.StrategyId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The learning system of one place: its parties, boards, system stewards, working groups,
 * strategies, priority themes, board reports, learning cycles, horizontal shares with their
 * data-sharing agreements, escalations, and commissioning arrangements. Things refer to each other
 * by typed ids, and the system resolves them; building a system never fails because a reference
 * dangles or an id is used twice: {@link SystemRules} reports those as findings. Where an id is
 * used twice, resolution returns the first.
 *
 * <pre>{@code
 * LearningSystem somerset =
 *     LearningSystem.builder()
 *         .place("Somerset")
 *         .addParties(council, nhs)
 *         .addStewards(boardSteward)
 *         .addWorkingGroups(hlsGroup)
 *         .addStrategies(improvingLives)
 *         .addReports(report)
 *         .build();
 * ValidationResult result =
 *     SystemRules.validator(Profile.DECISION_READY, Clock.systemDefaultZone()).validate(somerset);
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class LearningSystem implements LearningLoops {

  LearningSystem() {}

  /**
   * Returns a new builder. The place is required; every list may be empty.
   *
   * @return a builder
   * @since 0.1.0
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the place the system serves, such as "Somerset".
   *
   * @return the place
   * @since 0.1.0
   */
  @FreeText
  public abstract String place();

  /**
   * Returns the organisations and people of the system.
   *
   * @return an unmodifiable list
   * @since 0.1.0
   */
  public abstract List<Party> parties();

  /**
   * Returns the boards of the system, besides those its reports name.
   *
   * @return an unmodifiable list
   * @since 0.1.0
   */
  public abstract List<Board> boards();

  /**
   * Returns the system stewards.
   *
   * @return an unmodifiable list
   * @since 0.1.0
   */
  @Override
  public abstract List<SystemSteward> stewards();

  /**
   * Returns the working groups.
   *
   * @return an unmodifiable list
   * @since 0.1.0
   */
  public abstract List<WorkingGroup> workingGroups();

  /**
   * Returns the strategies of the place.
   *
   * @return an unmodifiable list
   * @since 0.1.0
   */
  public abstract List<Strategy> strategies();

  /**
   * Returns the ranked priority themes of the place's board.
   *
   * @return an unmodifiable list
   * @since 0.1.0
   */
  public abstract List<PriorityTheme> themes();

  /**
   * Returns the board reports.
   *
   * @return an unmodifiable list
   * @since 0.1.0
   */
  public abstract List<BoardReport> reports();

  /**
   * Returns the learning cycles.
   *
   * @return an unmodifiable list
   * @since 0.1.0
   */
  @Override
  public abstract List<LearningCycle> cycles();

  /**
   * Returns the horizontal shares of learning.
   *
   * @return an unmodifiable list
   * @since 0.1.0
   */
  @Override
  public abstract List<HorizontalShare> shares();

  /**
   * Returns the data-sharing agreements.
   *
   * @return an unmodifiable list
   * @since 0.1.0
   */
  @Override
  public abstract List<DataSharingAgreement> agreements();

  /**
   * Returns the escalated barriers.
   *
   * @return an unmodifiable list
   * @since 0.1.0
   */
  @Override
  public abstract List<Escalation> escalations();

  /**
   * Returns the commissioning arrangements: contracts and alliances.
   *
   * @return an unmodifiable list
   * @since 0.1.0
   */
  public abstract List<Arrangement> arrangements();

  /**
   * Returns whether a reference names an item of this system: an escalation, a learning cycle, a
   * learning record of any cycle, a strategy priority or a steward, by its id.
   *
   * @param ref the reference, such as a drafted recommendation's source
   * @return whether the item is here
   * @since 0.1.0
   */
  public boolean resolves(SourceRef ref) {
    return switch (ref.kind()) {
      case ESCALATION -> escalationIndex().containsKey(EscalationId.of(ref.id()));
      case LEARNING_CYCLE -> cycle(CycleId.of(ref.id())).isPresent();
      case LEARNING_RECORD -> record(RecordId.of(ref.id())).isPresent();
      case PRIORITY -> priority(PriorityId.of(ref.id())).isPresent();
      case STEWARD -> steward(StewardId.of(ref.id())).isPresent();
    };
  }

  /**
   * Returns the commissioning arrangement with an id.
   *
   * @param id the id
   * @return the first arrangement with that id, or empty
   * @since 0.1.0
   */
  public Optional<Arrangement> arrangement(ArrangementId id) {
    return Optional.ofNullable(arrangementIndex().get(id));
  }

  /**
   * Returns the learning cycle with an id.
   *
   * @param id the id
   * @return the first cycle with that id, or empty
   * @since 0.1.0
   */
  public Optional<LearningCycle> cycle(CycleId id) {
    return Optional.ofNullable(cycleIndex().get(id));
  }

  /**
   * Returns the scale of the cycle that raised an escalation's barrier, looked up in the index of
   * cycles; {@link SystemScale#PRACTICE} for a cycle the system does not hold.
   *
   * @param escalation the escalation
   * @return the scale
   * @since 0.1.0
   */
  @Override
  public SystemScale raisedAt(Escalation escalation) {
    LearningCycle cycle = cycleIndex().get(escalation.raisedBy());
    return cycle == null ? SystemScale.PRACTICE : cycle.scale();
  }

  /**
   * Returns the learning record with an id, from any cycle.
   *
   * @param id the id
   * @return the first record with that id, in the order of the cycles and their records, or empty
   * @since 0.1.0
   */
  public Optional<LearningRecord> record(RecordId id) {
    for (LearningCycle cycle : cycles()) {
      for (LearningRecord record : cycle.records()) {
        if (record.id().equals(Optional.of(id))) {
          return Optional.of(record);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the party with an id.
   *
   * @param id the id
   * @return the first party with that id, or empty
   * @since 0.1.0
   */
  public Optional<Party> party(PartyId id) {
    return Optional.ofNullable(partyIndex().get(id));
  }

  /**
   * Returns the board with an id, among {@link #boards()} and then the boards the reports name.
   *
   * @param id the id
   * @return the first board with that id, or empty
   * @since 0.1.0
   */
  public Optional<Board> board(BoardId id) {
    return Optional.ofNullable(boardIndex().get(id));
  }

  /**
   * Returns the steward with an id.
   *
   * @param id the id
   * @return the first steward with that id, or empty
   * @since 0.1.0
   */
  public Optional<SystemSteward> steward(StewardId id) {
    return Optional.ofNullable(stewardIndex().get(id));
  }

  /**
   * Returns the working group with an id.
   *
   * @param id the id
   * @return the first group with that id, or empty
   * @since 0.1.0
   */
  public Optional<WorkingGroup> workingGroup(WorkingGroupId id) {
    return Optional.ofNullable(workingGroupIndex().get(id));
  }

  /**
   * Returns the strategy with an id.
   *
   * @param id the id
   * @return the first strategy with that id, or empty
   * @since 0.1.0
   */
  public Optional<Strategy> strategy(StrategyId id) {
    return Optional.ofNullable(strategyIndex().get(id));
  }

  /**
   * Returns the priority with an id, from any of the system's strategies.
   *
   * @param id the id
   * @return the first priority with that id, or empty
   * @since 0.1.0
   */
  public Optional<Priority> priority(PriorityId id) {
    return Optional.ofNullable(priorityIndex().get(id));
  }

  /**
   * Returns the report with an id.
   *
   * @param id the id
   * @return the first report with that id, or empty
   * @since 0.1.0
   */
  public Optional<BoardReport> report(ReportId id) {
    return Optional.ofNullable(reportIndex().get(id));
  }

  /**
   * Returns the data-sharing agreement with the given id.
   *
   * @param id the agreement's id
   * @return the first agreement with that id, or empty
   * @since 0.1.0
   */
  public Optional<DataSharingAgreement> agreement(AgreementId id) {
    List<DataSharingAgreement> withId = agreementsById().get(id);
    return withId == null ? Optional.empty() : Optional.of(withId.get(0));
  }

  /**
   * Returns the data-sharing agreements by id, each id's agreements in the order given, indexed
   * once for the system, on the first call.
   *
   * @return an unmodifiable map, whose lists are unmodifiable and never empty
   * @since 0.1.0
   */
  @Override
  @Value.Lazy
  public Map<AgreementId, List<DataSharingAgreement>> agreementsById() {
    return LearningLoops.super.agreementsById();
  }

  @Value.Lazy
  Map<PartyId, Party> partyIndex() {
    return Indexes.firstBy(parties(), Party::id);
  }

  @Value.Lazy
  Map<EscalationId, Escalation> escalationIndex() {
    return Indexes.firstBy(escalations(), Escalation::id);
  }

  @Value.Lazy
  Map<CycleId, LearningCycle> cycleIndex() {
    return Indexes.firstBy(cycles(), LearningCycle::id);
  }

  @Value.Lazy
  Map<StewardId, SystemSteward> stewardIndex() {
    return Indexes.firstBy(stewards(), SystemSteward::id);
  }

  @Value.Lazy
  Map<WorkingGroupId, WorkingGroup> workingGroupIndex() {
    return Indexes.firstBy(workingGroups(), WorkingGroup::id);
  }

  @Value.Lazy
  Map<StrategyId, Strategy> strategyIndex() {
    return Indexes.firstBy(strategies(), Strategy::id);
  }

  /**
   * The priorities by id. A revision may keep the priority ids of the version it supersedes: the
   * strategies that nothing supersedes come first, so that an id names the priority in force.
   */
  @Value.Lazy
  Map<PriorityId, Priority> priorityIndex() {
    List<Priority> all = new ArrayList<>();
    Map<StrategyId, StrategyId> successors = successors();
    strategies().stream()
        .filter(s -> !successors.containsKey(s.id()))
        .forEach(s -> all.addAll(s.priorities()));
    strategies().stream()
        .filter(s -> successors.containsKey(s.id()))
        .forEach(s -> all.addAll(s.priorities()));
    return Indexes.firstBy(all, Priority::id);
  }

  /** Each superseded strategy's id, to the id of the first revision that names it as superseded. */
  @Value.Lazy
  Map<StrategyId, StrategyId> successors() {
    Map<StrategyId, StrategyId> successors = new LinkedHashMap<>();
    for (Strategy s : strategies()) {
      s.supersedes().ifPresent(earlier -> successors.putIfAbsent(earlier, s.id()));
    }
    return successors;
  }

  /**
   * Whether two strategies are different versions of one strategy: one supersedes the other, at any
   * remove. Two strategies with one id are not versions of each other but a duplicate.
   */
  boolean sameLineage(StrategyId a, StrategyId b) {
    return !a.equals(b) && (descends(a, b) || descends(b, a));
  }

  private boolean descends(StrategyId later, StrategyId earlier) {
    Set<StrategyId> seen = new HashSet<>();
    for (Optional<StrategyId> at = Optional.of(later); at.isPresent() && seen.add(at.get()); ) {
      if (at.get().equals(earlier)) {
        return true;
      }
      Strategy s = strategyIndex().get(at.get());
      at = s == null ? Optional.empty() : s.supersedes();
    }
    return false;
  }

  @Value.Lazy
  Map<ArrangementId, Arrangement> arrangementIndex() {
    return Indexes.firstBy(arrangements(), Arrangement::id);
  }

  @Value.Lazy
  Map<ReportId, BoardReport> reportIndex() {
    return Indexes.firstBy(reports(), BoardReport::id);
  }

  @Value.Lazy
  Map<BoardId, Board> boardIndex() {
    Map<BoardId, Board> index = new LinkedHashMap<>(Indexes.firstBy(boards(), Board::id));
    reports().forEach(r -> index.putIfAbsent(r.board().id(), r.board()));
    return index;
  }

  @Value.Check
  void check() {
    Checks.notBlank("LearningSystem", "place", place());
  }

  /**
   * Builds a {@link LearningSystem}. A builder is single-threaded.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableLearningSystem.Builder {
    Builder() {}
  }
}
