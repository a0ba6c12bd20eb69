package io.github.hls4j.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * No English word of hls4j's own reaches what {@code hls validate}, {@code hls render} and {@code
 * hls digest} print with {@code --lang cy} for the example data ({@code hls example --list}). What
 * the documents themselves say (names, titles, quotes, records) is allowed as written: every string
 * of the example data is taken out of the output before the English words are looked for, and so is
 * the short explicit list below.
 */
class WelshOutputTest {

  /** English words hls4j might write; "a", "at" and "i" are Welsh words too. */
  static final Set<String> ENGLISH_WORDS =
      Set.of(
          "the",
          "and",
          "of",
          "is",
          "are",
          "has",
          "have",
          "not",
          "no",
          "with",
          "without",
          "for",
          "from",
          "by",
          "to",
          "in",
          "on",
          "this",
          "that",
          "which",
          "table",
          "row",
          "report",
          "recommendation",
          "recommendations",
          "date",
          "section",
          "paragraph",
          "error",
          "errors",
          "warning",
          "warnings",
          "finding",
          "findings",
          "rule",
          "where",
          "what",
          "who",
          "when",
          "signed",
          "sign-off",
          "board",
          "priority",
          "priorities",
          "link",
          "carried",
          "drawn",
          "given",
          "named",
          "officer",
          "lead",
          "meeting",
          "summary",
          "risk",
          "assessment",
          "implications",
          "financial",
          "legal",
          "partnership",
          "escalation",
          "steward",
          "cycle",
          "learning",
          "reasons",
          "ticked",
          "rationale",
          "role",
          "name",
          "author",
          "contact",
          "needed",
          "stated",
          "background",
          "papers",
          "decision",
          "adopted",
          "adapted",
          "abandoned",
          "due");

  /** Text hls4j writes that is no English word of its own: a rule's id, a path in the data. */
  private static final Pattern NOT_WORDS =
      Pattern.compile(
          "[a-z]+/[a-z-]+|[A-Za-z]+\\[\\d+](\\.[A-Za-z]+(\\[\\d+])?)*|[A-Za-z]+(\\.[A-Za-z]+(\\[\\d+])?)+|https?://\\S+|<[^>]*>");

  private static final Pattern QUOTE = Pattern.compile("\"([^\"\n]+)\"|“([^”\n]+)”");

  @TempDir static Path dir;
  private static final List<String> documents = new ArrayList<>();

  @BeforeAll
  static void examples() throws IOException {
    for (String name :
        List.of(
            "somerset",
            "somerset-learning",
            "somerset-system",
            "somerset-health-autumn",
            "somerset-health-spring")) {
      Run example = Run.hls("example", name);
      assertThat(example.exit()).as(name).isZero();
      Files.writeString(dir.resolve(name + ".json"), example.out(), StandardCharsets.UTF_8);
      Matcher value = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"(\\s*:)?").matcher(example.out());
      while (value.find()) {
        if (value.group(2) != null) {
          continue; // a property's name, not the document's text
        }
        documents.add(
            value.group(1).replace("\\\"", "\"").replace("\\\\", "\\").replace("\\n", "\n"));
      }
    }
    documents.sort(Comparator.comparingInt(String::length).reversed());
  }

  static Stream<Arguments> outputs() {
    String report = "somerset.json";
    List<String> digest =
        List.of(
            "digest",
            "somerset-learning.json",
            "--board",
            "somerset-board",
            "--since",
            "2024-01-01",
            "--until",
            "2025-12-31",
            "--health",
            "somerset-health-autumn.json",
            "--health",
            "somerset-health-spring.json");
    return Stream.of(
        Arguments.of(List.of("validate", report)),
        Arguments.of(List.of("validate", "somerset-learning.json")),
        Arguments.of(List.of("validate", "--format", "html", report)),
        Arguments.of(List.of("render", "--format", "markdown", report)),
        Arguments.of(List.of("render", "--format", "html", report)),
        Arguments.of(digest),
        Arguments.of(concat(digest, "--format", "html")),
        Arguments.of(concat(digest, "--format", "html", "--publication")));
  }

  private static List<String> concat(List<String> args, String... more) {
    List<String> all = new ArrayList<>(args);
    all.addAll(List.of(more));
    return all;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("outputs")
  void welshOutput_holdsNoEnglishWordOfHls4j(List<String> command) {
    List<String> args = new ArrayList<>();
    args.add(command.get(0));
    args.addAll(List.of("--lang", "cy"));
    for (String arg : command.subList(1, command.size())) {
      args.add(arg.endsWith(".json") ? dir.resolve(arg).toString() : arg);
    }

    Run run = Run.hls(args.toArray(String[]::new));

    assertThat(run.exit()).as(run.err()).isIn(0, 1);
    assertThat(englishWords(run.out()))
        .as("English words in the Welsh output of hls %s", command)
        .isEmpty();
  }

  @org.junit.jupiter.api.Test
  void rules_langCy_holdsNoEnglishWord_andNamesEachRuleOnce() {
    Run run = Run.hls("rules", "--lang", "cy");

    assertThat(run.exit()).as(run.err()).isZero();
    // The ids, in the first column, are no words; the documents' own text taken out could cut
    // into them.
    String severitiesAndSummaries =
        run.out().lines().map(line -> line.split(" ", 2)[1]).collect(Collectors.joining("\n"));
    assertThat(englishWords(severitiesAndSummaries))
        .as("English words in hls rules --lang cy")
        .isEmpty();
    List<String> ids =
        run.out().lines().map(line -> line.split(" ", 2)[0]).collect(Collectors.toList());
    List<String> expected = new ArrayList<>();
    io.github.hls4j.validation.RuleCatalog.builtIn()
        .descriptors()
        .forEach(d -> expected.add(d.id().toString()));
    io.github.hls4j.docx.ImportRules.catalog()
        .descriptors()
        .forEach(d -> expected.add(d.id().toString()));
    assertThat(ids).containsExactlyInAnyOrderElementsOf(expected).doesNotHaveDuplicates();
    assertThat(run.out()).contains(" RHYBUDD ", " GWALL ").doesNotContain("WARNING", "ERROR");
  }

  @org.junit.jupiter.api.Test
  void rules_langCyAsJson_keepsTheIdsAndEnglishSeverities() {
    Run run = Run.hls("rules", "--lang", "cy", "--format", "json");

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out())
        .containsPattern("\"severity\"\\s*:\\s*\"WARNING\"")
        .contains("\"alignment/unaligned\"")
        .doesNotContain("RHYBUDD");
  }

  /**
   * Each kind of command line the parser refuses, its arguments separated by {@code |}; {@code
   * --lang cy} goes after the first.
   */
  @ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.ValueSource(
      strings = {
        "validate|--bogus|x.json",
        "validate|--fail-o|x.json",
        "valdate",
        "render|a.json|b.json",
        "validate|--format",
        "validate|--fail-on|--quiet|x.json",
        "validate",
        "digest|x.json",
        "validate|--format|pdf|x.json",
        "validate|--fail-on|fatal|x.json",
        "digest|x.json|--board|b|--since|2025-13-01",
        "validate|--quiet=yes|x.json",
        "validate|--format|json|--format|text|x.json",
      })
  void usageError_langCy_isWelsh_withNoEnglishWordOfHls4j_andExitsUsage(String commandLine) {
    List<String> args = new ArrayList<>(List.of(commandLine.split("\\|")));
    args.addAll(1, List.of("--lang", "cy"));
    List<String> inEnglish = new ArrayList<>(args);
    inEnglish.set(2, "en");

    Run run = Run.hls(args.toArray(String[]::new));
    Run english = Run.hls(inEnglish.toArray(String[]::new));

    assertThat(run.exit()).isEqualTo(ExitCode.USAGE.code());
    assertThat(run.out()).isEmpty();
    assertThat(run.err().lines().findFirst().orElseThrow())
        .as("the problem, in Welsh")
        .isNotEqualTo(english.err().lines().findFirst().orElseThrow());
    String err = run.err();
    for (String arg : args) {
      err = err.replace("'" + arg + "'", " "); // what the user typed, quoted
    }
    err = err.replaceAll("'--[a-z-]+(=[A-Z]+)?'", " ").replaceAll("--[a-z-]+", " ");
    assertThat(helpWords(err))
        .as("English words in the Welsh error of hls %s", commandLine)
        .isEmpty();
    assertThat(
            Stream.of(
                    err.replaceAll("\\b[A-Z][A-Z_-]+\\b", " ") // labels, such as COMMAND
                        .toLowerCase(Locale.ROOT)
                        .split("[^\\p{L}-]+"))
                .filter(USAGE_WORDS::contains)
                .toList())
        .as("English words of a usage error in the Welsh error of hls %s", commandLine)
        .isEmpty();
  }

  /** English words a usage error might hold, beside {@link #ENGLISH_WORDS}. */
  private static final Set<String> USAGE_WORDS =
      Set.of(
          "unknown",
          "unexpected",
          "option",
          "options",
          "parameter",
          "parameters",
          "argument",
          "command",
          "value",
          "missing",
          "required",
          "invalid",
          "expected",
          "got",
          "or",
          "try",
          "more",
          "information",
          "did",
          "you",
          "mean",
          "given",
          "once",
          "alone",
          "one");

  @ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.ValueSource(
      strings = {
        "hls",
        "validate",
        "import",
        "render",
        "digest",
        "rules",
        "example",
        "template",
        "template draft",
        "annotate"
      })
  void help_welshLocale_holdsNoEnglishWordOfHls4j(String command) {
    Locale user = Locale.getDefault();
    Run run;
    try {
      Locale.setDefault(Locale.forLanguageTag("cy-GB"));
      List<String> args =
          new ArrayList<>(command.equals("hls") ? List.of() : List.of(command.split(" ")));
      args.add("--help");
      run = Run.hls(args.toArray(String[]::new));
    } finally {
      Locale.setDefault(user);
    }

    assertThat(run.out()).startsWith("Defnydd: hls");
    assertThat(helpWords(run.out()))
        .as("English words in hls %s --help in Welsh", command)
        .isEmpty();
  }

  @org.junit.jupiter.api.Test
  void help_langCy_isWelsh_whateverTheUsersLocale() {
    Run run = Run.hls("validate", "--help", "--lang", "cy");

    assertThat(run.out())
        .startsWith("Defnydd: hls validate")
        .contains("Yn dilysu adroddiadau bwrdd", "iaith y canfyddiadau");
    assertThat(Run.hls("validate", "--help", "--lang=en").out())
        .startsWith("Usage: hls validate")
        .contains("Validates board reports");
  }

  @org.junit.jupiter.api.Test
  void digest_bilingual_putsEachPartInWelshBesideItInEnglish() {
    Run run =
        Run.hls(
            "digest",
            dir.resolve("somerset-learning.json").toString(),
            "--board",
            "somerset-board",
            "--since",
            "2024-01-01",
            "--until",
            "2025-12-31",
            "--format",
            "html",
            "--bilingual");

    assertThat(run.exit()).as(run.err()).isZero();
    String page = run.out();
    assertThat(page).startsWith("<!DOCTYPE html>\n<html lang=\"cy\">");
    int pairs = page.split("<div class=\"pair\">", -1).length - 1;
    assertThat(pairs).isGreaterThan(5);
    assertThat(page.split("<div lang=\"cy\">", -1).length - 1).isEqualTo(pairs);
    assertThat(page.split("<div lang=\"en-GB\">", -1).length - 1).isEqualTo(pairs);
    assertThat(page)
        .containsSubsequence(
            "<div lang=\"cy\">\n<h2>Crynodeb</h2>",
            "<div lang=\"en-GB\">\n<h2>Summary</h2>",
            "<div lang=\"cy\">\n<h2>Argymhellion</h2>",
            "<div lang=\"en-GB\">\n<h2>Recommendations</h2>");
  }

  @org.junit.jupiter.api.Test
  void digest_bilingualAsMarkdown_isAUsageError() {
    Run run =
        Run.hls(
            "digest",
            dir.resolve("somerset-learning.json").toString(),
            "--board",
            "somerset-board",
            "--since",
            "2024-01-01",
            "--bilingual",
            "--lang",
            "cy");

    assertThat(run.exit()).isEqualTo(ExitCode.USAGE.code());
    assertThat(run.err()).contains("--bilingual", "--format html").doesNotContain("add");
  }

  @org.junit.jupiter.api.Test
  void errors_langCy_areTheCommandsOwnInWelsh() {
    Path chart = dir.resolve("siart.svg");
    Run noChart =
        Run.hls(
            "digest",
            dir.resolve("somerset-learning.json").toString(),
            "--board",
            "somerset-board",
            "--since",
            "2024-01-01",
            "--lang",
            "cy",
            "--chart",
            chart.toString());
    Run unwritable =
        Run.hls(
            "render",
            "--lang",
            "cy",
            "-o",
            dir.resolve("dim-ffolder").resolve("r.md").toString(),
            dir.resolve("somerset.json").toString());

    assertThat(noChart.exit()).isEqualTo(ExitCode.USAGE.code());
    assertThat(noChart.err())
        .isEqualTo(
            "hls: "
                + chart
                + ": ni ysgrifennwyd siart: siart y rownd iechyd ddiweddaraf yw'r siart,"
                + " ac nid yw --health yn enwi un\n");
    assertThat(unwritable.exit()).isEqualTo(ExitCode.UNWRITABLE_OUTPUT.code());
    assertThat(unwritable.err())
        .contains(": ni ellir ei ysgrifennu: nid yw'r ffolder ")
        .endsWith(" yn bodoli\n");
  }

  /**
   * The English words of a usage help: its option values (error, draft, decision_ready) and labels
   * (FILE, NAME) are names, not words.
   */
  private static Set<String> helpWords(String help) {
    return englishWords(
        help.replaceAll("\\b[A-Z][A-Z_-]+\\b", " ")
            .replaceAll("\\b(error|warning|draft|decision_ready|published)\\b", " "));
  }

  /** Whether some text of the example documents holds {@code quote}, in any case. */
  private static boolean quoted(String quote) {
    String lower = quote.toLowerCase(Locale.ROOT);
    return documents.stream().anyMatch(d -> d.toLowerCase(Locale.ROOT).contains(lower));
  }

  /**
   * The English words of an output, once the documents' own text and what is no word have been
   * taken out.
   */
  static Set<String> englishWords(String output) {
    String text =
        output
            .replace(dir.toString(), " ")
            .replaceAll("(?s)<style>.*?</style>", " ")
            .replaceAll("<code>[^<]*</code>", " ")
            .replaceAll("<[^>]*>", " ")
            .replace("&amp;", "&")
            .replace("&#39;", "'")
            .replace("&quot;", "\"")
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replaceAll("\\\\(\\p{Punct})", "$1");
    for (String quoted : documents) {
      if (quoted.length() > 2) {
        text = text.replace(quoted, " ");
      }
    }
    // A quote from the document inside a message, such as "no current risks identified", is the
    // document's text.
    Matcher quote = QUOTE.matcher(text);
    StringBuilder unquoted = new StringBuilder();
    while (quote.find()) {
      String inside = quote.group(1) != null ? quote.group(1) : quote.group(2);
      quote.appendReplacement(
          unquoted, quoted(inside) ? " " : Matcher.quoteReplacement(quote.group()));
    }
    text = quote.appendTail(unquoted).toString();
    text = NOT_WORDS.matcher(text).replaceAll(" ");
    Set<String> found = new TreeSet<>();
    for (String line : text.split("\n")) {
      for (String word : line.toLowerCase(Locale.ROOT).split("[^\\p{L}-]+")) {
        if (ENGLISH_WORDS.contains(word)) {
          found.add(word + " in: " + line.strip());
        }
      }
    }
    return found;
  }

  /** A word of hls4j's in camel case: a property's name as the path gives it. */
  private static final Pattern CAMEL_CASE = Pattern.compile("\\b[a-z]+[A-Z][a-zA-Z]*\\b");

  /**
   * The words of hls4j's English places (its {@code place.} labels) that are no word of its Welsh
   * ones, such as "escalation", "barrier" and "visible".
   */
  private static final Set<String> ENGLISH_LABELS = englishLabelWords();

  private static Set<String> englishLabelWords() {
    Set<String> english = labelWords("");
    english.removeAll(labelWords("cy"));
    return english;
  }

  private static Set<String> labelWords(String language) {
    Set<String> words = new TreeSet<>();
    io.github.hls4j.validation.Phrasebook.readOwn(
            io.github.hls4j.render.Words.class::getResourceAsStream, "words", language)
        .forEach(
            (key, phrase) -> {
              if (key.startsWith("place.")) {
                for (String word :
                    phrase
                        .replaceAll("\\{[A-Za-z]+}", " ")
                        .toLowerCase(Locale.ROOT)
                        .split("[^\\p{L}-]+")) {
                  if (word.length() > 1) {
                    words.add(word);
                  }
                }
              }
            });
    return words;
  }

  /** The learning systems and health rounds of the examples and of the testers' trials. */
  static Stream<String> systems() {
    return Stream.of(
        "somerset-learning.json",
        "somerset-system.json",
        "somerset-health-autumn.json",
        "somerset-health-spring.json",
        "trial3/s1-kirklees-strategy-status.json",
        "trial3/s2-bristol-escalations.json",
        "trial3/s3-leeds-arrangements.json",
        "trial3/s4-gateshead-sources.json",
        "trial/ls1-anyshire.json",
        "trial/ls2-bro-taf.json",
        "trial/h1-anyshire-autumn.json",
        "trial/h2-anyshire-spring.json");
  }

  /** The file, written to the temporary folder if it is a trial's resource. */
  private static Path input(String name) throws IOException {
    if (!name.contains("/")) {
      return dir.resolve(name);
    }
    Path file = dir.resolve(name.replace('/', '-'));
    try (java.io.InputStream in =
        WelshOutputTest.class.getResourceAsStream("/io/github/hls4j/examples/" + name)) {
      assertThat(in).as(name).isNotNull();
      Files.write(file, in.readAllBytes());
    }
    return file;
  }

  /** The places in words of the findings {@code hls validate} prints as text, one a line. */
  private static List<String> places(Run run, String prefix) {
    return run.out()
        .lines()
        .map(String::strip)
        .filter(line -> line.startsWith(prefix))
        .map(line -> line.substring(prefix.length()))
        .toList();
  }

  /** A place without the document's own names, which it gives in parentheses. */
  private static String labelsOnly(String place) {
    String labels = place;
    for (String before = ""; !before.equals(labels); ) {
      before = labels;
      labels = labels.replaceAll("\\([^()]*\\)", " ");
    }
    return labels;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("systems")
  void validate_langCy_learningSystemPlaces_holdNoPropertyNameOrEnglishLabel(String name)
      throws IOException {
    Run run = Run.hls("validate", "--lang", "cy", input(name).toString());

    assertThat(run.exit()).as(run.err()).isIn(0, 1);
    List<String> places = places(run, "lle: ");
    assertThat(places.size())
        .as("places in the output of %s", name)
        .isEqualTo(run.out().split("\n(GWALL|RHYBUDD|GWYBODAETH) ", -1).length - 1);
    for (String place : places) {
      String labels = labelsOnly(place);
      assertThat(labels).as(place).doesNotContain("[").doesNotContain("]");
      assertThat(CAMEL_CASE.matcher(labels).results().map(MatchResult::group).toList())
          .as("property names in the place %s", place)
          .isEmpty();
      assertThat(
              Stream.of(labels.toLowerCase(Locale.ROOT).split("[^\\p{L}-]+"))
                  .filter(word -> ENGLISH_WORDS.contains(word) || ENGLISH_LABELS.contains(word))
                  .toList())
          .as("English words in the place %s", place)
          .isEmpty();
    }
  }

  @org.junit.jupiter.api.Test
  void validate_langCy_escalationAndArrangementPlaces_areTheWelshLabels() throws IOException {
    Run bristol =
        Run.hls("validate", "--lang", "cy", input("trial3/s2-bristol-escalations.json").toString());
    Run leeds =
        Run.hls("validate", "--lang", "cy", input("trial3/s3-leeds-arrangements.json").toString());
    Run english =
        Run.hls("validate", "--lang", "en", input("trial3/s2-bristol-escalations.json").toString());

    assertThat(places(bristol, "lle: "))
        .contains(
            "Uwchgyfeiriad 4 (section-21): Wedi'i wneud yn weladwy i",
            "Uwchgyfeiriad 1 (housing-benefit-freeze): Rhwystr: Lefel");
    assertThat(places(english, "at: "))
        .contains(
            "Escalation 4 (section-21): Made visible to",
            "Escalation 1 (housing-benefit-freeze): Barrier: Level");
    assertThat(places(leeds, "lle: "))
        .contains(
            "Trefniant comisiynu 2 (Supported housing for people leaving hospital), gwerth fesul"
                + " blwyddyn, rhes 3 (2025): Blwyddyn");
  }
}
