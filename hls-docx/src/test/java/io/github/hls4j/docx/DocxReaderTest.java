package io.github.hls4j.docx;

import static io.github.hls4j.docx.WordFile.Xml.cell;
import static io.github.hls4j.docx.WordFile.Xml.checkbox;
import static io.github.hls4j.docx.WordFile.Xml.datePlaceholder;
import static io.github.hls4j.docx.WordFile.Xml.p;
import static io.github.hls4j.docx.WordFile.Xml.pOf;
import static io.github.hls4j.docx.WordFile.Xml.row;
import static io.github.hls4j.docx.WordFile.Xml.run;
import static io.github.hls4j.docx.WordFile.Xml.table;
import static io.github.hls4j.docx.WordFile.Xml.textCell;
import static io.github.hls4j.docx.WordFile.Xml.textPlaceholder;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.hls4j.governance.GovernanceRules;
import io.github.hls4j.governance.SectionKind;
import io.github.hls4j.strategy.AlignmentLink;
import io.github.hls4j.strategy.PriorityId;
import io.github.hls4j.validation.Profile;
import io.github.hls4j.validation.Severity;
import io.github.hls4j.validation.Violation;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the reader makes of each form of content, and what it reports when it cannot map it. */
class DocxReaderTest {

  private static final String HEADER =
      p("Taking stock") + p("Lead Officer: Ann Lee / Director") + p("Author: Ben Ode");

  private static DocxImport read(WordFile doc) {
    return DocxReader.of(ReportTemplate.somerset())
        .read(new ByteArrayInputStream(doc.bytes()), "report.docx");
  }

  private static DocxImport read(String... body) {
    return read(new WordFile().add(HEADER).add(body));
  }

  private static Violation only(DocxImport read) {
    assertThat(read.findings().violations()).hasSize(1);
    return read.findings().violations().get(0);
  }

  private static String ticks(String... tickCells) {
    String[] rows = new String[tickCells.length];
    String[] titles = {
      "Fairer life chances and opportunity for all",
      "Reduce Inequalities",
      "Respond well to complex needs"
    };
    for (int i = 0; i < tickCells.length; i++) {
      rows[i] = row(textCell(titles[i]), tickCells[i]);
    }
    return table(
        row(textCell("Links to The Improving Lives in Somerset Strategy"), cell(table(rows))));
  }

  @Test
  void read_emptyDocument_givesAReportWithStandInsAndSaysWhatIsMissing() {
    DocxImport read = read(new WordFile());

    assertThat(read.findings().violations())
        .extracting(v -> v.rule().toString(), Violation::path, v -> v.arguments().get("part"))
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("import/missing-part", "body", "title"),
            org.assertj.core.groups.Tuple.tuple("import/missing-part", "body", "lead officer"),
            org.assertj.core.groups.Tuple.tuple("import/missing-part", "body", "author"));
    assertThat(read.findings().violations()).allMatch(v -> v.severity() == Severity.ERROR);
    assertThat(read.report().title()).isEqualTo("(no title)");
  }

  @Test
  void read_typedXAndWingdingsAndCheckbox_areTicks() {
    String wingdings = cell("<w:p><w:r><w:sym w:font=\"Wingdings\" w:char=\"F0FD\"/></w:r></w:p>");
    DocxImport read = read(ticks(textCell("X"), wingdings, cell(checkbox(true))));

    assertThat(read.findings().violations()).isEmpty();
    assertThat(read.report().strategyAlignments())
        .extracting(a -> a.strategy().id().value())
        .containsExactly("improving-lives", "integrated-health-and-care");
    assertThat(read.report().strategyAlignments().get(1).links())
        .containsExactly(
            AlignmentLink.to(PriorityId.of("ihc-reduce-inequalities")),
            AlignmentLink.to(PriorityId.of("ihc-complex-needs")));
  }

  @Test
  void read_blankBallotAndUncheckedBox_areNotTicks() {
    DocxImport read = read(ticks(textCell(""), textCell("\u2610"), cell(checkbox(false))));

    assertThat(read.findings().violations()).isEmpty();
    assertThat(read.report().strategyAlignments()).isEmpty();
  }

  @Test
  void read_unreadableTick_isReportedAtItsCell() {
    Violation v = only(read(ticks(textCell("maybe"))));

    assertThat(v.rule().toString()).isEqualTo("import/unreadable-tick");
    assertThat(v.path()).isEqualTo("body/table[1]/row[1]/cell[2]/table[1]/row[1]/cell[2]");
    assertThat(v.arguments()).containsEntry("quote", "maybe");
  }

  @Test
  void read_unknownPriority_isReportedAtItsRow() {
    String rows =
        table(
            row(
                textCell("Links to The Improving Lives in Somerset Strategy"),
                cell(table(row(textCell("Better buses"), textCell("x"))))));
    Violation v = only(read(rows));

    assertThat(v.rule().toString()).isEqualTo("import/unknown-priority");
    assertThat(v.path()).isEqualTo("body/table[1]/row[1]/cell[2]/table[1]/row[1]/cell[1]");
    assertThat(v.arguments()).containsEntry("quote", "Better buses");
  }

  @Test
  void read_unknownLayoutLabel_isReportedAndItsContentLeftOut() {
    DocxImport read =
        read(
            table(
                row(textCell("Summary:"), textCell("Kept.")),
                row(textCell("Horoscope:"), textCell("Left out."))));
    Violation v = only(read);

    assertThat(v.rule().toString()).isEqualTo("import/unknown-heading");
    assertThat(v.path()).isEqualTo("body/table[1]/row[2]/cell[1]");
    assertThat(v.arguments()).containsEntry("quote", "Horoscope:");
    assertThat(read.report().summary()).containsExactly("Kept.");
  }

  @Test
  void read_unknownHeading_isKeptAsAnOtherSection() {
    DocxImport read =
        read(p("1. Background"), p("1.1. Known."), p("2. Next steps"), p("2.1. Kept."));
    Violation v = only(read);

    assertThat(v.rule().toString()).isEqualTo("import/unknown-heading");
    assertThat(v.path()).isEqualTo("body/paragraph[6]");
    assertThat(read.report().sections())
        .extracting(s -> s.kind())
        .containsExactly(SectionKind.BACKGROUND, SectionKind.OTHER);
    assertThat(read.report().sections().get(1).paragraphs().get(0).text()).containsExactly("Kept.");
  }

  @Test
  void read_headerRowOverTwoParagraphs_isOneValue() {
    DocxImport read =
        read(
            new WordFile()
                .add(
                    p("Taking stock"),
                    p("Author: Ben Ode"),
                    table(
                        row(
                            textCell("Lead Officer"),
                            textCell("Ann Lee", "Director of Public Health")))));

    assertThat(read.findings().violations()).isEmpty();
    assertThat(read.report().leadOfficer().name()).isEqualTo("Ann Lee");
    assertThat(read.report().leadOfficer().roleTitle()).contains("Director of Public Health");
  }

  @Test
  void read_automaticallyNumberedLineThatIsNoKnownHeading_isAListItem_notASection() {
    WordFile doc =
        new WordFile()
            .numbering(WordFile.Xml.list(1, "%1.", "decimal") + WordFile.Xml.num(1, 1))
            .add(
                HEADER,
                p("1. Background"),
                p("1.1. The Board asked:"),
                WordFile.Xml.numbered(1, 0, "Agree the plan"),
                WordFile.Xml.numbered(1, 0, "Review it"));

    DocxImport read = read(doc);

    assertThat(read.report().sections())
        .singleElement()
        .satisfies(
            s ->
                assertThat(s.paragraphs().get(0).items())
                    .extracting(i -> i.label() + " " + i.text())
                    .containsExactly("1. Agree the plan", "2. Review it"));
  }

  @Test
  void read_listsSharingADefinition_continueTheirNumbers_unlessOneRestarts() {
    WordFile doc =
        new WordFile()
            .numbering(
                WordFile.Xml.list(7, "(%1)", "decimal")
                    + WordFile.Xml.num(1, 7)
                    + WordFile.Xml.num(2, 7)
                    + "<w:num w:numId=\"3\"><w:abstractNumId w:val=\"7\"/><w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"1\"/>"
                    + "</w:lvlOverride></w:num>")
            .add(
                HEADER,
                p("1. Background"),
                p("1.1. Lists:"),
                WordFile.Xml.numbered(1, 0, "first"),
                WordFile.Xml.numbered(2, 0, "second"),
                WordFile.Xml.numbered(3, 0, "again"),
                WordFile.Xml.numbered(3, 0, "and on"));

    DocxImport read = read(doc);

    assertThat(read.report().sections().get(0).paragraphs().get(0).items())
        .extracting(i -> i.label() + " " + i.text())
        .containsExactly("(1) first", "(2) second", "(1) again", "(2) and on");
  }

  @Test
  void read_lineStartingWithANumberButNoFullStop_isText_notAHeading() {
    DocxImport read = read(p("1. Background"), p("1.1. Homes are needed."), p("2 bedrooms mostly"));

    assertThat(read.report().sections())
        .singleElement()
        .satisfies(
            s ->
                assertThat(s.paragraphs().get(0).text())
                    .containsExactly("Homes are needed.", "2 bedrooms mostly"));
  }

  @Test
  void read_signOffRowWithoutRole_isReportedAndLeftOut() {
    DocxImport read =
        read(
            p("6. Report Sign-Off"),
            table(
                row(textCell("Seen by:"), textCell("Name"), textCell("Date")),
                row(textCell("Monitoring Officer"), textCell("Dee Kay"), cell(datePlaceholder())),
                row(textCell(""), textCell("Al Stray"), textCell(""))));
    Violation v = only(read);

    assertThat(v.rule().toString()).isEqualTo("import/signoff-without-role");
    assertThat(v.path()).isEqualTo("body/table[1]/row[3]/cell[1]");
    assertThat(v.arguments()).containsEntry("quote", "Al Stray");
    assertThat(read.report().signOffs())
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.name()).contains("Dee Kay");
              assertThat(s.dateText()).contains("Click or tap to enter a date.");
            });
  }

  @Test
  void read_malformedEmail_isReportedAndLeftOut() {
    DocxImport read = read(new WordFile().add(HEADER, p("Contact Details: ann@@example")));
    Violation v = only(read);

    assertThat(v.rule().toString()).isEqualTo("import/malformed-value");
    assertThat(v.path()).isEqualTo("body/paragraph[4]");
    assertThat(v.arguments()).containsEntry("quote", "ann@@example");
    assertThat(read.report().contact()).isEmpty();
  }

  @Test
  void read_textBeforeAnySection_isReportedAsUnplaced() {
    Violation v =
        only(read(table(row(textCell("Summary:"), textCell("Kept."))), p("A stray note.")));

    assertThat(v.rule().toString()).isEqualTo("import/unplaced-text");
    assertThat(v.path()).isEqualTo("body/paragraph[4]");
    assertThat(v.arguments()).containsEntry("quote", "A stray note.");
  }

  @Test
  void read_longText_isQuotedShort() {
    String longNote = "word ".repeat(40).strip();
    Violation v = only(read(table(row(textCell("Summary:"), textCell("Kept."))), p(longNote)));

    assertThat(v.arguments().get("quote")).hasSize(ImportRules.QUOTE_LENGTH + 1).endsWith("…");
  }

  @Test
  void read_contentControlShowingItsPlaceholder_isTemplateTextForTheRules() {
    DocxImport read =
        read(
            table(
                row(
                    textCell("Risk Assessment:"),
                    cell(pOf(textPlaceholder("Click or tap here to enter text."))))));

    assertThat(read.findings().violations()).isEmpty();
    assertThat(read.report().riskAssessment().orElseThrow().statement())
        .isEqualTo("Click or tap here to enter text.");
    assertThat(
            GovernanceRules.validator(Profile.DECISION_READY).validate(read.report()).violations())
        .anySatisfy(
            v -> {
              assertThat(v.rule().toString()).isEqualTo("governance/placeholder-text");
              assertThat(v.arguments())
                  .isEqualTo(Map.of("placeholder", "Click or tap here to enter text."));
            });
  }

  @Test
  void read_deletedText_isLeftOutAndInsertedTextKept() {
    DocxImport read =
        read(
            table(
                row(
                    textCell("Summary:"),
                    cell(
                        pOf(
                            run("Kept "),
                            "<w:del><w:r><w:delText>gone </w:delText></w:r></w:del>",
                            "<w:ins>" + run("and added.") + "</w:ins>")))));

    assertThat(read.report().summary()).isEqualTo(List.of("Kept and added."));
  }
}
