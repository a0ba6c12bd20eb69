package io.github.hls4j.docx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hls4j.docx.CouncilLayouts.Variant;
import io.github.hls4j.governance.BoardReport;
import io.github.hls4j.governance.GovernanceRules;
import io.github.hls4j.validation.Profile;
import io.github.hls4j.validation.Severity;
import io.github.hls4j.validation.ValidationResult;
import io.github.hls4j.validation.Violation;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Four councils' layouts, hand-written in WordprocessingML, read with their templates: each reads
 * with no unplaced text, its filled copy gives exactly its planted findings, and its repaired copy
 * gives none.
 */
class CouncilLayoutsTest {

  /** A layout: its template's name, its documents, and the findings planted in its filled copy. */
  record Layout(String name, Function<Variant, byte[]> document, List<String> planted) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Arguments> layouts() {
    return Stream.of(
        Arguments.of(
            new Layout(
                "cabinet",
                CouncilLayouts::cabinet,
                List.of(
                    "governance/recommendation-dependency-unknown recommendations[1].dependsOn[0]",
                    "governance/signoff-undated signOffs[2].date",
                    "governance/placeholder-text summary[1]"))),
        Arguments.of(
            new Layout(
                "committee",
                CouncilLayouts::committee,
                List.of(
                    "governance/recommendation-dependency-unknown recommendations[1].dependsOn[0]",
                    "governance/signoff-undated signOffs[1].date",
                    "governance/lead-officer-mismatch signOffs[0].name"))),
        Arguments.of(
            new Layout(
                "hwb",
                CouncilLayouts::hwb,
                List.of(
                    "governance/placeholder-text summary[1]",
                    "alignment/all-ticked-without-rationale strategyAlignments[1]"))),
        Arguments.of(
            new Layout(
                "numbered",
                CouncilLayouts::numberedThroughout,
                List.of(
                    "governance/recommendation-dependency-unknown recommendations[2].dependsOn[0]",
                    "governance/empty-paragraph sections[0].paragraphs[2]"))));
  }

  static DocxImport read(Layout layout, Variant variant) {
    return DocxReader.of(CouncilLayouts.template(layout.name()))
        .read(new ByteArrayInputStream(layout.document().apply(variant)), layout.name() + ".docx");
  }

  static ValidationResult all(DocxImport read) {
    return read.with(GovernanceRules.validator(Profile.DECISION_READY).validate(read.report()));
  }

  private static List<String> rules(ValidationResult result) {
    return result.violations().stream().map(v -> v.rule() + " " + v.path()).toList();
  }

  private static List<String> unplaced(DocxImport read) {
    return read.findings().violations().stream()
        .filter(v -> v.rule().equals(ImportRules.UNPLACED_TEXT.id()))
        .map(Violation::path)
        .toList();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("layouts")
  void read_blankTemplate_placesEveryPart(Layout layout) {
    assertThat(unplaced(read(layout, Variant.BLANK))).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("layouts")
  void read_filledReport_mapsEveryPart(Layout layout) {
    assertThat(read(layout, Variant.FILLED).findings().violations()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("layouts")
  void validate_filledReport_givesExactlyThePlantedFindings(Layout layout) {
    ValidationResult found = all(read(layout, Variant.FILLED));

    assertThat(rules(found)).containsExactlyInAnyOrderElementsOf(layout.planted());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("layouts")
  void validate_filledReport_givesNoErrorBeyondThePlanted(Layout layout) {
    List<String> errors =
        all(read(layout, Variant.FILLED)).violations().stream()
            .filter(v -> v.severity() == Severity.ERROR)
            .map(v -> v.rule() + " " + v.path())
            .toList();

    assertThat(layout.planted()).containsAll(errors);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("layouts")
  void validate_repairedReport_givesNoFindings(Layout layout) {
    assertThat(all(read(layout, Variant.REPAIRED)).violations()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("layouts")
  void validate_filledReport_locatesEveryFindingInTheDocument(Layout layout) {
    ValidationResult found = all(read(layout, Variant.FILLED));

    assertThat(found.violations())
        .isNotEmpty()
        .allSatisfy(
            v -> {
              assertThat(v.location()).as(v.toString()).isPresent();
              assertThat(v.location().get().pointer()).as(v.toString()).startsWith("body/");
              assertThat(v.location().get().description())
                  .as(v.toString())
                  .matches("(paragraph|table) \\d+.*");
            });
  }

  @Test
  void validate_undatedSignOff_isLocatedAtItsDateCell() {
    DocxImport read = read(layout("cabinet"), Variant.FILLED);

    Violation undated =
        all(read)
            .withRule(io.github.hls4j.validation.RuleId.of("governance/signoff-undated"))
            .violations()
            .get(0);

    assertThat(undated.path()).isEqualTo("signOffs[2].date");
    assertThat(undated.location().get().pointer())
        .matches("body/table\\[\\d+\\]/row\\[\\d+\\]/cell\\[\\d+\\]");
    assertThat(undated.location().get().description()).matches("table \\d+, row \\d+, cell \\d+");
    assertThat(undated.location()).isEqualTo(read.location("signOffs[2].date"));
  }

  @Test
  void validate_placeholderInSummary_isLocatedAtItsParagraphWithItsText() {
    DocxImport read = read(layout("hwb"), Variant.FILLED);

    Violation placeholder =
        all(read)
            .withRule(io.github.hls4j.validation.RuleId.of("governance/placeholder-text"))
            .violations()
            .get(0);

    assertThat(placeholder.path()).isEqualTo("summary[1]");
    assertThat(placeholder.location().get().quote())
        .isNotEmpty()
        .isEqualTo(ImportRules.quote(read.report().summary().get(1)));
    assertThat(placeholder.location().get().pointer()).contains("paragraph[");
  }

  @Test
  void location_ofAPathWithoutAPlaceOfItsOwn_isTheNearestAbove() {
    DocxImport read = read(layout("numbered"), Variant.FILLED);

    assertThat(read.location("recommendations[2].dependsOn[0]"))
        .isEqualTo(read.location("recommendations[2]"))
        .isPresent();
    assertThat(read.location("sections[0].paragraphs[2].text[9]"))
        .isEqualTo(read.location("sections[0].paragraphs[2]"));
    assertThat(read.location("no.such[4].path"))
        .isEqualTo(read.location(""))
        .isEqualTo(read.location("title"));
  }

  // What each layout shows the reader can do

  @Test
  void read_coverSheetReportOfARole_takesTheNameFromTheLeadOfficersSignOff() {
    BoardReport r = read(layout("cabinet"), Variant.REPAIRED).report();

    assertThat(r.leadOfficer().name()).isEqualTo("Alex Rowe");
    assertThat(r.leadOfficer().roleTitle()).contains("Director of Place");
    assertThat(r.title()).isEqualTo("Household waste depot review");
  }

  @Test
  void read_personWrittenNameCommaRole_splitsThem() {
    BoardReport r = read(layout("cabinet"), Variant.REPAIRED).report();

    assertThat(r.author().name()).isEqualTo("Priya Shah");
    assertThat(r.author().roleTitle()).contains("Head of Waste Services");
  }

  @Test
  void read_sectionsByHeadingStyle_numberTheirParagraphsInOrder() {
    BoardReport r = read(layout("cabinet"), Variant.REPAIRED).report();

    assertThat(r.sections())
        .extracting(s -> s.number() + " " + s.kind())
        .containsExactly("1 BACKGROUND", "2 OTHER", "3 CONSULTATIONS");
    assertThat(r.sections().get(0).paragraphs())
        .extracting(p -> p.number())
        .containsExactly("1.1", "1.2", "1.3");
    // "Financial implications" and "Legal implications": an implication of each area
    assertThat(r.implications())
        .extracting(i -> i.areas().toString())
        .containsExactly("[FINANCIAL]", "[LEGAL]");
    assertThat(r.implications().get(0).statement()).contains("£40,000");
    assertThat(r.implications().get(1).statement()).contains("environmental permit");
  }

  @Test
  void read_letteredRecommendations_areNumberedAndTheirReferencesAreDependencies() {
    BoardReport r = read(layout("cabinet"), Variant.REPAIRED).report();

    assertThat(r.recommendationsPreamble()).contains("That Cabinet:");
    assertThat(r.recommendations())
        .extracting(x -> x.number() + " " + x.dependsOn())
        .containsExactly("1 []", "2 [1]", "3 []");
    assertThat(r.recommendations().get(1).action()).startsWith("subject to recommendation (a),");
  }

  @Test
  void read_referenceInBrackets_followingAbove_isADependency() {
    BoardReport r = read(layout("committee"), Variant.FILLED).report();

    assertThat(r.recommendations().get(1).dependsOn()).containsExactly(3);
  }

  @Test
  void read_tickTableOfTwoStrategies_splitsThemAtTheSubHeadingAndTheShadedRow() {
    BoardReport r = read(layout("hwb"), Variant.REPAIRED).report();

    assertThat(r.strategyAlignments())
        .extracting(a -> a.strategy().id().value())
        .containsExactly("eastmoor-jlhws", "eastmoor-ics");
    assertThat(r.strategyAlignments().get(1).links())
        .extracting(l -> l.priority().value() + ": " + l.rationale().orElse(""))
        .containsExactly(
            "ics-prevention: Advice before crisis",
            "ics-inequalities: Hubs are in the most deprived wards");
  }

  @Test
  void read_reportOfOnTheNextLine_andLetteredWordList() {
    BoardReport r = read(layout("hwb"), Variant.REPAIRED).report();

    assertThat(r.leadOfficer().name()).isEqualTo("Dr Ruth Osei");
    assertThat(r.recommendations())
        .extracting(x -> x.number() + " " + x.dependsOn())
        .containsExactly("1 []", "2 []", "3 [2]");
  }

  @Test
  void read_numberedThroughout_takesTheLastPartOfAMultilevelNumber() {
    BoardReport r = read(layout("numbered"), Variant.REPAIRED).report();

    assertThat(r.recommendations())
        .extracting(x -> x.number() + " " + x.dependsOn())
        .containsExactly("1 []", "2 []", "3 [1]");
    assertThat(r.sections())
        .extracting(s -> s.number() + " " + s.heading())
        .containsExactly("4 Background", "6 Consultation");
    assertThat(r.sections().get(0).paragraphs().get(1).items()).hasSize(2);
  }

  @Test
  void read_somersetTemplate_keepsReadingTheSomersetDocument() throws Exception {
    DocxImport somerset = DocxReader.of(ReportTemplate.somerset()).read(SomersetDocument.FIXTURE);

    assertThat(somerset.findings().violations()).isEmpty();
  }

  @Test
  void read_strategiesAsSubHeadingParagraphsOverTablesOfTheirOwn_tickEach() {
    String label =
        "Links to the Joint Local Health and Wellbeing Strategy and the Integrated Care Strategy";
    byte[] doc =
        new WordFile()
            .add(
                WordFile.Xml.p("Paper"),
                WordFile.Xml.table(
                    WordFile.Xml.row(
                        WordFile.Xml.textCell(label),
                        WordFile.Xml.cell(
                            WordFile.Xml.p("Joint Local Health and Wellbeing Strategy"),
                            WordFile.Xml.table(
                                WordFile.Xml.row(
                                    WordFile.Xml.textCell("Best start in life"),
                                    WordFile.Xml.textCell("\u2612"),
                                    WordFile.Xml.textCell("Family hubs"))),
                            WordFile.Xml.p("Integrated Care Strategy"),
                            WordFile.Xml.table(
                                WordFile.Xml.row(
                                    WordFile.Xml.textCell("Prevention and early help"),
                                    WordFile.Xml.textCell(""),
                                    WordFile.Xml.textCell("")),
                                WordFile.Xml.row(
                                    WordFile.Xml.textCell("Tackling health inequalities"),
                                    WordFile.Xml.textCell("x"),
                                    WordFile.Xml.textCell("")))))))
            .bytes();

    DocxImport read =
        DocxReader.of(CouncilLayouts.template("hwb"))
            .read(new ByteArrayInputStream(doc), "paper.docx");

    assertThat(read.report().strategyAlignments())
        .extracting(
            a ->
                a.strategy().id().value()
                    + " "
                    + a.links().size()
                    + " "
                    + a.statement().isPresent())
        .containsExactly("eastmoor-jlhws 1 false", "eastmoor-ics 1 false");
    assertThat(unplaced(read)).isEmpty();
  }

  private static Layout layout(String name) {
    return layouts()
        .map(a -> (Layout) a.get()[0])
        .filter(l -> l.name().equals(name))
        .findFirst()
        .orElseThrow();
  }
}
