package io.github.hls4j.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

import io.github.hls4j.governance.BackgroundPaper;
import io.github.hls4j.governance.BoardReport;
import io.github.hls4j.governance.GovernanceRules;
import io.github.hls4j.governance.Paragraph;
import io.github.hls4j.governance.ReportSection;
import io.github.hls4j.governance.SignOff;
import io.github.hls4j.governance.SignOffRole;
import io.github.hls4j.governance.SignOffRoleKind;
import io.github.hls4j.validation.FindingPath;
import io.github.hls4j.validation.MessageArguments;
import io.github.hls4j.validation.Profile;
import io.github.hls4j.validation.Rule;
import io.github.hls4j.validation.RuleDescriptor;
import io.github.hls4j.validation.RuleId;
import io.github.hls4j.validation.Severity;
import io.github.hls4j.validation.ValidationResult;
import io.github.hls4j.validation.Validator;
import io.github.hls4j.validation.Violation;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * A council developer's custom rules, written from {@code docs/validation.md} ("Your own rules and
 * policy", "Locating a finding") and the public Javadoc alone, run on the Somerset report and on
 * reports built with the public builders.
 */
class DocumentedCustomRulesTest {

  private static final String RULE_FAILED = "validation/rule-failed";

  private static RuleDescriptor descriptor(String id, String template) {
    return RuleDescriptor.builder(id)
        .severity(Severity.WARNING)
        .profiles(Profile.DECISION_READY, Profile.PUBLISHED)
        .summary("A finding a council's own rule makes.")
        .message(template)
        .build();
  }

  private static Validator<BoardReport> validator(
      RuleDescriptor descriptor, Rule<BoardReport> rule) {
    return Validator.<BoardReport>builder().rule(descriptor, rule).build();
  }

  /** The Somerset report with one more, dated, sign-off: six in all. */
  private static BoardReport somersetWithSixSignOffs() {
    return BoardReport.builder()
        .from(SomersetReport.report())
        .addSignOffs(
            SignOff.builder()
                .role(SignOffRole.required("Director of Public Health", SignOffRoleKind.OTHER))
                .name("Jo Smith")
                .date(LocalDate.of(2025, 1, 20))
                .build())
        .build();
  }

  private static List<Violation> ofRule(ValidationResult result, String id) {
    return result.withRule(RuleId.of(id)).violations();
  }

  @Test
  void report_withOneMessageArgument_keepsTheNumberAsTextAndFillsTheTemplate() {
    RuleDescriptor titleLength =
        descriptor("acme/title-length", "The title has {length} characters");
    Validator<BoardReport> validator =
        validator(
            titleLength,
            (r, context) -> {
              if (r.title().length() > 60) {
                context.report("title", MessageArguments.of("length", r.title().length()));
              }
            });

    List<Violation> found =
        ofRule(validator.validate(SomersetReport.report()), "acme/title-length");

    assertThat(found)
        .extracting(Violation::path, Violation::severity)
        .containsExactly(tuple("title", Severity.WARNING));
    assertThat(found.get(0).arguments()).containsExactly(entry("length", "66"));
    assertThat(found.get(0).messageTemplate()).isEqualTo("The title has {length} characters");
    assertThat(found.get(0).message()).isEqualTo("The title has 66 characters");
    assertThat(found.get(0).messageKey()).isEqualTo("acme/title-length");
  }

  @Test
  void report_withThreeMessageArgumentsAtTypedPaths_keepsEnumsAndNumbersAsTextInNameOrder() {
    RuleDescriptor undated =
        descriptor(
            "acme/signoff-kind-undated", "Sign-off {position} by {name} ({kind}) is undated");
    Validator<BoardReport> validator =
        validator(
            undated,
            (r, context) -> {
              List<SignOff> signOffs = r.signOffs();
              for (int i = 0; i < signOffs.size(); i++) {
                SignOff signOff = signOffs.get(i);
                if (signOff.date().isEmpty()) {
                  context
                      .at("signOffs", i)
                      .report(
                          "date",
                          MessageArguments.of(
                              "position",
                              i + 1,
                              "name",
                              signOff.name().orElse("nobody"),
                              "kind",
                              signOff.role().kind()));
                }
              }
            });

    List<Violation> found =
        ofRule(validator.validate(SomersetReport.report()), "acme/signoff-kind-undated");

    assertThat(found)
        .extracting(Violation::path)
        .containsExactly(
            FindingPath.in(BoardReport.class, "signOffs", 0, "date"),
            FindingPath.in(BoardReport.class, "signOffs", 1, "date"),
            FindingPath.in(BoardReport.class, "signOffs", 2, "date"),
            FindingPath.in(BoardReport.class, "signOffs", 3, "date"),
            FindingPath.in(BoardReport.class, "signOffs", 4, "date"));
    assertThat(found.get(0).path()).isEqualTo("signOffs[0].date");
    Violation chair = found.get(1);
    assertThat(chair.severity()).isEqualTo(Severity.WARNING);
    assertThat(chair.arguments())
        .containsExactly(
            entry("kind", SignOffRoleKind.CHAIR.name()),
            entry("name", "Bill Revans"),
            entry("position", "2"));
    assertThat(chair.message()).isEqualTo("Sign-off 2 by Bill Revans (CHAIR) is undated");
  }

  @Test
  void report_withFiveMessageArguments_keepsDatesNumbersAndEnumsAsTextOrderedByName() {
    RuleDescriptor late =
        descriptor(
            "acme/signoffs-late",
            "{who} ({kind}) is sign-off {count} of {total}, due by {deadline}");
    LocalDate deadline = LocalDate.of(2025, 3, 31);
    Validator<BoardReport> validator =
        validator(
            late,
            (r, context) ->
                context
                    .at("signOffs", 1)
                    .report(
                        "name",
                        MessageArguments.of(
                            "who",
                            r.signOffs().get(1).name().orElseThrow(),
                            "total",
                            r.signOffs().size(),
                            "kind",
                            r.signOffs().get(1).role().kind(),
                            "deadline",
                            deadline,
                            "count",
                            2L)));

    List<Violation> found =
        ofRule(validator.validate(SomersetReport.report()), "acme/signoffs-late");

    assertThat(found)
        .extracting(Violation::path, Violation::severity)
        .containsExactly(tuple("signOffs[1].name", Severity.WARNING));
    assertThat(found.get(0).arguments())
        .containsExactly(
            entry("count", "2"),
            entry("deadline", "2025-03-31"),
            entry("kind", "CHAIR"),
            entry("total", "5"),
            entry("who", "Bill Revans"));
    assertThat(found.get(0).message())
        .isEqualTo("Bill Revans (CHAIR) is sign-off 2 of 5, due by 2025-03-31");
  }

  @Test
  void report_withMapOfInsteadOfMessageArguments_givesAnEqualViolation() {
    Function<Function<BoardReport, Map<String, ?>>, Violation> findingWith =
        arguments -> {
          RuleDescriptor titleLength =
              descriptor("acme/title-length", "The title has {length} characters; limit {limit}");
          Validator<BoardReport> validator =
              validator(titleLength, (r, context) -> context.report("title", arguments.apply(r)));
          List<Violation> found =
              ofRule(validator.validate(SomersetReport.report()), "acme/title-length");
          assertThat(found).hasSize(1);
          return found.get(0);
        };

    Violation fromMessageArguments =
        findingWith.apply(r -> MessageArguments.of("length", r.title().length(), "limit", 60));
    Violation fromMap = findingWith.apply(r -> Map.of("limit", 60, "length", r.title().length()));

    assertThat(fromMap).isEqualTo(fromMessageArguments).hasSameHashCodeAs(fromMessageArguments);
    assertThat(fromMap.arguments()).isEqualTo(fromMessageArguments.arguments());
    assertThat(MessageArguments.of("length", 66, "limit", 60))
        .isEqualTo(Map.of("limit", "60", "length", "66"));
  }

  @Test
  void report_atSectionsThenParagraphsAndAtAnIndexedId_givesNestedTypedPaths() {
    RuleDescriptor paragraphs = descriptor("acme/paragraph-check", "Paragraph {number}: {what}");
    Validator<BoardReport> validator =
        validator(
            paragraphs,
            (r, context) -> {
              List<ReportSection> sections = r.sections();
              for (int i = 0; i < sections.size(); i++) {
                List<Paragraph> paras = sections.get(i).paragraphs();
                for (int j = 0; j < paras.size(); j++) {
                  Paragraph paragraph = paras.get(j);
                  var at = context.at("sections", i).at("paragraphs", j);
                  if (paragraph.isEmpty()) {
                    at.report(
                        "text", MessageArguments.of("number", paragraph.number(), "what", "empty"));
                  }
                  for (int k = 0; k < paragraph.items().size(); k++) {
                    at.report(
                        "items",
                        k,
                        MessageArguments.of(
                            "number",
                            paragraph.number(),
                            "what",
                            paragraph.items().get(k).label()));
                  }
                }
              }
              for (int i = 0; i < r.recommendations().size(); i++) {
                List<Integer> dependsOn = r.recommendations().get(i).dependsOn();
                for (int j = 0; j < dependsOn.size(); j++) {
                  context
                      .at("recommendations", i)
                      .report(
                          "dependsOn",
                          j,
                          MessageArguments.of("number", i + 1, "what", dependsOn.get(j)));
                }
              }
            });

    ValidationResult result = validator.validate(SomersetReport.report());

    assertThat(result.violations())
        .extracting(v -> v.rule().toString())
        .doesNotContain(RULE_FAILED);
    assertThat(ofRule(result, "acme/paragraph-check"))
        .extracting(
            Violation::path, v -> v.arguments().get("number"), v -> v.arguments().get("what"))
        .containsExactlyInAnyOrder(
            tuple("recommendations[1].dependsOn[0]", "2", "1"),
            tuple(
                FindingPath.in(BoardReport.class, "sections", 3, "paragraphs", 0, "items", 0),
                "4.1",
                "(1)"),
            tuple("sections[3].paragraphs[0].items[1]", "4.1", "(2)"),
            tuple("sections[3].paragraphs[0].items[2]", "4.1", "(3)"),
            tuple(
                FindingPath.in(BoardReport.class, "sections", 3, "paragraphs", 1, "text"),
                "4.2",
                "empty"));
    assertThat(FindingPath.of("sections", 3, "paragraphs", 1, "text"))
        .isEqualTo("sections[3].paragraphs[1].text");
  }

  @Test
  void reportForm_withANamedFormOrAnUnknownOne_givesTheFormsMessageOrFailsTheRule() {
    RuleDescriptor unsigned =
        RuleDescriptor.builder("acme/signoff-unsigned")
            .severity(Severity.INFO)
            .summary("A sign-off names no one, or names someone with no date.")
            .message("Sign-off by {name} has no date")
            .message("unnamed", "A sign-off as {role} names no one")
            .build();
    BoardReport report =
        BoardReport.builder()
            .from(SomersetReport.report())
            .addSignOffs(
                SignOff.builder()
                    .role(SignOffRole.required("Section 151 Officer", SignOffRoleKind.OTHER))
                    .build())
            .build();
    Validator<BoardReport> validator =
        validator(
            unsigned,
            (r, context) -> {
              for (int i = 0; i < r.signOffs().size(); i++) {
                SignOff signOff = r.signOffs().get(i);
                if (signOff.name().isEmpty()) {
                  context
                      .at("signOffs", i)
                      .reportForm(
                          "unnamed", "name", MessageArguments.of("role", signOff.role().title()));
                }
              }
            });

    List<Violation> found = ofRule(validator.validate(report), "acme/signoff-unsigned");

    assertThat(found)
        .extracting(Violation::path, Violation::severity, Violation::messageKey)
        .containsExactly(tuple("signOffs[5].name", Severity.INFO, "acme/signoff-unsigned.unnamed"));
    assertThat(found.get(0).arguments()).containsExactly(entry("role", "Section 151 Officer"));
    assertThat(found.get(0).messageTemplate()).isEqualTo("A sign-off as {role} names no one");
    assertThat(found.get(0).message()).isEqualTo("A sign-off as Section 151 Officer names no one");

    Validator<BoardReport> misnamed =
        validator(unsigned, (r, context) -> context.reportForm("unsigned", "title", Map.of()));
    assertThat(ofRule(misnamed.validate(report), RULE_FAILED))
        .extracting(Violation::path, v -> v.arguments().get("rule"))
        .containsExactly(tuple("", "acme/signoff-unsigned"));
  }

  @Test
  void report_atAMisspeltProperty_failsAsRuleFailedNamingTypeAndPropertyAndOthersStillRun() {
    RuleDescriptor unlinked =
        descriptor("acme/background-paper-unlinked", "Background paper {title} has no link");
    Validator<BoardReport> validator =
        Validator.builder(GovernanceRules.boardReport())
            .rule(
                unlinked,
                (r, context) -> {
                  List<BackgroundPaper> papers = r.backgroundPapers();
                  for (int i = 0; i < papers.size(); i++) {
                    if (papers.get(i).link().isEmpty()) {
                      context
                          .at("backgroundPapers", i)
                          .report("links", MessageArguments.of("title", papers.get(i).title()));
                    }
                  }
                })
            .profile(Profile.DECISION_READY)
            .build();

    ValidationResult result = validator.validate(SomersetReport.report());
    ValidationResult again = validator.validate(SomersetReport.report());

    // A path that failed its check is not kept as checked: the next validation fails the same way.
    assertThat(again).isEqualTo(result);
    assertThat(ofRule(result, "acme/background-paper-unlinked")).isEmpty();
    List<Violation> failed = ofRule(result, RULE_FAILED);
    assertThat(failed)
        .extracting(Violation::path, Violation::severity, v -> v.arguments().get("rule"))
        .containsExactly(tuple("", Severity.ERROR, "acme/background-paper-unlinked"));
    assertThat(failed.get(0).arguments().get("exception")).contains("BackgroundPaper.links");
    // The executive member's sign-off (index 2) is "if applicable", so the built-in rule skips it.
    assertThat(ofRule(result, "governance/signoff-undated"))
        .extracting(Violation::path)
        .containsExactly(
            "signOffs[0].date", "signOffs[1].date", "signOffs[3].date", "signOffs[4].date");
  }

  @Test
  void report_withAnIndexOnANonListProperty_failsAsRuleFailedNamingTypeAndProperty() {
    RuleDescriptor titleChar = descriptor("acme/title-first-word", "The title starts with {word}");
    RuleDescriptor titleLength =
        descriptor("acme/title-length", "The title has {length} characters");
    Validator<BoardReport> validator =
        Validator.<BoardReport>builder()
            .rule(
                titleChar,
                (r, context) ->
                    context.report(
                        "title", 0, MessageArguments.of("word", r.title().split(" ")[0])))
            .rule(
                titleLength,
                (r, context) ->
                    context.report("title", MessageArguments.of("length", r.title().length())))
            .build();

    ValidationResult result = validator.validate(SomersetReport.report());

    List<Violation> failed = ofRule(result, RULE_FAILED);
    assertThat(failed)
        .extracting(Violation::path, Violation::severity, v -> v.arguments().get("rule"))
        .containsExactly(tuple("", Severity.ERROR, "acme/title-first-word"));
    assertThat(failed.get(0).arguments().get("exception")).contains("BoardReport.title");
    assertThat(ofRule(result, "acme/title-first-word")).isEmpty();
    assertThat(ofRule(result, "acme/title-length"))
        .extracting(Violation::path, v -> v.arguments().get("length"))
        .containsExactly(tuple("title", "66"));
  }

  @Test
  void report_withATemplateArgumentMissing_failsAsRuleFailedNamingTheArgument() {
    RuleDescriptor titleLength =
        descriptor("acme/title-length", "The title has {length} characters; the limit is {limit}");
    RuleDescriptor fine = descriptor("acme/title-present", "The title is {title}");
    Validator<BoardReport> validator =
        Validator.<BoardReport>builder()
            .rule(
                titleLength,
                (r, context) ->
                    context.report("title", MessageArguments.of("length", r.title().length())))
            .rule(fine, (r, context) -> context.report("title", MessageArguments.of("title", "x")))
            .build();

    ValidationResult result = validator.validate(SomersetReport.report());

    List<Violation> failed = ofRule(result, RULE_FAILED);
    assertThat(failed)
        .extracting(Violation::path, Violation::severity, v -> v.arguments().get("rule"))
        .containsExactly(tuple("", Severity.ERROR, "acme/title-length"));
    assertThat(failed.get(0).arguments().get("exception")).contains("{limit}");
    assertThat(ofRule(result, "acme/title-length")).isEmpty();
    assertThat(ofRule(result, "acme/title-present"))
        .extracting(Violation::path)
        .containsExactly("title");
  }

  @Test
  void validate_whenAMisspeltPathIsReportedOnlyOnALaterValidation_stillFailsAsRuleFailed() {
    RuleDescriptor undated = descriptor("acme/signoff-undated", "Sign-off {position} is undated");
    Validator<BoardReport> validator =
        validator(
            undated,
            (r, context) -> {
              for (int i = 0; i < r.signOffs().size(); i++) {
                // A slip only a long sign-off table reaches.
                String property = i < 5 ? "date" : "dat";
                context.at("signOffs", i).report(property, MessageArguments.of("position", i + 1));
              }
            });

    ValidationResult first = validator.validate(SomersetReport.report());
    ValidationResult later = validator.validate(somersetWithSixSignOffs());
    ValidationResult again = validator.validate(SomersetReport.report());

    assertThat(ofRule(first, RULE_FAILED)).isEmpty();
    assertThat(ofRule(first, "acme/signoff-undated")).hasSize(5);
    List<Violation> failed = ofRule(later, RULE_FAILED);
    assertThat(failed)
        .extracting(Violation::path, Violation::severity, v -> v.arguments().get("rule"))
        .containsExactly(tuple("", Severity.ERROR, "acme/signoff-undated"));
    assertThat(failed.get(0).arguments().get("exception")).contains("SignOff.dat");
    assertThat(ofRule(again, RULE_FAILED)).isEmpty();
    assertThat(ofRule(again, "acme/signoff-undated"))
        .extracting(Violation::path)
        .containsExactly(
            "signOffs[0].date",
            "signOffs[1].date",
            "signOffs[2].date",
            "signOffs[3].date",
            "signOffs[4].date");
  }

  @Test
  void validate_whenAnIndexOnANonListIsAddedOnlyOnALaterValidation_stillFailsAsRuleFailed() {
    RuleDescriptor titleWord = descriptor("acme/title-word", "The title's word {word}");
    Validator<BoardReport> validator =
        validator(
            titleWord,
            (r, context) -> {
              if (r.signOffs().size() > 5) {
                context.report("title", 2, MessageArguments.of("word", "index"));
              } else {
                context.report("title", MessageArguments.of("word", "whole"));
              }
            });

    ValidationResult first = validator.validate(SomersetReport.report());
    ValidationResult later = validator.validate(somersetWithSixSignOffs());

    assertThat(ofRule(first, "acme/title-word"))
        .extracting(Violation::path, v -> v.arguments().get("word"))
        .containsExactly(tuple("title", "whole"));
    List<Violation> failed = ofRule(later, RULE_FAILED);
    assertThat(failed)
        .extracting(Violation::path, v -> v.arguments().get("rule"))
        .containsExactly(tuple("", "acme/title-word"));
    assertThat(failed.get(0).arguments().get("exception")).contains("BoardReport.title");
  }

  @Test
  void messageArgumentsOf_withARepeatedNameOrANull_throwsAsTheJavadocSays() {
    assertThatThrownBy(() -> MessageArguments.of("name", "Bill", "name", "Trudi"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("name");
    assertThatThrownBy(() -> MessageArguments.of("a", 1, "b", 2, "c", 3, "d", 4, "a", 5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("a");
    assertThatThrownBy(() -> MessageArguments.of("name", null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> MessageArguments.of("name", "Bill", "role", null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> MessageArguments.of(null, "Bill"))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> FindingPath.in(BoardReport.class, "signOffs", 3, "dates"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("SignOff.dates");
  }
}
