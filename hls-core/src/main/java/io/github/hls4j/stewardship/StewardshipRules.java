package io.github.hls4j.stewardship;

import com.google.common.collect.ImmutableList;
import io.github.hls4j.validation.Profile;
import io.github.hls4j.validation.RuleDescriptor;
import io.github.hls4j.validation.RuleSet;
import io.github.hls4j.validation.Severity;
import io.github.hls4j.validation.Validator;
import java.util.List;

/**
 * The {@code stewardship/*} rules for one {@link SystemSteward} or one {@link WorkingGroup}. The
 * rule that needs the whole system, {@code stewardship/no-leadership-steward}, runs on a {@code
 * LearningSystem} (see {@code io.github.hls4j.system.SystemRules}).
 *
 * @since 0.1.0
 */
public final class StewardshipRules {

  /**
   * {@code stewardship/working-group-single-agency}: a multi-agency group whose members come from
   * fewer than two organisations. Arguments: {@code group}, {@code organisations}.
   *
   * @since 0.1.0
   */
  public static final RuleDescriptor WORKING_GROUP_SINGLE_AGENCY =
      RuleDescriptor.builder("stewardship/working-group-single-agency")
          .severity(Severity.WARNING)
          .profiles(Profile.DECISION_READY, Profile.PUBLISHED)
          .summary(
              "A multi-agency working group draws its members from fewer than two organisations.")
          .message(
              "{group} is called multi-agency but its members come from {organisations} organisation(s)")
          .build();

  /**
   * {@code stewardship/group-without-reporting-line}: a working group that reports to no board.
   * Arguments: {@code group}.
   *
   * @since 0.1.0
   */
  public static final RuleDescriptor GROUP_WITHOUT_REPORTING_LINE =
      RuleDescriptor.builder("stewardship/group-without-reporting-line")
          .severity(Severity.WARNING)
          .profiles(Profile.DECISION_READY, Profile.PUBLISHED)
          .summary("A working group reports to no board, so its learning has no way up.")
          .message("{group} reports to no board")
          .build();

  /**
   * {@code stewardship/steward-without-responsibility}: a steward with no stated responsibility.
   * Arguments: {@code steward}.
   *
   * @since 0.1.0
   */
  public static final RuleDescriptor STEWARD_WITHOUT_RESPONSIBILITY =
      RuleDescriptor.builder("stewardship/steward-without-responsibility")
          .severity(Severity.WARNING)
          .summary("A system steward has no stated stewardship responsibility.")
          .message("Steward {steward} has no stated responsibility")
          .build();

  /**
   * {@code stewardship/stewardship-questions-unanswered}: a stewardship question left unanswered;
   * one finding per question. Arguments: {@code steward}, {@code question}.
   *
   * @since 0.1.0
   */
  public static final RuleDescriptor STEWARDSHIP_QUESTIONS_UNANSWERED =
      RuleDescriptor.builder("stewardship/stewardship-questions-unanswered")
          .severity(Severity.INFO)
          .profiles(Profile.DECISION_READY, Profile.PUBLISHED)
          .summary(
              "A steward has not answered a stewardship question: what is stewarded, on whose"
                  + " behalf, accountable to whom, on what basis of legitimacy.")
          .message("Steward {steward} has not answered the stewardship question {question}")
          .build();

  private static final RuleSet<SystemSteward> STEWARD_RULES =
      RuleSet.<SystemSteward>builder()
          .add(STEWARD_WITHOUT_RESPONSIBILITY, StewardshipChecks::stewardWithoutResponsibility)
          .add(STEWARDSHIP_QUESTIONS_UNANSWERED, StewardshipChecks::stewardshipQuestionsUnanswered)
          .build();

  private static final RuleSet<WorkingGroup> GROUP_RULES =
      RuleSet.<WorkingGroup>builder()
          .add(WORKING_GROUP_SINGLE_AGENCY, StewardshipChecks::workingGroupSingleAgency)
          .add(GROUP_WITHOUT_REPORTING_LINE, StewardshipChecks::groupWithoutReportingLine)
          .build();

  private StewardshipRules() {}

  /**
   * Returns the rules for one steward.
   *
   * @return the rule set
   * @since 0.1.0
   */
  public static RuleSet<SystemSteward> systemSteward() {
    return STEWARD_RULES;
  }

  /**
   * Returns a validator of stewards with every rule of this class, for a profile, under the default
   * severity policy.
   *
   * @param profile the profile
   * @return the validator
   * @since 0.1.0
   */
  public static Validator<SystemSteward> validator(Profile profile) {
    return Validator.builder(STEWARD_RULES).profile(profile).build();
  }

  /**
   * Returns the rules for one working group.
   *
   * @return the rule set
   * @since 0.1.0
   */
  public static RuleSet<WorkingGroup> workingGroup() {
    return GROUP_RULES;
  }

  /**
   * Returns the descriptors of the rules of this class.
   *
   * @return an unmodifiable list
   * @since 0.1.0
   */
  public static List<RuleDescriptor> descriptors() {
    return ImmutableList.<RuleDescriptor>builder()
        .addAll(STEWARD_RULES.descriptors())
        .addAll(GROUP_RULES.descriptors())
        .build();
  }
}
