package io.github.hls4j.examples.beanvalidation;

import io.github.hls4j.governance.Board;
import io.github.hls4j.governance.BoardReport;
import io.github.hls4j.governance.GovernanceRules;
import io.github.hls4j.governance.SignOff;
import io.github.hls4j.governance.SignOffRoleKind;
import io.github.hls4j.party.ContactDetails;
import io.github.hls4j.party.Person;
import io.github.hls4j.validation.Profile;
import io.github.hls4j.validation.RuleDescriptor;
import io.github.hls4j.validation.SeverityPolicy;
import io.github.hls4j.validation.ValidationResult;
import io.github.hls4j.validation.Validator;
import java.util.List;
import java.util.Set;

/** hls4j's side of the comparison: the compared rules, and its reports as Bean Validation's. */
public final class BeanReports {

  /** The hls4j rules that {@link BeanBoardReport}'s class-level constraints express. */
  public static final Set<RuleDescriptor> COMPARED_RULES =
      Set.of(
          GovernanceRules.SIGNOFF_MISSING,
          GovernanceRules.SIGNOFF_UNDATED,
          GovernanceRules.RECOMMENDATION_NUMBERING,
          GovernanceRules.RECOMMENDATION_DEPENDENCY_UNKNOWN,
          GovernanceRules.RECOMMENDATION_DEPENDENCY_CYCLE);

  private BeanReports() {}

  /**
   * Returns an hls4j validator at {@code DECISION_READY} that runs only the compared rules: the
   * others are suppressed, so they do not run at all.
   *
   * @return the validator
   */
  public static Validator<BoardReport> comparedRules() {
    SeverityPolicy policy = SeverityPolicy.defaults();
    for (RuleDescriptor rule : GovernanceRules.boardReport().descriptors()) {
      if (!COMPARED_RULES.contains(rule)) {
        policy = policy.suppress(rule.id());
      }
    }
    return Validator.builder(GovernanceRules.boardReport())
        .profile(Profile.DECISION_READY)
        .policy(policy)
        .build();
  }

  /**
   * Writes each violation as {@code rule at path}, sorted, as {@link BeanReportValidation#findings}
   * does.
   *
   * @param result what hls4j found
   * @return the findings, sorted
   */
  public static List<String> findings(ValidationResult result) {
    return result.violations().stream().map(v -> v.rule() + " at " + v.path()).sorted().toList();
  }

  /**
   * Copies the compared parts of a report into the Bean Validation model.
   *
   * @param report the report
   * @return the same report as Bean Validation's model holds it
   */
  public static BeanBoardReport of(BoardReport report) {
    return new BeanBoardReport(
        report.id().value(),
        report.title(),
        board(report.board()),
        person(report.leadOfficer()),
        person(report.author()),
        report.contact().map(BeanReports::contact).orElse(null),
        report.recommendations().stream()
            .map(
                r ->
                    new BeanBoardReport.Recommendation(
                        r.number(), r.action(), r.carriedOutBy().orElse(null), r.dependsOn()))
            .toList(),
        report.signOffs().stream().map(BeanReports::signOff).toList());
  }

  private static BeanBoardReport.Board board(Board board) {
    return new BeanBoardReport.Board(board.id().value(), board.name());
  }

  private static BeanBoardReport.Person person(Person person) {
    return new BeanBoardReport.Person(
        person.id().value(), person.name(), person.roleTitle().orElse(null));
  }

  private static BeanBoardReport.Contact contact(ContactDetails contact) {
    return new BeanBoardReport.Contact(
        contact.email().orElse(null), contact.telephone().orElse(null));
  }

  private static BeanBoardReport.SignOff signOff(SignOff row) {
    return new BeanBoardReport.SignOff(
        new BeanBoardReport.Role(
            row.role().title(),
            row.role().kind() == SignOffRoleKind.LEAD_OFFICER,
            row.role().ifApplicable()),
        row.name().orElse(null),
        row.date().orElse(null),
        row.dateText().orElse(null));
  }
}
