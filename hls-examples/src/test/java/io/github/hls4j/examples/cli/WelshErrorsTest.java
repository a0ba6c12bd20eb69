package io.github.hls4j.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hls4j.validation.Phrasebook;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The command's own errors about its inputs and options, in a Welsh run: each is worded from its
 * kind in Welsh, exits with the code of its kind, and holds no English word of hls4j's own. What
 * the user typed (file names, option names and values) is taken out before the words are looked
 * for.
 */
class WelshErrorsTest {

  private static final Phrasebook WELSH = LanguageOption.words(Locale.forLanguageTag("cy"));
  private static final Phrasebook ENGLISH = LanguageOption.words(Locale.ENGLISH);

  /** English words an error of the command might hold, beside {@link WelshOutputTest}'s. */
  private static final Set<String> ERROR_WORDS =
      Set.of(
          "such",
          "file",
          "files",
          "folder",
          "cannot",
          "read",
          "reads",
          "permission",
          "denied",
          "leads",
          "nowhere",
          "left",
          "out",
          "circle",
          "holds",
          "it",
          "its",
          "written",
          "comment",
          "comments",
          "check",
          "placed",
          "must",
          "give",
          "before",
          "after",
          "period",
          "none",
          "standard",
          "input",
          "document",
          "health",
          "round",
          "today",
          "publish",
          "page",
          "writes",
          "comes");

  @TempDir static Path dir;
  private static Path report;
  private static Path system;
  private static Path word;

  @BeforeAll
  static void examples() throws IOException {
    report = dir.resolve("somerset.json");
    system = dir.resolve("system.json");
    word = dir.resolve("somerset.docx");
    Files.writeString(report, Run.hls("example", "somerset").out(), StandardCharsets.UTF_8);
    Files.writeString(
        system, Run.hls("example", "somerset-learning").out(), StandardCharsets.UTF_8);
    assertThat(
            Run.hls("render", "--format", "docx", "-o", word.toString(), report.toString()).exit())
        .isZero();
  }

  /**
   * Each error path: the command line (with {@code --lang cy} after the command), the exit code,
   * and the key of the Welsh phrase the error is worded from.
   */
  static Stream<Arguments> errors() throws IOException {
    Path missing = dir.resolve("dim-yma.json");
    Path empty = Files.createDirectories(dir.resolve("gwag"));
    Path links = Files.createDirectories(dir.resolve("dolenni"));
    Path pack = Files.createDirectories(dir.resolve("pecyn"));
    Files.copy(
        system, pack.resolve("system.json"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    Path gone = links.resolve("wedi-mynd.json");
    if (!Files.isSymbolicLink(gone)) {
      Files.createSymbolicLink(gone, links.resolve("dim-targed.json"));
    }
    String board = "somerset-board";
    return Stream.of(
        Arguments.of(List.of("validate", missing.toString()), 4, "input.NO_SUCH_FILE"),
        Arguments.of(List.of("validate", empty.toString()), 0, "validate.emptyFolder"),
        Arguments.of(List.of("validate", links.toString()), 4, "input.LINK_NOWHERE_TO"),
        Arguments.of(List.of("validate", pack.toString()), 0, "validate.leftOut.one"),
        Arguments.of(
            List.of("validate", "--template", missing.toString(), report.toString()),
            4,
            "input.NO_SUCH_FILE"),
        Arguments.of(List.of("render", missing.toString()), 4, "input.NO_SUCH_FILE"),
        Arguments.of(List.of("render", empty.toString()), 4, "input.FOLDER"),
        Arguments.of(List.of("render", system.toString()), 4, "input.OTHER_KIND_READ_BY"),
        Arguments.of(
            List.of("render", "--publication", report.toString()), 2, "usage.publicationFormat"),
        Arguments.of(List.of("import", missing.toString()), 4, "input.NO_SUCH_FILE"),
        Arguments.of(
            List.of("digest", report.toString(), "--board", board, "--since", "2025-01-01"),
            4,
            "input.OTHER_KIND_READ_BY"),
        Arguments.of(
            List.of("digest", missing.toString(), "--board", board, "--since", "2025-01-01"),
            4,
            "input.NO_SUCH_FILE"),
        Arguments.of(
            List.of("digest", system.toString(), "--board", "nope", "--since", "2025-01-01"),
            2,
            "digest.noSuchBoard"),
        Arguments.of(
            List.of(
                "digest",
                system.toString(),
                "--board",
                board,
                "--since",
                "2024-01-01",
                "--until",
                "2025-06-30",
                "--meeting",
                "2025-01-01"),
            2,
            "digest.meetingBeforeUntil"),
        Arguments.of(
            List.of(
                "digest",
                system.toString(),
                "--board",
                board,
                "--since",
                "2025-01-01",
                "--lead-officer",
                "/ Cyfarwyddwr"),
            2,
            "digest.leadOfficerNoName"),
        Arguments.of(
            List.of(
                "digest",
                system.toString(),
                "--board",
                board,
                "--since",
                "2025-01-01",
                "--health",
                report.toString()),
            4,
            "input.OTHER_KIND_READ_BY"),
        Arguments.of(
            List.of(
                "digest",
                system.toString(),
                "--board",
                board,
                "--since",
                "2025-01-01",
                "--publication"),
            2,
            "usage.publicationFormat"),
        Arguments.of(
            List.of("annotate", dir.resolve("dim-yma.docx").toString(), "-o", "x.docx"),
            4,
            "input.NO_SUCH_FILE"),
        Arguments.of(
            List.of("template", "draft", dir.resolve("dim-yma.docx").toString()),
            4,
            "input.NO_SUCH_FILE"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("errors")
  void error_langCy_isWordedInWelshFromItsKind_andExitsWithItsCode(
      List<String> command, int exit, String key) {
    Run welsh = Run.hls(withLang(command, "cy").toArray(String[]::new));
    Run english = Run.hls(withLang(command, "en").toArray(String[]::new));

    assertThat(welsh.exit()).as(welsh.err()).isEqualTo(exit);
    assertThat(english.exit()).isEqualTo(exit);
    String line = welsh.err().lines().findFirst().orElseThrow();
    assertThat(line).startsWith("hls: ").contains(fixedPart(WELSH, key));
    assertThat(english.err().lines().findFirst().orElseThrow())
        .startsWith("hls: ")
        .contains(fixedPart(ENGLISH, key))
        .isNotEqualTo(line);
    assertThat(englishWords(welsh.err(), command))
        .as("English words in the Welsh error of hls %s", command)
        .isEmpty();
    assertThat(englishWords(welsh.out(), command))
        .as("English words in the Welsh output of hls %s", command)
        .isEmpty();
    assertThat(englishWords(english.err(), command))
        .as("the same check finds the English error's words")
        .isNotEmpty();
  }

  @Test
  void langCy_onHls_beforeTheCommand_isTheCommandsLanguage() {
    String missing = dir.resolve("dim-yma.json").toString();

    Run before = Run.hls("--lang", "cy", "validate", missing);
    Run after = Run.hls("validate", "--lang", "cy", missing);

    assertThat(before.exit()).isEqualTo(ExitCode.UNREADABLE_INPUT.code());
    assertThat(before.err())
        .isEqualTo("hls: " + missing + ": " + WELSH.phrase("input.NO_SUCH_FILE") + "\n")
        .isEqualTo(after.err());
    assertThat(before.out()).isEqualTo(after.out()).startsWith("0 adroddiad");
  }

  @Test
  void langEn_onHls_isOverriddenByLangCy_onTheCommand() {
    String missing = dir.resolve("dim-yma.json").toString();

    Run run = Run.hls("--lang", "en", "validate", "--lang", "cy", missing);

    assertThat(run.err()).contains(WELSH.phrase("input.NO_SUCH_FILE"));
  }

  @Test
  void help_ofEveryCommand_namesLang() {
    for (String command : List.of("validate", "import", "render", "rules", "example", "annotate")) {
      assertThat(Run.hls(command, "--help").out()).as(command).contains("--lang=LANG");
    }
    assertThat(Run.hls("--help").out()).contains("--lang=LANG");
  }

  @Test
  void
      validate_unreadableInput_printsTheSummaryOnceOnStandardOutput_andTheProblemOnStandardError() {
    String missing = dir.resolve("dim-yma.json").toString();

    Run run = Run.hls("validate", "--lang", "cy", missing);

    assertThat(run.out().lines().toList()).hasSize(1);
    assertThat(run.out()).startsWith("0 adroddiad, 0 â gwallau, 1 yn annarllenadwy:");
    assertThat(run.err().lines().toList())
        .containsExactly("hls: " + missing + ": " + WELSH.phrase("input.NO_SUCH_FILE"));
  }

  @Test
  void inputProblem_permissionDenied_isWordedInEachLanguage() {
    Path locked = dir.resolve("cloedig.json");

    InputProblem problem = InputProblem.of(locked, new AccessDeniedException(locked.toString()));

    assertThat(problem.kind()).isEqualTo(InputProblem.Kind.PERMISSION_DENIED);
    assertThat(problem.in(WELSH))
        .isEqualTo(locked + ": " + WELSH.phrase("input.PERMISSION_DENIED"));
    assertThat(problem.in(ENGLISH)).isEqualTo(locked + ": cannot be read: permission denied");
  }

  @Test
  void annotate_langCy_saysWhatItWroteInWelsh() {
    Path copy = dir.resolve("gwiriwyd.docx");

    Run run = Run.hls("annotate", "--lang", "cy", word.toString(), "-o", copy.toString());

    assertThat(run.exit()).as(run.err()).isEqualTo(ExitCode.FINDINGS.code());
    assertThat(copy).exists();
    assertThat(run.out())
        .startsWith(word + ": ")
        .contains(copy.toString())
        .contains(WELSH.format("summary.errors", Map.of("count", 6)));
    assertThat(englishWords(run.out(), List.of(word.toString(), copy.toString()))).isEmpty();
  }

  @Test
  void exampleList_langCy_describesEachExampleInWelsh() {
    Run run = Run.hls("example", "--list", "--lang", "cy");

    assertThat(run.exit()).isZero();
    assertThat(run.out().lines().toList()).hasSize(Examples.values().length);
    for (Examples example : Examples.values()) {
      assertThat(run.out()).contains(WELSH.phrase(example.key()));
    }
    assertThat(englishWords(run.out(), List.of())).isEmpty();
  }

  @Test
  void import_langCy_wordsItsFindingsInWelsh() {
    Run welsh = Run.hls("import", "--lang", "cy", word.toString());
    Run english = Run.hls("import", word.toString());

    assertThat(welsh.exit()).isZero();
    assertThat(welsh.err().lines().count()).isEqualTo(english.err().lines().count());
    assertThat(englishWords(welsh.err(), List.of(word.toString()))).isEmpty();
  }

  /** The command line with {@code --lang LANG} after the command (after both words of two). */
  private static List<String> withLang(List<String> command, String language) {
    List<String> args = new ArrayList<>(command);
    args.addAll(command.get(0).equals("template") ? 2 : 1, List.of("--lang", language));
    return args;
  }

  /** The longest part of a phrase that holds no argument: what the error must hold. */
  private static String fixedPart(Phrasebook words, String key) {
    String longest = "";
    for (String part : words.phrase(key).split("\\{[A-Za-z]+}")) {
      if (part.length() > longest.length()) {
        longest = part;
      }
    }
    return longest;
  }

  /**
   * The English words of what a run printed, once what the user typed (file names, values), option
   * names, paths and command names have been taken out.
   */
  private static Set<String> englishWords(String printed, List<String> typed) {
    String text = printed.replace(dir.toString(), " ");
    List<String> longestFirst = new ArrayList<>(typed);
    longestFirst.sort((a, b) -> b.length() - a.length());
    for (String arg : longestFirst) {
      text = text.replace(arg, " ");
    }
    text =
        text.replaceAll("--[a-z-]+", " ")
            .replaceAll("\\bhls [a-z]+", " ")
            .replaceAll("[\\w./-]+\\.(json|docx|svg|html)", " ")
            .replaceAll("\\*\\.(json|docx)", " ")
            .replaceAll("[a-z]+/[a-z-]+", " ") // a rule's id
            .replaceAll("\\b[A-Z][A-Z_-]+\\b", " "); // labels, such as FILE
    Set<String> english = new HashSet<>(WelshOutputTest.ENGLISH_WORDS);
    english.addAll(ERROR_WORDS);
    Set<String> found = new TreeSet<>();
    for (String line : text.split("\n")) {
      for (String word : line.toLowerCase(Locale.ROOT).split("[^\\p{L}-]+")) {
        if (english.contains(word)) {
          found.add(word + " in: " + line.strip());
        }
      }
    }
    return found;
  }
}
