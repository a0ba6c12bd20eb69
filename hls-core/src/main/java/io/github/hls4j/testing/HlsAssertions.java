package io.github.hls4j.testing;

import static java.util.Objects.requireNonNull;

import io.github.hls4j.governance.BoardReport;
import io.github.hls4j.governance.GovernanceRules;
import io.github.hls4j.validation.Profile;
import io.github.hls4j.validation.ValidationResult;
import io.github.hls4j.validation.Validator;

/**
 * Assertions for users' own tests, failing with the full findings table rather than the first
 * finding. They throw {@link AssertionError}, which every test framework reports as a failure.
 *
 * <pre>{@code
 * HlsAssertions.assertNoErrors(report, Profile.DECISION_READY);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class HlsAssertions {

  private HlsAssertions() {}

  /**
   * Asserts that a board report has no error-level finding for a profile under the built-in rules.
   *
   * @param report the report
   * @param profile the profile
   * @return the validation result, warnings and information included, for further checks
   * @throws AssertionError if any finding is an error, with every finding in its message
   * @since 0.1.0
   */
  public static ValidationResult assertNoErrors(BoardReport report, Profile profile) {
    return assertNoErrors(GovernanceRules.validator(requireNonNull(profile, "profile")), report);
  }

  /**
   * Asserts that a validator finds no error in a subject.
   *
   * @param validator the validator
   * @param subject the subject
   * @param <T> the subject's type
   * @return the validation result, for further checks
   * @throws AssertionError if any finding is an error, with every finding in its message
   * @since 0.1.0
   */
  public static <T> ValidationResult assertNoErrors(Validator<T> validator, T subject) {
    ValidationResult result =
        requireNonNull(validator, "validator").validate(requireNonNull(subject, "subject"));
    if (result.hasErrors()) {
      throw new AssertionError(
          "Expected no errors at " + validator.profile() + ", but found:\n" + result);
    }
    return result;
  }
}
