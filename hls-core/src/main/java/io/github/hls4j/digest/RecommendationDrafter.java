package io.github.hls4j.digest;

import io.github.hls4j.digest.DigestFacts.Ask;
import io.github.hls4j.digest.DigestFacts.BarrierFacts;
import io.github.hls4j.digest.DigestFacts.Power;
import io.github.hls4j.digest.DigestFacts.RecommendationFacts;
import io.github.hls4j.governance.Board;
import io.github.hls4j.governance.ImplicationArea;
import io.github.hls4j.governance.SourceKind;
import io.github.hls4j.governance.SourceRef;
import io.github.hls4j.learning.CycleId;
import io.github.hls4j.learning.Escalation;
import io.github.hls4j.learning.LearningCycle;
import io.github.hls4j.learning.Visibility;
import io.github.hls4j.stewardship.StewardId;
import io.github.hls4j.stewardship.WorkingGroup;
import io.github.hls4j.strategy.PriorityId;
import io.github.hls4j.system.LearningSystem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Drafts the recommendations of one digest from the barriers, reviews and priorities it chose. */
final class RecommendationDrafter {

  private final DigestSelection selection;
  private final LearningSystem system;
  private final Board board;
  private final LocalDate asOf;
  private final LocalDate reportBack;
  private final Set<StewardId> boardStewards;

  private final List<RecommendationFacts> recommendations = new ArrayList<>();

  /**
   * The name of the working group that reports to the board, which carries out what the board does
   * itself.
   */
  private Optional<String> workingGroup = Optional.empty();

  RecommendationDrafter(
      DigestSelection selection,
      LearningSystem system,
      Board board,
      LocalDate asOf,
      LocalDate reportBack,
      Set<StewardId> boardStewards) {
    this.selection = selection;
    this.system = system;
    this.board = board;
    this.asOf = asOf;
    this.reportBack = reportBack;
    this.boardStewards = boardStewards;
  }

  /** The recommendations drafted so far, numbered in order. */
  List<RecommendationFacts> recommendations() {
    return recommendations;
  }

  void recommend(
      List<BarrierFacts> atBoardLevel,
      List<BarrierFacts> unanswered,
      List<BarrierFacts> notFedBack,
      List<LearningCycle> reviews,
      List<PriorityId> uncovered) {
    Optional<String> owner =
        system.workingGroups().stream()
            .filter(g -> g.reportsTo().equals(Optional.of(board.id())))
            .findFirst()
            .map(WorkingGroup::name);
    workingGroup = owner;
    Set<Escalation> recommended = new java.util.HashSet<>();
    for (BarrierFacts b : atBoardLevel) {
      Escalation e = b.escalation();
      // A national barrier answered inside the system is still to be made visible to those who
      // can remove it (learning/national-barrier-removed-locally); any other answered one is not
      // asked about again.
      if (e.status() != Escalation.Status.OPEN
          && (b.power() != Power.NATIONAL || !e.madeVisible().isEmpty())) {
        continue;
      }
      recommended.add(e);
      LocalDate by = e.respondBy().isBefore(asOf) ? reportBack : e.respondBy();
      List<SourceRef> sources =
          sources(SourceRef.of(SourceKind.ESCALATION, e.id().value()), cycleRef(e.raisedBy()));
      Set<ImplicationArea> areas = areas(b);
      Optional<Visibility> answered =
          e.madeVisible().stream()
              .reduce((first, second) -> second)
              .filter(v -> v.response().isPresent());
      if (answered.isPresent()) {
        // A response from outside the system is reported, and fed back, not asked for again.
        Visibility v = answered.get();
        add(
            Ask.NOTE_RESPONSE,
            b.description(),
            b.answerer().or(() -> owner),
            Optional.of(v.to()),
            Optional.of(b.raisedBy()),
            Optional.of(v.respondedOn().orElse(v.on())),
            Optional.of(reportBack),
            v.response(),
            b,
            areas,
            sources);
        continue;
      }
      switch (b.power()) {
        case NATIONAL -> {
          Optional<Visibility> visible = e.madeVisible().stream().reduce((first, second) -> second);
          if (visible.isPresent()) {
            add(
                Ask.CHAIR_WRITES,
                b.description(),
                Optional.empty(),
                Optional.of(visible.get().to()),
                Optional.of(b.raisedBy()),
                Optional.of(visible.get().on()),
                Optional.of(reportBack),
                b,
                areas,
                sources);
          } else {
            add(
                Ask.MAKE_VISIBLE,
                b.description(),
                b.answerer().or(() -> owner),
                Optional.empty(),
                Optional.of(b.raisedBy()),
                Optional.of(e.raisedOn()),
                Optional.of(reportBack),
                b,
                areas,
                sources);
          }
        }
        case PARTNER ->
            add(
                Ask.ASK_PARTNER,
                b.description(),
                Optional.of(b.organisation()),
                Optional.empty(),
                Optional.of(b.raisedBy()),
                Optional.of(e.raisedOn()),
                Optional.of(by),
                b,
                areas,
                sources);
        case OWN ->
            add(
                Ask.DECIDE,
                b.description(),
                owner.or(b::answerer),
                Optional.empty(),
                Optional.of(b.raisedBy()),
                Optional.of(e.raisedOn()),
                Optional.of(by),
                b,
                areas,
                sources);
      }
    }
    for (BarrierFacts b : unanswered) {
      Escalation e = b.escalation();
      if (recommended.contains(e)) {
        continue;
      }
      Optional<StewardId> steward = selection.answeringSteward(e);
      add(
          Ask.REPORT_BACK,
          b.description(),
          b.answerer(),
          Optional.empty(),
          Optional.of(b.raisedBy()),
          Optional.of(e.respondBy()),
          Optional.of(reportBack),
          b,
          Set.of(),
          sources(SourceRef.of(SourceKind.ESCALATION, e.id().value()), stewardRef(steward)));
    }
    for (BarrierFacts b : notFedBack) {
      Escalation e = b.escalation();
      Optional<StewardId> steward = selection.answeringSteward(e);
      boolean own = steward.map(boardStewards::contains).orElse(false);
      add(
          own ? Ask.FEED_BACK_OWN : Ask.FEED_BACK,
          b.description(),
          own ? owner.or(b::answerer) : b.answerer(),
          Optional.empty(),
          Optional.of(b.raisedBy()),
          e.answeredOn(),
          Optional.of(reportBack),
          b,
          Set.of(),
          sources(SourceRef.of(SourceKind.ESCALATION, e.id().value()), cycleRef(e.raisedBy())));
    }
    for (LearningCycle cycle : reviews) {
      Optional<StewardId> steward = Optional.of(cycle.owner());
      add(
          Ask.REVIEW,
          cycle.name(),
          selection.holderName(cycle.owner()),
          Optional.empty(),
          Optional.empty(),
          cycle.nextReview(),
          Optional.of(reportBack),
          null,
          Set.of(),
          sources(
              SourceRef.of(SourceKind.LEARNING_CYCLE, cycle.id().value()), stewardRef(steward)));
    }
    for (PriorityId id : uncovered) {
      system
          .priority(id)
          .ifPresent(
              p ->
                  add(
                      Ask.SERVE_PRIORITY,
                      p.title(),
                      owner,
                      Optional.empty(),
                      Optional.empty(),
                      Optional.empty(),
                      Optional.of(reportBack),
                      null,
                      Set.of(),
                      List.of(SourceRef.of(SourceKind.PRIORITY, id.value()))));
    }
  }

  private void add(
      Ask ask,
      String subject,
      Optional<String> body,
      Optional<String> to,
      Optional<String> raisedBy,
      Optional<LocalDate> on,
      Optional<LocalDate> by,
      @org.jspecify.annotations.Nullable BarrierFacts barrier,
      Set<ImplicationArea> areas,
      List<SourceRef> basedOn) {
    add(ask, subject, body, to, raisedBy, on, by, Optional.empty(), barrier, areas, basedOn);
  }

  private void add(
      Ask ask,
      String subject,
      Optional<String> body,
      Optional<String> to,
      Optional<String> raisedBy,
      Optional<LocalDate> on,
      Optional<LocalDate> by,
      Optional<String> response,
      @org.jspecify.annotations.Nullable BarrierFacts barrier,
      Set<ImplicationArea> areas,
      List<SourceRef> basedOn) {
    recommendations.add(
        new RecommendationFacts(
            recommendations.size() + 1,
            ask,
            subject,
            body,
            to,
            raisedBy,
            on,
            by,
            response,
            Optional.ofNullable(barrier).map(BarrierFacts::kind),
            areas,
            basedOn,
            body.isPresent() && body.equals(workingGroup)));
  }

  /** The implication areas a recommendation on a barrier touches. */
  private static Set<ImplicationArea> areas(BarrierFacts barrier) {
    Set<ImplicationArea> areas = EnumSet.noneOf(ImplicationArea.class);
    switch (barrier.kind()) {
      case FUNDING_REGIME, SPENDING_FLEXIBILITY, PERVERSE_INCENTIVES ->
          areas.add(ImplicationArea.FINANCIAL);
      case COMMISSIONING ->
          areas.addAll(List.of(ImplicationArea.FINANCIAL, ImplicationArea.PARTNERSHIP));
      case LEGISLATION, DATA_SHARING, REGULATION_AND_INSPECTION, NATIONAL_POLICY ->
          areas.add(ImplicationArea.LEGAL);
      case WORKFORCE, LEADERSHIP_CHURN, ORGANISATIONAL_CULTURE -> areas.add(ImplicationArea.HR);
      default -> {}
    }
    if (barrier.power() == Power.PARTNER) {
      areas.add(ImplicationArea.PARTNERSHIP);
    }
    return areas;
  }

  private static List<SourceRef> sources(SourceRef first, Optional<SourceRef> second) {
    return second.isPresent() ? List.of(first, second.get()) : List.of(first);
  }

  private Optional<SourceRef> cycleRef(CycleId cycle) {
    return system.cycle(cycle).map(c -> SourceRef.of(SourceKind.LEARNING_CYCLE, c.id().value()));
  }

  private Optional<SourceRef> stewardRef(Optional<StewardId> steward) {
    return steward
        .flatMap(system::steward)
        .map(s -> SourceRef.of(SourceKind.STEWARD, s.id().value()));
  }
}
