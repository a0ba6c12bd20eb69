package io.github.hls4j.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.hls4j.governance.BoardId;
import io.github.hls4j.governance.BoardReport;
import io.github.hls4j.governance.GovernanceRules;
import io.github.hls4j.governance.Recommendation;
import io.github.hls4j.learning.Evidence;
import io.github.hls4j.learning.LearningCycle;
import io.github.hls4j.learning.LearningRecord;
import io.github.hls4j.learning.RecordKind;
import io.github.hls4j.render.HtmlRenderer;
import io.github.hls4j.render.MarkdownRenderer;
import io.github.hls4j.system.LearningSystem;
import io.github.hls4j.testing.SystemGenerator;
import io.github.hls4j.validation.Profile;
import io.github.hls4j.validation.Severity;
import io.github.hls4j.validation.ValidationResult;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Digests of generated systems: no personal evidence, sources that resolve, a paper that passes.
 */
class DigestPropertiesTest {

  private static final int EXAMPLES = Integer.getInteger("hls4j.examples", 60);
  private static final LocalDate TODAY = LocalDate.of(2025, 6, 1);

  /**
   * A generated system whose cycles also hold records with personal evidence and identifiers, each
   * marked by its seed.
   */
  static LearningSystem withPersonalRecords(long seed, int size) {
    LearningSystem system = SystemGenerator.validSystem(new SplittableRandom(seed), size, TODAY);
    List<LearningCycle> cycles = new ArrayList<>();
    int n = 0;
    for (LearningCycle cycle : system.cycles()) {
      cycles.add(
          cycle.record(
              LearningRecord.builder()
                  .kind(RecordKind.INSIGHT)
                  .whatHappened("Resident at TA1 1AA wrote from person" + n + "@example.org")
                  .learned("Call 01823 355455 first")
                  .recordedOn(TODAY.minusDays(n % 40))
                  .addEvidence(
                      Evidence.personalStory("PERSONAL-" + seed + "-" + n),
                      Evidence.number("3 of 4").notPersonal())
                  .build()));
      n++;
    }
    return LearningSystem.builder().from(system).cycles(cycles).build();
  }

  private static BoardReport digest(LearningSystem system) {
    return LearningDigest.builder(system, BoardId.of("board"))
        .since(TODAY.minusDays(60))
        .until(TODAY)
        .leadOfficer(LearningDigestTest.OFFICER)
        .build()
        .draft();
  }

  @Test
  void digest_neverCarriesPersonalEvidenceOrIdentifiers() {
    qt().withExamples(EXAMPLES)
        .forAll(longs().all(), integers().between(8, 40))
        .checkAssert(
            (seed, size) -> {
              BoardReport paper = digest(withPersonalRecords(seed, size));
              String markdown = MarkdownRenderer.render(paper);
              String html = HtmlRenderer.render(paper, ValidationResult.empty());

              for (String shown : List.of(markdown, html)) {
                assertThat(shown)
                    .contains("e-mail address removed")
                    .doesNotContain("PERSONAL-" + seed)
                    .doesNotContain("@example.org")
                    .doesNotContain("TA1 1AA")
                    .doesNotContain("01823 355455");
              }
            });
  }

  /** Identifiers as people write them, one of each kind, told apart by {@code n}. */
  static List<String> identifiers(int n) {
    String nhs = nhsNumber(n);
    return List.of(
        "NHS " + nhs.substring(0, 3) + " " + nhs.substring(3, 6) + " " + nhs.substring(6),
        "resident" + n + "@example.org",
        String.format(java.util.Locale.ROOT, "01632 %06d", 960000 + n % 1000),
        "AB "
            + String.format(java.util.Locale.ROOT, "%06d", 100000 + n % 900000)
                .replaceAll("(..)(..)(..)", "$1 $2 $3")
            + " C",
        "TA" + (1 + n % 9) + " 4DY",
        "born 3 March 19" + (40 + n % 50));
  }

  /**
   * A valid NHS number: nine digits from {@code n} and their Modulus 11 check digit, skipping those
   * with none.
   */
  static String nhsNumber(int n) {
    for (int k = 0; ; k++) {
      String nine =
          String.format(
              java.util.Locale.ROOT,
              "%09d",
              Math.floorMod(n * 7919L + 400000000L + k, 1_000_000_000L));
      int sum = 0;
      for (int i = 0; i < 9; i++) {
        sum += (nine.charAt(i) - '0') * (10 - i);
      }
      int check = (11 - sum % 11) % 11;
      if (check != 10) {
        return nine + check;
      }
    }
  }

  @Test
  void digest_ofASystemWithIdentifiersAndKnownNamesInEveryFreeText_printsNoneOfThem() {
    qt().withExamples(EXAMPLES)
        .forAll(longs().all(), integers().between(8, 30), integers().between(0, 5))
        .checkAssert(
            (seed, size, kind) -> {
              LearningSystem generated = withPersonalRecords(seed, size);
              io.github.hls4j.party.Person resident =
                  io.github.hls4j.party.Person.builder()
                      .id(io.github.hls4j.party.PartyId.of("resident"))
                      .name("Mary Ellis")
                      .memberOfPublic(true)
                      .build();
              LearningSystem withResident =
                  LearningSystem.builder().from(generated).addParties(resident).build();
              java.util.Map<String, String> planted = new java.util.HashMap<>();
              int[] n = {0};
              LearningSystem system =
                  io.github.hls4j.testing.FreeTextPlanter.plant(
                      withResident,
                      path -> {
                        String identifier = identifiers(n[0]++).get(kind);
                        planted.put(path, identifier);
                        return "PLANTED " + identifier + " and Mary Ellis";
                      });

              BoardReport paper = digest(system);
              String markdown = MarkdownRenderer.render(paper);
              String html = HtmlRenderer.render(paper, ValidationResult.empty());

              assertThat(planted).isNotEmpty();
              for (String shown : List.of(markdown, html)) {
                assertThat(shown).contains("PLANTED").doesNotContain("Mary Ellis");
                for (String identifier : planted.values()) {
                  assertThat(shown).doesNotContain(identifier);
                }
              }
            });
  }

  @Test
  void digest_ofAGeneratedSystem_failsDecisionReadyOnlyForWhatPeopleWrite_andItsSourcesResolve() {
    qt().withExamples(EXAMPLES)
        .forAll(longs().all(), integers().between(8, 40))
        .checkAssert(
            (seed, size) -> {
              LearningSystem system =
                  SystemGenerator.validSystem(new SplittableRandom(seed), size, TODAY);
              BoardReport paper = digest(system);

              ValidationResult found =
                  GovernanceRules.validator(Profile.DECISION_READY).validate(paper);
              // What only a person can write: the gaps marked [To be completed], the names in the
              // sign-off table,
              // the implications in money and law, and who, by when and report-back.
              assertThat(found.withSeverity(Severity.ERROR).violations())
                  .extracting(v -> v.rule().toString())
                  .contains("governance/placeholder-text")
                  .containsOnly("governance/signoff-missing", "governance/placeholder-text");
              assertThat(found.violations())
                  .extracting(v -> v.rule().toString())
                  .isSubsetOf(
                      "governance/signoff-missing",
                      "governance/placeholder-text",
                      "governance/implication-vague",
                      "governance/recommendation-unplanned");
              assertThat(paper.recommendations())
                  .flatExtracting(Recommendation::basedOn)
                  .allMatch(system::resolves);
              assertThat(digest(system)).isEqualTo(paper);
            });
  }
}
