package io.github.hls4j.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hls4j.health.HealthRound;
import io.github.hls4j.health.HealthRules;
import io.github.hls4j.system.LearningSystem;
import io.github.hls4j.system.SystemRules;
import io.github.hls4j.validation.Profile;
import io.github.hls4j.validation.ValidationResult;
import io.github.hls4j.validation.Violation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The {@code hls} command on inputs a tester wrote from the documentation alone: a county's
 * learning system and health round, and board reports (in {@code src/test/resources/…/cli/trial}).
 */
class CommandTrialTest {

  private static final Path TRIAL =
      Path.of("src", "test", "resources", "io", "github", "hls4j", "examples", "cli", "trial");
  private static final String SYSTEM = TRIAL.resolve("ls1-anyshire.json").toString();
  private static final String ROUND = TRIAL.resolve("h1-anyshire-autumn.json").toString();
  private static final String CONTRADICTING = TRIAL.resolve("r2-counts-contradict.json").toString();
  private static final String REPORT = TRIAL.resolve("r8-rpb-clean.json").toString();
  private static final String BOARD = "anyshire-hwbb";

  @TempDir Path dir;

  private static Run hls(String... args) {
    return Run.hls(args);
  }

  private static Run digest(String... more) {
    String[] args =
        Stream.concat(
                Stream.of(
                    "digest",
                    SYSTEM,
                    "--board",
                    BOARD,
                    "--since",
                    "2025-01-01",
                    "--until",
                    "2025-05-31"),
                Stream.of(more))
            .toArray(String[]::new);
    return hls(args);
  }

  @Test
  void validate_learningSystem_reportsTheSystemsRulesAtTheirPaths() throws IOException {
    LearningSystem system =
        Hls.json().read(Files.newInputStream(Path.of(SYSTEM)), SYSTEM, LearningSystem.class);
    ValidationResult expected =
        SystemRules.validator(Profile.DECISION_READY, Clock.systemDefaultZone()).validate(system);

    Run text = hls("validate", SYSTEM);
    Run json = hls("validate", "--format", "json", SYSTEM);

    assertThat(expected.violations()).isNotEmpty();
    assertThat(text.err()).isEmpty();
    assertThat(text.exit())
        .isEqualTo(expected.hasErrors() ? ExitCode.FINDINGS.code() : ExitCode.OK.code());
    assertThat(text.out())
        .contains("learning/safe-and-legal-unconfirmed")
        .contains("cycles[0].experiments[0].safeAndLegal");
    assertThat(text.out().lines().reduce((a, b) -> b).orElseThrow())
        .startsWith("1 document, 1 with errors, 0 unreadable");
    for (Violation v : expected.violations()) {
      assertThat(json.out())
          .contains("\"rule\": \"" + v.rule().value() + "\"")
          .contains("\"path\": \"" + v.path() + "\"");
    }
  }

  @Test
  void validate_learningSystemAsHtmlInWelsh_writesAFindingsPageHeadedByThePlace()
      throws IOException {
    Path page = dir.resolve("anyshire.findings.html");

    Run run = hls("validate", "--format", "html", "--lang", "cy", "-o", page.toString(), SYSTEM);

    assertThat(run.err()).isEmpty();
    assertThat(run.exit()).isEqualTo(ExitCode.FINDINGS.code());
    String html = Files.readString(page);
    assertThat(html)
        .contains("<html lang=\"cy\"")
        .contains("Anyshire")
        .contains("learning/safe-and-legal-unconfirmed");
  }

  @Test
  void validate_healthRound_reportsTheHealthRules_andFailsOnWarningsWhenAsked() throws IOException {
    HealthRound round =
        Hls.json().read(Files.newInputStream(Path.of(ROUND)), ROUND, HealthRound.class);
    ValidationResult expected = HealthRules.validator(Profile.DECISION_READY).validate(round);

    Run run = hls("validate", ROUND);
    Run strict = hls("validate", "--fail-on", "warning", ROUND);
    Run welsh = hls("validate", "--lang", "cy", "--quiet", ROUND);

    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .contains("health/single-perspective")
        .contains("health/no-resident-voice");
    assertThat(expected.violations())
        .extracting(v -> v.rule().value())
        .contains("health/single-perspective");
    assertThat(run.exit())
        .isEqualTo(expected.hasErrors() ? ExitCode.FINDINGS.code() : ExitCode.OK.code());
    assertThat(strict.exit()).isEqualTo(ExitCode.FINDINGS.code());
    assertThat(welsh.out()).startsWith("1 dogfen");
  }

  @Test
  void validate_reportAndSystemTogether_validatesBoth_andCountsDocuments() {
    Run run = hls("validate", "--quiet", REPORT, SYSTEM);

    assertThat(run.err()).isEmpty();
    assertThat(run.out()).startsWith("2 documents, ");
  }

  @Test
  void render_docxTheTemplateCannotHold_leavesNoFile_andNamesTheInputAndTheRemedy()
      throws IOException {
    Path paper = dir.resolve("r2.docx");

    Run run = hls("render", "--format", "docx", "-o", paper.toString(), CONTRADICTING);

    assertThat(run.exit()).isEqualTo(ExitCode.TEMPLATE_CANNOT_HOLD.code());
    assertThat(run.err())
        .startsWith("hls: " + CONTRADICTING + ": ")
        .contains("Somerset Board report")
        .contains("--template FILE");
    assertThat(run.err().lines()).hasSize(1);
    try (Stream<Path> left = Files.list(dir)) {
      assertThat(left).isEmpty();
    }
  }

  @Test
  void digest_docxTheTemplateCannotHold_leavesNoFile_andKeepsAnEarlierPaper() throws IOException {
    Path paper = dir.resolve("digest.docx");
    Files.writeString(paper, "the paper written last month");

    Run run = digest("--format", "docx", "-o", paper.toString());

    assertThat(run.exit()).isEqualTo(ExitCode.TEMPLATE_CANNOT_HOLD.code());
    assertThat(run.err()).startsWith("hls: " + SYSTEM + ": ").contains("--template FILE");
    assertThat(Files.readString(paper)).isEqualTo("the paper written last month");
    try (Stream<Path> left = Files.list(dir)) {
      assertThat(left).containsExactly(paper);
    }
  }

  @Test
  void render_docxToAFolderThatDoesNotExist_exitsUnwritable() {
    Path paper = dir.resolve("missing").resolve("r8.docx");

    Run run = hls("render", "--format", "docx", "-o", paper.toString(), REPORT);

    assertThat(run.exit()).isEqualTo(ExitCode.UNWRITABLE_OUTPUT.code());
    assertThat(run.err()).contains("does not exist");
  }

  @Test
  void render_throughALink_writesTheFileItNames_andKeepsTheLink() throws IOException {
    Path paper = Files.writeString(dir.resolve("paper.md"), "last month's paper");
    Path link = Files.createSymbolicLink(dir.resolve("latest.md"), paper.getFileName());

    Run run = hls("render", "-o", link.toString(), REPORT);

    assertThat(run.exit()).isEqualTo(ExitCode.OK.code());
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readString(paper)).startsWith("# ");
    try (Stream<Path> left = Files.list(dir)) {
      assertThat(left).containsExactlyInAnyOrder(paper, link);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"markdown", "json"})
  void digest_publicationWithoutHtmlOrDocx_exitsUsageInOneLine_andWritesNothing(String format)
      throws IOException {
    Path paper = dir.resolve("paper");

    Run run = digest("--publication", "--format", format, "-o", paper.toString());

    assertThat(run.exit()).isEqualTo(ExitCode.USAGE.code());
    assertThat(run.err().lines())
        .singleElement()
        .asString()
        .startsWith("hls: --publication")
        .contains("--format html or docx");
    assertThat(paper).doesNotExist();
  }

  @Test
  void render_publicationAsMarkdown_exitsUsage() {
    Run run = hls("render", "--publication", REPORT);

    assertThat(run.exit()).isEqualTo(ExitCode.USAGE.code());
    assertThat(run.err().lines()).singleElement().asString().contains("--format html");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void digest_meetingBeforeThePeriodEnds_exitsUsageNamingBothOptions() {
    Run run = digest("--meeting", "2025-01-01");

    assertThat(run.exit()).isEqualTo(ExitCode.USAGE.code());
    assertThat(run.err().lines())
        .singleElement()
        .asString()
        .contains("--meeting (2025-01-01)")
        .contains("--until (2025-05-31)");
  }

  @Test
  void digest_meetingOnTheLastDayOfThePeriod_isAccepted() {
    assertThat(digest("--meeting", "2025-05-31", "--format", "json").exit())
        .isEqualTo(ExitCode.OK.code());
  }

  @Test
  void digest_boardReportGivenAsTheSystem_saysWhatItIs() {
    Run run = hls("digest", REPORT, "--board", BOARD, "--since", "2025-01-01");

    assertThat(run.exit()).isEqualTo(ExitCode.UNREADABLE_INPUT.code());
    assertThat(run.err())
        .startsWith("hls: " + REPORT + ": it is a board report, not a learning system;");
  }

  @Test
  void digest_boardReportGivenAsAHealthRound_saysWhatItIs() {
    Run run = digest("--health", REPORT);

    assertThat(run.exit()).isEqualTo(ExitCode.UNREADABLE_INPUT.code());
    assertThat(run.err())
        .startsWith("hls: " + REPORT + ": it is a board report, not a health round;");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "digest|--since|2025-13-01",
        "digest|--format|pdf",
        "validate|--lang|fr",
        "render|--profile|FOO",
      })
  void badOptionValue_givesOneLine_andAPointerToHelp(String commandOptionValue) {
    String[] parts = commandOptionValue.split("\\|");

    Run run = hls(parts[0], parts[1], parts[2], REPORT);

    assertThat(run.exit()).isEqualTo(ExitCode.USAGE.code());
    assertThat(run.err().lines()).hasSize(2);
    assertThat(run.err().lines().findFirst().orElseThrow())
        .contains("'" + parts[1] + "'")
        .contains(parts[2]);
    assertThat(run.err().lines().skip(1).findFirst().orElseThrow())
        .isEqualTo("Try 'hls " + parts[0] + " --help' for more information.");
  }

  @Test
  void digest_unknownBoard_namesTheOptionTheFileAndTheBoardsItHolds() {
    Run run = hls("digest", SYSTEM, "--board", "nope", "--since", "2025-01-01");

    assertThat(run.exit()).isEqualTo(ExitCode.USAGE.code());
    assertThat(run.err().lines())
        .singleElement()
        .asString()
        .startsWith("hls: --board nope: " + SYSTEM + " ")
        .endsWith(BOARD);
  }

  @ParameterizedTest
  @ValueSource(strings = {"  ", "/ Director", " / "})
  void digest_leadOfficerWithABlankName_exitsUsageNamingTheOption(String leadOfficer) {
    Run run = digest("--lead-officer", leadOfficer);

    assertThat(run.exit()).isEqualTo(ExitCode.USAGE.code());
    assertThat(run.err().lines()).singleElement().asString().startsWith("hls: --lead-officer (");
  }

  @Test
  void person_nameAndRole_areSplitAtTheSlash() {
    assertThat(DigestCommand.person("Jane Smith / Director of Public Health"))
        .satisfies(
            p -> {
              assertThat(p.name()).isEqualTo("Jane Smith");
              assertThat(p.roleTitle()).contains("Director of Public Health");
            });
    assertThat(DigestCommand.person("Jane Smith"))
        .satisfies(p -> assertThat(p.roleTitle()).isEmpty());
    assertThat(DigestCommand.person("/ Director")).isNull();
  }
}
