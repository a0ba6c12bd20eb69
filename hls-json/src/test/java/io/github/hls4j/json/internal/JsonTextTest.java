package io.github.hls4j.json.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.hls4j.governance.Board;
import io.github.hls4j.json.InvalidJsonException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The hardened reader over JSON text read with no JSON library, as hls-docx's templates are. */
class JsonTextTest {

  /** A council's meeting calendar entry, shaped as a record the way hls-docx's templates are. */
  public record Meeting(String name, Board board, List<String> papers, int item) {
    public Meeting {
      java.util.Objects.requireNonNull(name, "Meeting.name");
      java.util.Objects.requireNonNull(papers, "Meeting.papers");
      if (item < 0) {
        throw new IllegalArgumentException("Meeting.item (" + item + ") must not be negative");
      }
    }
  }

  private static final HardenedReader READER = new HardenedReader(JsonText.parsers(4, 40), 10_000);

  private static final String CABINET =
      "{\n  \"name\": \"Cabinet, 12 March\",\n  \"board\": {\"id\": \"cabinet\", \"name\": \"Cabinet\"},\n"
          + "  \"papers\": [\"Budget\", \"Caf\\u00e9 \\\"hub\\\" lease\"],\n  \"item\": 7\n}\n";

  private static InvalidJsonException refused(String json) {
    return catchThrowableOfType(
        InvalidJsonException.class,
        () ->
            READER.readRecord(
                json.getBytes(StandardCharsets.UTF_8),
                "cabinet.json",
                Meeting.class,
                "meeting",
                Set.of("notes")));
  }

  @Test
  void readRecord_wellFormed_readsEveryComponent() {
    Meeting meeting =
        READER.readRecord(
            CABINET.getBytes(StandardCharsets.UTF_8),
            "cabinet.json",
            Meeting.class,
            "meeting",
            Set.of());

    assertThat(meeting.name()).isEqualTo("Cabinet, 12 March");
    assertThat(meeting.board().id().value()).isEqualTo("cabinet");
    assertThat(meeting.papers()).containsExactly("Budget", "Café \"hub\" lease");
    assertThat(meeting.item()).isEqualTo(7);
  }

  @Test
  void writeProperties_thenRead_givesTheSameRecord() throws Exception {
    Meeting meeting =
        READER.readRecord(
            CABINET.getBytes(StandardCharsets.UTF_8),
            "cabinet.json",
            Meeting.class,
            "meeting",
            Set.of());
    TextOutput out = new TextOutput();
    out.startObject();
    RecordForm.writeProperties(meeting, out);
    out.endObject();

    assertThat(out.toString())
        .startsWith(
            "{\n  \"name\": \"Cabinet, 12 March\",\n  \"board\": {\n    \"id\": \"cabinet\"");
    assertThat(
            READER.readRecord(
                out.toString().getBytes(StandardCharsets.UTF_8),
                "again.json",
                Meeting.class,
                "meeting",
                Set.of()))
        .isEqualTo(meeting);
  }

  @Test
  void readRecord_duplicateKey_isRefusedAtTheKey() {
    InvalidJsonException e = refused("{\"name\": \"a\",\n \"name\": \"b\"}");

    assertThat(e.line()).isEqualTo(2);
    assertThat(e.pointer()).isEqualTo("/name");
    assertThat(e.problem()).startsWith("duplicate property");
  }

  @Test
  void readRecord_tooDeep_isRefusedBeforeAnyValueIsBuilt() {
    InvalidJsonException e = refused("{\"papers\": [[[[[\"x\"]]]]]}");

    assertThat(e.pointer()).isEqualTo("/papers/0/0/0");
    assertThat(e.problem()).contains("deeper than 4");
  }

  @Test
  void readRecord_longString_isRefused() {
    assertThat(refused("{\"name\": \"" + "x".repeat(41) + "\"}").problem())
        .contains("longer than 40 characters");
  }

  @Test
  void readRecord_malformed_namesLineAndColumn() {
    InvalidJsonException e = refused("{\n  \"name\": 'Cabinet'\n}");

    assertThat(e.line()).isEqualTo(2);
    assertThat(e.column()).isEqualTo(11);
    assertThat(e.problem()).startsWith("expected a value");
  }

  @Test
  void readRecord_trailingContentOrNull_isRefused() {
    assertThat(refused(CABINET + "{}").problem())
        .isEqualTo("content after the end of the document");
    assertThat(refused("null").problem()).isEqualTo("the document is null; expected a meeting");
    assertThat(refused("  ").problem()).isEqualTo("the document is empty; expected a meeting");
  }

  @Test
  void readRecord_unknownOrMissingOrRefused_namesTheField() {
    assertThat(refused("{\"nmae\": \"x\"}").pointer()).isEqualTo("/nmae");
    assertThat(refused("{\"nmae\": \"x\"}").problem())
        .isEqualTo("the field \"nmae\" is not a field of a meeting");
    assertThat(refused("{\"name\": \"x\"}").problem()).isEqualTo("the field \"papers\" is missing");
    assertThat(refused("{\"name\": \"x\", \"papers\": [], \"item\": -1}").problem())
        .isEqualTo("Meeting.item (-1) must not be negative");
  }

  @Test
  void readRecord_badModelValue_isLocatedInsideTheModel() {
    InvalidJsonException e = refused("{\"name\": \"x\", \"papers\": [], \"board\": {\"id\": 3}}");

    assertThat(e.pointer()).isEqualTo("/board/id");
    assertThat(e.problem()).contains("Board.id");
  }

  @Test
  void readRecord_ignoredNotes_areLeftAside() {
    Meeting meeting =
        READER.readRecord(
            "{\"notes\": [\"check the date\"], \"name\": \"x\", \"papers\": [], \"board\": {\"id\": \"b\", \"name\": \"B\"}}"
                .getBytes(StandardCharsets.UTF_8),
            "m.json",
            Meeting.class,
            "meeting",
            Set.of("notes"));

    assertThat(meeting.item()).isZero();
  }
}
