package io.github.hls4j.strategy;

import io.github.hls4j.validation.Profile;
import io.github.hls4j.validation.RuleDescriptor;
import io.github.hls4j.validation.RuleSet;
import io.github.hls4j.validation.Severity;
import io.github.hls4j.validation.Validator;
import java.util.List;

/**
 * The {@code alignment/*} rules, for any {@link Alignable} item. Paths start at the item's {@code
 * strategyAlignments}.
 *
 * @since 0.1.0
 */
public final class AlignmentRules {

  /** The form of a message that has no successor to name. */
  static final String UNNAMED = "unnamed";

  /**
   * {@code alignment/unknown-priority}: a link names a priority the strategy does not have.
   * Arguments: {@code priority}, {@code strategy}.
   *
   * @since 0.1.0
   */
  public static final RuleDescriptor UNKNOWN_PRIORITY =
      RuleDescriptor.builder("alignment/unknown-priority")
          .severity(Severity.ERROR)
          .summary("A link ticks a priority that its strategy does not have.")
          .message("Priority {priority} is not a priority of strategy {strategy}")
          .build();

  /**
   * {@code alignment/proposed-priority}: a link proposes a priority its strategy does not have yet.
   * Information for whoever owns the strategy, not an error. Arguments: {@code priority}, {@code
   * strategy}.
   *
   * @since 0.1.0
   */
  public static final RuleDescriptor PROPOSED_PRIORITY =
      RuleDescriptor.builder("alignment/proposed-priority")
          .severity(Severity.INFO)
          .summary("A link proposes a priority its strategy does not have yet.")
          .message(
              "Priority {priority} is proposed for strategy {strategy}, which does not have it yet")
          .build();

  /**
   * {@code alignment/unaligned}: the item ticks no priority of any strategy. No arguments.
   *
   * @since 0.1.0
   */
  public static final RuleDescriptor UNALIGNED =
      RuleDescriptor.builder("alignment/unaligned")
          .severity(Severity.WARNING)
          .profiles(Profile.DECISION_READY, Profile.PUBLISHED)
          .summary("The item ticks no priority of any strategy.")
          .message("No strategy priority is ticked: say which priorities this work serves")
          .build();

  /**
   * {@code alignment/all-ticked-without-rationale}: every priority of a strategy is ticked and no
   * tick says why. Arguments: {@code strategy} (its title), {@code priorities} (how many).
   *
   * @since 0.1.0
   */
  public static final RuleDescriptor ALL_TICKED_WITHOUT_RATIONALE =
      RuleDescriptor.builder("alignment/all-ticked-without-rationale")
          .severity(Severity.WARNING)
          .profiles(Profile.DECISION_READY, Profile.PUBLISHED)
          .summary(
              "Every priority of a strategy is ticked and no tick has a priority-specific"
                  + " rationale.")
          .message(
              "All {priorities} priorities of the strategy \"{strategy}\" are ticked with no rationale for"
                  + " any of them, which says little about what the work serves")
          .build();

  /**
   * {@code alignment/strategy-superseded}: an alignment ticks a strategy that is superseded, by its
   * own status or, in a learning system, by a later revision that {@linkplain Strategy#supersedes()
   * supersedes} it. Arguments: {@code strategy}, {@code successor} (the revision's id); when no
   * revision is named, the message's {@code unnamed} form, with {@code strategy} alone.
   *
   * @since 0.1.0
   */
  public static final RuleDescriptor STRATEGY_SUPERSEDED =
      RuleDescriptor.builder("alignment/strategy-superseded")
          .severity(Severity.WARNING)
          .summary(
              "An item is aligned to a strategy that is superseded: align it to the version in force.")
          .message(
              "Strategy {strategy} is superseded (by {successor}); align to the version in force")
          .message(
              UNNAMED,
              "Strategy {strategy} is superseded, and no revision of it is named; align to the"
                  + " version in force")
          .build();

  /**
   * {@code alignment/strategy-not-adopted}: an alignment ticks a strategy that is still a draft or
   * out to consultation, which a decision should not rest on. Arguments: {@code strategy}, {@code
   * status}.
   *
   * @since 0.1.0
   */
  public static final RuleDescriptor STRATEGY_NOT_ADOPTED =
      RuleDescriptor.builder("alignment/strategy-not-adopted")
          .severity(Severity.WARNING)
          .profiles(Profile.DECISION_READY, Profile.PUBLISHED)
          .summary(
              "An item is aligned to a strategy that is a draft or out to consultation, not adopted.")
          .message(
              "Strategy {strategy} is {status}, not adopted; a decision should rest on an adopted strategy")
          .build();

  private static final RuleSet<Alignable> RULES =
      RuleSet.<Alignable>builder()
          .add(UNKNOWN_PRIORITY, AlignmentChecks::unknownPriority)
          .add(PROPOSED_PRIORITY, AlignmentChecks::proposedPriority)
          .add(UNALIGNED, AlignmentChecks::unaligned)
          .add(ALL_TICKED_WITHOUT_RATIONALE, AlignmentChecks::allTickedWithoutRationale)
          .add(STRATEGY_SUPERSEDED, AlignmentChecks::strategySuperseded)
          .add(STRATEGY_NOT_ADOPTED, AlignmentChecks::strategyNotAdopted)
          .build();

  private static final RuleSet<Alignable> LINK_RULES =
      RuleSet.<Alignable>builder()
          .add(UNKNOWN_PRIORITY, AlignmentChecks::unknownPriority)
          .add(PROPOSED_PRIORITY, AlignmentChecks::proposedPriority)
          .add(STRATEGY_SUPERSEDED, AlignmentChecks::strategySuperseded)
          .add(STRATEGY_NOT_ADOPTED, AlignmentChecks::strategyNotAdopted)
          .build();

  private AlignmentRules() {}

  /**
   * Returns the alignment rules, for any alignable item.
   *
   * @return the rule set
   * @since 0.1.0
   */
  public static RuleSet<Alignable> alignable() {
    return RULES;
  }

  /**
   * Returns a validator of alignable items with every rule of this class, for a profile, under the
   * default severity policy.
   *
   * @param profile the profile
   * @return the validator
   * @since 0.1.0
   */
  public static Validator<Alignable> validator(Profile profile) {
    return Validator.builder(RULES).profile(profile).build();
  }

  /**
   * Returns the rules that check each link ({@code alignment/unknown-priority} and {@code
   * alignment/proposed-priority}), for parts such as recommendations that need not tick anything
   * themselves.
   *
   * @return the rule set
   * @since 0.1.0
   */
  public static RuleSet<Alignable> alignableLinks() {
    return LINK_RULES;
  }

  /**
   * Returns the descriptors of the alignment rules.
   *
   * @return an unmodifiable list
   * @since 0.1.0
   */
  public static List<RuleDescriptor> descriptors() {
    return RULES.descriptors();
  }
}
