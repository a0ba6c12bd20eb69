package io.github.hls4j.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.hls4j.learning.HorizontalShare;
import io.github.hls4j.system.LearningSystem;
import io.github.hls4j.testing.SystemGenerator;
import io.github.hls4j.validation.Severity;
import io.github.hls4j.validation.ValidationResult;
import io.github.hls4j.validation.Violation;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CustomRuleExampleTest {

  @Test
  void run_addsTheCouncilsRuleAndAppliesThePolicy() {
    ValidationResult result = CustomRuleExample.run(SomersetReport.report());

    assertThat(
            result.withRule(io.github.hls4j.validation.RuleId.of("acme/title-length")).violations())
        .extracting(Violation::path, Violation::severity)
        .containsExactly(tuple("title", Severity.WARNING));
    assertThat(
            result
                .withRule(io.github.hls4j.validation.RuleId.of("acme/title-length"))
                .violations()
                .get(0)
                .arguments())
        .containsEntry("length", "66")
        .containsEntry("limit", "60");
    assertThat(result.violations())
        .filteredOn(v -> v.rule().toString().equals("governance/recommendation-unplanned"))
        .extracting(Violation::severity)
        .containsExactly(Severity.INFO, Severity.INFO, Severity.INFO);
    assertThat(result.violations())
        .extracting(v -> v.rule().toString())
        .doesNotContain("alignment/all-ticked-without-rationale");
  }

  @Test
  void runWithTypedPath_reportsEachUnlinkedPaperAtItsLink() {
    io.github.hls4j.governance.BoardReport report = SomersetReport.report();
    io.github.hls4j.governance.BoardReport unlinked =
        io.github.hls4j.governance.BoardReport.builder()
            .from(report)
            .addBackgroundPapers(
                io.github.hls4j.governance.BackgroundPaper.builder()
                    .title("Minutes of the last meeting")
                    .build())
            .build();
    int last = unlinked.backgroundPapers().size() - 1;

    ValidationResult result = CustomRuleExample.runWithTypedPath(unlinked);

    assertThat(result.violations())
        .filteredOn(v -> v.arguments().get("title").equals("Minutes of the last meeting"))
        .extracting(v -> v.rule().toString(), Violation::path, Violation::severity)
        .containsExactly(
            tuple(
                "acme/background-paper-unlinked",
                "backgroundPapers[" + last + "].link",
                Severity.INFO));
    assertThat(result.violations())
        .extracting(v -> v.rule().toString())
        .doesNotContain("validation/rule-failed");
  }

  @Test
  void runOnSystem_findsTheShareWhosePurposeItsAgreementDoesNotList() {
    LocalDate today = LocalDate.of(2025, 6, 1);
    Clock clock = Clock.fixed(today.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    LearningSystem generated = SystemGenerator.validSystem(new Random(7), 40, today);
    List<HorizontalShare> shares = new ArrayList<>(generated.shares());
    shares.set(3, HorizontalShare.builder().from(shares.get(3)).purpose("Marketing").build());
    LearningSystem system = LearningSystem.builder().from(generated).shares(shares).build();

    ValidationResult result = CustomRuleExample.runOnSystem(system, clock);

    assertThat(
            CustomRuleExample.runOnSystem(generated, clock)
                .withRule(PURPOSE_NOT_AGREED)
                .violations())
        .isEmpty();
    assertThat(result.withRule(PURPOSE_NOT_AGREED).violations())
        .extracting(
            Violation::path,
            Violation::severity,
            v -> v.arguments().get("purpose"),
            v -> v.arguments().get("agreement"))
        .containsExactly(
            tuple(
                "shares[3].purpose",
                Severity.WARNING,
                "Marketing",
                shares.get(3).agreement().orElseThrow().toString()));
  }

  private static final io.github.hls4j.validation.RuleId PURPOSE_NOT_AGREED =
      io.github.hls4j.validation.RuleId.of("acme/share-purpose-not-agreed");
}
