package io.github.hls4j.docx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hls4j.governance.BoardReport;
import io.github.hls4j.governance.GovernanceRules;
import io.github.hls4j.governance.ImpactAssessment;
import io.github.hls4j.governance.ImplicationArea;
import io.github.hls4j.governance.SignOffRoleKind;
import io.github.hls4j.validation.Profile;
import io.github.hls4j.validation.ValidationResult;
import io.github.hls4j.validation.Violation;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Four layouts written by a tester who knew only the documentation, as four councils lay out their
 * reports (a unitary council's committee report with bold labels and typed numbers, a London
 * borough's cover table with an "Audit trail" clearance table, a Welsh county borough's cabinet
 * report under unnumbered Heading 1 parts with Word-numbered paragraphs throughout, and a health
 * and wellbeing board paper with a tick table), each read with the template the tester corrected
 * from {@code hls template draft}. Each test asserts what reads correctly and which planted defects
 * are found, and lists, as {@code KNOWN_GAPS}, the findings that are still wrong: a gap fixed makes
 * its test fail, so that the list is kept honest.
 */
class TrialLayoutsTest {

  static DocxImport read(String layout, String variant) {
    return DocxReader.of(CouncilLayouts.template("trial-" + layout))
        .read(
            new ByteArrayInputStream(LayoutFolder.docx("trial-" + layout + "-" + variant)),
            layout + ".docx");
  }

  static List<String> findings(DocxImport read) {
    ValidationResult all =
        read.with(GovernanceRules.validator(Profile.DECISION_READY).validate(read.report()));
    return all.violations().stream().map(TrialLayoutsTest::line).toList();
  }

  private static String line(Violation v) {
    return v.severity() + " " + v.rule() + " " + v.path();
  }

  // brighton: bold "Label:" cover lines, typed "1." sections and "2.1" recommendations, no sign-off
  // table: "Name of finance officer consulted: … Date consulted (dd/mm/yy): …" lines instead

  /**
   * The layout has no sign-off table (its template says {@code "table": false}) and records the
   * finance officer's and the lawyer's sign-off in lines, with no lead officer's: that is
   * information, not an error.
   */
  static final String NO_LEAD_OFFICER_LINE = "INFO governance/signoff-missing signOffs";

  /** Still wrong in the brighton layout, with the problem each comes from. */
  static final List<String> BRIGHTON_KNOWN_GAPS =
      List.of(
          "WARNING import/unplaced-text body/paragraph[3]", // "Agenda Item 14"
          // "11. Other Implications" holds only the bold "Risk and opportunity management
          // implications"
          // part, so the section is read as having no paragraph
          "WARNING governance/empty-paragraph sections[4].paragraphs",
          "INFO alignment/unaligned strategyAlignments"); // not a gap: no tick table, so INFO

  @Test
  void read_brightonFilled_findsThePlantedDefects() {
    DocxImport read = read("brighton", "filled");

    assertThat(findings(read))
        .containsExactlyInAnyOrderElementsOf(
            concat(
                List.of(
                    "ERROR governance/recommendation-dependency-unknown recommendations[2].dependsOn[0]", // "subject to recommendation 2.5"
                    "ERROR governance/placeholder-text sections[0].paragraphs[1].text[0]", // "Click
                    // or tap
                    // here
                    // to
                    // enter
                    // text."
                    "ERROR governance/signoff-undated signOffs[0].date", // "Date consulted
                    // (dd/mm/yy): [insert
                    // date]"
                    "WARNING import/unreadable-date body/paragraph[5]", // the date of meeting left
                    // as the template's prompt
                    "WARNING governance/implication-vague implications[0].statement", // 7.1 names
                    // no money
                    NO_LEAD_OFFICER_LINE),
                BRIGHTON_KNOWN_GAPS));
    // each implications label starts an implication of its own area
    assertThat(read.report().implications())
        .extracting(i -> i.areas().toString())
        .containsExactly("[FINANCIAL]", "[LEGAL]");
    // the sign-off lines are not part of the implications' statements
    assertThat(read.report().implications().get(0).statement())
        .isEqualTo("The proposals will be managed carefully by the service.");
    // "2.3 That, subject to recommendation 2.5, …": named as written, not as 3 and 5
    Violation dependency = finding(read, "governance/recommendation-dependency-unknown");
    assertThat(dependency.arguments())
        .containsEntry("number", "2.3")
        .containsEntry("dependsOn", "2.5");
    assertThat(dependency.message()).contains("Recommendation 2.3 depends on recommendation 2.5");
    Violation undated = finding(read, "governance/signoff-undated");
    assertThat(undated.arguments())
        .containsEntry("name", "Jane Moss")
        .containsEntry("dateField", "\"[insert date]\"");
  }

  @Test
  void read_brightonRepaired_givesOnlyTheKnownGaps() {
    DocxImport read = read("brighton", "repaired");

    assertThat(findings(read))
        .containsExactlyInAnyOrderElementsOf(
            concat(List.of(NO_LEAD_OFFICER_LINE), BRIGHTON_KNOWN_GAPS));
    BoardReport report = read.report();
    // "Name of finance officer consulted: Jane Moss	Date consulted (dd/mm/yy): 02/03/26"
    assertThat(report.signOffs())
        .extracting(
            s -> s.role().title() + " " + s.name().orElse("") + " " + s.date().orElseThrow())
        .containsExactly(
            "Finance officer Jane Moss 2026-03-02", "Lawyer Elizabeth Culbert 2026-03-03");
    assertThat(report.signOffs().get(0).role().kind()).isEqualTo(SignOffRoleKind.FINANCE_OFFICER);
    assertThat(report.author().name())
        .isEqualTo("Tom Ashby"); // "Name: Tom Ashby, Head of Communities"
    assertThat(report.author().roleTitle()).contains("Head of Communities");
    assertThat(report.meetingDate()).isPresent();
    // bold labels alone on their line, no heading style: the parts they name
    assertThat(report.riskAssessment().orElseThrow().statement()).startsWith("The main risk");
    assertThat(report.backgroundPapers())
        .extracting(p -> p.title())
        .singleElement()
        .asString()
        .startsWith("Community Hubs consultation report");
  }

  // lambeth: a cover table of key-value rows, Heading 1 numbered sections, an "Audit trail" table

  static final List<String> LAMBETH_KNOWN_GAPS =
      List.of("INFO alignment/unaligned strategyAlignments"); // not a gap: no tick table, so INFO

  @Test
  void read_lambethFilled_findsThePlantedDefects() {
    DocxImport read = read("lambeth", "filled");

    assertThat(findings(read))
        .containsExactlyInAnyOrderElementsOf(
            concat(
                List.of(
                    "ERROR governance/recommendation-dependency-unknown recommendations[2].dependsOn[0]", // "(3) Subject to recommendation (4)"
                    "ERROR governance/placeholder-text implications[0].statement", // "{How much
                    // does it
                    // cost…}"
                    "ERROR governance/signoff-undated signOffs[1].date", // Director of Finance, no
                    // date comment received
                    "WARNING governance/no-risks-for-change riskAssessment.statement"), // "6.1
                // None."
                // for a
                // recommissioning
                LAMBETH_KNOWN_GAPS));
    assertThat(read.report().riskAssessment().orElseThrow().statement()).isEqualTo("None.");
  }

  @Test
  void read_lambethRepaired_readsItsPeopleAndSignOffs() {
    DocxImport read = read("lambeth", "repaired");

    assertThat(findings(read)).containsExactlyInAnyOrderElementsOf(LAMBETH_KNOWN_GAPS);
    BoardReport report = read.report();
    // "Fiona Connolly: Strategic Director for Residents' Services"
    assertThat(report.leadOfficer().name()).isEqualTo("Fiona Connolly");
    assertThat(report.leadOfficer().roleTitle())
        .contains("Strategic Director for Residents' Services");
    // "Sam Okafor, Commissioning Manager, sokafor@lambeth.gov.uk, 020 7926 5555": author and
    // contact share a label
    assertThat(report.author().name()).isEqualTo("Sam Okafor");
    assertThat(report.author().roleTitle()).contains("Commissioning Manager");
    assertThat(report.contact().orElseThrow().email()).contains("sokafor@lambeth.gov.uk");
    assertThat(report.contact().orElseThrow().telephone()).contains("020 7926 5555");
    // one "Name and position of officer" column
    assertThat(report.signOffs().get(0).name()).contains("Fiona Connolly");
    assertThat(report.signOffs().get(0).role().title())
        .isEqualTo("Strategic Director for Residents' Services");
    // the "Report history" table of labels and values: a paragraph a row, in its section
    assertThat(report.sections())
        .filteredOn(s -> s.heading().equals("Report history"))
        .singleElement()
        .satisfies(
            s ->
                assertThat(s.paragraphs())
                    .extracting(p -> p.text().get(0))
                    .contains("Report deadline: 06/03/2026", "Key decision report: Yes"));
  }

  // vale: unnumbered Heading 1 parts, paragraphs Word numbers throughout, Contact Officer as a
  // heading

  /**
   * No sign-off table, nor lines: the template says {@code "table": false}, so this is information.
   */
  static final String VALE_NO_SIGNOFF = "INFO governance/signoff-missing signOffs";

  static final List<String> VALE_KNOWN_GAPS =
      List.of(
          "WARNING import/unplaced-text body/paragraph[4]", // "Report of the Cabinet Member for…",
          // above the title
          "INFO alignment/unaligned strategyAlignments"); // not a gap: no tick table, so INFO

  @Test
  void read_valeFilled_findsThePlantedDefects() {
    DocxImport read = read("vale", "filled");

    assertThat(findings(read))
        .containsExactlyInAnyOrderElementsOf(
            concat(
                List.of(
                    "ERROR governance/broken-link backgroundPapers[0].link.target", // a link to "#"
                    "ERROR governance/recommendation-dependency-unknown recommendations[2].dependsOn[0]", // "recommendation 4"
                    VALE_NO_SIGNOFF),
                VALE_KNOWN_GAPS));
    // "There are no direct resource implications" is an explicit statement: no implication-vague
  }

  @Test
  void read_valeRepaired_readsItsNumberedParagraphsTitleAndOfficers() {
    DocxImport read = read("vale", "repaired");

    assertThat(findings(read))
        .containsExactlyInAnyOrderElementsOf(concat(List.of(VALE_NO_SIGNOFF), VALE_KNOWN_GAPS));
    BoardReport report = read.report();
    // under the Heading 2 "Legal (Including Equalities)": the legal implication and the equalities
    // statement
    assertThat(report.equalities().orElseThrow().impactAssessment())
        .isEqualTo(ImpactAssessment.CARRIED_OUT);
    assertThat(report.equalities().orElseThrow().statement())
        .hasValueSatisfying(
            s -> assertThat(s).contains("An equality impact assessment has been carried out"));
    assertThat(report.implications())
        .anySatisfy(
            i -> {
              assertThat(i.areas()).containsExactly(ImplicationArea.LEGAL);
              assertThat(i.statement()).startsWith("The Council has a duty");
            });
    assertThat(report.title())
        .isEqualTo("Community Wellbeing Hubs: A New Model for Day Opportunities");
    assertThat(report.meetingDate())
        .hasValueSatisfying(d -> assertThat(d).hasToString("2026-03-16")); // "16 March, 2026"
    // Word numbers the paragraphs 1., 2., 3. through the whole report: each is a paragraph, as
    // numbered
    assertThat(report.sections().get(0).paragraphs())
        .extracting(p -> p.number())
        .containsExactly("2", "3");
    assertThat(report.sections().get(0).paragraphs().get(0).items()).isEmpty();
    assertThat(report.sections().get(0).paragraphs().get(0).text())
        .containsExactly("The Council runs three day centres used by 240 people.");
    // "Contact Officer" and "Responsible Officer:" styled as Heading 1, the person on the next line
    assertThat(report.leadOfficer().name()).isEqualTo("Lance Carver");
    assertThat(report.author().name()).isEqualTo("Gwen Davies");
    assertThat(report.contact().orElseThrow().telephone()).contains("01446 700111");
  }

  // hwb: "Label: value" header, Heading 1 parts, (a)(b)(c), a tick table with ☒ and a rationale
  // column

  @Test
  void read_hwbTickFilled_findsThePlantedDefects() {
    DocxImport read = read("hwbtick", "filled");

    assertThat(findings(read))
        .containsExactlyInAnyOrder(
            "ERROR governance/recommendation-dependency-unknown recommendations[2].dependsOn[0]", // "(c) subject to (d)"
            "ERROR governance/signoff-undated signOffs[0].date", // the date picker's prompt
            "ERROR governance/placeholder-text equalities.statement", // "[Has an equality impact
            // assessment been carried
            // out?]"
            "WARNING alignment/all-ticked-without-rationale strategyAlignments[0]");
    // lettered as the paper letters them
    assertThat(finding(read, "governance/recommendation-dependency-unknown").arguments())
        .containsEntry("number", "(c)")
        .containsEntry("dependsOn", "(d)");
  }

  @Test
  void read_hwbTickRepaired_givesNoFindings() {
    assertThat(findings(read("hwbtick", "repaired"))).isEmpty();
  }

  // template draft on the tester's blanks

  static TemplateDraft draft(String layout) {
    return TemplateDraft.of(
        new ByteArrayInputStream(LayoutFolder.docx("trial-" + layout + "-blank")),
        layout + "-blank.docx");
  }

  static DocxImport readWith(ReportTemplate template, String layout, String variant) {
    return DocxReader.of(template)
        .read(
            new ByteArrayInputStream(LayoutFolder.docx("trial-" + layout + "-" + variant)),
            layout + ".docx");
  }

  @Test
  void draft_valeBlank_takesNoWordNumberedPromptForALabel() {
    TemplateDraft draft = draft("vale");
    ReportTemplate template = draft.template();

    // "[Purpose]", "[Background]", "That Cabinet [ ]": Word-numbered lines under styled headings,
    // not labels
    assertThat(template.layout().summary()).containsExactly("Purpose of the Report");
    assertThat(template.layout().implications()).noneMatch(l -> l.contains("["));
    assertThat(template.sections())
        .flatExtracting(ReportTemplate.SectionHeading::headings)
        .noneMatch(h -> h.contains("["))
        .contains("Background");
    assertThat(draft.toCheck()).noneMatch(g -> g.contains("\"[Purpose]\""));
    // no sign-off table in the blank: the drafted template says so
    assertThat(template.signOff().table()).isFalse();
    assertThat(template.signOff().lines()).isEmpty();
    assertThat(draft.toCheck()).anyMatch(g -> g.startsWith("signOff.table:"));
  }

  @Test
  void draft_lambethBlank_draftsTheAuditTrailAsItsSignOff() {
    ReportTemplate.SignOffTable signOff = draft("lambeth").template().signOff();

    assertThat(signOff.headings()).containsExactly("Audit trail");
    assertThat(signOff.roleColumn()).containsExactly("Name and position of officer");
    assertThat(signOff.nameColumn()).containsExactly("Name and position of officer");
    assertThat(signOff.dateColumn()).containsExactly("Date comment received"); // not "Date sent"
    assertThat(signOff.table()).isTrue();
  }

  @Test
  void draft_lambethBlank_readsTheRepairedReportsSignOffs() {
    DocxImport read = readWith(draft("lambeth").template(), "lambeth", "repaired");

    assertThat(read.report().signOffs())
        .extracting(
            s -> s.name().orElse("") + " " + s.date().map(Object::toString).orElse("undated"))
        .containsExactly(
            "Fiona Connolly 2026-02-17", "Paul Mullins 2026-02-24", "Alison McKane 2026-02-20");
  }

  @Test
  void draft_brightonBlank_draftsItsSignOffLines() {
    TemplateDraft draft = draft("brighton");
    ReportTemplate.SignOffTable signOff = draft.template().signOff();

    assertThat(signOff.table()).isFalse();
    assertThat(signOff.lines())
        .extracting(ReportTemplate.SignOffLine::role)
        .containsExactly("Finance officer", "Lawyer");
    assertThat(signOff.lines().get(0).labels())
        .containsExactly("Name of finance officer consulted");
    assertThat(signOff.lines().get(0).dateLabels()).containsExactly("Date consulted");
    assertThat(signOff.roleKinds())
        .containsEntry(SignOffRoleKind.FINANCE_OFFICER, List.of("Finance officer"));
    // and reads who signed off in the repaired report
    assertThat(readWith(draft.template(), "brighton", "repaired").report().signOffs())
        .extracting(s -> s.name().orElse(""))
        .containsExactly("Jane Moss", "Elizabeth Culbert");
  }

  @Test
  void with_linesLayoutAndNoLineInTheReport_keepsSignOffMissingAnError() {
    // the Brighton layout records sign-off in lines; a report with none of them says nothing of who
    // signed off
    DocxImport read = read("brighton", "repaired");
    DocxImport none =
        new DocxImport(
            BoardReport.builder().from(read.report()).signOffs(List.of()).build(),
            read.findings(),
            read.locations(),
            read.numbersAsWritten(),
            read.signOffLayout());

    assertThat(findings(none)).contains("ERROR governance/signoff-missing signOffs");
    assertThat(read.signOffLayout()).isEqualTo(DocxImport.SignOffLayout.LINES);
  }

  @Test
  void with_tableLayout_keepsSignOffMissingAnError() {
    DocxImport read = read("vale", "repaired");
    DocxImport asTable = new DocxImport(read.report(), read.findings(), read.locations());

    assertThat(findings(asTable)).contains("ERROR governance/signoff-missing signOffs");
    assertThat(read.signOffLayout()).isEqualTo(DocxImport.SignOffLayout.NOT_RECORDED);
  }

  private static Violation finding(DocxImport read, String rule) {
    ValidationResult all =
        read.with(GovernanceRules.validator(Profile.DECISION_READY).validate(read.report()));
    return all.violations().stream()
        .filter(v -> v.rule().toString().equals(rule))
        .findFirst()
        .orElseThrow();
  }

  private static List<String> concat(List<String> a, List<String> b) {
    return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
  }
}
