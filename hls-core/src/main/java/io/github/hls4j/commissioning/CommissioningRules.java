package io.github.hls4j.commissioning;

import io.github.hls4j.validation.Profile;
import io.github.hls4j.validation.RuleDescriptor;
import io.github.hls4j.validation.RuleSet;
import io.github.hls4j.validation.Severity;
import io.github.hls4j.validation.Validator;
import java.util.List;

/**
 * The built-in rules for commissioning arrangements.
 *
 * <pre>{@code
 * ValidationResult result = Validator.builder(CommissioningRules.arrangement()).build().validate(alliance);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class CommissioningRules {

  /**
   * {@code commissioning/payment-by-measure}: a measure of the arrangement used as a target or a
   * payment trigger, the "markets, managers and metrics" pattern that HLS replaces. Arguments:
   * {@code measure}, {@code use}.
   *
   * @since 0.1.0
   */
  public static final RuleDescriptor PAYMENT_BY_MEASURE =
      RuleDescriptor.builder("commissioning/payment-by-measure")
          .severity(Severity.ERROR)
          .summary(
              "A measure of a commissioning arrangement is used as a target or a payment trigger instead of for learning.")
          .message(
              "The measure \"{measure}\" is used as {use}; in a learning system providers are not paid against measures")
          .build();

  /**
   * {@code commissioning/alliance-of-one}: an alliance whose members come from fewer than two
   * organisations. Arguments: {@code arrangement}, {@code organisations} (how many).
   *
   * @since 0.1.0
   */
  public static final RuleDescriptor ALLIANCE_OF_ONE =
      RuleDescriptor.builder("commissioning/alliance-of-one")
          .severity(Severity.ERROR)
          .summary(
              "An alliance has members from fewer than two organisations, so no responsibility is shared.")
          .message(
              "{arrangement} is an alliance of {organisations} organisation(s); an alliance shares responsibility between several")
          .build();

  /**
   * {@code commissioning/incoherent-terms}: a year's value outside the years the arrangement can
   * run (from the financial year it starts in to the one its last extension ends in), or given
   * twice. Arguments: {@code year}, {@code first}, {@code last}.
   *
   * @since 0.1.0
   */
  public static final RuleDescriptor INCOHERENT_TERMS =
      RuleDescriptor.builder("commissioning/incoherent-terms")
          .severity(Severity.ERROR)
          .summary(
              "A year's value falls outside the financial years the arrangement can run, with every extension, or is given twice.")
          .message(
              "A value is given for {year}, but the arrangement runs from {first} to {last} at most, once for each year")
          .build();

  /**
   * {@code commissioning/member-without-role}: a member whose part in the arrangement is not
   * stated. Arguments: {@code organisation}.
   *
   * @since 0.1.0
   */
  public static final RuleDescriptor MEMBER_WITHOUT_ROLE =
      RuleDescriptor.builder("commissioning/member-without-role")
          .severity(Severity.WARNING)
          .profiles(Profile.DECISION_READY, Profile.PUBLISHED)
          .summary(
              "A member of a commissioning arrangement has no stated role (commissioner, lead provider, provider or partner).")
          .message("The part {organisation} plays in the arrangement is not stated")
          .build();

  private static final RuleSet<Arrangement> RULES =
      RuleSet.<Arrangement>builder()
          .add(PAYMENT_BY_MEASURE, CommissioningChecks::paymentByMeasure)
          .add(ALLIANCE_OF_ONE, CommissioningChecks::allianceOfOne)
          .add(INCOHERENT_TERMS, CommissioningChecks::incoherentTerms)
          .add(MEMBER_WITHOUT_ROLE, CommissioningChecks::memberWithoutRole)
          .build();

  private CommissioningRules() {}

  /**
   * Returns the rules for one arrangement.
   *
   * @return the rule set
   * @since 0.1.0
   */
  public static RuleSet<Arrangement> arrangement() {
    return RULES;
  }

  /**
   * Returns a validator of arrangements with every rule of this class, for a profile, under the
   * default severity policy.
   *
   * @param profile the profile
   * @return the validator
   * @since 0.1.0
   */
  public static Validator<Arrangement> validator(Profile profile) {
    return Validator.builder(RULES).profile(profile).build();
  }

  /**
   * Returns the descriptors of the commissioning rules.
   *
   * @return an unmodifiable list
   * @since 0.1.0
   */
  public static List<RuleDescriptor> descriptors() {
    return RULES.descriptors();
  }
}
