package io.github.hls4j.system;

import com.google.common.collect.ImmutableList;
import io.github.hls4j.commissioning.CommissioningRules;
import io.github.hls4j.governance.GovernanceRules;
import io.github.hls4j.learning.LearningRules;
import io.github.hls4j.stewardship.StewardshipRules;
import io.github.hls4j.strategy.AlignmentMatrix;
import io.github.hls4j.strategy.AlignmentRules;
import io.github.hls4j.validation.Profile;
import io.github.hls4j.validation.Rule;
import io.github.hls4j.validation.RuleDescriptor;
import io.github.hls4j.validation.RuleSet;
import io.github.hls4j.validation.Severity;
import io.github.hls4j.validation.Validator;
import java.time.Clock;
import java.util.List;

/**
 * The rules for a whole {@link LearningSystem}: references and ids across the system, a leadership
 * steward for escalated learning to land with, and priorities nothing serves; and the rules of
 * every steward, working group and report in it, at paths inside the system.
 *
 * <pre>{@code
 * ValidationResult result =
 *     SystemRules.validator(Profile.DECISION_READY, Clock.systemDefaultZone()).validate(system);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class SystemRules {

  /**
   * The form of a message that has no successor to name: of {@code system/organisation-inactive},
   * and of {@code alignment/strategy-superseded} as {@link AlignmentRules} describes it.
   */
  static final String UNNAMED = "unnamed";

  /**
   * {@code system/unknown-reference}: an id that refers to nothing the system holds. Arguments:
   * {@code kind} (party, board, report, recommendation, strategy, priority), {@code id}.
   *
   * @since 0.1.0
   */
  public static final RuleDescriptor UNKNOWN_REFERENCE =
      RuleDescriptor.builder("system/unknown-reference")
          .severity(Severity.ERROR)
          .summary(
              "A reference names a party, board, report, recommendation, strategy or priority the system does not hold.")
          .message("No {kind} {id} in this system")
          .build();

  /**
   * {@code system/duplicate-id}: two things of one kind with one id. Arguments: {@code kind},
   * {@code id}, {@code first} (the path of the first).
   *
   * @since 0.1.0
   */
  public static final RuleDescriptor DUPLICATE_ID =
      RuleDescriptor.builder("system/duplicate-id")
          .severity(Severity.ERROR)
          .summary("Two things of one kind in the system have the same id.")
          .message("The {kind} id {id} is used already, at {first}")
          .build();

  /**
   * {@code stewardship/no-leadership-steward}: the system has no leadership steward, so learning
   * escalated from practice has nowhere to land. Arguments: {@code place}.
   *
   * @since 0.1.0
   */
  public static final RuleDescriptor NO_LEADERSHIP_STEWARD =
      RuleDescriptor.builder("stewardship/no-leadership-steward")
          .severity(Severity.WARNING)
          .summary(
              "The system has no leadership steward, so escalated learning has nowhere to land.")
          .message("{place} has no leadership steward for escalated learning to land with")
          .build();

  /**
   * {@code alignment/uncovered-priority}: a priority of the system's strategies that no report or
   * working group serves. Arguments: {@code priority}, {@code strategy}.
   *
   * @since 0.1.0
   */
  public static final RuleDescriptor UNCOVERED_PRIORITY =
      RuleDescriptor.builder("alignment/uncovered-priority")
          .severity(Severity.INFO)
          .profiles(Profile.DECISION_READY, Profile.PUBLISHED)
          .summary("A strategy priority that no report or working group in the system serves.")
          .message(
              "Nothing in the system serves the priority \"{priority}\" of strategy {strategy}")
          .build();

  /**
   * {@code governance/recommendation-beyond-remit}: a board report's recommendation, drawn from an
   * escalation ({@code basedOn}), asks the board to act on a barrier that it cannot remove: a
   * regional or national barrier, or a local one outside the remit of every steward at the top of
   * the system. A board can agree that its Chair writes to the body that can, ask a partner to act,
   * make the barrier visible or note it; a recommendation that says so ("writes to", "asks", "make
   * visible", "notes", "requests", "lobbies", "raises") is within its reach. Arguments: {@code
   * number}, {@code barrier}, {@code reach} (who alone can remove it, in words).
   *
   * @since 0.1.0
   */
  public static final RuleDescriptor RECOMMENDATION_BEYOND_REMIT =
      RuleDescriptor.builder("governance/recommendation-beyond-remit")
          .severity(Severity.WARNING)
          .profiles(Profile.DECISION_READY, Profile.PUBLISHED)
          .summary(
              "A recommendation asks the board to act itself on a barrier its remit cannot remove, rather than to write, ask or make it visible.")
          .message(
              "Recommendation {number} asks the board to act on the barrier \"{barrier}\", which {reach}: the board can write, ask or make it visible")
          .build();

  /**
   * {@code learning/personal-data-in-multi-agency-cycle}: a learning cycle whose actors come from
   * more than one organisation holds records with personal data, which every organisation in the
   * cycle then sees. Arguments: {@code cycle}, {@code organisations}.
   *
   * @since 0.1.0
   */
  public static final RuleDescriptor PERSONAL_DATA_IN_MULTI_AGENCY_CYCLE =
      RuleDescriptor.builder("learning/personal-data-in-multi-agency-cycle")
          .severity(Severity.WARNING)
          .summary(
              "A learning cycle whose actors span several organisations holds records with personal data: redact them or agree the sharing.")
          .message(
              "Cycle {cycle} has actors from {organisations} organisations and a record with personal data")
          .build();

  /**
   * {@code learning/share-recipient-mismatch}: a share's recipient label names an organisation of
   * the system other than the one its organisation id names, or a person (by name or id) of such an
   * organisation, as when the ids say the share stays inside its organisation but it goes to a
   * partner's officer. The id decides where the share goes; the label must not say otherwise.
   * Arguments: {@code label}, {@code named} (the organisation the label stands for), {@code
   * toOrganisation}.
   *
   * @since 0.1.0
   */
  public static final RuleDescriptor SHARE_RECIPIENT_MISMATCH =
      RuleDescriptor.builder("learning/share-recipient-mismatch")
          .severity(Severity.ERROR)
          .summary(
              "A share's recipient label names a different organisation, or a person of one, from its organisation id.")
          .message("The share is labelled for \"{label}\" ({named}) but goes to {toOrganisation}")
          .build();

  /**
   * {@code system/organisation-inactive}: an organisation referred to on a day outside its active
   * dates, such as a clinical commissioning group after July 2022: an escalation raised for it, a
   * cycle it acts in, a report whose lead officer works for it, a commissioning arrangement it is a
   * member of (at the arrangement's start, or the day after it was abolished within the term). The
   * finding says who succeeded it. Arguments: {@code organisation}, {@code date}, {@code
   * successor}; when the organisation names no successor, the message's {@code unnamed} form, with
   * no {@code successor}.
   *
   * @since 0.1.0
   */
  public static final RuleDescriptor ORGANISATION_INACTIVE =
      RuleDescriptor.builder("system/organisation-inactive")
          .severity(Severity.WARNING)
          .summary(
              "An organisation is referred to on a day when it was not active (abolished or not yet formed).")
          .message("{organisation} was not active on {date}; its successor is {successor}")
          .message(UNNAMED, "{organisation} was not active on {date}, and no successor is named")
          .build();

  /**
   * {@code system/personal-name-in-text}: a person known to be personal — marked as a member of the
   * public, or named in a record's personal evidence — is named in another free text of the system
   * (a cycle's name, an experiment's question, a barrier's description, an escalation's answer…),
   * found with the same folding as names are compared everywhere. The finding says where and whose
   * name, by party id, never the name. Arguments: {@code party}, {@code reason}.
   *
   * @since 0.1.0
   */
  public static final RuleDescriptor PERSONAL_NAME_IN_TEXT =
      RuleDescriptor.builder("system/personal-name-in-text")
          .severity(Severity.WARNING)
          .summary(
              "Free text names a person known to be personal: a member of the public, or someone named in personal evidence.")
          .message("This text names party {party}, {reason}; redact the name")
          .build();

  /**
   * {@code system/personal-identifier-in-text}: a personal identifier (an NHS number, an e-mail
   * address, a postcode…) written into a free text of the system outside evidence marked personal,
   * such as a cycle's name, an experiment's question or a {@code Visibility} response. A share's
   * text is left to {@code learning/personal-identifier-shared}. The finding names the kinds, never
   * the identifier. Arguments: {@code kinds}.
   *
   * @since 0.1.0
   */
  public static final RuleDescriptor PERSONAL_IDENTIFIER_IN_TEXT =
      RuleDescriptor.builder("system/personal-identifier-in-text")
          .severity(Severity.WARNING)
          .summary(
              "Free text outside personal evidence holds a personal identifier (NHS number, e-mail address, telephone number, NI number, postcode, date of birth).")
          .message(
              "This text holds a personal identifier: {kinds}; move it into evidence marked personal, or remove it")
          .build();

  private static final RuleSet<LearningSystem> SYSTEM_RULES =
      RuleSet.<LearningSystem>builder()
          .addAll(
              inParts(
                  UNKNOWN_REFERENCE,
                  ReferenceChecks::unknownReference,
                  Rule.onEachOf(
                      "workingGroups",
                      LearningSystem::workingGroups,
                      ReferenceChecks::unknownInWorkingGroups),
                  Rule.onEachOf(
                      "reports", LearningSystem::reports, ReferenceChecks::unknownInReports),
                  Rule.onEachOf("cycles", LearningSystem::cycles, ReferenceChecks::unknownInCycles),
                  Rule.onEachOf("shares", LearningSystem::shares, ReferenceChecks::unknownInShares),
                  Rule.onEachOf(
                      "escalations",
                      LearningSystem::escalations,
                      ReferenceChecks::unknownInEscalations)))
          .add(DUPLICATE_ID, SystemChecks::duplicateId)
          .add(NO_LEADERSHIP_STEWARD, SystemChecks::noLeadershipSteward)
          .add(UNCOVERED_PRIORITY, SystemChecks::uncoveredPriority)
          .add(RECOMMENDATION_BEYOND_REMIT, RemitCheck::recommendationBeyondRemit)
          .add(
              PERSONAL_DATA_IN_MULTI_AGENCY_CYCLE,
              Rule.onEachOf(
                  "cycles", LearningSystem::cycles, SystemChecks::personalDataInMultiAgencyCycle))
          .add(
              SHARE_RECIPIENT_MISMATCH,
              Rule.onEachOf("shares", LearningSystem::shares, SystemChecks::shareRecipientMismatch))
          .add(ORGANISATION_INACTIVE, SystemChecks::organisationInactive)
          .add(PERSONAL_NAME_IN_TEXT, SystemChecks::personalNameInText)
          .add(PERSONAL_IDENTIFIER_IN_TEXT, SystemChecks::personalIdentifierInText)
          .build();

  private static final RuleSet<LearningSystem> PARTS =
      RuleSet.<LearningSystem>builder()
          .addAll(SYSTEM_RULES)
          .addAll(StewardshipRules.systemSteward().onEach("stewards", LearningSystem::stewards))
          .addAll(
              StewardshipRules.workingGroup()
                  .onEach("workingGroups", LearningSystem::workingGroups))
          .addAll(GovernanceRules.boardReport().onEach("reports", LearningSystem::reports))
          .addAll(
              CommissioningRules.arrangement().onEach("arrangements", LearningSystem::arrangements))
          .merge(AlignmentRules.alignable().onEach("workingGroups", LearningSystem::workingGroups))
          .merge(AlignmentRules.alignable().onEach("cycles", LearningSystem::cycles))
          .replace(
              inParts(
                  AlignmentRules.STRATEGY_SUPERSEDED,
                  Rule.onEachOf(
                      "reports", LearningSystem::reports, StrategyLineageChecks::supersededInItems),
                  Rule.onEachOf(
                      "workingGroups",
                      LearningSystem::workingGroups,
                      StrategyLineageChecks::supersededInItems),
                  Rule.onEachOf(
                      "cycles", LearningSystem::cycles, StrategyLineageChecks::supersededInItems)))
          .replace(
              inParts(
                  AlignmentRules.STRATEGY_NOT_ADOPTED,
                  Rule.onEachOf(
                      "reports", LearningSystem::reports, StrategyLineageChecks::notAdoptedInItems),
                  Rule.onEachOf(
                      "workingGroups",
                      LearningSystem::workingGroups,
                      StrategyLineageChecks::notAdoptedInItems),
                  Rule.onEachOf(
                      "cycles", LearningSystem::cycles, StrategyLineageChecks::notAdoptedInItems)))
          .build();

  private SystemRules() {}

  /**
   * One rule made of parts run one after the other, so that each part lifted onto a list is checked
   * in the validator's one pass over that list.
   */
  @SafeVarargs
  private static RuleSet<LearningSystem> inParts(
      RuleDescriptor descriptor, Rule<LearningSystem>... parts) {
    RuleSet.Builder<LearningSystem> rule = RuleSet.builder();
    for (Rule<LearningSystem> part : parts) {
      rule.merge(RuleSet.<LearningSystem>builder().add(descriptor, part).build());
    }
    return rule.build();
  }

  /**
   * Returns every rule for a learning system: the system's own, those of its parts, the {@code
   * alignment/*} rules on every report, working group and learning cycle (one rule id each,
   * reporting at {@code reports[i]…}, {@code workingGroups[i]…} or {@code cycles[i]…}), and the
   * learning rules, which read today's date from the clock.
   *
   * @param clock where today's date comes from
   * @return the rule set
   * @since 0.1.0
   */
  public static RuleSet<LearningSystem> learningSystem(Clock clock) {
    return RuleSet.<LearningSystem>builder()
        .addAll(PARTS)
        .addAll(LearningRules.learningLoops(clock))
        .build();
  }

  /**
   * Returns a validator of learning systems with every rule, for a profile.
   *
   * @param profile the profile
   * @param clock where today's date comes from
   * @return the validator
   * @since 0.1.0
   */
  public static Validator<LearningSystem> validator(Profile profile, Clock clock) {
    return Validator.builder(learningSystem(clock)).profile(profile).build();
  }

  /**
   * Returns the alignment matrix of a system: its strategies against its reports (labelled {@code
   * report <id>}), working groups ({@code group <id>}) and learning cycles ({@code cycle <id>}).
   * Where an id is used twice, the first holder counts.
   *
   * @param system the system
   * @return the matrix
   * @since 0.1.0
   */
  public static AlignmentMatrix alignmentMatrix(LearningSystem system) {
    return SystemChecks.matrix(system);
  }

  /**
   * Returns the descriptors of the rules that need a whole system.
   *
   * @return an unmodifiable list
   * @since 0.1.0
   */
  public static List<RuleDescriptor> descriptors() {
    return ImmutableList.copyOf(SYSTEM_RULES.descriptors());
  }
}
