package io.github.hls4j.docx;

import static io.github.hls4j.docx.WordFile.Xml.p;
import static io.github.hls4j.docx.WordFile.Xml.styled;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.hls4j.docx.CouncilLayouts.Variant;
import io.github.hls4j.docx.CouncilLayoutsTest.Layout;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Templates drafted from the four councils' blank templates read their filled reports as the
 * hand-written templates do. The guesses a person must correct before that holds are listed here:
 * for these four blanks there are none, though every guess is marked in {@code toCheck}.
 */
class TemplateDraftTest {

  private static TemplateDraft draft(Layout layout) {
    return TemplateDraft.of(
        new ByteArrayInputStream(layout.document().apply(Variant.BLANK)),
        layout.name() + "-blank.docx");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("io.github.hls4j.docx.CouncilLayoutsTest#layouts")
  void draft_blankTemplate_readsItsFilledReportWithThePlantedFindings(Layout layout) {
    TemplateDraft draft = draft(layout);
    DocxImport read =
        DocxReader.of(draft.template())
            .read(
                new ByteArrayInputStream(layout.document().apply(Variant.FILLED)),
                layout.name() + ".docx");

    assertThat(read.findings().violations()).isEmpty();
    assertThat(CouncilLayoutsTest.all(read).violations())
        .extracting(v -> v.rule() + " " + v.path())
        .containsExactlyInAnyOrderElementsOf(layout.planted());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("io.github.hls4j.docx.CouncilLayoutsTest#layouts")
  void draft_blankTemplate_repairedReportGivesNoFindings(Layout layout) {
    DocxImport read =
        DocxReader.of(draft(layout).template())
            .read(
                new ByteArrayInputStream(layout.document().apply(Variant.REPAIRED)),
                layout.name() + ".docx");

    assertThat(CouncilLayoutsTest.all(read).violations()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("io.github.hls4j.docx.CouncilLayoutsTest#layouts")
  void json_readsBackAsTheSameTemplate_withItsGuessesLeftAside(Layout layout) {
    TemplateDraft draft = draft(layout);

    ReportTemplate again =
        ReportTemplate.read(
            new ByteArrayInputStream(draft.json().getBytes(StandardCharsets.UTF_8)), "draft.json");

    assertThat(again).isEqualTo(draft.template());
    assertThat(draft.json()).contains("\"toCheck\"");
    assertThat(draft.unplaced()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("io.github.hls4j.docx.CouncilLayoutsTest#layouts")
  void toCheck_marksEveryFieldItPlaced(Layout layout) {
    List<String> fields =
        draft(layout).toCheck().stream()
            .map(g -> g.substring(0, g.indexOf(':')))
            .distinct()
            .toList();

    assertThat(fields)
        .contains(
            "header.leadOfficer",
            "header.author",
            "layout.recommendations",
            "tickTables",
            "signOff",
            "board",
            "header.roles",
            "impactAssessment");
  }

  @Test
  void draft_hwb_findsBothStrategiesAndTheTickAndRationaleColumns() {
    TemplateDraft draft = draft(layout("hwb"));

    assertThat(draft.template().tickTables())
        .singleElement()
        .satisfies(
            t -> {
              assertThat(t.strategies())
                  .extracting(s -> s.title() + " " + s.priorities().size())
                  .containsExactly(
                      "Joint Local Health and Wellbeing Strategy 3", "Integrated Care Strategy 2");
              assertThat(t.tickColumn()).isEqualTo(2);
              assertThat(t.rationaleColumn()).isEqualTo(3);
            });
    assertThat(draft.template().header().leadOfficer()).containsExactly("Report of");
  }

  @Test
  void draft_committee_marksItsGuessAboutPurposeOfReport() {
    TemplateDraft draft = draft(layout("committee"));

    assertThat(draft.template().layout().summary()).contains("Purpose of report");
    assertThat(draft.toCheck())
        .anyMatch(g -> g.startsWith("layout.summary: \"Purpose of report\""));
    assertThat(draft.template().header().ignored())
        .contains("Final Decision-Maker", "Classification", "Wards affected");
    assertThat(draft.template().board().name())
        .isEqualTo("Communities, Housing and Environment Committee");
  }

  @Test
  void draft_numbered_takesTheHeadingLevelFromTheCouncilsOwnStyle() {
    TemplateDraft draft = draft(layout("numbered"));

    assertThat(draft.template().headingLevel()).isEqualTo(1);
    assertThat(draft.template().sections())
        .extracting(s -> s.kind() + " " + s.headings())
        .contains("BACKGROUND [Background]", "CONSULTATIONS [Consultation]");
  }

  @Test
  void draft_textBeforeTheLayoutThatIsNoLabel_isUnplaced() {
    byte[] blank =
        new WordFile()
            .add(
                p("Anytown Council"),
                p("Report of: [Director]"),
                p("Draft v3 – not for circulation"),
                styled("Heading1", "Summary"))
            .bytes();

    TemplateDraft draft = TemplateDraft.of(new ByteArrayInputStream(blank), "blank.docx");

    assertThat(draft.unplaced())
        .singleElement()
        .satisfies(u -> assertThat(u).startsWith("body/paragraph[3]: Draft v3"));
    assertThat(draft.template().prompts()).containsExactly("Anytown Council");
  }

  @Test
  void draft_clearanceTableWithoutARoleHeader_isNoSignOffTable() {
    // the seed-199 body of CouncilTemplatesPropertiesTest: a table under a sign-off heading whose
    // first column has no header, which a report's table could never be found by again
    byte[] blank =
        new WordFile()
            .add(
                styled("Heading1", "Summary"),
                styled("Heading1", "Statutory officer clearance"),
                WordFile.Xml.table(
                    WordFile.Xml.row(
                        WordFile.Xml.textCell(""),
                        WordFile.Xml.textCell("Name"),
                        WordFile.Xml.textCell("Date cleared"))))
            .bytes();

    TemplateDraft draft = TemplateDraft.of(new ByteArrayInputStream(blank), "blank.docx");

    assertThat(draft.template().signOff().roleColumn()).doesNotContain("");
    assertThat(draft.toCheck()).noneMatch(g -> g.startsWith("signOff.roleColumn"));
  }

  @Test
  void draft_notAWordDocument_isUnreadable() {
    assertThatThrownBy(
            () ->
                TemplateDraft.of(
                    new ByteArrayInputStream("{}".getBytes(StandardCharsets.UTF_8)), "blank.json"))
        .isInstanceOf(UnreadableDocumentException.class)
        .hasMessageContaining("blank.json");
  }

  private static Layout layout(String name) {
    return CouncilLayoutsTest.layouts()
        .map(a -> (Layout) a.get()[0])
        .filter(l -> l.name().equals(name))
        .findFirst()
        .orElseThrow();
  }
}
