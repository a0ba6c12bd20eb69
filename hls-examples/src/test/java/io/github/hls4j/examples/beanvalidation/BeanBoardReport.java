package io.github.hls4j.examples.beanvalidation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.List;

/**
 * The board-report model as a user of Jakarta Bean Validation would write it: records with
 * constraint annotations, and class-level constraints for the checks that span fields. It holds the
 * parts of {@link io.github.hls4j.governance.BoardReport} that the compared checks read, and
 * expresses hls4j's build-time checks on them (required values, non-blank text, identifiers, the
 * form of an e-mail address) and five of its rules: {@code governance/signoff-missing}, {@code
 * governance/signoff-undated}, {@code governance/recommendation-numbering}, {@code
 * governance/recommendation-dependency-unknown} and {@code
 * governance/recommendation-dependency-cycle}.
 *
 * <p>hls4j checks the first group when a model is built and the rules when it is validated; Bean
 * Validation checks both when the object is validated. Optional values are {@code null} when
 * absent, as they would be in such a model.
 *
 * @param id the report's identifier
 * @param title the title
 * @param board the board the report goes to
 * @param leadOfficer the lead officer in the header
 * @param author the author
 * @param contact how to reach the author, or {@code null}
 * @param recommendations the recommendations, in the report's order
 * @param signOffs the sign-off table's rows
 */
@ReportConstraints.SignOffsComplete
@ReportConstraints.SignOffsDated
@ReportConstraints.RecommendationsNumbered
@ReportConstraints.DependenciesKnown
@ReportConstraints.DependenciesAcyclic
public record BeanBoardReport(
    @NotNull @Pattern(regexp = IDENTIFIER) String id,
    @NotBlank String title,
    @NotNull @Valid Board board,
    @NotNull @Valid Person leadOfficer,
    @NotNull @Valid Person author,
    @Valid Contact contact,
    @NotNull List<@NotNull @Valid Recommendation> recommendations,
    @NotNull List<@NotNull @Valid SignOff> signOffs) {

  /** Non-blank text without white space at either end, as hls4j's identifiers are. */
  static final String IDENTIFIER = "(?s)\\S(.*\\S)?";

  /** Text that, when given, is not blank. */
  static final String NOT_BLANK_IF_GIVEN = "(?s).*\\S.*";

  /**
   * The board.
   *
   * @param id the board's identifier
   * @param name the board's name
   */
  public record Board(@NotNull @Pattern(regexp = IDENTIFIER) String id, @NotBlank String name) {}

  /**
   * A person named in the report.
   *
   * @param id the person's identifier
   * @param name the name as written
   * @param roleTitle the role title, or {@code null}
   */
  public record Person(
      @NotNull @Pattern(regexp = IDENTIFIER) String id,
      @NotBlank String name,
      @Pattern(regexp = NOT_BLANK_IF_GIVEN) String roleTitle) {}

  /**
   * Contact details: an e-mail address, a telephone number, or both.
   *
   * @param email the e-mail address, or {@code null}
   * @param telephone the telephone number, or {@code null}
   */
  public record Contact(
      @Email(regexp = "[^@]+@[^@.]+(\\.[^@.]+)+") String email,
      @Pattern(regexp = NOT_BLANK_IF_GIVEN) String telephone) {

    /**
     * Returns whether there is a way to reach the person.
     *
     * @return {@code true} if an e-mail address or a telephone number is given
     */
    @AssertTrue
    public boolean isReachable() {
      return email != null || telephone != null;
    }
  }

  /**
   * A recommendation.
   *
   * @param number its number, from 1
   * @param action what the board is asked to approve
   * @param carriedOutBy who carries it out, or {@code null}
   * @param dependsOn the numbers of the recommendations it depends on
   */
  public record Recommendation(
      @Min(1) int number,
      @NotBlank String action,
      String carriedOutBy,
      @NotNull List<@NotNull Integer> dependsOn) {}

  /**
   * A row of the sign-off table.
   *
   * @param role the role that signs
   * @param name who signs, or {@code null}
   * @param date the date signed, or {@code null}
   * @param dateText text in the date cell in place of a date, or {@code null}
   */
  public record SignOff(@NotNull @Valid Role role, String name, LocalDate date, String dateText) {

    /**
     * Returns whether the row holds at most one of a date and a text in its place.
     *
     * @return {@code false} if both are given
     */
    @AssertTrue
    public boolean isDateOrText() {
      return date == null || dateText == null;
    }
  }

  /**
   * A role in the sign-off table.
   *
   * @param title the title as the template gives it
   * @param leadOfficer whether the role is the lead officer's
   * @param ifApplicable whether the role signs only if it applies to the report
   */
  public record Role(@NotBlank String title, boolean leadOfficer, boolean ifApplicable) {}
}
