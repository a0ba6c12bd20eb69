package io.github.hls4j.health;

import io.github.hls4j.validation.Profile;
import io.github.hls4j.validation.RuleDescriptor;
import io.github.hls4j.validation.RuleSet;
import io.github.hls4j.validation.Severity;
import io.github.hls4j.validation.Validator;
import java.util.List;

/**
 * The {@code health/*} rules for a {@link HealthRound}.
 *
 * <pre>{@code
 * ValidationResult result = HealthRules.validator(Profile.PUBLISHED).validate(round);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class HealthRules {

  /**
   * {@code health/incomplete-assessment}: an assessment leaves a behaviour unscored; one finding
   * per behaviour. Arguments: {@code assessor}, {@code behaviour} (the constant's name), {@code
   * description}.
   *
   * @since 0.1.0
   */
  public static final RuleDescriptor INCOMPLETE_ASSESSMENT =
      RuleDescriptor.builder("health/incomplete-assessment")
          .severity(Severity.WARNING)
          .summary("An assessment leaves one of the nine system behaviours unscored.")
          .message("{assessor} has not scored \"{description}\"")
          .build();

  /**
   * {@code health/single-perspective}: every assessment of the round speaks for one stakeholder
   * group. Arguments: {@code group}.
   *
   * @since 0.1.0
   */
  public static final RuleDescriptor SINGLE_PERSPECTIVE =
      RuleDescriptor.builder("health/single-perspective")
          .severity(Severity.WARNING)
          .profiles(Profile.DECISION_READY, Profile.PUBLISHED)
          .summary("Only one stakeholder group is heard in a round of assessments.")
          .message(
              "Only {group} is heard: a system's health needs the views of its different parts")
          .build();

  /**
   * {@code health/no-resident-voice}: no assessment speaks for residents or people using services.
   * Arguments: {@code round}.
   *
   * @since 0.1.0
   */
  public static final RuleDescriptor NO_RESIDENT_VOICE =
      RuleDescriptor.builder("health/no-resident-voice")
          .severity(Severity.WARNING)
          .profiles(Profile.DECISION_READY, Profile.PUBLISHED)
          .summary("Residents or people using services are not among the assessors.")
          .message("No resident or person using services is among the assessors of {round}")
          .build();

  /**
   * {@code health/used-as-target}: an assessment is tied to a performance target or payment.
   * Arguments: {@code target}.
   *
   * @since 0.1.0
   */
  public static final RuleDescriptor USED_AS_TARGET =
      RuleDescriptor.builder("health/used-as-target")
          .severity(Severity.ERROR)
          .summary(
              "An assessment is tied to a performance target or payment: the behaviours are a mirror"
                  + " for conversation, not a KPI.")
          .message(
              "This assessment is tied to \"{target}\": system behaviours are a mirror for"
                  + " conversation, and scores that carry targets or money stop telling the truth")
          .build();

  private static final RuleSet<HealthRound> RULES =
      RuleSet.<HealthRound>builder()
          .add(INCOMPLETE_ASSESSMENT, HealthChecks::incompleteAssessment)
          .add(SINGLE_PERSPECTIVE, HealthChecks::singlePerspective)
          .add(NO_RESIDENT_VOICE, HealthChecks::noResidentVoice)
          .add(USED_AS_TARGET, HealthChecks::usedAsTarget)
          .build();

  private HealthRules() {}

  /**
   * Returns the rules for a round of assessments.
   *
   * @return the rule set
   * @since 0.1.0
   */
  public static RuleSet<HealthRound> healthRound() {
    return RULES;
  }

  /**
   * Returns a validator of rounds with every health rule, for a profile.
   *
   * @param profile the profile
   * @return the validator
   * @since 0.1.0
   */
  public static Validator<HealthRound> validator(Profile profile) {
    return Validator.builder(RULES).profile(profile).build();
  }

  /**
   * Returns the descriptors of the health rules.
   *
   * @return an unmodifiable list
   * @since 0.1.0
   */
  public static List<RuleDescriptor> descriptors() {
    return RULES.descriptors();
  }
}
