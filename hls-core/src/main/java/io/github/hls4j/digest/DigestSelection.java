package io.github.hls4j.digest;

import io.github.hls4j.digest.DigestFacts.BarrierFacts;
import io.github.hls4j.digest.DigestFacts.Concern;
import io.github.hls4j.digest.DigestFacts.CycleFacts;
import io.github.hls4j.digest.DigestFacts.Overdue;
import io.github.hls4j.digest.DigestFacts.Power;
import io.github.hls4j.digest.DigestFacts.Question;
import io.github.hls4j.digest.DigestFacts.ResponseOwed;
import io.github.hls4j.digest.DigestFacts.ReviewOverdue;
import io.github.hls4j.digest.DigestFacts.Served;
import io.github.hls4j.governance.Board;
import io.github.hls4j.governance.BoardReport;
import io.github.hls4j.governance.Committee;
import io.github.hls4j.governance.SignOff;
import io.github.hls4j.governance.SignOffRole;
import io.github.hls4j.governance.SignOffRoleKind;
import io.github.hls4j.health.HealthRound;
import io.github.hls4j.health.HealthRules;
import io.github.hls4j.learning.CycleId;
import io.github.hls4j.learning.Escalation;
import io.github.hls4j.learning.EscalationRouter;
import io.github.hls4j.learning.Evidence;
import io.github.hls4j.learning.EvidenceKind;
import io.github.hls4j.learning.Experiment;
import io.github.hls4j.learning.HorizontalShare;
import io.github.hls4j.learning.LearningCycle;
import io.github.hls4j.learning.LearningRecord;
import io.github.hls4j.learning.PhaseChange;
import io.github.hls4j.learning.Sensitivity;
import io.github.hls4j.learning.Visibility;
import io.github.hls4j.party.Party;
import io.github.hls4j.party.PartyId;
import io.github.hls4j.party.Person;
import io.github.hls4j.stewardship.BarrierKind;
import io.github.hls4j.stewardship.BarrierLevel;
import io.github.hls4j.stewardship.StewardId;
import io.github.hls4j.stewardship.StewardshipQuestions;
import io.github.hls4j.stewardship.SystemSteward;
import io.github.hls4j.strategy.AlignmentLink;
import io.github.hls4j.strategy.AlignmentMatrix;
import io.github.hls4j.strategy.PriorityId;
import io.github.hls4j.strategy.PriorityTheme;
import io.github.hls4j.strategy.Strategy;
import io.github.hls4j.strategy.StrategyAlignment;
import io.github.hls4j.strategy.StrategyId;
import io.github.hls4j.strategy.StrategyStatus;
import io.github.hls4j.system.LearningSystem;
import io.github.hls4j.system.SystemRules;
import io.github.hls4j.validation.Profile;
import io.github.hls4j.validation.RuleId;
import io.github.hls4j.validation.Severity;
import io.github.hls4j.validation.Validator;
import io.github.hls4j.validation.Violation;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Chooses the evidence of one digest: the facts, with no word of the paper. */
final class DigestSelection {

  private final LearningSystem system;
  private final Board board;
  private final LocalDate since;
  private final LocalDate until;
  private final LocalDate asOf;
  private final LocalDate reportBack;
  private final Set<StewardId> boardStewards;
  private final Set<BarrierLevel> levels;
  private final Set<String> themes;
  private final EscalationRouter router;

  private static final RuleId SHARE_WITHOUT_AGREEMENT =
      RuleId.of("learning/share-without-agreement");

  DigestSelection(
      LearningSystem system,
      Board board,
      LocalDate since,
      LocalDate until,
      LocalDate asOf,
      Period reportBack,
      Set<StewardId> boardStewards,
      Set<BarrierLevel> levels,
      Set<String> themes) {
    this.system = system;
    this.board = board;
    this.since = since;
    this.until = until;
    this.asOf = asOf;
    this.reportBack = asOf.plus(reportBack);
    this.boardStewards = boardStewards;
    this.levels = levels;
    this.themes = themes;
    this.router = EscalationRouter.of(system.stewards());
  }

  /**
   * Whether a share addressed to this board from the cycle carries the record (by id, or as it is
   * or redacted): the cycle has offered it to the board, whatever its marking, and it is shown
   * redacted.
   */
  private boolean sharedWithBoard(LearningCycle cycle, LearningRecord record) {
    for (HorizontalShare share : system.shares()) {
      if (share.toBoard().equals(Optional.of(board.id().value()))
          && share.fromCycle().equals(cycle.id())) {
        for (LearningRecord shared : share.records()) {
          if (record.id().isPresent()
              ? shared.id().equals(record.id())
              : shared.equals(record) || shared.equals(record.redacted())) {
            return true;
          }
        }
      }
    }
    return false;
  }

  DigestFacts select(
      Optional<LocalDate> meeting,
      Person leadOfficer,
      Person author,
      Optional<DigestFacts.HealthFacts> health,
      List<HealthRound> rounds) {
    int[] counts = new int[2];
    List<CycleFacts> learned = new ArrayList<>();
    List<LearningCycle> active = new ArrayList<>();
    List<ReviewOverdue> reviews = new ArrayList<>();
    List<LearningCycle> reviewCycles = new ArrayList<>();
    for (LearningCycle cycle : system.cycles()) {
      if (!servesChosenTheme(cycle)) {
        continue;
      }
      List<LearningRecord> shown = new ArrayList<>();
      List<String> stories = new ArrayList<>();
      for (LearningRecord record : cycle.records()) {
        Optional<LocalDate> on = record.recordedOn();
        if (on.isEmpty()) {
          counts[1]++;
        } else if (inPeriod(on.get())) {
          if (record.sensitivity() == Sensitivity.OFFICIAL || sharedWithBoard(cycle, record)) {
            shown.add(record.redacted());
            record.evidence().stream()
                .filter(e -> e.kind() == EvidenceKind.STORY && e.consentToShareWithBoard())
                .map(Evidence::text)
                .forEach(stories::add);
          } else {
            counts[0]++;
          }
        }
      }
      boolean isActive =
          !shown.isEmpty()
              || cycle.phases().stream().map(PhaseChange::date).anyMatch(this::inPeriod);
      if (isActive) {
        List<Experiment> decided =
            cycle.experiments().stream().filter(e -> e.decision().isPresent()).toList();
        List<String> partners =
            cycle.actors().stream().map(this::partyName).flatMap(Optional::stream).toList();
        learned.add(
            new CycleFacts(
                cycle.name(),
                cycle.scale(),
                cycle.currentPhase(),
                themesOf(cycle),
                shown,
                decided,
                cycle.spaces(),
                partners,
                stories));
        active.add(cycle);
      }
      cycle
          .nextReview()
          .filter(review -> review.isBefore(asOf))
          .ifPresent(
              review -> {
                reviews.add(
                    new ReviewOverdue(
                        cycle.name(), review, holderName(cycle.owner()).orElse(cycle.name())));
                reviewCycles.add(cycle);
              });
    }
    List<Escalation> escalations = new ArrayList<>(system.escalations());
    escalations.sort(Comparator.comparing(Escalation::raisedOn).thenComparing(e -> e.id().value()));
    List<BarrierFacts> atBoardLevel = new ArrayList<>();
    List<BarrierFacts> unanswered = new ArrayList<>();
    List<BarrierFacts> notFedBack = new ArrayList<>();
    List<ResponseOwed> owed = new ArrayList<>();
    for (Escalation e : escalations) {
      if (e.raisedOn().isAfter(until)) {
        continue;
      }
      BarrierFacts facts = barrier(e);
      boolean current = !e.raisedOn().isBefore(since) || e.status() != Escalation.Status.CLOSED;
      if (current && levels.contains(e.barrier().level()) && atBoardLevel(e)) {
        atBoardLevel.add(facts);
      }
      if (e.status() == Escalation.Status.OPEN && e.respondBy().isBefore(asOf)) {
        unanswered.add(facts);
      } else if (e.status() == Escalation.Status.ANSWERED) {
        notFedBack.add(facts);
      }
      for (Visibility v : e.madeVisible()) {
        if (v.response().isEmpty() && v.respondBy().isBefore(asOf)) {
          owed.add(new ResponseOwed(e.barrier().description(), v.to(), v.respondBy()));
        }
      }
    }
    AlignmentMatrix matrix = SystemRules.alignmentMatrix(system);
    List<PriorityId> gaps = gapsInForce(matrix);
    List<String> uncovered = new ArrayList<>();
    for (PriorityId id : gaps) {
      system.priority(id).ifPresent(p -> uncovered.add(p.title()));
    }
    List<String> tickers = matrix.itemsTickingEverything();
    List<String> onlyTicked = new ArrayList<>();
    for (PriorityId id : matrix.priorities()) {
      List<String> serving =
          matrix.items().stream().filter(item -> matrix.isTicked(item, id)).toList();
      if (!serving.isEmpty() && tickers.containsAll(serving)) {
        system.priority(id).ifPresent(p -> onlyTicked.add(p.title()));
      }
    }
    RecommendationDrafter drafter =
        new RecommendationDrafter(this, system, board, asOf, reportBack, boardStewards);
    drafter.recommend(atBoardLevel, unanswered, notFedBack, reviewCycles, gaps);
    return new DigestFacts(
        system.place(),
        board,
        decidingBodies(),
        since,
        until,
        meeting,
        asOf,
        reportBack,
        leadOfficer,
        author,
        learned,
        counts[0],
        counts[1],
        atBoardLevel,
        new Overdue(unanswered, notFedBack, owed, reviews),
        concerns(),
        health,
        uncovered,
        onlyTicked,
        unansweredQuestions(),
        drafter.recommendations(),
        served(active),
        signOffRoles(),
        errors(rounds));
  }

  /**
   * The error-level findings of the system's own rules as of the day things are overdue, and of the
   * health rounds', with ids named: those on the board reports of the system, which are checked as
   * papers, and a share without an agreement, which is a concern of its own, aside.
   */
  /**
   * The matrix's gaps that are priorities of a strategy in force: a priority only a superseded
   * strategy has (marked superseded, or named by a revision as the version it supersedes) is no gap
   * to fill.
   */
  private List<PriorityId> gapsInForce(AlignmentMatrix matrix) {
    Set<StrategyId> superseded = new HashSet<>();
    for (Strategy s : system.strategies()) {
      s.supersedes().ifPresent(superseded::add);
    }
    Set<PriorityId> inForce = new HashSet<>();
    for (Strategy s : system.strategies()) {
      if (s.status() != StrategyStatus.SUPERSEDED && !superseded.contains(s.id())) {
        s.priorities().forEach(p -> inForce.add(p.id()));
      }
    }
    return matrix.gaps().stream().filter(inForce::contains).toList();
  }

  private List<Violation> errors(List<HealthRound> rounds) {
    Clock today = Clock.fixed(asOf.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
    List<Violation> found = new ArrayList<>();
    for (Violation v :
        SystemRules.validator(Profile.PUBLISHED, today).validate(system).violations()) {
      if (v.severity() == Severity.ERROR
          && !v.path().startsWith("reports[")
          && !v.rule().equals(SHARE_WITHOUT_AGREEMENT)) {
        found.add(named(v));
      }
    }
    Validator<HealthRound> health = HealthRules.validator(Profile.PUBLISHED);
    for (HealthRound round : rounds) {
      health.validate(round).violations().stream()
          .filter(v -> v.severity() == Severity.ERROR)
          .map(this::named)
          .forEach(found::add);
    }
    return found;
  }

  /**
   * The finding with each argument that is the id of something in the system replaced by its name.
   */
  private Violation named(Violation v) {
    Map<String, String> names = names();
    Map<String, String> arguments = new LinkedHashMap<>();
    v.arguments()
        .forEach(
            (name, value) ->
                arguments.put(
                    name, names.containsKey(value) ? names.get(value) : namedWithin(value)));
    Violation named =
        Violation.of(
            v.rule(), v.severity(), v.path(), v.messageKey(), v.messageTemplate(), arguments);
    return v.place().map(named::withPlace).orElse(named);
  }

  /** A text with each id of the system that stands in it as a whole token replaced by its name. */
  private String namedWithin(String text) {
    java.util.regex.Matcher token = ID_TOKEN.matcher(text);
    StringBuilder out = new StringBuilder(text.length());
    while (token.find()) {
      String name = names().get(token.group());
      token.appendReplacement(
          out, java.util.regex.Matcher.quoteReplacement(name == null ? token.group() : name));
    }
    token.appendTail(out);
    return out.toString();
  }

  /** What an id can be: letters, digits, hyphens, dots and underscores, as a token of a text. */
  private static final java.util.regex.Pattern ID_TOKEN =
      java.util.regex.Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._-]*[\\p{L}\\p{N}]");

  private @org.jspecify.annotations.Nullable Map<String, String> names;

  /**
   * What each id of the system names: parties, cycles, barriers, stewards, groups, boards,
   * strategies and priorities.
   */
  private Map<String, String> names() {
    if (names == null) {
      Map<String, String> n = new java.util.HashMap<>();
      system
          .strategies()
          .forEach(
              s -> {
                n.putIfAbsent(s.id().value(), s.title());
                s.priorities().forEach(p -> n.putIfAbsent(p.id().value(), p.title()));
              });
      system.boards().forEach(b -> n.putIfAbsent(b.id().value(), b.name()));
      system.workingGroups().forEach(g -> n.putIfAbsent(g.id().value(), g.name()));
      system.stewards().forEach(s -> n.putIfAbsent(s.id().value(), stewardName(s)));
      system
          .escalations()
          .forEach(
              e ->
                  n.putIfAbsent(
                      e.id().value(),
                      String.join("", "\u201c", e.barrier().description(), "\u201d")));
      system.cycles().forEach(c -> n.putIfAbsent(c.id().value(), c.name()));
      system.arrangements().forEach(a -> n.putIfAbsent(a.id().value(), a.title()));
      system.parties().forEach(p -> n.putIfAbsent(p.id().value(), p.name()));
      names = n;
    }
    return names;
  }

  private List<String> decidingBodies() {
    List<Committee> committees = board.committeesInCommon();
    return committees.isEmpty()
        ? List.of(board.name())
        : committees.stream().map(Committee::name).toList();
  }

  private boolean servesChosenTheme(LearningCycle cycle) {
    return themes.isEmpty() || themesOf(cycle).stream().anyMatch(themes::contains);
  }

  private boolean inPeriod(LocalDate date) {
    return !date.isBefore(since) && !date.isAfter(until);
  }

  private List<String> themesOf(LearningCycle cycle) {
    Set<PriorityId> served =
        cycle.strategyAlignments().stream()
            .flatMap(a -> a.links().stream())
            .map(AlignmentLink::priority)
            .collect(Collectors.toSet());
    List<String> found = new ArrayList<>();
    for (PriorityTheme theme : system.themes()) {
      if (theme.connectsWith().stream().anyMatch(served::contains)) {
        found.add(theme.title());
      }
    }
    return found;
  }

  /**
   * Routed to one of the board's stewards, or to no steward at all, beyond the place, or made
   * visible outside it.
   */
  private boolean atBoardLevel(Escalation e) {
    Optional<StewardId> steward = answeringSteward(e);
    return steward.map(boardStewards::contains).orElse(true)
        || e.barrier().level() != BarrierLevel.LOCAL
        || !e.madeVisible().isEmpty();
  }

  Optional<StewardId> answeringSteward(Escalation e) {
    return e.routedTo().isPresent()
        ? e.routedTo()
        : router.route(e.barrier(), system.raisedAt(e)).steward().map(SystemSteward::id);
  }

  private BarrierFacts barrier(Escalation e) {
    Optional<StewardId> steward = answeringSteward(e);
    Power power;
    if (e.barrier().level() == BarrierLevel.NATIONAL
        || e.barrier().kind() == BarrierKind.LEGISLATION) {
      power = Power.NATIONAL;
    } else if (steward.map(boardStewards::contains).orElse(false)
        && steward
            .flatMap(system::steward)
            .map(s -> s.remit().covers(e.barrier().kind(), e.barrier().organisation()))
            .orElse(false)) {
      power = Power.OWN;
    } else {
      power = Power.PARTNER;
    }
    return new BarrierFacts(
        e,
        e.barrier().description(),
        e.barrier().kind(),
        e.barrier().level(),
        partyName(e.barrier().organisation()).orElse(system.place()),
        cycleName(e.raisedBy()),
        steward.flatMap(this::holderName),
        power);
  }

  private List<Concern> concerns() {
    List<Concern> concerns = new ArrayList<>();
    for (HorizontalShare share : system.shares()) {
      if (share.carriesPersonalDataAcrossOrganisations() && !covered(share)) {
        concerns.add(new Concern(cycleName(share.fromCycle()), share.to(), share.purpose()));
      }
    }
    return concerns;
  }

  private boolean covered(HorizontalShare share) {
    return share
        .agreement()
        .flatMap(system::agreement)
        .map(a -> a.covers(share.fromOrganisation(), share.toOrganisation(), share.purpose()))
        .orElse(false);
  }

  private Map<String, List<Question>> unansweredQuestions() {
    Map<String, List<Question>> open = new LinkedHashMap<>();
    for (SystemSteward s : system.stewards()) {
      StewardshipQuestions q = s.questions();
      List<Question> missing = new ArrayList<>();
      if (q.whatIsStewarded().isEmpty()) {
        missing.add(Question.WHAT_IS_STEWARDED);
      }
      if (q.onWhoseBehalf().isEmpty()) {
        missing.add(Question.ON_WHOSE_BEHALF);
      }
      if (q.accountableTo().isEmpty()) {
        missing.add(Question.ACCOUNTABLE_TO);
      }
      if (q.basisOfLegitimacy().isEmpty()) {
        missing.add(Question.BASIS_OF_LEGITIMACY);
      }
      if (!missing.isEmpty()) {
        open.merge(stewardName(s), missing, (a, b) -> a);
      }
    }
    return open;
  }

  private List<Served> served(List<LearningCycle> active) {
    Map<Strategy, Map<PriorityId, List<String>>> served = new LinkedHashMap<>();
    for (LearningCycle cycle : active) {
      for (StrategyAlignment a : cycle.strategyAlignments()) {
        Strategy strategy = system.strategy(a.strategy().id()).orElse(a.strategy());
        for (AlignmentLink link : a.links()) {
          if (strategy.priority(link.priority()).isPresent()) {
            served
                .computeIfAbsent(strategy, id -> new LinkedHashMap<>())
                .computeIfAbsent(link.priority(), id -> new ArrayList<>())
                .add(cycle.name());
          }
        }
      }
    }
    return served.entrySet().stream().map(e -> new Served(e.getKey(), e.getValue())).toList();
  }

  /**
   * The rows of the sign-off table of the board's latest report in the system, or the lead
   * officer's and the chair's.
   */
  private List<SignOffRole> signOffRoles() {
    Optional<BoardReport> template =
        system.reports().stream()
            .filter(r -> r.board().id().equals(board.id()) && !r.signOffs().isEmpty())
            .reduce((first, second) -> second);
    if (template.isPresent()) {
      return template.get().signOffs().stream().map(SignOff::role).toList();
    }
    return List.of(
        SignOffRole.required("Lead Officer", SignOffRoleKind.LEAD_OFFICER),
        SignOffRole.required("Chair of the " + board.name(), SignOffRoleKind.CHAIR));
  }

  private String cycleName(CycleId id) {
    return system.cycle(id).map(LearningCycle::name).orElse(system.place());
  }

  private Optional<String> partyName(PartyId id) {
    return system.party(id).map(Party::name);
  }

  Optional<String> holderName(StewardId id) {
    return system.steward(id).map(SystemSteward::heldBy).flatMap(this::partyName);
  }

  private String stewardName(SystemSteward s) {
    String holder = partyName(s.heldBy()).orElse(system.place());
    return s.responsibilities().isEmpty()
        ? holder
        : holder + " (" + s.responsibilities().get(0) + ")";
  }
}
