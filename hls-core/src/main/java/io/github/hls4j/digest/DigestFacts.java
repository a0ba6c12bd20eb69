package io.github.hls4j.digest;

import io.github.hls4j.governance.Board;
import io.github.hls4j.governance.ImplicationArea;
import io.github.hls4j.governance.SignOffRole;
import io.github.hls4j.governance.SourceRef;
import io.github.hls4j.health.StakeholderGroup;
import io.github.hls4j.health.SystemBehaviour;
import io.github.hls4j.learning.Escalation;
import io.github.hls4j.learning.Experiment;
import io.github.hls4j.learning.LearningPhase;
import io.github.hls4j.learning.LearningRecord;
import io.github.hls4j.learning.LearningSpace;
import io.github.hls4j.party.Person;
import io.github.hls4j.stewardship.BarrierKind;
import io.github.hls4j.stewardship.BarrierLevel;
import io.github.hls4j.stewardship.SystemScale;
import io.github.hls4j.validation.Violation;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a {@link LearningDigest} selected from a learning system for a board's paper: the facts,
 * before any word is written. {@link DigestWording} turns them into the paper; another wording
 * (another language, a council's own phrases) reads the same facts.
 *
 * <p>Names are the model's names (a cycle's, an organisation's, a steward's holder's), never ids;
 * free text is as the model holds it, and is redacted when the paper is drafted.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param place the place the system serves, such as "Somerset"
 * @param board the board the paper goes to
 * @param decidingBodies the bodies that decide: the board's committees meeting in common, or the
 *     board alone
 * @param since the first day of the period
 * @param until the last day of the period
 * @param meeting the date of the meeting the paper goes to, if given
 * @param asOf the day as of which things are overdue: the meeting date, or the end of the period
 * @param reportBack the date by which a report back is asked for
 * @param leadOfficer the officer the paper goes out under
 * @param author the paper's author
 * @param learned each active cycle's learning, in the system's order
 * @param heldBack how many records of the period were held back as sensitive
 * @param undated how many records were left out for having no date
 * @param barriers the barriers at the board's level
 * @param overdue what is overdue as of {@code asOf}
 * @param concerns what is wrong in the learning system that the board should know
 * @param health the spread and movement of the system's health, if a round was given
 * @param uncovered the titles of the priorities nothing in the system serves
 * @param servedOnlyByTicks the titles of the priorities that only an item ticking every priority
 *     serves: whether anything serves them cannot be told
 * @param unansweredQuestions each steward's holder's name with the stewardship questions it leaves
 *     unanswered
 * @param recommendations the recommendations drafted from the evidence, in order
 * @param alignments the priorities the reported cycles serve, by strategy title, each with the
 *     cycles' names
 * @param signOffRoles the rows of the board's sign-off table
 * @param errors the error-level findings of the learning system's own rules, and of the health
 *     rounds', that concern the board, with each argument that was a model's id replaced by the
 *     name, title or description of what it identifies; a share without an agreement is among the
 *     {@code concerns} instead
 * @since 0.1.0
 */
public record DigestFacts(
    String place,
    Board board,
    List<String> decidingBodies,
    LocalDate since,
    LocalDate until,
    Optional<LocalDate> meeting,
    LocalDate asOf,
    LocalDate reportBack,
    Person leadOfficer,
    Person author,
    List<CycleFacts> learned,
    int heldBack,
    int undated,
    List<BarrierFacts> barriers,
    Overdue overdue,
    List<Concern> concerns,
    Optional<HealthFacts> health,
    List<String> uncovered,
    List<String> servedOnlyByTicks,
    Map<String, List<Question>> unansweredQuestions,
    List<RecommendationFacts> recommendations,
    List<Served> alignments,
    List<SignOffRole> signOffRoles,
    List<Violation> errors) {

  /**
   * Copies the lists and maps, so that the facts are immutable.
   *
   * @since 0.1.0
   */
  public DigestFacts {
    decidingBodies = List.copyOf(decidingBodies);
    learned = List.copyOf(learned);
    barriers = List.copyOf(barriers);
    concerns = List.copyOf(concerns);
    uncovered = List.copyOf(uncovered);
    servedOnlyByTicks = List.copyOf(servedOnlyByTicks);
    unansweredQuestions = ordered(unansweredQuestions);
    recommendations = List.copyOf(recommendations);
    alignments = List.copyOf(alignments);
    signOffRoles = List.copyOf(signOffRoles);
    errors = List.copyOf(errors);
  }

  /**
   * What one cycle learned in the period, and where and with whom.
   *
   * @param name the cycle's name
   * @param scale the scale it works at
   * @param phase its current phase, if it has one
   * @param themes the titles of the priority themes it serves
   * @param records its records of the period, redacted
   * @param experiments its decided experiments
   * @param spaces the spaces where its learning happens
   * @param partners the names of the parties it learns with
   * @param stories the stories of its records whose tellers consented to share them with the board
   * @since 0.1.0
   */
  public record CycleFacts(
      String name,
      SystemScale scale,
      Optional<LearningPhase> phase,
      List<String> themes,
      List<LearningRecord> records,
      List<Experiment> experiments,
      List<LearningSpace> spaces,
      List<String> partners,
      List<String> stories) {

    /**
     * Copies the lists.
     *
     * @since 0.1.0
     */
    public CycleFacts {
      themes = List.copyOf(themes);
      records = List.copyOf(records);
      experiments = List.copyOf(experiments);
      spaces = List.copyOf(spaces);
      partners = List.copyOf(partners);
      stories = List.copyOf(stories);
    }
  }

  /**
   * Who can remove a barrier, as far as the board is concerned.
   *
   * @since 0.1.0
   */
  public enum Power {
    /** The board itself, through a steward whose remit covers the barrier. */
    OWN,
    /** A partner body outside the board's remit. */
    PARTNER,
    /**
     * National government: a national barrier, or legislation, which the board can make visible,
     * not remove. A regional barrier is the board's own or a partner's, as the escalation router
     * routes it.
     */
    NATIONAL
  }

  /**
   * A barrier at the board's level.
   *
   * @param escalation the escalation, as the model holds it
   * @param description the barrier's description
   * @param kind its kind
   * @param level its level
   * @param organisation the name of the organisation it is in
   * @param raisedBy the name of the cycle that raised it
   * @param answerer the name of the holder of the steward answering it, if any steward's remit
   *     covers it
   * @param power who can remove it
   * @since 0.1.0
   */
  public record BarrierFacts(
      Escalation escalation,
      String description,
      BarrierKind kind,
      BarrierLevel level,
      String organisation,
      String raisedBy,
      Optional<String> answerer,
      Power power) {}

  /**
   * A response owed from outside the system: a barrier made visible that has no response past its
   * date.
   *
   * @param barrier the barrier's description
   * @param to to whom it was made visible
   * @param due when the response was due
   * @since 0.1.0
   */
  public record ResponseOwed(String barrier, String to, LocalDate due) {}

  /**
   * A cycle whose review is past its date.
   *
   * @param cycle the cycle's name
   * @param due when the review was due
   * @param owner the name of the holder of the steward who owns it
   * @since 0.1.0
   */
  public record ReviewOverdue(String cycle, LocalDate due, String owner) {}

  /**
   * What is overdue.
   *
   * @param unanswered barriers unanswered past their date
   * @param notFedBack barriers answered and not yet fed back to the cycle that raised them
   * @param responsesOwed responses owed from outside the system
   * @param reviews cycle reviews past their date
   * @since 0.1.0
   */
  public record Overdue(
      List<BarrierFacts> unanswered,
      List<BarrierFacts> notFedBack,
      List<ResponseOwed> responsesOwed,
      List<ReviewOverdue> reviews) {

    /**
     * Copies the lists.
     *
     * @since 0.1.0
     */
    public Overdue {
      unanswered = List.copyOf(unanswered);
      notFedBack = List.copyOf(notFedBack);
      responsesOwed = List.copyOf(responsesOwed);
      reviews = List.copyOf(reviews);
    }

    /**
     * Returns whether nothing is overdue.
     *
     * @return {@code true} if every list is empty
     * @since 0.1.0
     */
    public boolean isEmpty() {
      return unanswered.isEmpty()
          && notFedBack.isEmpty()
          && responsesOwed.isEmpty()
          && reviews.isEmpty();
    }
  }

  /**
   * Something wrong in the learning system that concerns the board: personal data shared with
   * another organisation without an agreement that covers it.
   *
   * @param from the name of the cycle the learning was shared from
   * @param to to whom it was shared
   * @param purpose the purpose of the share
   * @since 0.1.0
   */
  public record Concern(String from, String to, String purpose) {}

  /**
   * A stewardship question.
   *
   * @since 0.1.0
   */
  public enum Question {
    /** What is stewarded. */
    WHAT_IS_STEWARDED,
    /** On whose behalf. */
    ON_WHOSE_BEHALF,
    /** Accountable to whom. */
    ACCOUNTABLE_TO,
    /** On what basis of legitimacy. */
    BASIS_OF_LEGITIMACY
  }

  /**
   * One gap between stakeholder groups on a behaviour, in the latest round.
   *
   * @param behaviour the behaviour
   * @param lowest the group whose median is lowest
   * @param low its median
   * @param highest the group whose median is highest
   * @param high its median
   * @since 0.1.0
   */
  public record Gap(
      SystemBehaviour behaviour,
      StakeholderGroup lowest,
      double low,
      StakeholderGroup highest,
      double high) {

    /**
     * Returns how far apart the two groups are.
     *
     * @return the difference of the medians
     * @since 0.1.0
     */
    public double width() {
      return high - low;
    }
  }

  /**
   * A movement between rounds among the voices heard in both.
   *
   * @param behaviour the behaviour
   * @param before their median before
   * @param after their median after
   * @since 0.1.0
   */
  public record Movement(SystemBehaviour behaviour, double before, double after) {}

  /**
   * The system's health: the spread between groups first, then the movement among the voices heard
   * in both rounds.
   *
   * @param round the latest round's name
   * @param scores each group's median score on each behaviour in the latest round
   * @param gaps the gaps between groups, widest first
   * @param previous the previous round's name, if two rounds were given
   * @param common how many voices were heard in both rounds
   * @param joined the groups heard only in the latest round, with how many voices
   * @param left the groups heard only in the previous round, with how many voices
   * @param movements the movement of each behaviour among the voices heard in both
   * @param changed the groups heard in both rounds but through some different voices, with how many
   *     of their voices in the latest round were not heard in the previous one
   * @param targets the targets, indicators or payments that assessments of the latest round are
   *     tied to: their scores are not the system's health as its people see it
   * @since 0.1.0
   */
  public record HealthFacts(
      String round,
      Map<StakeholderGroup, Map<SystemBehaviour, Double>> scores,
      List<Gap> gaps,
      Optional<String> previous,
      int common,
      Map<StakeholderGroup, Integer> joined,
      Map<StakeholderGroup, Integer> left,
      List<Movement> movements,
      Map<StakeholderGroup, Integer> changed,
      List<String> targets) {

    /**
     * Copies the lists and maps.
     *
     * @since 0.1.0
     */
    public HealthFacts {
      scores = ordered(scores);
      gaps = List.copyOf(gaps);
      joined = ordered(joined);
      left = ordered(left);
      movements = List.copyOf(movements);
      changed = ordered(changed);
      targets = List.copyOf(targets);
    }
  }

  /**
   * What a recommendation asks.
   *
   * @since 0.1.0
   */
  public enum Ask {
    /** The Chair writes to the national body a barrier was made visible to. */
    CHAIR_WRITES,
    /**
     * The board notes the response of the body a barrier was made visible to, and has it fed back
     * to the cycle that raised the barrier.
     */
    NOTE_RESPONSE,
    /** A body makes a national barrier visible to national government. */
    MAKE_VISIBLE,
    /** A partner body is asked to act on a barrier. */
    ASK_PARTNER,
    /** The board decides to act on a barrier in its remit, with an owner and a report back. */
    DECIDE,
    /** A steward reports back on a barrier unanswered past its date. */
    REPORT_BACK,
    /** The board's own answer is fed back to the cycle that raised the barrier. */
    FEED_BACK_OWN,
    /** A steward feeds an answer back to the cycle that raised the barrier. */
    FEED_BACK,
    /** A cycle's owner reports back on its review. */
    REVIEW,
    /** The working group considers what would serve a priority nothing serves. */
    SERVE_PRIORITY
  }

  /**
   * A recommendation, before it is worded.
   *
   * @param number its number
   * @param ask what it asks
   * @param subject what it is about: a barrier's description, a cycle's name or a priority's title
   * @param body who carries it out, by name
   * @param to to whom the Chair writes or whom the barrier concerns, if anyone
   * @param raisedBy the name of the cycle the barrier came from, if any
   * @param on the date the barrier was raised, made visible or due, if any
   * @param by the date by which it is to be done or reported back on, if any
   * @param response the response already received from outside the system to the barrier made
   *     visible, if any: reported, not asked for again
   * @param barrierKind the kind of barrier it concerns, if any
   * @param areas the implication areas it touches
   * @param basedOn the items it was drafted from
   * @param bodyIsGroup whether the body is a working group (or another named group such as a
   *     board), which a sentence names with an article: "the Human Learning Systems working group"
   * @since 0.1.0
   */
  public record RecommendationFacts(
      int number,
      Ask ask,
      String subject,
      Optional<String> body,
      Optional<String> to,
      Optional<String> raisedBy,
      Optional<LocalDate> on,
      Optional<LocalDate> by,
      Optional<String> response,
      Optional<BarrierKind> barrierKind,
      Set<ImplicationArea> areas,
      List<SourceRef> basedOn,
      boolean bodyIsGroup) {

    /**
     * Copies the sets and lists.
     *
     * @since 0.1.0
     */
    public RecommendationFacts {
      areas = Set.copyOf(areas);
      basedOn = List.copyOf(basedOn);
    }
  }

  /**
   * The priorities of one strategy that the reported cycles serve.
   *
   * @param strategy the strategy, as the system holds it
   * @param priorities each priority's id with the names of the cycles that serve it
   * @since 0.1.0
   */
  public record Served(
      io.github.hls4j.strategy.Strategy strategy,
      Map<io.github.hls4j.strategy.PriorityId, List<String>> priorities) {

    /**
     * Keeps the order of the priorities.
     *
     * @since 0.1.0
     */
    public Served {
      priorities = ordered(priorities);
    }
  }

  /** Returns an unmodifiable copy of a map that keeps its order. */
  static <K, V> Map<K, V> ordered(Map<K, V> map) {
    return java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(map));
  }
}
