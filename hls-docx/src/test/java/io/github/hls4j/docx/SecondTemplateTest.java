package io.github.hls4j.docx;

import static io.github.hls4j.docx.WordFile.Xml.anchor;
import static io.github.hls4j.docx.WordFile.Xml.cell;
import static io.github.hls4j.docx.WordFile.Xml.checkbox;
import static io.github.hls4j.docx.WordFile.Xml.date;
import static io.github.hls4j.docx.WordFile.Xml.hyperlink;
import static io.github.hls4j.docx.WordFile.Xml.list;
import static io.github.hls4j.docx.WordFile.Xml.num;
import static io.github.hls4j.docx.WordFile.Xml.numbered;
import static io.github.hls4j.docx.WordFile.Xml.p;
import static io.github.hls4j.docx.WordFile.Xml.pOf;
import static io.github.hls4j.docx.WordFile.Xml.row;
import static io.github.hls4j.docx.WordFile.Xml.run;
import static io.github.hls4j.docx.WordFile.Xml.styled;
import static io.github.hls4j.docx.WordFile.Xml.table;
import static io.github.hls4j.docx.WordFile.Xml.textCell;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.hls4j.governance.BoardReport;
import io.github.hls4j.governance.ImpactAssessment;
import io.github.hls4j.governance.ImplicationArea;
import io.github.hls4j.governance.Link;
import io.github.hls4j.governance.ListItem;
import io.github.hls4j.governance.SignOffRoleKind;
import io.github.hls4j.party.PartyId;
import io.github.hls4j.strategy.AlignmentLink;
import io.github.hls4j.strategy.PriorityId;
import io.github.hls4j.validation.Severity;
import io.github.hls4j.validation.Violation;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A council whose template differs from Somerset's in every way the reader allows: its own labels
 * and headings, the header as table rows, Word's automatic numbering for sections, paragraphs,
 * recommendations and lists, checkbox ticks, anchors, and typed and picked dates.
 */
class SecondTemplateTest {

  private static ReportTemplate county;
  private static DocxImport read;

  @BeforeAll
  static void read() throws Exception {
    try (InputStream in = SecondTemplateTest.class.getResourceAsStream("county-template.json")) {
      county = ReportTemplate.read(in, "county-template.json");
    }
    read =
        DocxReader.of(county)
            .read(new java.io.ByteArrayInputStream(countyDocument()), "cabinet/depot review.docx");
  }

  static byte[] countyDocument() {
    WordFile doc = new WordFile();
    doc.numbering(
        list(1, "%1.", "decimal", "%1.%2.", "decimal")
            + list(2, "%1)", "decimal")
            + list(3, "(%1)", "lowerLetter")
            + num(1, 1)
            + num(2, 2)
            + num(3, 3));
    doc.add(styled("Title", "Depot review"));
    doc.add(
        table(
            row(textCell("Responsible officer"), textCell("Jo Bloggs / Director of Place")),
            row(textCell("Report writer"), textCell("Sam Smith")),
            row(textCell("Contact"), textCell("sam.smith@county.example / 01234 567890")),
            row(textCell("Meeting date"), textCell("12th March 2025"))));
    doc.add(
        table(
            row(
                textCell("Executive summary"),
                textCell("The depot is full.", "A review is proposed.")),
            row(
                textCell("Recommendation(s)"),
                cell(
                    p("That Cabinet:"),
                    numbered(2, 0, "agrees the review;"),
                    numbered(2, 0, "asks for a report in June."))),
            row(textCell("Why"), textCell("Space has run out.")),
            row(
                textCell("Council plan"),
                cell(
                    p("Tick each priority this supports"),
                    table(
                        row(textCell("Thriving places"), cell(checkbox(true))),
                        row(textCell("Healthy lives"), cell(checkbox(false))),
                        row(
                            textCell("A greener county – fewer miles driven"),
                            textCell("\u2612"))))),
            row(textCell("Resource implications"), textCell("Within budget.")),
            row(
                textCell("Equality impact"),
                textCell("An equality impact assessment is attached.")),
            row(textCell("Risks"), textCell("Delay."))));
    doc.add(
        numbered(1, 0, "Context"),
        numbered(1, 1, "The depot opened in 1970."),
        p("It has not grown since."));
    doc.add(numbered(1, 0, "Engagement"), numbered(1, 1, "Staff were asked."));
    doc.add(
        numbered(1, 0, "Decision sought"),
        numbered(1, 1, "Cabinet is asked:"),
        numbered(3, 0, "to agree the review;"),
        numbered(3, 0, "to ask for a report."));
    doc.add(numbered(1, 0, "Appendices"));
    doc.add(pOf(run("Appendix A - "), anchor("appendix-a", "Site plan")));
    doc.add(
        pOf(
            run("Appendix B - "),
            hyperlink(doc.link("https://county.example/plan.pdf"), "Depot plan")));
    doc.add(numbered(1, 0, "Clearance"));
    doc.add(
        table(
            row(textCell("Cleared by"), textCell("Officer"), textCell("Date cleared")),
            row(
                textCell("Director of Place"),
                textCell("Jo Bloggs"),
                cell(date("2025-03-01", "01/03/2025"))),
            row(
                textCell("Section 151 Officer (where relevant)"),
                textCell("Kim Lee"),
                textCell("3 March 2025")),
            row(textCell("Legal"), textCell("Pat Doe"), textCell("soon"))));
    return doc.bytes();
  }

  @Test
  void read_takesTheHeaderFromTableRows() {
    BoardReport r = read.report();
    assertThat(r.title()).isEqualTo("Depot review");
    assertThat(r.board().name()).isEqualTo("County Cabinet");
    assertThat(r.leadOfficer().id()).isEqualTo(PartyId.of("jo-bloggs"));
    assertThat(r.leadOfficer().roleTitle()).contains("Director of Place");
    assertThat(r.author().name()).isEqualTo("Sam Smith");
    assertThat(r.contact().orElseThrow().email()).contains("sam.smith@county.example");
    assertThat(r.contact().orElseThrow().telephone()).contains("01234 567890");
    assertThat(r.meetingDate()).contains(LocalDate.of(2025, 3, 12));
  }

  @Test
  void read_idComesFromTheFileName() {
    assertThat(read.report().id().value()).isEqualTo("depot-review");
  }

  @Test
  void read_takesAutomaticallyNumberedRecommendations() {
    BoardReport r = read.report();
    assertThat(r.recommendationsPreamble()).contains("That Cabinet:");
    assertThat(r.recommendations())
        .extracting(x -> x.number() + " " + x.action())
        .containsExactly("1 agrees the review;", "2 asks for a report in June.");
  }

  @Test
  void read_takesCheckboxesAndBallotBoxesAsTicks() {
    assertThat(read.report().strategyAlignments())
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.strategy().id().value()).isEqualTo("council-plan");
              assertThat(a.links())
                  .containsExactly(
                      AlignmentLink.to(PriorityId.of("thriving-places")),
                      AlignmentLink.to(PriorityId.of("green-county")));
            });
  }

  @Test
  void read_takesImplicationsEqualitiesAndRisksAsTheTemplateSays() {
    BoardReport r = read.report();
    assertThat(r.implications())
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.areas())
                  .isEqualTo(EnumSet.of(ImplicationArea.FINANCIAL, ImplicationArea.HR));
              assertThat(i.statement()).isEqualTo("Within budget.");
            });
    assertThat(r.equalities().orElseThrow().impactAssessment())
        .isEqualTo(ImpactAssessment.CARRIED_OUT);
    assertThat(r.riskAssessment().orElseThrow().statement()).isEqualTo("Delay.");
    assertThat(r.reasons()).containsExactly("Space has run out.");
    assertThat(r.summary()).containsExactly("The depot is full.", "A review is proposed.");
  }

  @Test
  void read_takesAutomaticallyNumberedSectionsParagraphsAndLists() {
    BoardReport r = read.report();
    assertThat(r.sections())
        .extracting(s -> s.number() + " " + s.heading() + " " + s.kind())
        .containsExactly(
            "1 Context BACKGROUND",
            "2 Engagement CONSULTATIONS",
            "3 Decision sought REQUEST_OF_THE_BOARD");
    assertThat(r.sections().get(0).paragraphs())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.number()).isEqualTo("1.1");
              assertThat(p.text())
                  .containsExactly("The depot opened in 1970.", "It has not grown since.");
            });
    assertThat(r.sections().get(2).paragraphs().get(0).number()).isEqualTo("3.1");
    assertThat(r.sections().get(2).paragraphs().get(0).items())
        .containsExactly(
            ListItem.of("(a)", "to agree the review;"), ListItem.of("(b)", "to ask for a report."));
  }

  @Test
  void read_takesAnchorsAndExternalLinks() {
    assertThat(read.report().backgroundPapers())
        .extracting(p -> p.title() + " " + p.link().map(Link::target).orElse(""))
        .containsExactly("Appendix A #appendix-a", "Appendix B https://county.example/plan.pdf");
  }

  @Test
  void read_takesPickedAndTypedDatesAndRolesByTheTemplatesWords() {
    var signOffs = read.report().signOffs();
    assertThat(signOffs)
        .extracting(s -> s.role().kind())
        .containsExactly(
            SignOffRoleKind.LEAD_OFFICER,
            SignOffRoleKind.FINANCE_OFFICER,
            SignOffRoleKind.MONITORING_OFFICER);
    assertThat(signOffs.get(0).date()).contains(LocalDate.of(2025, 3, 1));
    assertThat(signOffs.get(1).date()).contains(LocalDate.of(2025, 3, 3));
    assertThat(signOffs.get(1).role().ifApplicable()).isTrue();
    assertThat(signOffs.get(2).date()).isEmpty();
    assertThat(signOffs.get(2).dateText()).contains("soon");
  }

  @Test
  void read_reportsOnlyTheDateItCannotRead() {
    assertThat(read.findings().violations())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.rule().toString()).isEqualTo("import/unreadable-date");
              assertThat(v.severity()).isEqualTo(Severity.WARNING);
              assertThat(v.path()).isEqualTo("body/table[3]/row[4]/cell[3]");
              assertThat(v.arguments()).containsEntry("quote", "soon");
            });
  }

  @Test
  void read_theSomersetTemplate_doesNotKnowThisLayout() {
    DocxImport bySomerset =
        DocxReader.of(ReportTemplate.somerset())
            .read(new java.io.ByteArrayInputStream(countyDocument()), "x.docx");
    List<String> rules =
        bySomerset.findings().violations().stream()
            .map(Violation::rule)
            .map(Object::toString)
            .distinct()
            .toList();
    assertThat(rules).contains("import/missing-part", "import/unknown-heading");
  }
}
