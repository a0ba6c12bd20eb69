package io.github.hls4j.json.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.hls4j.governance.BoardReport;
import io.github.hls4j.json.InvalidJsonException;
import io.github.hls4j.validation.Phrasebook;
import io.github.hls4j.validation.Reason;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The JSON readers' problems as reasons: each key worded in English and Welsh with the same named
 * arguments, and a refused document's problem worded in Welsh at the same place.
 */
class ProblemsTest {

  private static final Pattern ARGUMENT = Pattern.compile("\\{([A-Za-z]+)}");

  /** A JSON library's own English words, which a translation may leave out. */
  private static final String DETAIL = "detail";

  private static final HardenedReader READER =
      new HardenedReader(JsonText.parsers(64, 10_000), 100_000);

  private static final Phrasebook WELSH =
      InvalidJsonException.phrasebook(Locale.forLanguageTag("cy"));

  private static Map<String, String> own(String language) {
    return Phrasebook.readOwn(
        InvalidJsonException.class::getResourceAsStream, "problems", language);
  }

  @Test
  void problems_welshHasEveryEnglishKey_andNoOther() {
    Map<String, String> english = own("");

    assertThat(english).containsKeys("json/expected", "json/form-date", "json/required");
    assertThat(new TreeSet<>(own("cy").keySet())).isEqualTo(new TreeSet<>(english.keySet()));
  }

  @Test
  void problems_welshUsesTheSameArgumentNames_leavingOutOnlyTheLibrarysDetail() {
    Map<String, String> welsh = own("cy");
    own("")
        .forEach(
            (key, phrase) -> {
              Set<String> expected = arguments(phrase);
              Set<String> actual = arguments(welsh.getOrDefault(key, ""));
              if (!actual.contains(DETAIL)) {
                expected.remove(DETAIL);
              }
              assertThat(actual).as(key).isEqualTo(expected);
            });
  }

  private static Set<String> arguments(String phrase) {
    Set<String> names = new TreeSet<>();
    Matcher m = ARGUMENT.matcher(phrase);
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }

  @Test
  void read_impossibleDate_givesTheFormExpectedAndTheValue_asAReason() {
    InvalidJsonException e = refused(report("  \"meetingDate\": \"2026-02-30\",\n"));

    Reason reason = e.reason();
    assertThat(reason.key()).isEqualTo("json/expected");
    assertThat(reason.arguments())
        .containsEntry("owner", "BoardReport.meetingDate")
        .containsEntry("given", "\"2026-02-30\"");
    assertThat(reason.reason("expected").orElseThrow().key()).isEqualTo("json/form-date");
    assertThat(e.problem())
        .isEqualTo(reason.english())
        .contains("BoardReport.meetingDate", "2025-01-15", "\"2026-02-30\"");
    assertThat(e.message(WELSH))
        .startsWith("report.json:4:18: /meetingDate: BoardReport.meetingDate: ")
        .contains("dyddiad", "\"2026-02-30\"")
        .doesNotContain("expected", "got", "such as");
  }

  @Test
  void read_blankTitle_givesTheModelsRefusal_withTypeAttributeAndValue() {
    InvalidJsonException e = refused(report("").replace("\"A report\"", "\"   \""));

    assertThat(e.pointer()).isEqualTo("/title");
    assertThat(e.reason().key()).isEqualTo("model/not-blank");
    assertThat(e.reason().arguments())
        .containsEntry("type", "BoardReport")
        .containsEntry("attribute", "title")
        .containsEntry("value", "   ");
    assertThat(e.message(WELSH)).contains("BoardReport.title (   )").doesNotContain("must");
  }

  @Test
  void read_missingProperty_isRequired_inEitherLanguage() {
    InvalidJsonException e =
        refused(report("").replace("  \"board\": {\"id\": \"b\", \"name\": \"Board\"},\n", ""));

    assertThat(e.reason().key()).isEqualTo("json/required");
    assertThat(e.reason().arguments())
        .containsEntry("type", "BoardReport")
        .containsEntry("property", "board");
    assertThat(e.message(InvalidJsonException.phrasebook(Locale.ENGLISH)))
        .isEqualTo(e.getMessage());
    assertThat(e.message(WELSH)).contains("Mae angen BoardReport.board");
  }

  @Test
  void read_malformedJson_isWordedInWelsh_withTheCharacterGiven() {
    InvalidJsonException e = refused("{\"id\": tru}");

    assertThat(e.reason().key()).isEqualTo("json/text-expected-value");
    assertThat(e.reason().arguments()).containsEntry("given", "'t'");
    assertThat(e.message(WELSH)).isEqualTo("report.json:1:8: /id: disgwylid gwerth, cafwyd 't'");
  }

  @Test
  void syntax_libraryWords_areWordedInWelshWithoutTheirEnglishDetail() {
    JsonSyntaxException e = new JsonSyntaxException(1, 2, 1, "", "Unexpected character", null);

    assertThat(e.reason().key()).isEqualTo("json/syntax");
    assertThat(e.problem()).isEqualTo("Unexpected character");
    assertThat(e.reason().message(WELSH))
        .isEqualTo(WELSH.phrase("json/syntax"))
        .doesNotContain("Unexpected");
  }

  private static InvalidJsonException refused(String json) {
    return catchThrowableOfType(
        InvalidJsonException.class, () -> READER.read(json, "report.json", BoardReport.class));
  }

  private static String report(String extra) {
    return "{\n"
        + "  \"id\": \"r\",\n"
        + "  \"title\": \"A report\",\n"
        + extra
        + "  \"board\": {\"id\": \"b\", \"name\": \"Board\"},\n"
        + "  \"leadOfficer\": {\"type\": \"person\", \"id\": \"l\", \"name\": \"Lead\"},\n"
        + "  \"author\": {\"type\": \"person\", \"id\": \"a\", \"name\": \"Author\"}\n"
        + "}\n";
  }
}
