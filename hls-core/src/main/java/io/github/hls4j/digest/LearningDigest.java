package io.github.hls4j.digest;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;
import static java.util.Objects.requireNonNull;

import io.github.hls4j.governance.Board;
import io.github.hls4j.governance.BoardId;
import io.github.hls4j.governance.BoardReport;
import io.github.hls4j.governance.EqualitiesStatement;
import io.github.hls4j.governance.ImpactAssessment;
import io.github.hls4j.governance.Implication;
import io.github.hls4j.governance.ImplicationArea;
import io.github.hls4j.governance.ListItem;
import io.github.hls4j.governance.Paragraph;
import io.github.hls4j.governance.Recommendation;
import io.github.hls4j.governance.ReportId;
import io.github.hls4j.governance.ReportSection;
import io.github.hls4j.governance.RiskAssessment;
import io.github.hls4j.governance.SectionKind;
import io.github.hls4j.governance.SignOff;
import io.github.hls4j.governance.SignOffRole;
import io.github.hls4j.governance.SignOffRoleKind;
import io.github.hls4j.governance.SourceKind;
import io.github.hls4j.governance.SourceRef;
import io.github.hls4j.health.HealthProfile;
import io.github.hls4j.health.HealthRound;
import io.github.hls4j.health.ScoreSpread;
import io.github.hls4j.health.SystemBehaviour;
import io.github.hls4j.internal.ConstantWords;
import io.github.hls4j.internal.privacy.PersonalNames;
import io.github.hls4j.internal.privacy.Redaction;
import io.github.hls4j.learning.CycleId;
import io.github.hls4j.learning.Escalation;
import io.github.hls4j.learning.EscalationId;
import io.github.hls4j.learning.EscalationRouter;
import io.github.hls4j.learning.Experiment;
import io.github.hls4j.learning.LearningCycle;
import io.github.hls4j.learning.LearningRecord;
import io.github.hls4j.learning.PhaseChange;
import io.github.hls4j.learning.Route;
import io.github.hls4j.learning.Sensitivity;
import io.github.hls4j.learning.Visibility;
import io.github.hls4j.party.Party;
import io.github.hls4j.party.Person;
import io.github.hls4j.render.HealthProfileRenderer;
import io.github.hls4j.stewardship.BarrierLevel;
import io.github.hls4j.stewardship.StewardId;
import io.github.hls4j.stewardship.StewardshipQuestions;
import io.github.hls4j.stewardship.SystemScale;
import io.github.hls4j.stewardship.SystemSteward;
import io.github.hls4j.stewardship.WorkingGroup;
import io.github.hls4j.strategy.AlignmentLink;
import io.github.hls4j.strategy.Priority;
import io.github.hls4j.strategy.PriorityId;
import io.github.hls4j.strategy.PriorityTheme;
import io.github.hls4j.strategy.Strategy;
import io.github.hls4j.strategy.StrategyAlignment;
import io.github.hls4j.system.LearningSystem;
import io.github.hls4j.system.SystemRules;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Drafts a board's learning digest: a {@link BoardReport} for the board's next meeting that brings
 * back what the system learned in a period and what was escalated to the board's level, with
 * recommendations drafted from the evidence.
 *
 * <pre>{@code
 * BoardReport paper =
 *     LearningDigest.builder(system, BoardId.of("somerset-board"))
 *         .since(LocalDate.parse("2025-01-01"))
 *         .until(LocalDate.parse("2025-05-31"))
 *         .clock(clock)
 *         .leadOfficer(officer)
 *         .healthRounds(autumn, spring)
 *         .build()
 *         .draft();
 * }</pre>
 *
 * <p>The paper follows the council template's order. Its sections say what was learned (dated
 * records of the period, by theme and by cycle, and the experiments adopted, adapted or
 * abandoned), which barriers reached the board's level (with their routes, status, who is
 * answering and where they were made visible outside the system), what is overdue, how the
 * system's health moved between the last two rounds (each behaviour's spread kept, never
 * averaged away), and which priorities nothing serves and which stewardship questions are
 * unanswered. Each recommendation names the items it was drafted from ({@link
 * Recommendation#basedOn()}), so that a person can accept, reword or drop it.
 *
 * <p>Personal evidence never appears: records are shown only {@link LearningRecord#redacted()
 * redacted}, and only those marked {@link Sensitivity#OFFICIAL}, since a Board paper is
 * published; the summary counts those held back. Every free text of the paper, whatever model it
 * comes from (an experiment's question, a barrier's description, an escalation's answer, a
 * response to a barrier made visible, a cycle's name, a steward's name…), is redacted before the
 * paper is returned: each personal identifier ({@link io.github.hls4j.learning.PersonalIdentifiers})
 * is replaced by its kind, such as {@code [NHS number removed]}, and the name of each person known
 * to be personal — a {@link Person#memberOfPublic() member of the public}, or a person named in a
 * record's personal evidence — by {@code [name removed]}. Markdown, HTML, JSON and Word all print
 * that paper, so none of them can print the text unredacted. The draft passes the board-report rules at
 * {@code DECISION_READY} except for its sign-offs, which are rows with roles and no names: only
 * people sign. The same system, period, options and clock give the same paper.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class LearningDigest {

  /** How long after the period a report back is asked for: eight weeks. */
  public static final Period REPORT_BACK = Period.ofWeeks(8);

  /** The last end of a period whose report-back date is still a date. */
  private static final LocalDate LAST_UNTIL = LocalDate.MAX.minus(REPORT_BACK);

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);

  private final LearningSystem system;
  private final Board board;
  private final LocalDate since;
  private final LocalDate until;
  private final List<HealthRound> rounds;
  private final Set<StewardId> boardStewards;
  private final Set<BarrierLevel> levels;
  private final Set<String> themes;
  private final Person leadOfficer;
  private final Person author;
  private final @Nullable LocalDate meeting;

  private LearningDigest(Builder b, Board board, LocalDate until, Person leadOfficer) {
    this.system = b.system;
    this.board = board;
    this.since = requireNonNull(b.since);
    this.until = until;
    this.rounds = List.copyOf(b.rounds);
    this.boardStewards = b.stewards.isEmpty() ? topStewards(b.system) : Set.copyOf(b.stewards);
    this.levels = Set.copyOf(b.levels);
    this.themes = Set.copyOf(b.themes);
    this.leadOfficer = leadOfficer;
    this.author = b.author == null ? leadOfficer : b.author;
    this.meeting = b.meeting;
  }

  private static Set<StewardId> topStewards(LearningSystem system) {
    return system.stewards().stream()
        .filter(s -> s.scale() == SystemScale.SYSTEM)
        .map(SystemSteward::id)
        .collect(Collectors.toCollection(LinkedHashSet::new));
  }

  /**
   * Returns a builder of the digest of {@code system} for {@code board}.
   *
   * @param system the learning system
   * @param board the board the paper goes to, one of the system's boards
   * @return a builder
   * @since 0.1.0
   */
  public static Builder builder(LearningSystem system, BoardId board) {
    return new Builder(requireNonNull(system, "system"), requireNonNull(board, "board"));
  }

  /**
   * Returns the first day of the period.
   *
   * @return the date
   * @since 0.1.0
   */
  public LocalDate since() {
    return since;
  }

  /**
   * Returns the last day of the period, the day as of which things are overdue.
   *
   * @return the date
   * @since 0.1.0
   */
  public LocalDate until() {
    return until;
  }

  /**
   * Returns the chart of the latest health round, to go beside the paper: {@link
   * HealthProfileRenderer#svg(HealthProfile)}.
   *
   * @return the SVG, if a health round was given
   * @since 0.1.0
   */
  public Optional<String> healthChart() {
    return rounds.isEmpty()
        ? Optional.empty()
        : Optional.of(HealthProfileRenderer.svg(HealthProfile.of(rounds.get(rounds.size() - 1))));
  }

  /**
   * Drafts the paper.
   *
   * @return the board report, unsigned
   * @since 0.1.0
   */
  public BoardReport draft() {
    return Redaction.model(new Draft().report(), personalNames());
  }

  /** The names known to be personal in the system: its members of the public, and those its personal evidence names. */
  private PersonalNames personalNames() {
    List<LearningRecord> records = new ArrayList<>();
    system.cycles().forEach(c -> records.addAll(c.records()));
    system.shares().forEach(s -> records.addAll(s.records()));
    return PersonalNames.of(system.parties(), records);
  }

  /** One drafting: what it found, then the paper. */
  private final class Draft {
    private final EscalationRouter router = EscalationRouter.of(system.stewards());
    private final List<CycleLearning> learned = new ArrayList<>();
    private final List<Escalation> atBoardLevel = new ArrayList<>();
    private final Set<EscalationId> atBoardLevelIds = new HashSet<>();
    private final List<Escalation> unanswered = new ArrayList<>();
    private final List<Escalation> notFedBack = new ArrayList<>();
    private final List<LearningCycle> reviewsOverdue = new ArrayList<>();
    private final List<Priority> uncovered = new ArrayList<>();
    private final List<Recommendation> recommendations = new ArrayList<>();
    private final Map<SystemSteward, List<String>> unansweredQuestions = new LinkedHashMap<>();
    private int heldBack;
    private int undated;

    BoardReport report() {
      gather();
      recommend();
      List<ReportSection> sections = new ArrayList<>();
      sections.add(section(1, "What the system learned", SectionKind.BACKGROUND, whatWasLearned(1)));
      sections.add(section(2, "Barriers at the Board's level", SectionKind.OTHER, barriers(2)));
      sections.add(section(3, "What is overdue", SectionKind.OTHER, overdue(3)));
      sections.add(section(4, "How the system's health moved", SectionKind.PRIORITIES_AND_OUTCOMES, health(4)));
      sections.add(section(5, "Priorities nothing serves, and stewardship questions unanswered", SectionKind.OTHER, gaps(5)));
      sections.add(section(6, "Request of the Board", SectionKind.REQUEST_OF_THE_BOARD, request(6)));
      BoardReport.Builder paper = BoardReport.builder();
      if (meeting != null) {
        paper.meetingDate(meeting);
      }
      return paper
          .id(ReportId.of("learning-digest-" + board.id().value() + "-" + until))
          .title("Learning digest: what the " + system.place() + " system learned, " + day(since) + " to " + day(until))
          .board(board)
          .leadOfficer(leadOfficer)
          .author(author)
          .summary(summary())
          .recommendationsPreamble("That the " + board.name() + ":")
          .recommendations(recommendations)
          .addReasons(
              "Board members act as system stewards: learning is vertical as well as horizontal, and its loop closes"
                  + " only when what was learned, and what was escalated to the Board, comes back to the Board as a"
                  + " paper it can decide on.",
              "Each recommendation is drafted from the items it names, so that the Board can see what it rests on.")
          .strategyAlignments(alignments())
          .addImplications(
              Implication.builder()
                  .areas(EnumSet.allOf(ImplicationArea.class))
                  .statement(
                      "None from this paper itself: each recommendation asks for ownership of a barrier or for a"
                          + " report back. A change that follows will state its own implications.")
                  .build())
          .equalities(
              EqualitiesStatement.builder()
                  .impactAssessment(ImpactAssessment.NOT_NEEDED)
                  .statement(
                      "This paper reports what the system learned and asks the Board to take ownership of barriers;"
                          + " it decides nothing about a service, so no equalities impact assessment is needed for it."
                          + " Equalities will be considered in each decision taken in response.")
                  .build())
          .riskAssessment(
              RiskAssessment.builder()
                  .statement(
                      "The risks are those of the barriers in section 2: left without an owner, they keep staff from"
                          + " working in the ways the system has learned work.")
                  .build())
          .sections(sections)
          .addSignOffs(
              SignOff.builder().role(SignOffRole.required("Lead Officer", SignOffRoleKind.LEAD_OFFICER)).build(),
              SignOff.builder().role(SignOffRole.required("Chair of the " + board.name(), SignOffRoleKind.CHAIR)).build())
          .build();
    }

    private void gather() {
      for (LearningCycle cycle : system.cycles()) {
        if (!servesChosenTheme(cycle)) {
          continue;
        }
        List<LearningRecord> shown = new ArrayList<>();
        for (LearningRecord record : cycle.records()) {
          Optional<LocalDate> on = record.recordedOn();
          if (on.isEmpty()) {
            undated++;
          } else if (inPeriod(on.get())) {
            if (record.sensitivity() == Sensitivity.OFFICIAL) {
              shown.add(record.redacted());
            } else {
              heldBack++;
            }
          }
        }
        boolean active = !shown.isEmpty() || cycle.phases().stream().map(PhaseChange::date).anyMatch(this::inPeriod);
        if (active) {
          List<Experiment> decided = cycle.experiments().stream().filter(e -> e.decision().isPresent()).toList();
          learned.add(new CycleLearning(cycle, shown, decided));
        }
        cycle.nextReview().filter(review -> review.isBefore(until)).ifPresent(review -> reviewsOverdue.add(cycle));
      }
      List<Escalation> escalations = new ArrayList<>(system.escalations());
      escalations.sort(Comparator.comparing(Escalation::raisedOn).thenComparing(e -> e.id().value()));
      for (Escalation e : escalations) {
        if (e.raisedOn().isAfter(until)) {
          continue;
        }
        boolean current = !e.raisedOn().isBefore(since) || e.status() != Escalation.Status.CLOSED;
        if (current && levels.contains(e.barrier().level()) && atBoardLevel(e)) {
          atBoardLevel.add(e);
          atBoardLevelIds.add(e.id());
        }
        if (e.status() == Escalation.Status.OPEN && e.respondBy().isBefore(until)) {
          unanswered.add(e);
        } else if (e.status() == Escalation.Status.ANSWERED) {
          notFedBack.add(e);
        }
      }
      for (PriorityId id : SystemRules.alignmentMatrix(system).gaps()) {
        system.priority(id).ifPresent(uncovered::add);
      }
      unansweredQuestions.putAll(unansweredStewards());
    }

    private boolean servesChosenTheme(LearningCycle cycle) {
      if (themes.isEmpty()) {
        return true;
      }
      return themesOf(cycle).stream().anyMatch(themes::contains);
    }

    private boolean inPeriod(LocalDate date) {
      return !date.isBefore(since) && !date.isAfter(until);
    }

    /**
     * Routed to one of the board's stewards, or to no steward at all (then no one else can take
     * it), beyond the place, or made visible outside it.
     */
    private boolean atBoardLevel(Escalation e) {
      Optional<StewardId> steward = answeringSteward(e);
      return steward.map(boardStewards::contains).orElse(true)
          || e.barrier().level() != BarrierLevel.LOCAL
          || !e.madeVisible().isEmpty();
    }

    private Optional<StewardId> answeringSteward(Escalation e) {
      if (e.routedTo().isPresent()) {
        return e.routedTo();
      }
      return router.route(e.barrier()).steward().map(SystemSteward::id);
    }

    private void recommend() {
      LocalDate reportBack = until.plus(REPORT_BACK);
      for (Escalation e : atBoardLevel) {
        if (e.status() != Escalation.Status.OPEN) {
          continue;
        }
        LocalDate by = e.respondBy().isBefore(until) ? reportBack : e.respondBy();
        add("takes ownership of the barrier “" + e.barrier().description() + "” (escalation " + e.id().value()
                + "), raised by " + cycleName(e.barrier().raisedBy()) + " on " + day(e.raisedOn())
                + ", and answers it by " + day(by) + ".",
            "Board members",
            sources(SourceRef.of(SourceKind.ESCALATION, e.id().value()), cycleRef(e.barrier().raisedBy())));
      }
      for (Escalation e : unanswered) {
        if (atBoardLevelIds.contains(e.id())) {
          continue;
        }
        Optional<StewardId> steward = answeringSteward(e);
        add("asks " + stewardName(steward) + " to report back on the barrier “" + e.barrier().description()
                + "” (escalation " + e.id().value() + "), unanswered since " + day(e.respondBy()) + ", by "
                + day(reportBack) + ".",
            steward.map(this::holderName).orElse(null),
            sources(SourceRef.of(SourceKind.ESCALATION, e.id().value()), stewardRef(steward)));
      }
      for (Escalation e : notFedBack) {
        Optional<StewardId> steward = answeringSteward(e);
        if (steward.map(boardStewards::contains).orElse(false)) {
          add("feeds its answer on “" + e.barrier().description() + "” (escalation " + e.id().value() + ") back to "
                  + cycleName(e.barrier().raisedBy()) + " by " + day(reportBack) + ".",
              "Board members",
              sources(SourceRef.of(SourceKind.ESCALATION, e.id().value()), cycleRef(e.barrier().raisedBy())));
          continue;
        }
        add("asks " + stewardName(steward) + " to feed the answer on “" + e.barrier().description() + "” (escalation "
                + e.id().value() + ") back to " + cycleName(e.barrier().raisedBy()) + " and to report back by "
                + day(reportBack) + ".",
            steward.map(this::holderName).orElse(null),
            sources(SourceRef.of(SourceKind.ESCALATION, e.id().value()), cycleRef(e.barrier().raisedBy())));
      }
      for (LearningCycle cycle : reviewsOverdue) {
        Optional<StewardId> owner = Optional.of(cycle.owner());
        add("asks " + stewardName(owner) + " to report back on the review of " + cycle.name() + ", due "
                + day(cycle.nextReview().orElseThrow()) + ", by " + day(reportBack) + ".",
            holderName(cycle.owner()),
            sources(SourceRef.of(SourceKind.LEARNING_CYCLE, cycle.id().value()), stewardRef(owner)));
      }
      Optional<WorkingGroup> group =
          system.workingGroups().stream().filter(g -> g.reportsTo().equals(Optional.of(board.id()))).findFirst();
      for (Priority p : uncovered) {
        String who = group.map(WorkingGroup::name).orElse("the Board's working group");
        add("asks " + who + " to consider what would serve the priority “" + p.title() + "” (" + p.id().value()
                + "), which nothing in the system serves.",
            group.map(WorkingGroup::name).orElse(null),
            List.of(SourceRef.of(SourceKind.PRIORITY, p.id().value())));
      }
    }

    private void add(String action, @Nullable String carriedOutBy, List<SourceRef> basedOn) {
      Recommendation.Builder r = Recommendation.builder().number(recommendations.size() + 1).action(action).basedOn(basedOn);
      if (carriedOutBy != null) {
        r.carriedOutBy(carriedOutBy);
      }
      recommendations.add(r.build());
    }

    private List<SourceRef> sources(SourceRef first, Optional<SourceRef> second) {
      return second.isPresent() ? List.of(first, second.get()) : List.of(first);
    }

    private Optional<SourceRef> cycleRef(CycleId cycle) {
      return system.cycle(cycle).map(c -> SourceRef.of(SourceKind.LEARNING_CYCLE, c.id().value()));
    }

    private Optional<SourceRef> stewardRef(Optional<StewardId> steward) {
      return steward.flatMap(system::steward).map(s -> SourceRef.of(SourceKind.STEWARD, s.id().value()));
    }

    private List<String> summary() {
      int records = learned.stream().mapToInt(c -> c.records.size()).sum();
      Map<String, Long> decisions = learned.stream().flatMap(c -> c.experiments.stream())
          .collect(Collectors.groupingBy(e -> e.decision().orElseThrow().name().toLowerCase(Locale.ROOT),
              LinkedHashMap::new, Collectors.counting()));
      List<String> summary = new ArrayList<>();
      summary.add("This paper brings back to the " + board.name() + " what the " + system.place() + " system learned"
          + " between " + day(since) + " and " + day(until) + ", and the barriers escalated to the Board's level, so"
          + " that Board members can act on them as system stewards.");
      summary.add(count(records, "learning record") + " from " + count(learned.size(), "active cycle") + " are reported"
          + (heldBack + undated == 0 ? "" : " (" + count(heldBack, "record") + " marked OFFICIAL-SENSITIVE held back, "
              + count(undated, "undated record") + " left out)")
          + "; experiments decided: " + (decisions.isEmpty() ? "none" : decisions.entrySet().stream()
              .map(d -> d.getValue() + " " + adjective(d.getKey())).collect(Collectors.joining(", "))) + ".");
      long visible = atBoardLevel.stream().filter(e -> !e.madeVisible().isEmpty()).count();
      summary.add(count(atBoardLevel.size(), "barrier") + " reached the Board's level, " + visible
          + " of them made visible outside the system.");
      summary.add("Overdue as of " + day(until) + ": " + count(unanswered.size(), "escalation") + " unanswered past the date"
          + " set, " + count(notFedBack.size(), "answer") + " not fed back to the cycle that raised it, "
          + count(reviewsOverdue.size(), "cycle review") + " past its date.");
      summary.add(rounds.size() < 2 ? "No two health rounds to compare."
          : "System health is compared between " + rounds.get(rounds.size() - 2).name() + " and "
              + rounds.get(rounds.size() - 1).name() + ", each behaviour's spread kept.");
      summary.add((uncovered.isEmpty() ? "Every priority is served by something in the system"
              : count(uncovered.size(), "priority") + " served by nothing in the system") + "; "
          + count(unansweredQuestions.size(), "steward") + " with stewardship questions unanswered.");
      summary.add("Drafted by hls4j from the system's records: a person accepts, rewords or drops each recommendation,"
          + " and the paper is signed, before it goes out.");
      return summary;
    }

    private List<Paragraph> whatWasLearned(int section) {
      List<Paragraph> paragraphs = new ArrayList<>();
      if (learned.isEmpty()) {
        paragraphs.add(paragraph(section, 1, "No cycle recorded learning or changed phase in the period."));
        return paragraphs;
      }
      Map<String, List<String>> byTheme = new LinkedHashMap<>();
      for (CycleLearning c : learned) {
        List<String> themesOfCycle = themesOf(c.cycle);
        for (String theme : themesOfCycle.isEmpty() ? List.of("No priority theme") : themesOfCycle) {
          byTheme.computeIfAbsent(theme, t -> new ArrayList<>()).add(c.cycle.name() + " (" + count(c.records.size(), "record") + ")");
        }
      }
      Paragraph.Builder themesParagraph = Paragraph.builder().number(section + ".1").addText("By theme:");
      byTheme.forEach((theme, cycles) -> themesParagraph.addItems(ListItem.of("", theme + ": " + String.join(", ", cycles) + ".")));
      paragraphs.add(themesParagraph.build());
      int n = 2;
      for (CycleLearning c : learned) {
        Paragraph.Builder p = Paragraph.builder().number(section + "." + n++)
            .addText(c.cycle.name() + " (" + c.cycle.id().value() + "), a " + ConstantWords.of(c.cycle.scale().name()) + " cycle"
                + c.cycle.currentPhase().map(ph -> " now at " + ConstantWords.of(ph.name())).orElse("") + ": "
                + count(c.records.size(), "record") + " in the period.");
        char label = 'a';
        for (LearningRecord r : c.records) {
          String text = ConstantWords.of(r.kind().name()) + ", " + day(r.recordedOn().orElseThrow()) + ": " + sentence(r.whatHappened())
              + r.learned().map(l -> " Learned: " + sentence(l)).orElse("")
              + r.redactionNote().map(note -> " (" + note + ")").orElse("");
          p.addItems(ListItem.of("(" + label + ")", text));
          label = next(label);
        }
        for (Experiment e : c.experiments) {
          p.addItems(ListItem.of("(" + label + ")", "Experiment " + adjective(e.decision().orElseThrow().name()
              .toLowerCase(Locale.ROOT)) + ": " + e.question() + e.learned().map(l -> " Learned: " + sentence(l)).orElse("")));
          label = next(label);
        }
        paragraphs.add(p.build());
      }
      return paragraphs;
    }

    private List<Paragraph> barriers(int section) {
      List<Paragraph> paragraphs = new ArrayList<>();
      int n = 1;
      for (Escalation e : atBoardLevel) {
        Optional<StewardId> steward = answeringSteward(e);
        String route;
        if (e.routedTo().isPresent()) {
          route = "routed to " + stewardName(steward);
        } else {
          Route found = router.route(e.barrier());
          route = found.steward().isPresent()
              ? "routed to " + stewardName(steward) + " (" + found.reason() + ")"
              : "with nowhere to go: " + found.reason();
        }
        String answering = switch (e.status()) {
          case OPEN -> "answering: " + stewardName(steward) + ", by " + day(e.respondBy());
          case ANSWERED -> "answered on " + e.answeredOn().map(LearningDigest::day).orElse("an unrecorded date")
              + ", not yet fed back: " + e.answer().orElse("");
          case CLOSED -> "answered and fed back: " + e.answer().orElse("");
        };
        Paragraph.Builder p = Paragraph.builder().number(section + "." + n++)
            .addText("“" + e.barrier().description() + "” (escalation " + e.id().value() + "): a "
                + ConstantWords.of(e.barrier().level().name()) + " barrier of " + ConstantWords.of(e.barrier().kind().name()) + ", raised by "
                + cycleName(e.barrier().raisedBy()) + " on " + day(e.raisedOn()) + "; " + route + "; " + answering + ".");
        char label = 'a';
        for (Visibility v : e.madeVisible()) {
          p.addItems(ListItem.of("(" + label + ")", "Made visible to " + v.to() + " on " + day(v.on()) + ": "
              + v.response().map(r -> "answered, " + r).orElse("no response yet, due by " + day(v.respondBy())) + "."));
          label = next(label);
        }
        paragraphs.add(p.build());
      }
      if (paragraphs.isEmpty()) {
        paragraphs.add(paragraph(section, 1, "No barrier reached the Board's level in the period."));
      }
      return paragraphs;
    }

    private List<Paragraph> overdue(int section) {
      List<Paragraph> paragraphs = new ArrayList<>();
      int n = 1;
      if (!unanswered.isEmpty()) {
        Paragraph.Builder p = Paragraph.builder().number(section + "." + n++).addText("Escalations unanswered by their date:");
        unanswered.forEach(e -> p.addItems(ListItem.of("", "“" + e.barrier().description() + "” (escalation "
            + e.id().value() + "), due " + day(e.respondBy()) + ", with " + stewardName(answeringSteward(e)) + ".")));
        paragraphs.add(p.build());
      }
      if (!notFedBack.isEmpty()) {
        Paragraph.Builder p = Paragraph.builder().number(section + "." + n++).addText("Answers not fed back to the cycle that raised them:");
        notFedBack.forEach(e -> p.addItems(ListItem.of("", "“" + e.barrier().description() + "” (escalation "
            + e.id().value() + "), answered on " + e.answeredOn().map(LearningDigest::day).orElse("an unrecorded date")
            + ", for " + cycleName(e.barrier().raisedBy()) + ".")));
        paragraphs.add(p.build());
      }
      if (!reviewsOverdue.isEmpty()) {
        Paragraph.Builder p = Paragraph.builder().number(section + "." + n++).addText("Reviews past their date:");
        reviewsOverdue.forEach(c -> p.addItems(ListItem.of("", c.name() + " (" + c.id().value() + "), due "
            + day(c.nextReview().orElseThrow()) + ", owned by " + stewardName(Optional.of(c.owner())) + ".")));
        paragraphs.add(p.build());
      }
      if (paragraphs.isEmpty()) {
        paragraphs.add(paragraph(section, 1, "Nothing is overdue as of " + day(until) + "."));
      }
      return paragraphs;
    }

    private List<Paragraph> health(int section) {
      if (rounds.size() < 2) {
        return List.of(paragraph(section, 1, rounds.isEmpty()
            ? "No health round was given, so no movement can be shown."
            : "Only one health round, " + rounds.get(0).name() + ", was given: movement needs two."));
      }
      HealthRound before = rounds.get(rounds.size() - 2);
      HealthRound after = rounds.get(rounds.size() - 1);
      HealthProfile was = HealthProfile.of(before);
      HealthProfile is = HealthProfile.of(after);
      Paragraph.Builder p = Paragraph.builder().number(section + ".1")
          .addText("Each behaviour's median, the middle half of the scores and their range, from " + before.name() + " ("
              + count(was.assessments(), "voice") + ") to " + after.name() + " (" + count(is.assessments(), "voice")
              + "); the chart of " + after.name() + " goes beside this paper.");
      for (SystemBehaviour b : SystemBehaviour.values()) {
        Optional<ScoreSpread> then = was.spread(b);
        Optional<ScoreSpread> now = is.spread(b);
        if (then.isEmpty() && now.isEmpty()) {
          continue;
        }
        p.addItems(ListItem.of("", b.description() + ": " + spread(then) + " → " + spread(now) + "."));
      }
      return List.of(p.build());
    }

    private List<Paragraph> gaps(int section) {
      List<Paragraph> paragraphs = new ArrayList<>();
      Paragraph.Builder priorities = Paragraph.builder().number(section + ".1");
      if (uncovered.isEmpty()) {
        priorities.addText("Every priority of the system's strategies is served by a report, a working group or a cycle.");
      } else {
        priorities.addText("Priorities that no report, working group or cycle serves:");
        uncovered.forEach(p -> priorities.addItems(ListItem.of("", p.title() + " (" + p.id().value() + ").")));
      }
      paragraphs.add(priorities.build());
      Paragraph.Builder questions = Paragraph.builder().number(section + ".2");
      Map<SystemSteward, List<String>> open = unansweredQuestions;
      if (open.isEmpty()) {
        questions.addText("Every steward has answered the four stewardship questions.");
      } else {
        questions.addText("Stewards with stewardship questions unanswered:");
        open.forEach((s, qs) -> questions.addItems(ListItem.of("", stewardName(Optional.of(s.id())) + ": " + String.join("; ", qs) + ".")));
      }
      paragraphs.add(questions.build());
      return paragraphs;
    }

    private List<Paragraph> request(int section) {
      Paragraph.Builder p = Paragraph.builder().number(section + ".1").addText("That the " + board.name() + ":");
      if (recommendations.isEmpty()) {
        p.addText("notes this digest; nothing in it asks for the Board's decision.");
      }
      for (Recommendation r : recommendations) {
        p.addItems(ListItem.of("(" + r.number() + ")", r.action()));
      }
      return List.of(p.build());
    }

    private List<StrategyAlignment> alignments() {
      Map<Strategy, Map<PriorityId, List<String>>> served = new LinkedHashMap<>();
      for (CycleLearning c : learned) {
        for (StrategyAlignment a : c.cycle.strategyAlignments()) {
          Strategy strategy = system.strategy(a.strategy().id()).orElse(a.strategy());
          for (AlignmentLink link : a.links()) {
            if (strategy.priority(link.priority()).isPresent()) {
              served.computeIfAbsent(strategy, id -> new LinkedHashMap<>())
                  .computeIfAbsent(link.priority(), id -> new ArrayList<>()).add(c.cycle.name());
            }
          }
        }
      }
      List<StrategyAlignment> alignments = new ArrayList<>();
      served.forEach((strategy, links) -> {
        StrategyAlignment.Builder a = StrategyAlignment.builder().strategy(strategy);
        links.forEach((priority, cycles) -> a.addLink(AlignmentLink.builder().priority(priority)
            .rationale("Served by " + String.join(" and ", cycles) + ", whose learning this paper reports").build()));
        alignments.add(a.build());
      });
      return alignments;
    }

    private Map<SystemSteward, List<String>> unansweredStewards() {
      Map<SystemSteward, List<String>> open = new LinkedHashMap<>();
      for (SystemSteward s : system.stewards()) {
        StewardshipQuestions q = s.questions();
        List<String> missing = new ArrayList<>();
        if (q.whatIsStewarded().isEmpty()) {
          missing.add("what is stewarded");
        }
        if (q.onWhoseBehalf().isEmpty()) {
          missing.add("on whose behalf");
        }
        if (q.accountableTo().isEmpty()) {
          missing.add("accountable to whom");
        }
        if (q.basisOfLegitimacy().isEmpty()) {
          missing.add("on what basis of legitimacy");
        }
        if (!missing.isEmpty()) {
          open.put(s, missing);
        }
      }
      return open;
    }

    private String cycleName(CycleId id) {
      return system.cycle(id).map(LearningCycle::name).orElse("cycle " + id.value());
    }

    private String stewardName(Optional<StewardId> id) {
      if (id.isEmpty()) {
        return "no steward";
      }
      Optional<String> holder = system.steward(id.get()).map(SystemSteward::heldBy).flatMap(system::party).map(Party::name);
      return "steward " + id.get().value() + holder.map(h -> " (" + h + ")").orElse("");
    }

    private @Nullable String holderName(StewardId id) {
      return system.steward(id).map(SystemSteward::heldBy).flatMap(system::party).map(Party::name).orElse(null);
    }
  }

  /** What one cycle learned in the period. */
  private record CycleLearning(LearningCycle cycle, List<LearningRecord> records, List<Experiment> experiments) {}

  private List<String> themesOf(LearningCycle cycle) {
    Set<PriorityId> served = cycle.strategyAlignments().stream().flatMap(a -> a.links().stream())
        .map(AlignmentLink::priority).collect(Collectors.toSet());
    List<String> found = new ArrayList<>();
    for (PriorityTheme theme : system.themes()) {
      if (theme.connectsWith().stream().anyMatch(served::contains)) {
        found.add(theme.title());
      }
    }
    return found;
  }

  private static Paragraph paragraph(int section, int n, String text) {
    return Paragraph.builder().number(section + "." + n).addText(text).build();
  }

  private static ReportSection section(int number, String heading, SectionKind kind, List<Paragraph> paragraphs) {
    return ReportSection.builder().number(number).heading(heading).kind(kind).paragraphs(paragraphs).build();
  }

  private static String spread(Optional<ScoreSpread> spread) {
    if (spread.isEmpty()) {
      return "not scored";
    }
    ScoreSpread s = spread.get();
    return String.format(Locale.ROOT, "median %s (middle half %s–%s, range %d–%d, %s)", number(s.median()),
        number(s.lowerQuartile()), number(s.upperQuartile()), s.min(), s.max(), count(s.voices(), "voice"));
  }

  private static String number(double value) {
    return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.1f", value);
  }

  private static String count(long n, String noun) {
    String plural = noun.endsWith("y") && !noun.endsWith("ey") ? noun.substring(0, noun.length() - 1) + "ies" : noun + "s";
    return n + " " + (n == 1 ? noun : plural);
  }

  private static String adjective(String decision) {
    return switch (decision) {
      case "adopt" -> "adopted";
      case "adapt" -> "adapted";
      case "abandon" -> "abandoned";
      default -> decision;
    };
  }

  /** The label after {@code label}: (a) to (z), then round again. */
  private static char next(char label) {
    return label == 'z' ? 'a' : (char) (label + 1);
  }

  /** The text ending as a sentence does. */
  private static String sentence(String text) {
    String t = text.strip();
    return t.endsWith(".") || t.endsWith("!") || t.endsWith("?") ? t : t + ".";
  }

  private static String day(LocalDate date) {
    return DATE.format(date);
  }

  /**
   * Builds a {@link LearningDigest}. A builder is single-threaded. The period's start and the lead
   * officer are required; the end of the period defaults to today by the clock, which defaults to
   * the system clock in UTC.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private final LearningSystem system;
    private final BoardId board;
    private @Nullable LocalDate since;
    private @Nullable LocalDate until;
    private Clock clock = Clock.systemUTC();
    private final List<HealthRound> rounds = new ArrayList<>();
    private final Set<StewardId> stewards = new LinkedHashSet<>();
    private final Set<BarrierLevel> levels = EnumSet.allOf(BarrierLevel.class);
    private final Set<String> themes = new LinkedHashSet<>();
    private @Nullable Person leadOfficer;
    private @Nullable Person author;
    private @Nullable LocalDate meeting;

    private Builder(LearningSystem system, BoardId board) {
      this.system = system;
      this.board = board;
    }

    /**
     * Sets the first day of the period; required.
     *
     * @param since the date
     * @return this builder
     * @since 0.1.0
     */
    public Builder since(LocalDate since) {
      this.since = requireNonNull(since, "since");
      return this;
    }

    /**
     * Sets the last day of the period, as of which things are overdue; by default today, by the
     * clock.
     *
     * @param until the date
     * @return this builder
     * @since 0.1.0
     */
    public Builder until(LocalDate until) {
      this.until = requireNonNull(until, "until");
      return this;
    }

    /**
     * Sets where today's date comes from, for a period that ends today.
     *
     * @param clock the clock
     * @return this builder
     * @since 0.1.0
     */
    public Builder clock(Clock clock) {
      this.clock = requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Sets the health rounds, oldest first; the last two are compared.
     *
     * @param rounds the rounds
     * @return this builder
     * @since 0.1.0
     */
    public Builder healthRounds(HealthRound... rounds) {
      this.rounds.clear();
      for (HealthRound r : rounds) {
        this.rounds.add(requireNonNull(r, "rounds"));
      }
      return this;
    }

    /**
     * Sets the stewards who speak for the board: an escalation routed to one of them has reached
     * the board's level. By default, the system's stewards at {@link SystemScale#SYSTEM} scale.
     *
     * @param stewards the stewards' ids
     * @return this builder
     * @since 0.1.0
     */
    public Builder boardStewards(StewardId... stewards) {
      this.stewards.clear();
      for (StewardId s : stewards) {
        this.stewards.add(requireNonNull(s, "stewards"));
      }
      return this;
    }

    /**
     * Shows only barriers at these levels; by default every level.
     *
     * @param first a level
     * @param rest more levels
     * @return this builder
     * @since 0.1.0
     */
    public Builder levels(BarrierLevel first, BarrierLevel... rest) {
      this.levels.clear();
      this.levels.add(requireNonNull(first, "levels"));
      for (BarrierLevel l : rest) {
        this.levels.add(requireNonNull(l, "levels"));
      }
      return this;
    }

    /**
     * Shows only the learning of cycles that serve a priority of one of these themes, by title,
     * such as "Housing"; by default every cycle.
     *
     * @param titles the themes' titles
     * @return this builder
     * @since 0.1.0
     */
    public Builder themes(String... titles) {
      this.themes.clear();
      for (String t : titles) {
        this.themes.add(requireNonNull(t, "themes"));
      }
      return this;
    }

    /**
     * Sets the officer the paper goes out under; required.
     *
     * @param leadOfficer the lead officer
     * @return this builder
     * @since 0.1.0
     */
    public Builder leadOfficer(Person leadOfficer) {
      this.leadOfficer = requireNonNull(leadOfficer, "leadOfficer");
      return this;
    }

    /**
     * Sets the date of the meeting the paper goes to; by default none is given.
     *
     * @param meeting the date
     * @return this builder
     * @since 0.1.0
     */
    public Builder meeting(LocalDate meeting) {
      this.meeting = requireNonNull(meeting, "meeting");
      return this;
    }

    /**
     * Sets the paper's author; by default the lead officer.
     *
     * @param author the author
     * @return this builder
     * @since 0.1.0
     */
    public Builder author(Person author) {
      this.author = requireNonNull(author, "author");
      return this;
    }

    /**
     * Builds the digest.
     *
     * @return the digest
     * @throws IllegalStateException if the start of the period or the lead officer is not set
     * @throws IllegalArgumentException if the board is not one of the system's, or the period
     *     ends before it starts, or so near the end of the calendar that the report-back date
     *     ({@link #REPORT_BACK} later) is past {@link LocalDate#MAX}
     * @since 0.1.0
     */
    public LearningDigest build() {
      checkState(since != null, "LearningDigest.since must be set");
      checkState(leadOfficer != null, "LearningDigest.leadOfficer must be set");
      Optional<Board> found = system.board(board);
      checkArgument(found.isPresent(), "LearningDigest.board (%s) must be a board of the system", board);
      LocalDate end = until != null ? until : LocalDate.now(clock);
      checkArgument(!end.isBefore(since), "LearningDigest.until (%s) must not be before LearningDigest.since (%s)", end, since);
      checkArgument(
          !end.isAfter(LAST_UNTIL),
          "LearningDigest.until (%s) must be no later than %s, so that the report-back date, %s days after it, is a date",
          end,
          LAST_UNTIL,
          REPORT_BACK.getDays());
      return new LearningDigest(this, found.get(), end, leadOfficer);
    }
  }
}
