package io.github.hls4j.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hls4j.examples.SomersetReport;
import io.github.hls4j.governance.GovernanceRules;
import io.github.hls4j.json.fixtures.JsonCorpus;
import io.github.hls4j.validation.Profile;
import io.github.hls4j.validation.ValidationResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

class HlsTest {

  @TempDir static Path dir;

  private static Run hls(String... args) {
    return Run.hls(args);
  }

  private static Path somersetJson() throws IOException {
    Path file = dir.resolve("somerset.json");
    if (!Files.exists(file)) {
      Files.writeString(file, Hls.json().write(SomersetReport.report()));
    }
    return file;
  }

  private static Path write(String name, String json) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, json, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void validate_somerset_printsTheExamplesFindings_andExitsOne() throws IOException {
    Run run = hls("validate", somersetJson().toString());

    assertThat(run.exit()).isEqualTo(1);
    ValidationResult found =
        GovernanceRules.validator(Profile.DECISION_READY).validate(SomersetReport.report());
    String expected =
        io.github.hls4j.render.FindingsText.render(
            io.github.hls4j.render.Places.of(java.util.Locale.ENGLISH)
                .describeAll(SomersetReport.report(), found),
            java.util.Locale.ENGLISH);
    assertThat(run.out()).contains(expected);
    assertThat(findingLines(run.out())).containsExactlyElementsOf(findingLines(found.toString()));
    assertThat(run.out().lines().filter(l -> l.startsWith("          at: "))).hasSize(found.size());
  }

  @Test
  void validate_welsh_printsWelshFindingsWithPlaces_andAWelshSummary() throws IOException {
    Run run = hls("validate", "--lang", "cy", somersetJson().toString());

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out())
        .contains("ar gam barod i benderfynu: 6 gwall, 12 rhybudd, 0 gwybodaeth")
        .contains(
            "GWALL",
            "lle: Tabl cymeradwyo, rhes 1 (Trudi Grant",
            "Nid oes dyddiad i gymeradwyaeth Trudi Grant")
        .contains("1 adroddiad, 1 â gwallau, 0 yn annarllenadwy: 6 gwall, 12 rhybudd, 0 gwybodaeth")
        .doesNotContain("SEVERITY", "Sign-off table", " errors");
  }

  @Test
  void validate_html_writesAFindingsPage_andSeveralReportsGoToAFolder(@TempDir Path dir)
      throws IOException {
    Run one = hls("validate", "--format", "html", "--lang", "cy", somersetJson().toString());
    Path folder = dir.resolve("pages");
    Run two =
        hls(
            "validate",
            "--format",
            "html",
            "-o",
            folder.toString(),
            somersetJson().toString(),
            somersetJson().toString());
    Run noFolder =
        hls("validate", "--format", "html", somersetJson().toString(), somersetJson().toString());

    assertThat(one.exit()).isEqualTo(1);
    assertThat(one.out())
        .startsWith("<!DOCTYPE html>\n<html lang=\"cy\">")
        .contains("<h2>Tabl cymeradwyo</h2>", "rules.md#governancesignoff-undated");
    assertThat(two.exit()).isEqualTo(1);
    assertThat(folder.resolve("somerset.findings.html"))
        .content(StandardCharsets.UTF_8)
        .contains("<h2>Sign-off table</h2>");
    assertThat(noFolder.exit()).isEqualTo(2);
    assertThat(noFolder.err()).contains("-o");
  }

  @Test
  void validate_draftProfile_hasNoErrors_andExitsZero() throws IOException {
    Run run = hls("validate", "--profile", "DRAFT", somersetJson().toString());

    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains("0 errors, 1 warning, 0 infos");
  }

  @Test
  void validate_jsonFormat_listsViolationsWithArguments() throws IOException {
    Run run = hls("validate", "--format", "json", somersetJson().toString());

    assertThat(run.exit()).isEqualTo(1);
    assertThat(
            Hls.json().mapper().readTree(run.out()).get(0).get("result").get("violations").size())
        .isEqualTo(18);
    assertThat(run.out())
        .contains("\"rule\": \"governance/count-contradicts-table\"")
        .contains("\"said\": \"two\"");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "truncated:{\"id\": \"r\", \"title\": ",
        "wrong-type:{\"id\": \"r\", \"recommendations\": \"three\"}",
        "unknown-field:{\"id\": \"r\", \"colour\": \"blue\"}",
        "bad-id:{\"id\": \" \"}",
        "not-json:<html></html>",
        "empty:"
      })
  void validate_malformedInput_exitsUnreadableWithALocatedMessage(String caseAndJson)
      throws IOException {
    String name = caseAndJson.substring(0, caseAndJson.indexOf(':'));
    Path file = write(name + ".json", caseAndJson.substring(caseAndJson.indexOf(':') + 1));

    Run run = hls("validate", file.toString());

    assertThat(run.exit()).isEqualTo(ExitCode.UNREADABLE_INPUT.code());
    assertThat(run.err())
        .matches("(?s)hls: " + java.util.regex.Pattern.quote(file.toString()) + ":\\d+:\\d+: .+");
    assertThat(run.out())
        .isEqualTo("0 reports, 0 with errors, 1 unreadable: 0 errors, 0 warnings, 0 infos\n");
  }

  @Test
  void validate_deepNesting_isRefusedAtTheLimit() throws IOException {
    Path file = write("deep.json", "[".repeat(10_000) + "]".repeat(10_000));

    Run run = hls("validate", file.toString());

    assertThat(run.exit()).isEqualTo(ExitCode.UNREADABLE_INPUT.code());
    assertThat(run.err()).contains("deep.json:1:").contains("nesting depth");
  }

  @Test
  void validate_hugeString_isRefusedAtTheLimit() throws IOException {
    Path file = dir.resolve("huge.json");
    try (var w = Files.newBufferedWriter(file)) {
      w.write("{\"id\": \"r\", \"title\": \"");
      char[] chunk = new char[1 << 20];
      java.util.Arrays.fill(chunk, 'x');
      for (int i = 0; i < 50; i++) {
        w.write(chunk);
      }
      w.write("\"}");
    }

    Run run = hls("validate", file.toString());

    assertThat(run.exit()).isEqualTo(ExitCode.UNREADABLE_INPUT.code());
    // refused where the first limit is met: the string's, long before the document's
    assertThat(run.err())
        .containsPattern(
            "huge\\.json:1:\\d+: /title: String value length \\(\\d+\\) exceeds the maximum allowed");
  }

  @Test
  void validate_documentPastTheSizeLimit_isRefusedWhereTheLimitIsMet() throws IOException {
    Path file = dir.resolve("big.json");
    try (var w = Files.newBufferedWriter(file)) {
      w.write("[");
      char[] spaces = new char[1 << 20];
      java.util.Arrays.fill(spaces, ' ');
      for (int i = 0; i < 21; i++) {
        w.write(spaces);
      }
      w.write("]");
    }

    Run run = hls("validate", file.toString());

    assertThat(run.exit()).isEqualTo(ExitCode.UNREADABLE_INPUT.code());
    assertThat(run.err())
        .containsPattern("big\\.json:1:\\d+: the document is longer than 20000000 bytes");
  }

  @Test
  void validate_longString_isRefusedAtTheStringLimit() throws IOException {
    Path file = write("long.json", "{\"id\": \"r\", \"title\": \"" + "x".repeat(1_000_001) + "\"}");

    Run run = hls("validate", file.toString());

    assertThat(run.exit()).isEqualTo(ExitCode.UNREADABLE_INPUT.code());
    assertThat(run.err())
        .containsPattern(
            "long\\.json:1:\\d+: /title: String value length \\(1000001\\) exceeds the maximum allowed");
  }

  @Test
  void validate_hostileCorpus_refusesEachFileAtItsPlace_andStillValidatesTheOthers()
      throws IOException {
    List<String> args = new ArrayList<>(List.of("validate"));
    for (JsonCorpus.Case c : JsonCorpus.cases()) {
      args.add(write("corpus-" + c.name() + ".json", c.json()).toString());
    }
    args.add(somersetJson().toString());

    Run run = hls(args.toArray(String[]::new));

    assertThat(run.exit()).isEqualTo(ExitCode.UNREADABLE_INPUT.code());
    List<String> errors = run.err().lines().collect(Collectors.toList());
    assertThat(errors).hasSize(JsonCorpus.cases().size());
    for (int i = 0; i < errors.size(); i++) {
      JsonCorpus.Case c = JsonCorpus.cases().get(i);
      assertThat(errors.get(i))
          .startsWith("hls: " + dir.resolve("corpus-" + c.name() + ".json"))
          .contains(c.problem());
    }
    assertThat(run.err()).doesNotContain("\tat ").doesNotContain("Exception");
    assertThat(run.out()).contains("somerset.json at DECISION_READY").contains("6 errors");
  }

  @Test
  void validate_badDate_namesTheFieldTheFormAndTheValue() throws IOException {
    Path file =
        write(
            "date.json",
            JsonCorpus.cases().stream()
                .filter(c -> c.name().equals("date-in-another-form"))
                .findFirst()
                .orElseThrow()
                .json());

    Run run = hls("validate", file.toString());

    assertThat(run.exit()).isEqualTo(ExitCode.UNREADABLE_INPUT.code());
    assertThat(run.err())
        .isEqualTo(
            "hls: "
                + file
                + ":4:18: /meetingDate: BoardReport.meetingDate: expected a date such as 2025-01-15, got \"15/01/2025\"\n");
  }

  @Test
  void validate_missingFile_andOneGoodFile_exitsUnreadable_afterValidatingTheGoodOne()
      throws IOException {
    Run run = hls("validate", dir.resolve("none.json").toString(), somersetJson().toString());

    assertThat(run.exit()).isEqualTo(ExitCode.UNREADABLE_INPUT.code());
    assertThat(run.err()).contains("none.json: no such file");
    assertThat(run.out()).contains("6 errors");
  }

  static final Path SOMERSET_DOCX =
      Path.of(
          "..",
          "hls-docx",
          "src",
          "test",
          "resources",
          "io",
          "github",
          "hls4j",
          "docx",
          "somerset.docx");

  /** The findings lines of a text report, without the file's name. */
  private static List<String> findingLines(String out) {
    return out.lines()
        .filter(
            line ->
                line.startsWith("ERROR") || line.startsWith("WARNING") || line.startsWith("INFO"))
        .toList();
  }

  @Test
  void validate_somersetDocx_printsTheSameFindingsAsTheSomersetJson() throws IOException {
    Run word = hls("validate", SOMERSET_DOCX.toString());
    Run json = hls("validate", somersetJson().toString());

    assertThat(word.exit()).isEqualTo(1);
    assertThat(word.err()).isEmpty();
    assertThat(findingLines(word.out())).hasSize(18).isEqualTo(findingLines(json.out()));
  }

  @Test
  void validate_wordIsChosenByContent_notByName() throws IOException {
    Path disguised = dir.resolve("disguised.json");
    Files.copy(SOMERSET_DOCX, disguised, java.nio.file.StandardCopyOption.REPLACE_EXISTING);

    Run run = hls("validate", disguised.toString());

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out()).contains("6 errors, 12 warnings");
  }

  @Test
  void validate_folder_readsWordAndJsonAlike() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("mixed"));
    Files.copy(
        SOMERSET_DOCX,
        folder.resolve("somerset.docx"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    Files.copy(
        somersetJson(),
        folder.resolve("somerset.json"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);

    Run run = hls("validate", "--quiet", folder.toString());

    assertThat(run.out().strip())
        .isEqualTo("2 reports, 2 with errors, 0 unreadable: 12 errors, 24 warnings, 0 infos");
  }

  @Test
  void validate_binaryDoc_exitsUnreadableWithAClearMessage() throws IOException {
    byte[] ole2 = new byte[512];
    byte[] magic = {
      (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
    };
    System.arraycopy(magic, 0, ole2, 0, magic.length);
    Path doc = dir.resolve("old report.doc");
    Files.write(doc, ole2);

    Run run = hls("validate", doc.toString());

    assertThat(run.exit()).isEqualTo(ExitCode.UNREADABLE_INPUT.code());
    assertThat(run.err()).startsWith("hls: " + doc + ": cannot be read: it is");
  }

  @Test
  void import_somersetDocx_printsTheReportAsJson() throws IOException {
    Run run = hls("import", SOMERSET_DOCX.toString());

    assertThat(run.exit()).isZero();
    assertThat(run.err()).isEmpty();
    io.github.hls4j.governance.BoardReport imported =
        Hls.json().read(run.out(), "import", io.github.hls4j.governance.BoardReport.class);
    assertThat(imported.title()).isEqualTo(SomersetReport.report().title());
    assertThat(imported.signOffs()).isEqualTo(SomersetReport.report().signOffs());
    assertThat(imported.sections()).isEqualTo(SomersetReport.report().sections());
  }

  @Test
  void
      import_docxWithBidirectionalAndInvisibleCharacters_escapesThemInTheJson_andTheJsonReadsBackTheSame()
          throws IOException {
    Path hostile = dir.resolve("hostile.docx");
    try (java.util.zip.ZipInputStream in =
            new java.util.zip.ZipInputStream(Files.newInputStream(SOMERSET_DOCX));
        java.util.zip.ZipOutputStream out =
            new java.util.zip.ZipOutputStream(Files.newOutputStream(hostile))) {
      for (java.util.zip.ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        byte[] bytes = in.readAllBytes();
        if (e.getName().equals("word/document.xml")) {
          bytes =
              new String(bytes, StandardCharsets.UTF_8)
                  .replace("Taking a Human Learning", "Taking a \u202EHuman\u200B Learning")
                  .getBytes(StandardCharsets.UTF_8);
        }
        out.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
        out.write(bytes);
        out.closeEntry();
      }
    }

    Run run = hls("import", hostile.toString());

    assertThat(run.exit()).isZero();
    assertThat(run.out())
        .doesNotContain("\u202E")
        .doesNotContain("\u200B")
        .contains("Taking a \\u202EHuman\\u200B Learning");
    io.github.hls4j.governance.BoardReport imported =
        Hls.json().read(run.out(), "import", io.github.hls4j.governance.BoardReport.class);
    assertThat(imported.title()).startsWith("Taking a \u202EHuman\u200B Learning");
  }

  @Test
  void import_unknownTemplateFile_exitsUnreadable() {
    Run run =
        hls("import", "--template", dir.resolve("none.json").toString(), SOMERSET_DOCX.toString());

    assertThat(run.exit()).isEqualTo(ExitCode.UNREADABLE_INPUT.code());
    assertThat(run.err()).contains("none.json").contains("no such file");
  }

  @Test
  void everyCommandThatReadsOrWritesWord_takesTheSameTemplateOption() throws IOException {
    String none = dir.resolve("none.json").toString();
    List<Run> runs =
        List.of(
            hls("validate", "--template", none, SOMERSET_DOCX.toString()),
            hls(
                "render",
                "--format",
                "docx",
                "--template",
                none,
                "-o",
                dir.resolve("out.docx").toString(),
                somersetJson().toString()),
            digest(
                "--format",
                "docx",
                "--template",
                none,
                "-o",
                dir.resolve("digest.docx").toString()));

    for (Run run : runs) {
      assertThat(run.exit()).isEqualTo(ExitCode.UNREADABLE_INPUT.code());
      assertThat(run.err()).contains("hls: " + none + ": no such file");
    }
    for (String command : List.of("validate", "import", "render", "digest")) {
      assertThat(hls(command, "--help").out().replaceAll("\\s+", " "))
          .contains(
              "--template=FILE The Word template's description, as JSON, for reading or writing Word"
                  + " (default: the built-in Somerset template).");
    }
  }

  @Test
  void render_docx_writesAWordDocumentThatReadsBack() throws IOException {
    Path written = dir.resolve("rendered.docx");

    Run run =
        hls("render", "--format", "docx", "-o", written.toString(), somersetJson().toString());
    Run again = hls("validate", written.toString());

    assertThat(run.exit()).isZero();
    assertThat(findingLines(again.out()))
        .isEqualTo(findingLines(hls("validate", somersetJson().toString()).out()));
  }

  @Test
  void render_docxPublication_keepsNoReportIdAndHasTickHeaders() throws IOException {
    Path working = dir.resolve("working.docx");
    Path pack = dir.resolve("pack.docx");

    Run run =
        hls(
            "render",
            "--format",
            "docx",
            "--publication",
            "-o",
            pack.toString(),
            somersetJson().toString());
    hls("render", "--format", "docx", "-o", working.toString(), somersetJson().toString());

    assertThat(run.exit()).isZero();
    String published = docxText(pack);
    assertThat(published)
        .doesNotContain(SomersetReport.report().id().value())
        .containsPattern("Priority\\s*Ticked\\s*Rationale")
        .contains("Financial, legal, HR, social value, partnership: ");
    assertThat(docxText(working))
        .contains(SomersetReport.report().id().value())
        .doesNotContain("Ticked");
  }

  @Test
  void digest_docxPublication_namesNoModelId() throws IOException {
    Path pack = dir.resolve("digest-pack.docx");

    Run run = digest("--format", "docx", "--publication", "-o", pack.toString());

    assertThat(run.exit()).isZero();
    assertThat(docxText(pack))
        .doesNotContain("learning-digest-somerset-board")
        .doesNotContain("funding-regime")
        .containsPattern("Priority\\s*Ticked\\s*Rationale");
  }

  @Test
  void digest_markdownAndHtml_nameEachSourceByItsName() throws IOException {
    Run markdown = digest();
    Run html = digest("--format", "html");

    assertThat(markdown.out())
        .contains("drawn from: the escalation ‘")
        .doesNotContain("drawn from: escalation ")
        .doesNotContain("learning cycle homes-and-horizons");
    assertThat(html.out())
        .contains("drawn from: the escalation ‘")
        .doesNotContain("drawn from: escalation ");
  }

  /** The text of a Word document and its properties, as POI reads them. */
  private static String docxText(Path docx) throws IOException {
    try (org.apache.poi.xwpf.usermodel.XWPFDocument doc =
            new org.apache.poi.xwpf.usermodel.XWPFDocument(Files.newInputStream(docx));
        org.apache.poi.xwpf.extractor.XWPFWordExtractor text =
            new org.apache.poi.xwpf.extractor.XWPFWordExtractor(doc)) {
      StringBuilder all = new StringBuilder(text.getText());
      doc.getProperties()
          .getCustomProperties()
          .getUnderlyingProperties()
          .getPropertyList()
          .forEach(p -> all.append('\n').append(p.getName()).append(' ').append(p.getLpwstr()));
      return all.toString();
    }
  }

  private static final Path GOLDEN = Path.of("..", "hls-json", "src", "test", "golden");

  private static Run digest(String... more) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "digest",
                GOLDEN.resolve("somerset-learning.json").toString(),
                "--board",
                "somerset-board",
                "--since",
                "2025-01-01",
                "--until",
                "2025-05-31",
                "--health",
                GOLDEN.resolve("somerset-health-autumn.json").toString(),
                "--health",
                GOLDEN.resolve("somerset-health-spring.json").toString(),
                "--lead-officer",
                "Alice Munro / Consultant in Public Health"));
    args.addAll(List.of(more));
    return hls(args.toArray(String[]::new));
  }

  @Test
  void digest_json_isTheSomersetDigest() throws IOException {
    Run run = digest("--format", "json");

    assertThat(run.exit()).isZero();
    assertThat(run.err()).isEmpty();
    // The JSON form keeps no personal evidence that no agreement covers, but keeps the fact that
    // the
    // share carried some: drafted from it, the paper still reports the share without an agreement.
    io.github.hls4j.system.LearningSystem stored =
        Hls.json()
            .read(
                Files.readString(
                    GOLDEN.resolve("somerset-learning.json"),
                    java.nio.charset.StandardCharsets.UTF_8),
                "golden",
                io.github.hls4j.system.LearningSystem.class);
    io.github.hls4j.digest.LearningDigest expected =
        io.github.hls4j.digest.LearningDigest.builder(
                stored, io.github.hls4j.examples.SomersetReport.somersetBoard().id())
            .since(java.time.LocalDate.of(2025, 1, 1))
            .until(java.time.LocalDate.of(2025, 5, 31))
            .leadOfficer(io.github.hls4j.examples.SomersetDigest.paper().leadOfficer())
            .healthRounds(
                io.github.hls4j.examples.SomersetHealth.autumn(),
                io.github.hls4j.examples.SomersetHealth.spring())
            .build();
    assertThat(Hls.json().read(run.out(), "digest", io.github.hls4j.governance.BoardReport.class))
        .isEqualTo(expected.draft());
    assertThat(expected.facts().concerns())
        .hasSize(1)
        .isEqualTo(io.github.hls4j.examples.SomersetDigest.digest().facts().concerns());
    assertThat(run.out()).doesNotContain("Account of J.");
  }

  @Test
  void digest_meeting_countsWhatIsOverdueFromTheMeetingDate() throws IOException {
    Run atMeeting = digest("--format", "json", "--meeting", "2025-06-25");

    assertThat(atMeeting.exit()).isZero();
    io.github.hls4j.governance.BoardReport paper =
        Hls.json().read(atMeeting.out(), "digest", io.github.hls4j.governance.BoardReport.class);
    assertThat(paper.meetingDate()).contains(java.time.LocalDate.of(2025, 6, 25));
    // the Ministry's response on allocation law was due on 20 June 2025: owed at the meeting, not
    // at the end of May
    assertThat(paper.summary())
        .anySatisfy(
            s -> assertThat(s).startsWith("As of 25 June 2025").contains("2 responses owed"));
  }

  @Test
  void digest_langCy_draftsThePaperAndThePageInWelsh() throws IOException {
    Run markdown = digest("--lang", "cy");
    Run page = digest("--format", "html", "--publication", "--lang", "cy");

    assertThat(markdown.exit()).isZero();
    assertThat(markdown.out())
        .startsWith("# Crynodeb dysgu: beth a ddysgodd system Somerset")
        .contains("## 1. Beth a ddysgodd y system", "Rhwystrau ar lefel y Bwrdd", "Cais i'r Bwrdd")
        .doesNotContain(
            "What the system learned", "Barriers at the Board's level", "Request of the Board");
    assertThat(page.exit()).isZero();
    assertThat(page.out())
        .contains("<html lang=\"cy\"", "Crynodeb", "Argymhellion", "Beth a ddysgodd y system")
        .doesNotContain("<span lang=\"en\">Beth a ddysgodd");
    java.util.List<String> headings = new java.util.ArrayList<>();
    java.util.regex.Matcher heading =
        java.util.regex.Pattern.compile("<h[12][^>]*>(.*?)</h[12]>").matcher(page.out());
    while (heading.find()) {
      headings.add(heading.group(1));
    }
    assertThat(headings)
        .isNotEmpty()
        .allSatisfy(
            h ->
                assertThat(h.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}']+"))
                    .doesNotContain(
                        "the",
                        "what",
                        "summary",
                        "recommendations",
                        "reasons",
                        "implications",
                        "risk",
                        "request",
                        "barriers",
                        "learned",
                        "board"));
  }

  @Test
  void digest_publication_hasNoFindingsBeside() throws IOException {
    Run page = digest("--format", "html", "--publication");

    assertThat(page.exit()).isZero();
    assertThat(page.out())
        .startsWith("<!DOCTYPE html>")
        .doesNotContain("<aside")
        .doesNotContain("governance/");
  }

  @Test
  void digest_markdownAndHtml_areTheSameFromRunToRun_andTheChartGoesBeside() throws IOException {
    Path chart = dir.resolve("health.svg");
    Run markdown = digest("--chart", chart.toString());
    Run html = digest("--format", "html");

    assertThat(markdown.out())
        .startsWith("# Learning digest: what the Somerset system learned")
        .isEqualTo(digest().out());
    assertThat(html.out())
        .startsWith("<!DOCTYPE html>")
        .isEqualTo(digest("--format", "html").out());
    assertThat(Files.readString(chart)).contains("<svg").contains("Spring 2025");
  }

  @Test
  void digest_docx_isTheSameFromRunToRun_andReadsBack() throws IOException {
    Path first = dir.resolve("digest-1.docx");
    Path second = dir.resolve("digest-2.docx");

    assertThat(digest("--format", "docx", "-o", first.toString()).exit()).isZero();
    assertThat(digest("--format", "docx", "-o", second.toString()).exit()).isZero();

    assertThat(Files.readAllBytes(first)).isEqualTo(Files.readAllBytes(second));
    assertThat(hls("import", first.toString()).out())
        .contains("Learning digest: what the Somerset system learned");
  }

  @Test
  void digest_unknownBoard_exitsUsageNamingTheOptionTheFileAndItsBoards() {
    String system = GOLDEN.resolve("somerset-learning.json").toString();
    Run run = hls("digest", system, "--board", "nowhere", "--since", "2025-01-01");

    assertThat(run.exit()).isEqualTo(ExitCode.USAGE.code());
    assertThat(run.err())
        .startsWith("hls: --board nowhere: " + system + " holds no such board; its boards are ")
        .contains("somerset-board");
  }

  @Test
  void digest_withoutBoardOrSince_exitsUsage() {
    assertThat(hls("digest", GOLDEN.resolve("somerset-learning.json").toString()).exit())
        .isEqualTo(ExitCode.USAGE.code());
  }

  @Test
  void render_markdownAndHtml() throws IOException {
    Run markdown = hls("render", somersetJson().toString());
    Run html = hls("render", "--format", "html", somersetJson().toString());

    assertThat(markdown.exit()).isZero();
    assertThat(markdown.out()).startsWith("# Taking a Human Learning Systems approach");
    assertThat(html.exit()).isZero();
    assertThat(html.out())
        .startsWith("<!DOCTYPE html>")
        .contains("<aside aria-labelledby=\"findings\">")
        .doesNotContain("<script");
  }

  @Test
  void rulesAndExample() throws IOException {
    assertThat(hls("rules").out()).contains("governance/signoff-undated");
    assertThat(Hls.json().mapper().readTree(hls("rules", "--format", "json").out()).size())
        .isGreaterThan(30);
    Run example = hls("example", "somerset");
    assertThat(example.exit()).isZero();
    assertThat(
            Hls.json().read(example.out(), "example", io.github.hls4j.governance.BoardReport.class))
        .isEqualTo(SomersetReport.report());
    assertThat(hls("example", "elsewhere").exit()).isEqualTo(ExitCode.USAGE.code());
  }

  @Test
  void help_isThereForEveryCommand() {
    for (String command :
        new String[] {"validate", "import", "render", "digest", "rules", "example"}) {
      Run run = hls(command, "--help");
      assertThat(run.exit()).isZero();
      assertThat(run.out()).contains("Usage: hls " + command);
    }
    Run bare = hls();
    assertThat(bare.exit()).isEqualTo(ExitCode.USAGE.code());
    assertThat(bare.out()).isEmpty();
    assertThat(bare.err()).contains("Usage: hls");
  }

  @Test
  void unknownCommand_exitsUsage_withUsageOnStandardError() {
    Run run = hls("check", "report.json");

    assertThat(run.exit()).isEqualTo(ExitCode.USAGE.code());
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).startsWith("Unknown command: 'check'\n").contains("Usage: hls");
  }

  @Test
  void enumOptions_areReadInAnyCase() throws IOException {
    Run run = hls("validate", "--profile", "draft", "--format", "TEXT", somersetJson().toString());

    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains("at DRAFT");
  }

  @Test
  void validate_folder_readsEveryJsonUnderIt_andEndsWithASummary() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("pack").resolve("inner"));
    Files.copy(
        somersetJson(),
        folder.resolve("somerset.json"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    Files.copy(
        somersetJson(),
        folder.getParent().resolve("again.json"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    Files.writeString(folder.resolve("notes.txt"), "not a report");

    Run run = hls("validate", "--quiet", folder.getParent().toString());

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out())
        .isEqualTo("2 reports, 2 with errors, 0 unreadable: 12 errors, 24 warnings, 0 infos\n");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void validate_failOn_choosesTheSeverityThatFails() throws IOException {
    String file = somersetJson().toString();

    assertThat(hls("validate", "--profile", "draft", file).exit()).isZero();
    assertThat(hls("validate", "--profile", "draft", "--fail-on", "warning", file).exit())
        .isEqualTo(1);
    assertThat(hls("validate", "--fail-on", "WARNING", file).exit()).isEqualTo(1);
  }

  @Test
  void validate_lineBreakOrEscapeInAValue_cannotForgeALine() throws IOException {
    String forged = "Trudi\\nERROR     governance/forged  signOffs[9]  All clear\\u001B[2J";
    String json =
        Hls.json()
            .write(SomersetReport.report())
            .replace("\"name\": \"Trudi Grant\"", "\"name\": \"" + forged + "\"");
    Path file = write("forged.json", json);

    Run run = hls("validate", file.toString());

    assertThat(run.out())
        .contains("Trudi\\u000AERROR     governance/forged")
        .doesNotContain("\nERROR     governance/forged")
        .doesNotContain("\u001B");
    assertThat(run.out().lines().filter(l -> l.startsWith("ERROR") || l.startsWith("WARNING")))
        .hasSize(18);
  }

  @Test
  void colour_onlyWhereAsked_andNeverWithNoColor() {
    assertThat(Hls.colour(CommandLine.Help.Ansi.ON, null)).isEqualTo(CommandLine.Help.Ansi.ON);
    assertThat(Hls.colour(CommandLine.Help.Ansi.ON, "")).isEqualTo(CommandLine.Help.Ansi.ON);
    assertThat(Hls.colour(CommandLine.Help.Ansi.ON, "1")).isEqualTo(CommandLine.Help.Ansi.OFF);
    assertThat(Hls.colour(CommandLine.Help.Ansi.OFF, null)).isEqualTo(CommandLine.Help.Ansi.OFF);
  }

  @Test
  void summary_isColouredOnlyWithColour() {
    FindingsOutput output = new FindingsOutput(java.util.Locale.ENGLISH);

    assertThat(output.summary(1, false, 1, 0, 2, 0, 0, CommandLine.Help.Ansi.ON))
        .contains("\u001B[")
        .contains("2 errors");
    assertThat(output.summary(1, false, 1, 0, 2, 0, 0, CommandLine.Help.Ansi.OFF))
        .doesNotContain("\u001B")
        .contains("2 errors");
  }

  @Test
  void printable_showsControlCharactersAsEscapes() {
    assertThat(io.github.hls4j.text.Printable.oneLine("a\u001B]0;owned\u0007b\nc\u202Ed"))
        .isEqualTo("a\\u001B]0;owned\\u0007b\\u000Ac\\u202Ed");
    assertThat(io.github.hls4j.text.Printable.oneLine("Sömerset 😀")).isEqualTo("Sömerset 😀");
  }

  // The command's own robustness (issues 26 and 27): what is not a report, bad values, links,
  // outputs that cannot be written, the version, the examples and the rules.

  @Test
  void
      validate_folderHoldingASystemAHealthRoundAndATemplate_leavesThemOutInOneLine_andValidatesTheReports()
          throws IOException {
    Path papers = Files.createDirectories(dir.resolve("papers-with-others"));
    Files.copy(
        somersetJson(),
        papers.resolve("somerset.json"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    Files.writeString(papers.resolve("system.json"), hls("example", "somerset-learning").out());
    Files.writeString(
        papers.resolve("autumn.json"), hls("example", "somerset-health-autumn").out());
    Files.writeString(papers.resolve("county.json"), hls("example", "county-template").out());

    Run run = hls("validate", "--quiet", papers.toString());

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out())
        .isEqualTo("1 report, 1 with errors, 0 unreadable: 6 errors, 12 warnings, 0 infos\n");
    assertThat(run.err().lines())
        .containsExactly(
            "hls: left out 3 files that are no board report: "
                + papers.resolve("autumn.json")
                + " (a health round), "
                + papers.resolve("county.json")
                + " (a Word template), "
                + papers.resolve("system.json")
                + " (a learning system)");
  }

  @Test
  void validate_folderHoldingSavedJsonFindings_leavesThemOutNamed_andValidatesTheReports()
      throws IOException {
    Path papers = Files.createDirectories(dir.resolve("papers-with-findings"));
    Files.copy(
        somersetJson(),
        papers.resolve("somerset.json"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    Files.writeString(
        papers.resolve("findings.json"),
        hls("validate", "--format", "json", somersetJson().toString()).out());

    Run run = hls("validate", "--quiet", papers.toString());

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out()).startsWith("1 report, 1 with errors, 0 unreadable");
    assertThat(run.err().lines())
        .containsExactly(
            "hls: left out 1 file that is no board report: "
                + papers.resolve("findings.json")
                + " (findings of hls validate)");
  }

  @Test
  void validate_aLearningSystemNamedAsAFile_isValidatedByTheSystemsRules_besideTheReport()
      throws IOException {
    Path system = write("named-system.json", hls("example", "somerset-learning").out());

    Run run = hls("validate", system.toString(), somersetJson().toString());

    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .contains(system + " at DECISION_READY:")
        .contains(somersetJson() + " at DECISION_READY:")
        .contains("2 documents, ");
  }

  @Test
  void render_aHealthRound_exitsUnreadableSayingWhatItIs() throws IOException {
    Path round = write("named-round.json", hls("example", "somerset-health-spring").out());

    Run run = hls("render", round.toString());

    assertThat(run.exit()).isEqualTo(ExitCode.UNREADABLE_INPUT.code());
    assertThat(run.err())
        .startsWith("hls: " + round + ": it is a health round, not a board report");
  }

  @Test
  void validate_danglingAndLoopingLinks_eachGiveALine_exitUnreadable_andTheOtherReportsAreChecked()
      throws IOException {
    Path pack = Files.createDirectories(dir.resolve("linked-pack"));
    Files.copy(
        somersetJson(), pack.resolve("a.json"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    Path inner = Files.createDirectories(pack.resolve("inner"));
    Files.copy(
        somersetJson(), inner.resolve("b.json"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    Path dangling =
        Files.createSymbolicLink(pack.resolve("gone.json"), pack.resolve("nowhere.json"));
    Path loop = Files.createSymbolicLink(inner.resolve("up"), pack);
    Path circle = Files.createSymbolicLink(pack.resolve("one.json"), pack.resolve("two.json"));
    Files.createSymbolicLink(pack.resolve("two.json"), circle);

    Run run = hls("validate", "--quiet", pack.toString());

    assertThat(run.exit()).isEqualTo(ExitCode.UNREADABLE_INPUT.code());
    assertThat(run.out())
        .isEqualTo("2 reports, 2 with errors, 4 unreadable: 12 errors, 24 warnings, 0 infos\n");
    assertThat(run.err().lines())
        .containsExactlyInAnyOrder(
            "hls: "
                + dangling
                + ": a link that leads nowhere ("
                + pack.resolve("nowhere.json")
                + "); left out",
            "hls: "
                + loop
                + ": a link that leads round in a circle, to a folder above it; left out",
            "hls: "
                + circle
                + ": a link that leads round in a circle, through other links; left out",
            "hls: "
                + pack.resolve("two.json")
                + ": a link that leads round in a circle, through other links; left out");
  }

  @Test
  void inputs_folderThatCannotBeRead_isOneLineNamingIt() {
    Path folder = dir.resolve("locked");

    InputProblem problem =
        InputProblem.of(folder, new java.nio.file.AccessDeniedException(folder.toString()));

    assertThat(problem.kind()).isEqualTo(InputProblem.Kind.PERMISSION_DENIED);
    assertThat(problem.in(LanguageOption.words(java.util.Locale.ENGLISH)))
        .isEqualTo(folder + ": cannot be read: permission denied");
  }

  @Test
  void validate_folderThatCannotBeRead_givesALine_andTheOtherFilesAreChecked() throws IOException {
    org.junit.jupiter.api.Assumptions.assumeFalse(
        "root".equals(System.getProperty("user.name")),
        "root reads every folder, so none can be made unreadable");
    Path locked = Files.createDirectories(dir.resolve("locked-pack").resolve("locked"));
    Files.copy(
        somersetJson(),
        locked.getParent().resolve("a.json"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    Files.setPosixFilePermissions(locked, java.util.Set.of());
    try {
      Run run = hls("validate", "--quiet", locked.getParent().toString());

      assertThat(run.exit()).isEqualTo(ExitCode.UNREADABLE_INPUT.code());
      assertThat(run.err()).isEqualTo("hls: " + locked + ": cannot be read: permission denied\n");
      assertThat(run.out()).startsWith("1 report, 1 with errors, 1 unreadable");
    } finally {
      Files.setPosixFilePermissions(
          locked, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"validate", "import", "render", "digest", "rules", "example"})
  void version_isPrintedByEveryCommand(String command) {
    Run run = hls(command, "-V");

    assertThat(run.exit()).isZero();
    assertThat(run.out()).isEqualTo("hls 0.1.0-SNAPSHOT\n");
    assertThat(hls(command, "--version").out()).isEqualTo(run.out());
  }

  @ParameterizedTest
  @ValueSource(strings = {"2025-13-01", "31/01/2025", "tomorrow", "2025-02-30"})
  void digest_badDate_saysWhatWasExpected_withAnExample_andNoClassName(String date) {
    Run run =
        hls(
            "digest",
            GOLDEN.resolve("somerset-learning.json").toString(),
            "--board",
            "somerset-board",
            "--since",
            date);

    assertThat(run.exit()).isEqualTo(ExitCode.USAGE.code());
    assertThat(run.out()).isEmpty();
    assertThat(run.err().lines().findFirst().orElseThrow())
        .isEqualTo(
            "Invalid value for option '--since': expected a date as year-month-day, such as 2025-01-31, got '"
                + date
                + "'");
    assertThat(run.err()).doesNotContain("java.").doesNotContain("Exception");
  }

  @Test
  void options_wholeNumber_saysWhatWasExpected() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Options.wholeNumber("three"))
        .isInstanceOf(CommandLine.TypeConversionException.class)
        .hasMessage("expected a whole number such as 3, got 'three'");
    assertThat(Options.wholeNumber(" 3 ")).isEqualTo(3);
  }

  @ParameterizedTest
  @ValueSource(strings = {"+999999999-12-31", "+999999999-11-06"})
  void digest_untilAtTheEndOfTheCalendar_exitsUsageNamingUntil_withNoStackTrace(String until) {
    Run run =
        hls(
            "digest",
            GOLDEN.resolve("somerset-learning.json").toString(),
            "--board",
            "somerset-board",
            "--since",
            "2025-01-01",
            "--until",
            until);

    assertThat(run.exit()).isEqualTo(ExitCode.USAGE.code());
    assertThat(run.err())
        .startsWith(
            "hls: LearningDigest.until (" + until + ") must be no later than +999999999-11-05");
    assertThat(run.err().lines()).hasSize(1);
  }

  @Test
  void digest_periodsAtEitherEndOfTheCalendar_areDrafted() {
    Run first =
        hls(
            "digest",
            GOLDEN.resolve("somerset-learning.json").toString(),
            "--board",
            "somerset-board",
            "--since",
            "-999999999-01-01",
            "--until",
            "-999999999-01-01");
    Run last =
        hls(
            "digest",
            GOLDEN.resolve("somerset-learning.json").toString(),
            "--board",
            "somerset-board",
            "--since",
            "2025-01-01",
            "--until",
            "+999999999-11-05",
            "--format",
            "json");

    assertThat(first.exit()).isZero();
    assertThat(first.err()).isEmpty();
    assertThat(last.exit()).isZero();
    assertThat(last.err()).isEmpty();
  }

  @Test
  void renderAndDigest_outputIntoAFolderThatDoesNotExist_exitUnwritableNamingIt()
      throws IOException {
    Path missing = dir.resolve("no-such-folder");
    List<Run> runs =
        List.of(
            hls("render", "-o", missing.resolve("r.md").toString(), somersetJson().toString()),
            hls(
                "render",
                "--format",
                "docx",
                "-o",
                missing.resolve("r.docx").toString(),
                somersetJson().toString()),
            digest("-o", missing.resolve("d.md").toString()),
            digest("--format", "docx", "-o", missing.resolve("d.docx").toString()));

    for (Run run : runs) {
      assertThat(run.exit()).isEqualTo(ExitCode.UNWRITABLE_OUTPUT.code());
      assertThat(run.err())
          .matches(
              "hls: "
                  + java.util.regex.Pattern.quote(missing.toString())
                  + "/[rd]\\.(md|docx): cannot be written: the folder "
                  + java.util.regex.Pattern.quote(missing.toString())
                  + " does not exist\n");
    }
  }

  @Test
  void digest_chartIntoAFolderThatDoesNotExist_exitsUnwritable_andStillWritesThePaper()
      throws IOException {
    Path chart = dir.resolve("no-such-charts").resolve("health.svg");
    Path paper = dir.resolve("paper-beside-a-lost-chart.md");

    Run run = digest("--chart", chart.toString(), "-o", paper.toString());

    assertThat(run.exit()).isEqualTo(ExitCode.UNWRITABLE_OUTPUT.code());
    assertThat(run.err())
        .isEqualTo(
            "hls: "
                + chart
                + ": cannot be written: the folder "
                + chart.getParent()
                + " does not exist\n");
    assertThat(Files.readString(paper)).startsWith("# Learning digest");
  }

  @Test
  void validate_templateThatCannotBeRead_exitsUnreadable_evenWhenEveryInputIsJson()
      throws IOException {
    Path missing = dir.resolve("no-such-template.json");
    Path word = dir.resolve("given-as-template.docx");
    Files.write(word, new byte[] {'P', 'K', 3, 4, 20, 0});

    Run none = hls("validate", "--template", missing.toString(), somersetJson().toString());
    Run docx = hls("validate", "--template", word.toString(), somersetJson().toString());

    assertThat(none.exit()).isEqualTo(ExitCode.UNREADABLE_INPUT.code());
    assertThat(none.err()).isEqualTo("hls: " + missing + ": no such file\n");
    assertThat(none.out()).isEmpty();
    assertThat(docx.exit()).isEqualTo(ExitCode.UNREADABLE_INPUT.code());
    assertThat(docx.err())
        .startsWith("hls: " + word + ": is a Word document")
        .contains("hls template draft");
  }

  @Test
  void digest_chartWithoutAHealthRound_exitsUsageSayingWhy_andStillWritesThePaper()
      throws IOException {
    Path chart = dir.resolve("health-without-rounds.svg");
    Path paper = dir.resolve("paper-without-rounds.md");

    Run run =
        hls(
            "digest",
            GOLDEN.resolve("somerset-learning.json").toString(),
            "--board",
            "somerset-board",
            "--since",
            "2025-01-01",
            "--until",
            "2025-05-31",
            "--chart",
            chart.toString(),
            "-o",
            paper.toString());

    assertThat(run.exit()).isEqualTo(ExitCode.USAGE.code());
    assertThat(run.err())
        .isEqualTo(
            "hls: "
                + chart
                + ": no chart written: the chart is of the latest health round, and --health names none\n");
    assertThat(chart).doesNotExist();
    assertThat(Files.readString(paper)).startsWith("# Learning digest");
  }

  @Test
  void renderAndDigest_outputThatIsAFolderOrAFullDisk_exitUnwritable_withOneLine()
      throws IOException {
    Path folder = Files.createDirectories(dir.resolve("a-folder-not-a-file"));
    List<Run> runs =
        new ArrayList<>(
            List.of(
                hls("render", "-o", folder.toString(), somersetJson().toString()),
                digest("--format", "docx", "-o", folder.toString())));
    if (Files.isWritable(Path.of("/dev/full"))) {
      runs.add(hls("render", "--format", "html", "-o", "/dev/full", somersetJson().toString()));
      runs.add(digest("--format", "docx", "-o", "/dev/full"));
      runs.add(digest("--chart", "/dev/full", "-o", dir.resolve("beside-full.md").toString()));
    }

    for (Run run : runs) {
      assertThat(run.exit()).isEqualTo(ExitCode.UNWRITABLE_OUTPUT.code());
      assertThat(run.err())
          .containsPattern("^hls: \\S+: cannot be written: \\S.*\n$")
          .doesNotContain("Exception");
      assertThat(run.err().lines()).hasSize(1);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"null", "", "  \n"})
  void everyCommandThatReadsATemplate_nullOrEmptyTemplate_exitsUnreadableNamingIt(String content)
      throws IOException {
    Path template =
        write("template-" + content.strip().length() + content.length() + ".json", content);
    String expected =
        "hls: "
            + template
            + ":1:1: the document is "
            + (content.isBlank() ? "empty" : "null")
            + "; expected a template\n";
    List<Run> runs =
        List.of(
            hls("validate", "--template", template.toString(), SOMERSET_DOCX.toString()),
            hls("import", "--template", template.toString(), SOMERSET_DOCX.toString()),
            hls(
                "render",
                "--format",
                "docx",
                "--template",
                template.toString(),
                "-o",
                dir.resolve("t.docx").toString(),
                somersetJson().toString()),
            digest(
                "--format",
                "docx",
                "--template",
                template.toString(),
                "-o",
                dir.resolve("t-digest.docx").toString()));

    for (Run run : runs) {
      assertThat(run.exit()).isEqualTo(ExitCode.UNREADABLE_INPUT.code());
      assertThat(run.err()).isEqualTo(expected);
    }
  }

  @Test
  void rules_listsEveryRuleValidateCanReport_importRulesIncluded() throws IOException {
    Run text = hls("rules");
    var json = Hls.json().mapper().readTree(hls("rules", "--format", "json").out());

    List<String> ids = new ArrayList<>();
    json.forEach(rule -> ids.add(rule.get("id").asString()));
    List<String> expected = new ArrayList<>();
    io.github.hls4j.validation.RuleCatalog.builtIn()
        .descriptors()
        .forEach(d -> expected.add(d.id().toString()));
    io.github.hls4j.docx.ImportRules.catalog()
        .descriptors()
        .forEach(d -> expected.add(d.id().toString()));
    assertThat(ids)
        .containsExactlyElementsOf(expected)
        .contains("import/unknown-heading", "validation/rule-failed");
    assertThat(text.out().lines()).hasSize(expected.size());
    assertThat(text.out()).contains("import/unplaced-text");
  }

  @Test
  void example_list_namesEveryExample_andEachPrintsJsonOfItsKind() {
    Run list = hls("example", "--list");

    assertThat(list.exit()).isZero();
    assertThat(list.out().lines().map(line -> line.substring(0, line.indexOf(' '))))
        .containsExactly(
            "somerset",
            "somerset-learning",
            "somerset-system",
            "somerset-health-autumn",
            "somerset-health-spring",
            "county-template");
    assertThat(Document.of(hls("example", "somerset").out().getBytes(StandardCharsets.UTF_8)))
        .isEqualTo(Document.REPORT);
    assertThat(
            Document.of(hls("example", "somerset-learning").out().getBytes(StandardCharsets.UTF_8)))
        .isEqualTo(Document.SYSTEM);
    assertThat(
            Document.of(hls("example", "somerset-system").out().getBytes(StandardCharsets.UTF_8)))
        .isEqualTo(Document.SYSTEM);
    assertThat(
            Document.of(
                hls("example", "somerset-health-spring").out().getBytes(StandardCharsets.UTF_8)))
        .isEqualTo(Document.HEALTH_ROUND);
    assertThat(
            Document.of(hls("example", "county-template").out().getBytes(StandardCharsets.UTF_8)))
        .isEqualTo(Document.TEMPLATE);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "somerset-learning",
        "somerset-system",
        "somerset-health-autumn",
        "somerset-health-spring"
      })
  void example_isHlsJsonsGoldenFile_byteForByte(String name) throws IOException {
    assertThat(hls("example", name).out())
        .isEqualTo(Files.readString(GOLDEN.resolve(name + ".json")));
  }

  @Test
  void example_countyTemplate_isATemplate_theSameAsHlsDocxs() throws IOException {
    String printed = hls("example", "county-template").out();

    io.github.hls4j.docx.ReportTemplate template =
        io.github.hls4j.docx.ReportTemplate.read(
            new java.io.ByteArrayInputStream(printed.getBytes(StandardCharsets.UTF_8)),
            "county-template");
    assertThat(template.name()).isEqualTo("County Council cabinet report");
    assertThat(printed)
        .isEqualTo(
            Files.readString(
                Path.of(
                    "..",
                    "hls-docx",
                    "src",
                    "test",
                    "resources",
                    "io",
                    "github",
                    "hls4j",
                    "docx",
                    "county-template.json")));
  }

  @Test
  void example_unknownName_exitsUsage_pointingToTheList() {
    Run run = hls("example", "elsewhere");

    assertThat(run.exit()).isEqualTo(ExitCode.USAGE.code());
    assertThat(run.err())
        .isEqualTo("hls: no example called elsewhere; hls example --list names them\n");
  }

  @Test
  void unknownCommand_printsTheUsageOnStandardErrorOnly() {
    Run run = hls("frobnicate");

    assertThat(run.exit()).isEqualTo(ExitCode.USAGE.code());
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .startsWith("Unknown command: 'frobnicate'")
        .contains("Did you mean: ")
        .contains("hls validate")
        .contains("Usage: hls")
        .contains("Commands:");
  }

  @Test
  void document_malformedOrAmbiguousJson_isTakenForAReport_soTheReportReaderSaysWhatIsWrong() {
    assertThat(
            Document.of(
                "{\"place\": \"Somerset\", \"title\": \"A report\"}"
                    .getBytes(StandardCharsets.UTF_8)))
        .isEqualTo(Document.REPORT);
    assertThat(Document.of("[1, 2]".getBytes(StandardCharsets.UTF_8))).isEqualTo(Document.REPORT);
    assertThat(
            Document.of(
                "{\"place\": \"Somerset\", \"parties\": [{\"id\": "
                    .getBytes(StandardCharsets.UTF_8)))
        .isEqualTo(Document.SYSTEM);
    assertThat(Document.of("not json".getBytes(StandardCharsets.UTF_8))).isEqualTo(Document.REPORT);
    assertThat(Document.of(new byte[0])).isEqualTo(Document.REPORT);
  }
}
