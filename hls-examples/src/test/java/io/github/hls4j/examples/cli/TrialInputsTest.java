package io.github.hls4j.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.hls4j.digest.LearningDigest;
import io.github.hls4j.governance.BoardId;
import io.github.hls4j.governance.BoardReport;
import io.github.hls4j.governance.GovernanceRules;
import io.github.hls4j.party.PartyId;
import io.github.hls4j.party.Person;
import io.github.hls4j.system.LearningSystem;
import io.github.hls4j.validation.Profile;
import io.github.hls4j.validation.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/**
 * The findings on reports a tester wrote from the documentation alone, modelled on councils' papers
 * in English and Welsh (in {@code trial/}), pinned: they were not shaped to the rules, which is why
 * they are kept.
 */
class TrialInputsTest {

  private static String resource(String name) throws IOException {
    try (InputStream in =
        TrialInputsTest.class.getResourceAsStream("/io/github/hls4j/examples/trial/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static List<Tuple> findings(BoardReport report) {
    return GovernanceRules.validator(Profile.DECISION_READY).validate(report).violations().stream()
        .map(v -> tuple(v.rule().toString(), v.path(), v.severity()))
        .toList();
  }

  private static List<Tuple> findings(String name) throws IOException {
    return findings(Hls.json().read(resource(name), name, BoardReport.class));
  }

  @Test
  void validate_placeholderVariants_findsEveryPromptAndTheTickedAssessmentWithNoStatement()
      throws IOException {
    assertThat(findings("r9-placeholder-variants.json"))
        .containsExactlyInAnyOrder(
            tuple("governance/placeholder-text", "summary[0]", Severity.ERROR),
            tuple("governance/placeholder-text", "summary[1]", Severity.ERROR),
            tuple("governance/placeholder-text", "summary[2]", Severity.ERROR),
            tuple("governance/placeholder-text", "summary[3]", Severity.ERROR),
            tuple("governance/placeholder-text", "summary[4]", Severity.ERROR),
            tuple("governance/placeholder-text", "summary[6]", Severity.ERROR),
            tuple("governance/equalities-unjustified", "equalities.statement", Severity.ERROR));
  }

  @Test
  void validate_committeesInCommon_promptIsTemplateTextNotVague() throws IOException {
    assertThat(findings("r6-committees-in-common.json"))
        .containsExactlyInAnyOrder(
            tuple("governance/broken-link", "backgroundPapers[0].link.target", Severity.ERROR),
            tuple("governance/equalities-unjustified", "equalities", Severity.ERROR),
            tuple(
                "governance/decision-committee-missing",
                "recommendations[0].decisions[0].takenBy",
                Severity.ERROR),
            tuple(
                "governance/decision-committee-missing",
                "recommendations[1].decisions[0].takenBy[1]",
                Severity.ERROR),
            tuple("governance/placeholder-text", "summary[0]", Severity.ERROR),
            tuple("governance/placeholder-text", "implications[0].statement", Severity.ERROR),
            tuple("alignment/unaligned", "strategyAlignments", Severity.WARNING));
  }

  @Test
  void validate_welshReport_getsOnlyTheFindingsOfItsRealDefects() throws IOException {
    assertThat(findings("r7-cymraeg.json"))
        .containsExactlyInAnyOrder(
            tuple("governance/signoff-undated", "signOffs[1].date", Severity.ERROR),
            tuple("governance/no-risks-for-change", "riskAssessment.statement", Severity.WARNING),
            tuple("governance/recommendation-unplanned", "recommendations[0]", Severity.WARNING),
            tuple("governance/signoff-if-applicable-undated", "signOffs[2].date", Severity.WARNING),
            tuple("alignment/unaligned", "strategyAlignments", Severity.WARNING));
  }

  @Test
  void validate_signOffs_ratificationNeedsNoPlan() throws IOException {
    assertThat(findings("r4-signoffs.json"))
        .extracting(t -> t.toList().get(0))
        .doesNotContain("governance/recommendation-unplanned");
  }

  @Test
  void validate_backgroundPapers_cutOffTitleBehindAnInPageLinkIsTruncated() throws IOException {
    assertThat(findings("r3-background-papers.json"))
        .contains(
            tuple("governance/truncated-title", "backgroundPapers[2].title", Severity.WARNING));
  }

  @Test
  void digest_inWelsh_getsNoFindingItsEnglishTwinDoesNot() throws IOException {
    LearningSystem system =
        Hls.json().read(resource("ls1-anyshire.json"), "ls1-anyshire.json", LearningSystem.class);
    LearningDigest digest =
        LearningDigest.builder(system, BoardId.of("anyshire-hwbb"))
            .since(LocalDate.of(2025, 1, 1))
            .until(LocalDate.of(2025, 5, 31))
            .leadOfficer(Person.builder().id(PartyId.of("lead")).name("A Lead").build())
            .build();

    Set<List<Object>> english = keys(findings(digest.draft(Locale.ENGLISH)));
    Set<List<Object>> welsh = keys(findings(digest.draft(Locale.forLanguageTag("cy"))));

    assertThat(welsh).isSubsetOf(english);
    assertThat(welsh)
        .extracting(k -> k.get(0))
        .doesNotContain("governance/recommendation-unplanned", "governance/implication-vague");
  }

  private static Set<List<Object>> keys(List<Tuple> findings) {
    return findings.stream().map(Tuple::toList).collect(Collectors.toSet());
  }
}
