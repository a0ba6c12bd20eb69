package io.github.hls4j.learning;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.hls4j.validation.Profile;
import io.github.hls4j.validation.Rule;
import io.github.hls4j.validation.RuleContext;
import io.github.hls4j.validation.RuleDescriptor;
import io.github.hls4j.validation.RuleSet;
import io.github.hls4j.validation.Severity;
import io.github.hls4j.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The {@code learning/*} rules: for one {@link LearningCycle}, and for the {@link LearningLoops} of
 * a system (shares, escalations, and every cycle at {@code cycles[i]}). Rules that depend on the
 * date read it from the {@link Clock} they are given, never from the wall clock.
 *
 * <pre>{@code
 * Validator<LearningCycle> validator =
 *     Validator.builder(LearningRules.learningCycle(Clock.systemDefaultZone())).build();
 * }</pre>
 *
 * @since 0.1.0
 */
public final class LearningRules {

  /** {@code learning/phase-skipped}: a cycle moved forward past a phase. @since 0.1.0 */
  public static final RuleDescriptor PHASE_SKIPPED =
      RuleDescriptor.builder("learning/phase-skipped")
          .severity(Severity.WARNING)
          .summary(
              "A learning cycle moved forward past a phase; moving back is normal, skipping ahead is worth a look.")
          .message("Cycle {cycle} moved to {phase} skipping {skipped} phase(s)")
          .build();

  /**
   * {@code learning/experiment-without-learning}: a decided experiment with nothing learned. @since
   * 0.1.0
   */
  public static final RuleDescriptor EXPERIMENT_WITHOUT_LEARNING =
      RuleDescriptor.builder("learning/experiment-without-learning")
          .severity(Severity.WARNING)
          .summary("An experiment has a decision but no record of what was learned.")
          .message(
              "The experiment \"{question}\" was decided ({decision}) with nothing recorded as learned")
          .build();

  /**
   * {@code learning/error-without-learning}: an error recorded without what was learned. @since
   * 0.1.0
   */
  public static final RuleDescriptor ERROR_WITHOUT_LEARNING =
      RuleDescriptor.builder("learning/error-without-learning")
          .severity(Severity.WARNING)
          .summary(
              "An error is recorded without what was learned from it: errors are recorded for learning, not blame.")
          .message("An error in cycle {cycle} is recorded without what was learned from it")
          .build();

  /**
   * {@code learning/safe-and-legal-unconfirmed}: a flex without a safe and legal
   * confirmation. @since 0.1.0
   */
  public static final RuleDescriptor SAFE_AND_LEGAL_UNCONFIRMED =
      RuleDescriptor.builder("learning/safe-and-legal-unconfirmed")
          .severity(Severity.ERROR)
          .summary(
              "An experiment flexes a threshold, rule or spending line without a safe and legal confirmation by an accountable steward.")
          .message(
              "The experiment \"{question}\" flexes {flexes} but no accountable steward has confirmed it is safe and legal")
          .build();

  /** {@code learning/review-overdue}: a cycle past its review date. @since 0.1.0 */
  public static final RuleDescriptor REVIEW_OVERDUE =
      RuleDescriptor.builder("learning/review-overdue")
          .severity(Severity.WARNING)
          .profiles(Profile.DECISION_READY, Profile.PUBLISHED)
          .summary("A learning cycle is past its next review date.")
          .message("Cycle {cycle} was due for review on {due}; today is {today}")
          .build();

  /**
   * {@code learning/measure-as-target}: a measure used as a target or payment trigger. @since 0.1.0
   */
  public static final RuleDescriptor MEASURE_AS_TARGET =
      RuleDescriptor.builder("learning/measure-as-target")
          .severity(Severity.ERROR)
          .summary(
              "A measure attached to a learning cycle is used as a target or payment trigger: the \"markets, managers and metrics\" pattern.")
          .message(
              "The measure \"{measure}\" is used as {use}; in a learning system measures are for learning")
          .build();

  /**
   * {@code learning/share-without-agreement}: personal data shared across organisations without a
   * covering agreement. @since 0.1.0
   */
  public static final RuleDescriptor SHARE_WITHOUT_AGREEMENT =
      RuleDescriptor.builder("learning/share-without-agreement")
          .severity(Severity.ERROR)
          .summary(
              "A share carries personal data to another organisation without a data-sharing agreement that covers both and the purpose.")
          .message(
              "Personal data goes from {from} to {to} for \"{purpose}\" without an agreement that covers it")
          .build();

  /**
   * {@code learning/escalation-unrouted}: a barrier nobody's remit covers. Arguments: {@code kind},
   * {@code organisation}, {@code scale} (the scale that raised it, in words), {@code reason} (why
   * the router has no steward for it, a fixed phrase of {@link Route.Basis}).
   *
   * @since 0.1.0
   */
  public static final RuleDescriptor ESCALATION_UNROUTED =
      RuleDescriptor.builder("learning/escalation-unrouted")
          .severity(Severity.ERROR)
          .summary("An escalated barrier has nowhere to go: no steward's remit covers it.")
          .message(
              "A {kind} barrier for {organisation} raised at {scale} scale cannot be routed: {reason}")
          .build();

  /**
   * {@code learning/escalation-unanswered}: an escalation open past its response date. @since 0.1.0
   */
  public static final RuleDescriptor ESCALATION_UNANSWERED =
      RuleDescriptor.builder("learning/escalation-unanswered")
          .severity(Severity.WARNING)
          .summary("An escalation is still open past the date it was to be answered by.")
          .message("Escalation {escalation} was to be answered by {due}; today is {today}")
          .build();

  /**
   * {@code learning/escalation-not-fed-back}: an answer not yet fed back to the raising
   * cycle. @since 0.1.0
   */
  public static final RuleDescriptor ESCALATION_NOT_FED_BACK =
      RuleDescriptor.builder("learning/escalation-not-fed-back")
          .severity(Severity.WARNING)
          .summary(
              "An escalation is answered but the answer has not been fed back to the cycle that raised it, so the loop is open.")
          .message("The answer to escalation {escalation} has not been fed back to cycle {cycle}")
          .build();

  /**
   * {@code learning/national-barrier-removed-locally}: an escalation of a barrier that only
   * national government can remove (its level is national, or it is legislation) answered inside
   * the system without having been made visible to anyone outside it. Arguments: {@code
   * escalation}, {@code kind}.
   *
   * @since 0.1.0
   */
  public static final RuleDescriptor NATIONAL_BARRIER_REMOVED_LOCALLY =
      RuleDescriptor.builder("learning/national-barrier-removed-locally")
          .severity(Severity.ERROR)
          .summary(
              "A national barrier is answered inside the system without having been made visible to anyone outside it who can remove it.")
          .message(
              "Escalation {escalation} answers a national {kind} barrier locally; make it visible to whoever can remove it")
          .build();

  /**
   * {@code learning/visible-barrier-unanswered}: a barrier made visible outside the system with no
   * response recorded by the date it was due. Arguments: {@code escalation}, {@code to}, {@code
   * due}, {@code today}.
   *
   * @since 0.1.0
   */
  public static final RuleDescriptor VISIBLE_BARRIER_UNANSWERED =
      RuleDescriptor.builder("learning/visible-barrier-unanswered")
          .severity(Severity.WARNING)
          .summary(
              "A barrier made visible outside the system has no response recorded from those it was made visible to, past the date one was due.")
          .message(
              "Escalation {escalation} was made visible to {to}; a response was due by {due} and none is recorded; today is {today}")
          .build();

  /**
   * {@code learning/personal-identifier-shared}: a personal identifier (an NHS number, an e-mail
   * address, a postcode…; see {@link PersonalIdentifiers}) written into any free text of a share
   * that goes to another organisation: its records' text and evidence not marked personal, its
   * purpose and its recipient. The finding names the kinds, never the identifier. Arguments: {@code
   * kinds}, {@code from}, {@code to}.
   *
   * @since 0.1.0
   */
  public static final RuleDescriptor PERSONAL_IDENTIFIER_SHARED =
      RuleDescriptor.builder("learning/personal-identifier-shared")
          .severity(Severity.ERROR)
          .summary(
              "A share to another organisation has a personal identifier (NHS number, e-mail address, telephone number, NI number, postcode, date of birth) written into its free text.")
          .message(
              "Text shared from {from} to {to} holds a personal identifier: {kinds}; redact the record before it crosses")
          .build();

  /**
   * {@code learning/sensitive-share-unagreed}: a record marked {@code OFFICIAL_SENSITIVE} goes to
   * another organisation without an agreement that covers both organisations, the purpose and that
   * marking. Arguments: {@code from}, {@code to}, {@code purpose}.
   *
   * @since 0.1.0
   */
  public static final RuleDescriptor SENSITIVE_SHARE_UNAGREED =
      RuleDescriptor.builder("learning/sensitive-share-unagreed")
          .severity(Severity.ERROR)
          .summary(
              "An OFFICIAL-SENSITIVE record goes to another organisation without an agreement that covers that marking.")
          .message(
              "An OFFICIAL-SENSITIVE record goes from {from} to {to} for \"{purpose}\" without an agreement that covers the marking")
          .build();

  /**
   * {@code learning/escalation-misrouted}: an escalation records a steward it was routed to other
   * than the one the {@link EscalationRouter} sends its barrier to, as when a national barrier is
   * recorded as routed to a council's own executive. A barrier with no route at all is left to
   * {@code learning/escalation-unrouted}. Arguments: {@code escalation}, {@code scale} (the scale
   * that raised it, in words), {@code recorded}, {@code routed} (the router's steward), {@code
   * reason} (the router's reason, a fixed phrase of {@link Route.Basis}).
   *
   * @since 0.1.0
   */
  public static final RuleDescriptor ESCALATION_MISROUTED =
      RuleDescriptor.builder("learning/escalation-misrouted")
          .severity(Severity.WARNING)
          .summary(
              "An escalation's recorded steward is not the one the escalation router sends its barrier to.")
          .message(
              "Escalation {escalation}, raised at {scale} scale, is recorded as routed to {recorded}, but the router sends it to {routed}: {reason}")
          .build();

  /**
   * {@code learning/national-barrier-filed-local}: a barrier of a kind that is national by nature
   * (national policy, a funding regime, regulation and inspection, central–local relations; see
   * {@link io.github.hls4j.stewardship.BarrierKind#usualLevel()}) filed with the level {@code
   * LOCAL}, which keeps it from being routed to the top of the system and made visible, and from
   * {@code learning/national-barrier-removed-locally}. Legislation goes to the top whatever its
   * level says. Arguments: {@code escalation}, {@code kind}.
   *
   * @since 0.1.0
   */
  public static final RuleDescriptor NATIONAL_BARRIER_FILED_LOCAL =
      RuleDescriptor.builder("learning/national-barrier-filed-local")
          .severity(Severity.WARNING)
          .summary(
              "A barrier of a kind that is national by nature (funding regime, central-local relations…) is filed with the level LOCAL.")
          .message(
              "Escalation {escalation} files a {kind} barrier as LOCAL; a barrier of this kind is national and must be made visible")
          .build();

  /**
   * {@code learning/national-barrier-hidden}: an escalation of a barrier that only national
   * government can remove is still open and has not been made visible to anyone outside the system.
   * Arguments: {@code escalation}, {@code kind}.
   *
   * @since 0.1.0
   */
  public static final RuleDescriptor NATIONAL_BARRIER_HIDDEN =
      RuleDescriptor.builder("learning/national-barrier-hidden")
          .severity(Severity.WARNING)
          .profiles(Profile.DECISION_READY, Profile.PUBLISHED)
          .summary(
              "A national barrier's escalation is open and has not been made visible to anyone outside the system who can remove it.")
          .message(
              "Escalation {escalation} of a national {kind} barrier is open and has not been made visible outside the system")
          .build();

  private static final List<RuleDescriptor> DESCRIPTORS =
      ImmutableList.of(
          PHASE_SKIPPED,
          EXPERIMENT_WITHOUT_LEARNING,
          ERROR_WITHOUT_LEARNING,
          SAFE_AND_LEGAL_UNCONFIRMED,
          REVIEW_OVERDUE,
          MEASURE_AS_TARGET,
          SHARE_WITHOUT_AGREEMENT,
          ESCALATION_UNROUTED,
          ESCALATION_UNANSWERED,
          ESCALATION_NOT_FED_BACK,
          NATIONAL_BARRIER_REMOVED_LOCALLY,
          VISIBLE_BARRIER_UNANSWERED,
          PERSONAL_IDENTIFIER_SHARED,
          SENSITIVE_SHARE_UNAGREED,
          ESCALATION_MISROUTED,
          NATIONAL_BARRIER_FILED_LOCAL,
          NATIONAL_BARRIER_HIDDEN);

  /** The rules of one cycle that do not compare with today's date. */
  private static final RuleSet<LearningCycle> UNDATED_CYCLE_RULES =
      RuleSet.<LearningCycle>builder()
          .add(PHASE_SKIPPED, LearningChecks::phaseSkipped)
          .add(EXPERIMENT_WITHOUT_LEARNING, LearningChecks::experimentWithoutLearning)
          .add(ERROR_WITHOUT_LEARNING, LearningChecks::errorWithoutLearning)
          .add(SAFE_AND_LEGAL_UNCONFIRMED, LearningChecks::safeAndLegalUnconfirmed)
          .add(MEASURE_AS_TARGET, LearningChecks::measureAsTarget)
          .build();

  private LearningRules() {}

  /**
   * Returns the rules for one learning cycle.
   *
   * @param clock where today's date comes from
   * @return the rule set
   * @since 0.1.0
   */
  public static RuleSet<LearningCycle> learningCycle(Clock clock) {
    requireNonNull(clock, "clock");
    return RuleSet.<LearningCycle>builder()
        .addAll(UNDATED_CYCLE_RULES)
        .add(
            REVIEW_OVERDUE,
            (c, context) -> LearningChecks.reviewOverdue(c, context, LocalDate.now(clock)))
        .build();
  }

  /**
   * Returns a validator of learning cycles with every cycle rule, for a profile, under the default
   * severity policy.
   *
   * @param profile the profile
   * @param clock where today's date comes from
   * @return the validator
   * @since 0.1.0
   */
  public static Validator<LearningCycle> validator(Profile profile, Clock clock) {
    return Validator.builder(learningCycle(clock)).profile(profile).build();
  }

  /**
   * Returns the rules for the learning loops of a system: shares, escalations, and the rules of
   * every cycle at {@code cycles[i]}.
   *
   * @param clock where today's date comes from
   * @return the rule set
   * @since 0.1.0
   */
  public static RuleSet<LearningLoops> learningLoops(Clock clock) {
    requireNonNull(clock, "clock");
    return RuleSet.<LearningLoops>builder()
        .addAll(UNDATED_CYCLE_RULES.onEach("cycles", LearningLoops::cycles))
        .add(
            REVIEW_OVERDUE,
            Rule.onEachOf(
                "cycles", LearningLoops::cycles, l -> today(clock, LearningChecks::reviewOverdue)))
        .add(
            SHARE_WITHOUT_AGREEMENT,
            Rule.onEachOf("shares", LearningLoops::shares, LearningChecks::shareWithoutAgreement))
        .add(
            ESCALATION_UNROUTED,
            Rule.onEachOf(
                "escalations", LearningLoops::escalations, LearningChecks::escalationUnrouted))
        .add(
            ESCALATION_UNANSWERED,
            Rule.onEachOf(
                "escalations",
                LearningLoops::escalations,
                l -> today(clock, LearningChecks::escalationUnanswered)))
        .add(
            ESCALATION_NOT_FED_BACK,
            Rule.onEach(
                "escalations", LearningLoops::escalations, LearningChecks::escalationNotFedBack))
        .add(
            NATIONAL_BARRIER_REMOVED_LOCALLY,
            Rule.onEach(
                "escalations",
                LearningLoops::escalations,
                LearningChecks::nationalBarrierRemovedLocally))
        .add(
            VISIBLE_BARRIER_UNANSWERED,
            Rule.onEachOf(
                "escalations",
                LearningLoops::escalations,
                l -> today(clock, LearningChecks::visibleBarrierUnanswered)))
        .add(
            ESCALATION_MISROUTED,
            Rule.onEachOf(
                "escalations", LearningLoops::escalations, LearningChecks::escalationMisrouted))
        .add(
            NATIONAL_BARRIER_FILED_LOCAL,
            Rule.onEach(
                "escalations",
                LearningLoops::escalations,
                LearningChecks::nationalBarrierFiledLocal))
        .add(
            NATIONAL_BARRIER_HIDDEN,
            Rule.onEach(
                "escalations", LearningLoops::escalations, LearningChecks::nationalBarrierHidden))
        .add(
            PERSONAL_IDENTIFIER_SHARED,
            Rule.onEach("shares", LearningLoops::shares, LearningChecks::personalIdentifierShared))
        .add(
            SENSITIVE_SHARE_UNAGREED,
            Rule.onEachOf("shares", LearningLoops::shares, LearningChecks::sensitiveShareUnagreed))
        .build();
  }

  /** A check that compares with today, for one validation: today is read from the clock once. */
  private interface DatedCheck<E> {
    void check(E element, RuleContext context, LocalDate today);
  }

  private static <E> Rule<E> today(Clock clock, DatedCheck<E> check) {
    LocalDate today = LocalDate.now(clock);
    return (element, context) -> check.check(element, context, today);
  }

  /**
   * Returns the descriptors of the learning rules.
   *
   * @return an unmodifiable list
   * @since 0.1.0
   */
  public static List<RuleDescriptor> descriptors() {
    return DESCRIPTORS;
  }
}
