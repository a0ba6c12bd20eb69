package io.github.hls4j.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hls4j.json.fixtures.JsonCorpus;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What {@code hls validate --lang cy} prints for a JSON input it cannot read: the problem in Welsh,
 * with no English word of hls4j's own, at the same file, line, column and JSON Pointer as in
 * English, and naming the same {@code Type.attribute} and the same value. The inputs are the
 * testers' bad documents ({@code trial3/bad-*.json}) and the format modules' corpus ({@link
 * JsonCorpus}).
 */
class WelshInputProblemTest {

  /** The words of the readers' and the builders' English problems, beside WelshOutputTest's. */
  private static final Set<String> PROBLEM_WORDS =
      Set.of(
          "expected",
          "got",
          "must",
          "be",
          "appears",
          "twice",
          "required",
          "property",
          "properties",
          "document",
          "such",
          "as",
          "an",
          "object",
          "array",
          "text",
          "whole",
          "number",
          "nothing",
          "before",
          "blank",
          "empty",
          "unique",
          "ids",
          "least",
          "most",
          "negative",
          "field",
          "missing",
          "content",
          "after",
          "end",
          "ends",
          "inside",
          "longer",
          "than",
          "bytes",
          "character",
          "unexpected",
          "duplicate",
          "exceeds",
          "maximum",
          "allowed",
          "value",
          "length",
          "depth",
          "nesting",
          "cannot",
          "accepted",
          "one",
          "or",
          "exactly",
          "left",
          "out",
          "needs",
          "white",
          "space",
          "control",
          "invisible",
          "characters",
          "e-mail",
          "address",
          "null;",
          "input");

  /** The place before the problem: the file, the line and column, and the JSON Pointer. */
  private static final Pattern LINE =
      Pattern.compile("^hls: (.+?\\.json)(:\\d+:\\d+)?: (/[^ ]*: )?(.*)$");

  /** A model's public name for an attribute, such as {@code BoardReport.meetingDate}. */
  private static final Pattern TYPE_ATTRIBUTE =
      Pattern.compile("\\b[A-Z][A-Za-z]+\\.[a-z][A-Za-z]+");

  /** A value as the document gave it: quoted, or in brackets after the attribute. */
  private static final Pattern VALUE = Pattern.compile("\"[^\"]*\"|\\([^()]*\\)");

  /** Corpus cases whose problem is the JSON library's own words, which Welsh does not repeat. */
  private static final Set<String> LIBRARY_WORDS =
      Set.of("duplicate-key", "truncated", "deep-nesting", "huge-string", "not-json");

  @TempDir static Path dir;

  static Stream<Arguments> badDocuments() throws IOException, URISyntaxException {
    List<Arguments> all = new ArrayList<>();
    Path trial3 =
        Path.of(
                WelshInputProblemTest.class
                    .getResource("/io/github/hls4j/examples/trial3/README.md")
                    .toURI())
            .getParent();
    try (Stream<Path> files = Files.list(trial3)) {
      files
          .filter(f -> f.getFileName().toString().matches("bad-.*\\.json"))
          .sorted()
          .forEach(f -> all.add(Arguments.of(f.getFileName().toString(), f, false)));
    }
    for (JsonCorpus.Case c : JsonCorpus.cases()) {
      Path file = dir.resolve(c.name() + ".json");
      Files.writeString(file, c.json(), StandardCharsets.UTF_8);
      all.add(Arguments.of(c.name(), file, LIBRARY_WORDS.contains(c.name())));
    }
    return all.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badDocuments")
  void validate_langCy_unreadableJson_saysTheProblemInWelshAtTheSamePlace(
      String name, Path file, boolean libraryWords) {
    Run welsh = Run.hls("validate", "--lang", "cy", file.toString());
    Run english = Run.hls("validate", "--lang", "en", file.toString());

    assertThat(welsh.exit()).as(welsh.err()).isEqualTo(ExitCode.UNREADABLE_INPUT.code());
    Matcher cy = LINE.matcher(welsh.err().lines().findFirst().orElseThrow());
    Matcher en = LINE.matcher(english.err().lines().findFirst().orElseThrow());
    assertThat(cy.matches()).as(welsh.err()).isTrue();
    assertThat(en.matches()).as(english.err()).isTrue();
    assertThat(cy.group(1)).isEqualTo(file.toString());
    assertThat(cy.group(2)).as("line:column").isEqualTo(en.group(2));
    assertThat(cy.group(3)).as("pointer").isEqualTo(en.group(3));
    String problem = cy.group(4);
    assertThat(problem).isNotEqualTo(en.group(4));
    for (String named : matches(TYPE_ATTRIBUTE, en.group(4))) {
      assertThat(problem).as("the Welsh problem names %s", named).contains(named);
    }
    if (!libraryWords) {
      for (String value : matches(VALUE, en.group(4))) {
        if (!value.equals("(text)")) { // the form of an id, a word itself
          assertThat(problem).as("the Welsh problem gives the value %s", value).contains(value);
        }
      }
    }
    assertThat(englishWords(problem))
        .as("English words in the Welsh problem for %s: %s", name, problem)
        .isEmpty();
  }

  private static List<String> matches(Pattern pattern, String text) {
    List<String> found = new ArrayList<>();
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      found.add(m.group());
    }
    return found;
  }

  /**
   * The English words left once what the document says (values, names of the model and lists of its
   * property names or constants) is taken out.
   */
  private static List<String> englishWords(String problem) {
    String words =
        VALUE
            .matcher(TYPE_ATTRIBUTE.matcher(problem).replaceAll(" "))
            .replaceAll(" ")
            .replaceAll("\\b[A-Z][A-Z_]+\\b", " ") // constants, such as ADOPTED
            .replaceAll("([a-z][A-Za-z]*, )+[a-z][A-Za-z]*", " "); // property names
    return Stream.of(words.toLowerCase(Locale.ROOT).split("[^\\p{L}-]+"))
        .filter(w -> WelshOutputTest.ENGLISH_WORDS.contains(w) || PROBLEM_WORDS.contains(w))
        .toList();
  }
}
