package io.github.hls4j.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.hls4j.governance.SectionKind;
import io.github.hls4j.json.InvalidJsonException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportTemplateTest {

  private static String county() throws IOException {
    try (InputStream in = ReportTemplateTest.class.getResourceAsStream("county-template.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static InvalidJsonException refused(String json) {
    try {
      ReportTemplate.read(
          new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "county.json");
    } catch (InvalidJsonException e) {
      return e;
    }
    throw new AssertionError("the template was read");
  }

  @Test
  void somerset_knowsItsHeadingsWithTheirSynonyms() {
    ReportTemplate somerset = ReportTemplate.somerset();

    assertThat(somerset.sectionKind("Request of the Board and its members:"))
        .contains(SectionKind.REQUEST_OF_THE_BOARD);
    assertThat(somerset.sectionKind("  consultations   UNDERTAKEN "))
        .contains(SectionKind.CONSULTATIONS);
    assertThat(somerset.sectionKind("Next steps")).isEmpty();
    assertThat(Labels.matches(somerset.layout().summary(), "Executive summary:")).isTrue();
    assertThat(Labels.matches(somerset.layout().recommendations(), "Recommendation(s)")).isTrue();
    assertThat(Labels.matches(somerset.signOff().headings(), "Clearance")).isTrue();
    assertThat(somerset.board().id().value()).isEqualTo("somerset-board");
  }

  @Test
  void docsExample_isATemplate() throws IOException {
    String page =
        java.nio.file.Files.readString(Path.of("..", "docs", "word.md"), StandardCharsets.UTF_8);
    int start = page.indexOf("```json\n") + "```json\n".length();
    String json = page.substring(start, page.indexOf("```", start));

    ReportTemplate template =
        ReportTemplate.read(
            new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "word.md");

    assertThat(template.name()).isEqualTo("County Council cabinet report");
    assertThat(template.sectionKind("Context")).contains(SectionKind.BACKGROUND);
  }

  @Test
  void read_unknownField_namesTheFileAndTheField() throws IOException {
    InvalidJsonException e =
        refused(county().replace("\"prompts\"", "\"promtps\": [],\n  \"prompts\""));

    assertThat(e.source()).isEqualTo("county.json");
    assertThat(e.line()).isPositive();
    assertThat(e.pointer()).isEqualTo("/promtps");
    assertThat(e.problem()).isEqualTo("the field \"promtps\" is not a field of a template");
  }

  @Test
  void read_blankLabel_namesTheAttributeAndTheValue() throws IOException {
    InvalidJsonException e = refused(county().replace("\"Executive summary\"", "\" \""));

    assertThat(e.pointer()).isEqualTo("/layout");
    assertThat(e.problem()).isEqualTo("LayoutLabels.summary ([ ]) must not hold a blank label");
  }

  @Test
  void read_missingList_isRefused() throws IOException {
    InvalidJsonException e = refused(county().replace("\"paperLeadIns\": [\" - \"],", ""));

    assertThat(e.problem()).isEqualTo("the field \"paperLeadIns\" is missing");
  }

  @Test
  void read_unknownSectionKind_namesTheValue() throws IOException {
    InvalidJsonException e = refused(county().replace("\"CONSULTATIONS\"", "\"GOSSIP\""));

    assertThat(e.problem()).contains("GOSSIP");
    assertThat(e.pointer()).isEqualTo("/sections/1/kind");
  }

  @Test
  void read_null_isRefusedAsNoTemplate() {
    InvalidJsonException e = refused("null\n");

    assertThat(e.source()).isEqualTo("county.json");
    assertThat(e.line()).isEqualTo(1);
    assertThat(e.problem()).isEqualTo("the document is null; expected a template");
  }

  @Test
  void read_aWordDocument_isRefusedSayingHowToDraftATemplateFromIt() {
    byte[] zip = {'P', 'K', 3, 4, 20, 0, 0, 0};

    InvalidJsonException e =
        org.assertj.core.api.Assertions.catchThrowableOfType(
            InvalidJsonException.class,
            () -> ReportTemplate.read(new java.io.ByteArrayInputStream(zip), "blank.docx"));

    assertThat(e.source()).isEqualTo("blank.docx");
    assertThat(e.problem())
        .startsWith("is a Word document")
        .contains("hls template draft")
        .doesNotContain("Unrecognized token");
  }

  @Test
  void read_emptyOrBlank_isRefusedAsNoTemplate() {
    assertThat(refused("").problem()).isEqualTo("the document is empty; expected a template");
    assertThat(refused(" \n\t").problem()).isEqualTo("the document is empty; expected a template");
  }

  @Test
  void read_missingFile_namesIt() {
    assertThatThrownBy(() -> ReportTemplate.read(Path.of("no-such-template.json")))
        .isInstanceOf(InvalidJsonException.class)
        .hasMessageContaining("no-such-template.json")
        .hasMessageContaining("no such file");
  }

  @Test
  void constructor_noImplicationAreas_isRefused() {
    ReportTemplate s = ReportTemplate.somerset();

    assertThatThrownBy(
            () ->
                new ReportTemplate(
                    s.name(),
                    s.board(),
                    s.header(),
                    s.layout(),
                    s.strategyRows(),
                    s.prompts(),
                    java.util.EnumSet.noneOf(io.github.hls4j.governance.ImplicationArea.class),
                    s.impactAssessment(),
                    s.sections(),
                    s.backgroundPapers(),
                    s.paperLeadIns(),
                    s.signOff()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ReportTemplate.implicationAreas ([]) must name at least one area");
  }

  @Test
  void components_areImmutable() {
    List<String> prompts = ReportTemplate.somerset().prompts();

    assertThatThrownBy(() -> prompts.add("x")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void read_withoutTheOptionalFields_takesTheirDefaults() throws IOException {
    ReportTemplate county =
        ReportTemplate.read(
            new ByteArrayInputStream(county().getBytes(StandardCharsets.UTF_8)), "county.json");

    assertThat(county.headingLevel()).isEqualTo(1);
    assertThat(county.tickTables()).isEmpty();
    assertThat(county.dependencyPhrases()).isEmpty();
    assertThat(county.header().title()).isEmpty();
    assertThat(county.header().ignored()).isEmpty();
    assertThat(county.header().roles()).isEmpty();
  }

  @Test
  void read_tickTablesAndHeadings_areRead() {
    ReportTemplate hwb = CouncilLayouts.template("hwb");

    assertThat(
            hwb.tickTable(
                "links to the joint local health and wellbeing strategy and the integrated care strategy:"))
        .hasValueSatisfying(
            t -> {
              assertThat(t.strategies())
                  .extracting(s -> s.id().value())
                  .containsExactly("eastmoor-jlhws", "eastmoor-ics");
              assertThat(t.tickColumn()).isEqualTo(2);
              assertThat(t.rationaleColumn()).isEqualTo(3);
            });
    assertThat(hwb.header().roles()).contains("Director");
    assertThat(hwb.dependencyPhrases()).contains("subject to");
  }

  @Test
  void read_headingLevelOutOfRange_namesTheValue() throws IOException {
    InvalidJsonException e =
        refused(county().replace("\"prompts\"", "\"headingLevel\": 12,\n  \"prompts\""));

    assertThat(e.problem()).isEqualTo("ReportTemplate.headingLevel (12) must be between 1 and 9");
  }

  @Test
  void read_tickTableWithoutStrategies_isRefused() throws IOException {
    InvalidJsonException e =
        refused(
            county()
                .replace(
                    "\"prompts\"",
                    "\"tickTables\": [ { \"labels\": [\"Links\"], \"strategies\": [] } ],\n  \"prompts\""));

    assertThat(e.problem()).isEqualTo("TickTable.strategies ([]) must name at least one strategy");
  }

  @Test
  void read_missingHeaderLabels_isRefused() throws IOException {
    InvalidJsonException e = refused(county().replace("\"author\": [\"Report writer\"],", ""));

    assertThat(e.problem()).isEqualTo("the field \"author\" is missing");
  }

  @Test
  void read_blankDependencyPhrase_isRefused() throws IOException {
    InvalidJsonException e =
        refused(county().replace("\"prompts\"", "\"dependencyPhrases\": [\" \"],\n  \"prompts\""));

    assertThat(e.problem())
        .isEqualTo("ReportTemplate.dependencyPhrases ([ ]) must not hold a blank label");
  }
}
