package io.github.hls4j.examples.beanvalidation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.hls4j.examples.SomersetBeanReport;
import io.github.hls4j.examples.SomersetReport;
import io.github.hls4j.governance.BoardReport;
import io.github.hls4j.governance.Recommendation;
import io.github.hls4j.governance.ReportId;
import io.github.hls4j.governance.SignOff;
import io.github.hls4j.governance.SignOffRole;
import io.github.hls4j.governance.SignOffRoleKind;
import io.github.hls4j.party.ContactDetails;
import io.github.hls4j.party.Person;
import io.github.hls4j.testing.Defect;
import io.github.hls4j.testing.DefectPlanter;
import io.github.hls4j.testing.ReportGenerator;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The comparison with Hibernate Validator is of the same work: on the Somerset report and on
 * generated reports with defects, both report the same problems at the same places, and each
 * build-time check of hls4j has a constraint that finds the same malformed value.
 */
class BeanValidationEquivalenceTest {

  private static final Validator HIBERNATE = BeanReportValidation.validator();
  private static final io.github.hls4j.validation.Validator<BoardReport> HLS4J =
      BeanReports.comparedRules();

  @Test
  void theHandWrittenSomersetMirrorIsTheCopyOfTheModelledReport() {
    assertThat(SomersetBeanReport.report()).isEqualTo(BeanReports.of(SomersetReport.report()));
  }

  @Test
  void bothFindTheFourUndatedRequiredSignOffsOfTheSomersetReport() {
    List<String> expected =
        List.of(
            "governance/signoff-undated at signOffs[0].date",
            "governance/signoff-undated at signOffs[1].date",
            "governance/signoff-undated at signOffs[3].date",
            "governance/signoff-undated at signOffs[4].date");

    assertThat(BeanReports.findings(HLS4J.validate(SomersetReport.report())))
        .containsExactlyElementsOf(expected);
    assertThat(BeanReportValidation.findings(HIBERNATE.validate(SomersetBeanReport.report())))
        .containsExactlyElementsOf(expected);
  }

  @Test
  void bothFindTheSameProblemsInGeneratedReportsWithDefects() {
    SplittableRandom random = new SplittableRandom(20261127L);
    List<String> rulesSeen = new ArrayList<>();
    for (int i = 0; i < 2_000; i++) {
      BoardReport report = disorder(ReportGenerator.validReport(random), random);

      List<String> hls4j = BeanReports.findings(HLS4J.validate(report));
      List<String> hibernate =
          BeanReportValidation.findings(HIBERNATE.validate(BeanReports.of(report)));

      assertThat(hibernate).as("report %s: %s", i, report).isEqualTo(hls4j);
      hls4j.forEach(f -> rulesSeen.add(f.substring(0, f.indexOf(' '))));
    }
    assertThat(rulesSeen)
        .as("every compared rule is exercised")
        .containsAll(BeanReports.COMPARED_RULES.stream().map(r -> r.id().toString()).toList());
  }

  @Test
  void thePathsOfDependencyFindingsMatch() {
    BoardReport report =
        BoardReport.builder()
            .from(SomersetReport.report())
            .recommendations(
                List.of(recommendation(1, 2), recommendation(2, 1, 7), recommendation(2)))
            .build();
    List<String> expected =
        List.of(
            "governance/recommendation-dependency-cycle at recommendations[0].dependsOn",
            "governance/recommendation-dependency-unknown at recommendations[1].dependsOn[1]",
            "governance/recommendation-numbering at recommendations[2].number");

    assertThat(
            BeanReports.findings(HLS4J.validate(report)).stream()
                .filter(f -> f.contains("recommendation"))
                .toList())
        .containsExactlyElementsOf(expected);
    assertThat(
            BeanReportValidation.findings(HIBERNATE.validate(BeanReports.of(report))).stream()
                .filter(f -> f.contains("recommendation"))
                .toList())
        .containsExactlyElementsOf(expected);
  }

  static Stream<Arguments> buildTimeChecks() {
    BoardReport somerset = SomersetReport.report();
    BeanBoardReport bean = SomersetBeanReport.report();
    Person lead = somerset.leadOfficer();
    Recommendation first = somerset.recommendations().get(0);
    SignOff row = somerset.signOffs().get(0);
    return Stream.of(
        Arguments.of(
            "a blank title",
            (Executable) () -> BoardReport.builder().from(somerset).title(" ").build(),
            "BoardReport.title ( ) must not be blank",
            withTitle(bean, " "),
            "NotBlank at title"),
        Arguments.of(
            "an identifier with white space at its end",
            (Executable) () -> ReportId.of("somerset "),
            "ReportId.value (somerset ) must be non-blank text",
            new BeanBoardReport(
                "somerset ",
                bean.title(),
                bean.board(),
                bean.leadOfficer(),
                bean.author(),
                bean.contact(),
                bean.recommendations(),
                bean.signOffs()),
            "Pattern at id"),
        Arguments.of(
            "a missing board",
            (Executable) () -> BoardReport.builder().from(somerset).board(null).build(),
            "board",
            new BeanBoardReport(
                bean.id(),
                bean.title(),
                null,
                bean.leadOfficer(),
                bean.author(),
                bean.contact(),
                bean.recommendations(),
                bean.signOffs()),
            "NotNull at board"),
        Arguments.of(
            "a blank name",
            (Executable) () -> Person.builder().from(lead).name("").build(),
            "Person.name () must not be blank",
            new BeanBoardReport(
                bean.id(),
                bean.title(),
                bean.board(),
                new BeanBoardReport.Person("munro", "", "Consultant in Public Health"),
                bean.author(),
                bean.contact(),
                bean.recommendations(),
                bean.signOffs()),
            "NotBlank at leadOfficer.name"),
        Arguments.of(
            "an e-mail address without a domain of two labels",
            (Executable) () -> ContactDetails.email("alice.munro@somerset"),
            "ContactDetails.email (alice.munro@somerset) must be an e-mail address",
            withContact(bean, new BeanBoardReport.Contact("alice.munro@somerset", null)),
            "Email at contact.email"),
        Arguments.of(
            "contact details with neither an e-mail address nor a telephone number",
            (Executable) () -> ContactDetails.builder().build(),
            "must not both be empty",
            withContact(bean, new BeanBoardReport.Contact(null, null)),
            "AssertTrue at contact.reachable"),
        Arguments.of(
            "a recommendation numbered 0",
            (Executable) () -> Recommendation.builder().from(first).number(0).build(),
            "Recommendation.number (0) must be at least 1",
            withRecommendation(
                bean,
                r ->
                    new BeanBoardReport.Recommendation(
                        0, r.action(), r.carriedOutBy(), r.dependsOn())),
            "Min at recommendations[0].number"),
        Arguments.of(
            "a blank recommendation",
            (Executable) () -> Recommendation.builder().from(first).action("\t").build(),
            "Recommendation.action (\t) must not be blank",
            withRecommendation(
                bean,
                r ->
                    new BeanBoardReport.Recommendation(
                        r.number(), "\t", r.carriedOutBy(), r.dependsOn())),
            "NotBlank at recommendations[0].action"),
        Arguments.of(
            "a blank role title",
            (Executable) () -> SignOffRole.required("", SignOffRoleKind.CHAIR),
            "SignOffRole.title () must not be blank",
            withSignOff(
                bean,
                s ->
                    new BeanBoardReport.SignOff(
                        new BeanBoardReport.Role("", true, false),
                        s.name(),
                        s.date(),
                        s.dateText())),
            "NotBlank at signOffs[0].role.title"),
        Arguments.of(
            "a sign-off with both a date and a text in its place",
            (Executable) () -> SignOff.builder().from(row).date(LocalDate.of(2025, 3, 1)).build(),
            "SignOff.dateText (Click or tap to enter a date.) must be empty",
            withSignOff(
                bean,
                s ->
                    new BeanBoardReport.SignOff(
                        s.role(), s.name(), LocalDate.of(2025, 3, 1), s.dateText())),
            "AssertTrue at signOffs[0].dateOrText"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("buildTimeChecks")
  void eachBuildTimeCheckHasAConstraintThatFindsTheSameValue(
      String what,
      Executable hls4jBuild,
      String hls4jMessage,
      BeanBoardReport bean,
      String hibernateFinding) {
    assertThatThrownBy(hls4jBuild::execute)
        .isInstanceOf(RuntimeException.class)
        .hasMessageContaining(hls4jMessage);
    assertThat(BeanReportValidation.findings(HIBERNATE.validate(bean))).contains(hibernateFinding);
  }

  /**
   * Puts the compared rules' defects into a valid report: renumbered recommendations, unknown, self
   * and mutual dependencies, unsigned and undated rows, and sign-off tables without a lead
   * officer's row or without rows.
   */
  private static BoardReport disorder(BoardReport report, SplittableRandom random) {
    if (random.nextInt(4) == 0) {
      report = DefectPlanter.plant(report, Defect.UNDATED_SIGNOFF, random).subject();
    }
    if (random.nextInt(4) == 0) {
      report = DefectPlanter.plant(report, Defect.UNKNOWN_DEPENDENCY, random).subject();
    }
    List<Recommendation> recommendations = new ArrayList<>(report.recommendations());
    int n = recommendations.size();
    for (int k = random.nextInt(3); k > 0; k--) {
      int i = random.nextInt(n);
      Recommendation r = recommendations.get(i);
      recommendations.set(
          i,
          random.nextBoolean()
              ? Recommendation.builder().from(r).number(1 + random.nextInt(n + 1)).build()
              : Recommendation.builder().from(r).addDependsOn(1 + random.nextInt(n + 1)).build());
    }
    List<SignOff> signOffs = new ArrayList<>(report.signOffs());
    switch (random.nextInt(6)) {
      case 0 -> signOffs.clear();
      case 1 -> signOffs.removeIf(s -> s.role().kind() == SignOffRoleKind.LEAD_OFFICER);
      case 2 -> {
        int i = random.nextInt(signOffs.size());
        signOffs.set(i, SignOff.builder().role(signOffs.get(i).role()).build());
      }
      default -> {}
    }
    return BoardReport.builder()
        .from(report)
        .recommendations(recommendations)
        .signOffs(signOffs)
        .build();
  }

  private static Recommendation recommendation(int number, int... dependsOn) {
    return Recommendation.builder()
        .number(number)
        .action("Recommendation " + number)
        .addDependsOn(dependsOn)
        .build();
  }

  private static BeanBoardReport withTitle(BeanBoardReport r, String title) {
    return new BeanBoardReport(
        r.id(),
        title,
        r.board(),
        r.leadOfficer(),
        r.author(),
        r.contact(),
        r.recommendations(),
        r.signOffs());
  }

  private static BeanBoardReport withContact(BeanBoardReport r, BeanBoardReport.Contact contact) {
    return new BeanBoardReport(
        r.id(),
        r.title(),
        r.board(),
        r.leadOfficer(),
        r.author(),
        contact,
        r.recommendations(),
        r.signOffs());
  }

  private static BeanBoardReport withRecommendation(
      BeanBoardReport r, UnaryOperator<BeanBoardReport.Recommendation> change) {
    List<BeanBoardReport.Recommendation> recommendations = new ArrayList<>(r.recommendations());
    recommendations.set(0, change.apply(recommendations.get(0)));
    return new BeanBoardReport(
        r.id(),
        r.title(),
        r.board(),
        r.leadOfficer(),
        r.author(),
        r.contact(),
        recommendations,
        r.signOffs());
  }

  private static BeanBoardReport withSignOff(
      BeanBoardReport r, UnaryOperator<BeanBoardReport.SignOff> change) {
    List<BeanBoardReport.SignOff> signOffs = new ArrayList<>(r.signOffs());
    signOffs.set(0, change.apply(signOffs.get(0)));
    return new BeanBoardReport(
        r.id(),
        r.title(),
        r.board(),
        r.leadOfficer(),
        r.author(),
        r.contact(),
        r.recommendations(),
        signOffs);
  }
}
