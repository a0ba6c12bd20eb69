package io.github.hls4j.docx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hls4j.governance.BoardReport;
import io.github.hls4j.governance.GovernanceRules;
import io.github.hls4j.governance.ImpactAssessment;
import io.github.hls4j.governance.SectionKind;
import io.github.hls4j.governance.SignOffRoleKind;
import io.github.hls4j.validation.Profile;
import io.github.hls4j.validation.ValidationResult;
import io.github.hls4j.validation.Violation;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The second trial: four layouts a tester who knew only the documentation built from councils' and
 * a trust's published templates ({@link SecondTrialLayouts}), with planted defects, each read with
 * the template the tester corrected from {@code hls template draft} ({@code
 * layouts/second-<name>-template.json}). Exact findings; what is still wrong is listed as {@code
 * KNOWN_GAPS}, and a planted defect still not found would be listed as {@code MISSED}, so that a
 * gap fixed makes the test fail.
 */
class SecondTrialLayoutsTest {

  static DocxImport read(String layout, byte[] document) {
    return readWith(CouncilLayouts.template("second-" + layout), layout, document);
  }

  static DocxImport readWith(ReportTemplate template, String layout, byte[] document) {
    return DocxReader.of(template).read(new ByteArrayInputStream(document), layout + ".docx");
  }

  static TemplateDraft draft(String layout, byte[] blank) {
    return TemplateDraft.of(new ByteArrayInputStream(blank), layout + "-blank.docx");
  }

  static ValidationResult validated(DocxImport read) {
    return read.with(GovernanceRules.validator(Profile.DECISION_READY).validate(read.report()));
  }

  static List<String> findings(DocxImport read) {
    return validated(read).violations().stream()
        .map(v -> v.severity() + " " + v.rule() + " " + v.path())
        .toList();
  }

  static Violation finding(DocxImport read, String rule) {
    return validated(read).violations().stream()
        .filter(v -> v.rule().toString().equals(rule))
        .findFirst()
        .orElseThrow();
  }

  private static List<String> concat(List<String> a, List<String> b) {
    return Stream.concat(a.stream(), b.stream()).toList();
  }

  // a: a county council's cabinet report: a cover table, Heading 1 parts, Heading 2 implications

  /**
   * The layout has no tick table (its template lists none): that no priority is ticked is
   * information, not a warning.
   */
  static final String NO_ALIGNMENT = "INFO alignment/unaligned strategyAlignments";

  /** Still wrong in the county layout, with the problem each comes from. */
  static final List<String> COUNTY_KNOWN_GAPS = List.of();

  @Test
  void read_countyReport_findsThePlantedDefects() {
    DocxImport read = read("county", SecondTrialLayouts.county(true));

    assertThat(findings(read))
        .containsExactlyInAnyOrderElementsOf(
            concat(
                List.of(
                    // "Subject to recommendation 5" of three
                    "ERROR governance/recommendation-dependency-unknown recommendations[2].dependsOn[0]",
                    // "[insert date of previous Cabinet decision]" left in the summary
                    "ERROR governance/placeholder-text summary[0]",
                    // the Section 151 Officer's date picker left showing its prompt
                    "ERROR governance/signoff-undated signOffs[1].date",
                    // "within the existing envelope": no sum of money
                    "WARNING governance/implication-vague implications[0].statement",
                    // "legal and lawful": no law, power or duty
                    "WARNING governance/implication-vague implications[1].statement",
                    // the Heading 2 "Climate change" under "Implications": a part hls4j does not
                    // hold, said so, and not read into the equalities statement above it
                    "WARNING import/unknown-heading body/paragraph[27]",
                    NO_ALIGNMENT),
                COUNTY_KNOWN_GAPS));
    assertThat(finding(read, "governance/signoff-undated").arguments())
        .containsEntry("name", "Mark Dean");
  }

  @Test
  void read_countyReport_readsEachImplicationsSubHeadingAsItsOwnPart() {
    BoardReport report = read("county", SecondTrialLayouts.county(true)).report();

    assertThat(report.implications())
        .extracting(i -> i.areas() + " " + i.statement())
        .containsExactly(
            "[FINANCIAL] The contract will be delivered within the existing envelope for the"
                + " service.",
            "[LEGAL] The council is satisfied that the procurement is legal and lawful.");
    // "Climate change", a Heading 2 of no part hls4j holds, is not the equalities statement's
    assertThat(report.equalities().orElseThrow().statement())
        .contains(
            "An Equality Impact Assessment has been carried out and is attached at Appendix B.");
    assertThat(report.equalities().orElseThrow().impactAssessment())
        .isEqualTo(ImpactAssessment.CARRIED_OUT);
    assertThat(report.riskAssessment().orElseThrow().statement())
        .startsWith("The main risk is a failed procurement");
  }

  @Test
  void draft_countyBlank_readsTheEqualitiesSubHeadingAsTheEqualitiesStatement() {
    // the drafted template assumes "Equalities implications"; the blank's Heading 2 is "Equalities"
    ReportTemplate drafted = draft("county", SecondTrialLayouts.county(false)).template();
    DocxImport read = readWith(drafted, "county", SecondTrialLayouts.county(true));

    assertThat(findings(read))
        .doesNotContain("ERROR governance/equalities-unjustified equalities.statement");
    assertThat(read.report().implications())
        .extracting(i -> i.statement())
        .noneMatch(s -> s.contains("Equality") || s.contains("electric"));
    assertThat(read.report().equalities().orElseThrow().impactAssessment())
        .isEqualTo(ImpactAssessment.CARRIED_OUT);
  }

  // b: an NHS foundation trust's board cover sheet

  /** Still wrong in the NHS layout, with the problem each comes from. */
  static final List<String> NHS_KNOWN_GAPS = List.of();

  @Test
  void read_nhsReport_findsThePlantedDefects() {
    DocxImport read = read("nhs", SecondTrialLayouts.nhs(true, "c"));

    // the "Purpose" row's table of tick boxes is left aside with the field (header.ignored)
    assertThat(findings(read))
        .containsExactlyInAnyOrderElementsOf(
            concat(
                List.of(
                    // every objective ticked, none with a reason
                    "WARNING alignment/all-ticked-without-rationale strategyAlignments[0]",
                    // "There are no significant risks identified." for a transformation
                    "WARNING governance/no-risks-for-change riskAssessment.statement",
                    // "lawful and in line with regulatory expectations"
                    "WARNING governance/implication-vague implications[1].statement",
                    // "(c) subject to recommendation (c)": a recommendation that depends on itself
                    "ERROR governance/recommendation-dependency-cycle recommendations[2].dependsOn",
                    // the meeting date's picker left showing "Click or tap to enter a date."
                    "ERROR import/template-text body/table[1]/row[2]/cell[2]/paragraph[1]",
                    // a cover sheet with no sign-off table ("table": false, as a draft says)
                    "INFO governance/signoff-missing signOffs"),
                NHS_KNOWN_GAPS));
    // named by the letters the paper writes, not the model's numbers ("3 → 3")
    assertThat(finding(read, "governance/recommendation-dependency-cycle").arguments())
        .containsEntry("number", "(c)")
        .containsEntry("cycle", "(c) \u2192 (c)");
  }

  @Test
  void read_nhsReportSubjectToD_namesTheLetterAsWritten() {
    DocxImport read = read("nhs", SecondTrialLayouts.nhs(true, "d"));

    assertThat(finding(read, "governance/recommendation-dependency-unknown").arguments())
        .containsEntry("number", "(c)")
        .containsEntry("dependsOn", "(d)");
  }

  @Test
  void draft_nhsBlank_saysTheCoverSheetHasNoSignOffTable() {
    ReportTemplate drafted = draft("nhs", SecondTrialLayouts.nhs(false, "c")).template();

    assertThat(drafted.signOff().table()).isFalse();
    assertThat(drafted.header().leadOfficer()).containsExactly("Executive lead");
  }

  // c: a London borough's cabinet report: bold cover lines, typed sections in capitals, an audit
  // trail

  /** Still wrong in the London layout, with the problem each comes from. */
  static final List<String> LONDON_KNOWN_GAPS = List.of();

  @Test
  void read_londonReport_findsThePlantedDefects() {
    DocxImport read = read("london", SecondTrialLayouts.london(true));

    assertThat(findings(read))
        .containsExactlyInAnyOrderElementsOf(
            concat(
                List.of(
                    // Bayo Adeyemi authorises the report; Fiona Connolly signs as the Strategic
                    // Director
                    "WARNING governance/lead-officer-mismatch signOffs[0].name",
                    // "(c) subject to recommendation (d)" of three
                    "ERROR governance/recommendation-dependency-unknown recommendations[2].dependsOn[0]",
                    // "2.3" left empty in "PROPOSAL AND REASONS", the reasons
                    "WARNING import/empty-paragraph body/paragraph[25]",
                    // "Background information" in the Report history table links to "#"
                    "ERROR governance/broken-link backgroundPapers[0].link.target",
                    NO_ALIGNMENT),
                LONDON_KNOWN_GAPS));
    assertThat(finding(read, "governance/recommendation-dependency-unknown").arguments())
        .containsEntry("number", "(c)")
        .containsEntry("dependsOn", "(d)");
  }

  @Test
  void read_londonReport_readsTheBoldPartsBeforeTheFirstSection() {
    BoardReport report = read("london", SecondTrialLayouts.london(true)).report();

    // bold "REPORT SUMMARY" and "RECOMMENDATIONS" after the cover lines, before "1. CONTEXT"
    assertThat(report.summary())
        .singleElement()
        .asString()
        .startsWith("The council spends £38m a year");
    assertThat(report.recommendationsPreamble()).contains("That Cabinet:");
    assertThat(report.recommendations()).extracting(r -> r.number()).containsExactly(1, 2, 3);
    // "FINANCE SUMMARY", a field the template leaves aside, and its line are neither
    assertThat(report.summary()).noneMatch(s -> s.contains("FINANCE") || s.contains("£2.1m"));
    assertThat(report.reasons())
        .containsExactly(
            "A framework gives the council control over quality and price.",
            "Providers will be evaluated on quality (60%) and price (40%).");
    // "Monday 10 November 2025"
    assertThat(report.meetingDate())
        .hasValueSatisfying(d -> assertThat(d).hasToString("2025-11-10"));
  }

  @Test
  void read_londonReport_readsTheAuditTrailAroundItsSignOffTable() {
    BoardReport report = read("london", SecondTrialLayouts.london(true)).report();

    // "9. AUDIT TRAIL": "Consultation" and its table are the sign-off; "Report history" and its
    // table of labels and values are the section's paragraphs
    assertThat(report.sections())
        .filteredOn(s -> s.heading().equals("AUDIT TRAIL"))
        .singleElement()
        .satisfies(
            s ->
                assertThat(s.paragraphs())
                    .extracting(p -> p.text().get(0))
                    .contains(
                        "Report history",
                        "Report deadline: 24 October 2025",
                        "Key decision report: Yes"));
    assertThat(report.signOffs()).hasSize(3);
  }

  @Test
  void read_londonReport_readsTheReportHistorysBackgroundInformationAsItsPapers() {
    DocxImport read = read("london", SecondTrialLayouts.london(true));
    BoardReport report = read.report();

    // "Background information | Temporary Accommodation Strategy 2024" (a link to "#")
    assertThat(report.backgroundPapers())
        .singleElement()
        .satisfies(
            paper -> {
              assertThat(paper.title()).isEqualTo("Temporary Accommodation Strategy 2024");
              assertThat(paper.link().orElseThrow().target()).isEqualTo("#");
            });
    assertThat(report.sections())
        .flatExtracting(s -> s.paragraphs())
        .noneMatch(p -> p.text().get(0).startsWith("Background information"));
    // located in the table's cell, for a comment in Word
    assertThat(read.location("backgroundPapers[0]").orElseThrow().pointer())
        .startsWith("body/table[2]/row[8]/cell[2]");
  }

  @Test
  void read_londonReport_readsDatesWrittenDayMonthYearWithFullStops() {
    BoardReport report = read("london", SecondTrialLayouts.london(true)).report();

    // "03.10.25" in the consultation table's "Date received"
    assertThat(report.signOffs())
        .extracting(s -> s.name().orElse("") + " " + s.date().orElseThrow())
        .containsExactly(
            "Fiona Connolly 2025-10-03", "Kim Lau 2025-10-06", "Ola Bright 2025-10-07");
  }

  @Test
  void draft_londonBlank_draftsItsBoldPartsAndOfficersAsTheTesterCorrectedThem() {
    TemplateDraft draft = draft("london", SecondTrialLayouts.london(false));
    ReportTemplate drafted = draft.template();

    // "Report Authorised by:", then the strategic director: the lead officer, not the author
    assertThat(drafted.header().leadOfficer()).contains("Report Authorised by");
    assertThat(drafted.header().author()).doesNotContain("Report Authorised by");
    // "That Cabinet:" is the recommendations' preamble, no cover-sheet field
    assertThat(drafted.header().ignored()).doesNotContain("That Cabinet");
    // bold capitals alone on their lines
    assertThat(drafted.layout().summary()).contains("REPORT SUMMARY");
    assertThat(drafted.layout().recommendations()).contains("RECOMMENDATIONS");
    // "[Name, Director of Finance]": the role, without the prompt's brackets and name
    assertThat(drafted.signOff().roleKinds())
        .containsEntry(SignOffRoleKind.FINANCE_OFFICER, List.of("Director of Finance"));
  }

  @Test
  void draft_nhsBlank_leavesThePurposeTickBoxTableAside() {
    ReportTemplate drafted = draft("nhs", SecondTrialLayouts.nhs(false, "c")).template();

    // "Purpose": a table of Approval ☐ Assurance ☐ … in its cell
    assertThat(drafted.header().ignored()).contains("Purpose");
    assertThat(drafted.layout().summary()).containsExactly("Executive summary");
  }

  /** Each layout's blank and filled report, by name. */
  static Stream<Arguments> layouts() {
    return Stream.of(
        Arguments.of("county", SecondTrialLayouts.county(false), SecondTrialLayouts.county(true)),
        Arguments.of("nhs", SecondTrialLayouts.nhs(false, "c"), SecondTrialLayouts.nhs(true, "c")),
        Arguments.of("london", SecondTrialLayouts.london(false), SecondTrialLayouts.london(true)),
        Arguments.of(
            "district",
            SecondTrialLayouts.district(false, true),
            SecondTrialLayouts.district(true, true)));
  }

  /**
   * The template as drafted, with only the guesses a person must always check put right (the
   * board's id and name, the strategy's title): the board and strategy change no finding, so the
   * draft is read as drafted.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("layouts")
  void draft_blank_readsTheFilledReportAsTheTestersTemplateDoes(
      String layout, byte[] blank, byte[] filled) {
    ReportTemplate drafted = draft(layout, blank).template();

    assertThat(findings(readWith(drafted, layout, filled)))
        .containsExactlyInAnyOrderElementsOf(findings(read(layout, filled)));
  }

  @Test
  void draft_countyAndNhsBlanks_takeTheLinesAboveTheCoverSheetForFixedText() {
    // "Westshire County Council" then "Cabinet"; the trust's name then "Board of Directors
    // (Meeting in Public)": the meeting's name under the council's, not the report's title
    assertThat(draft("county", SecondTrialLayouts.county(false)).template().prompts())
        .contains("Westshire County Council", "Cabinet");
    assertThat(draft("nhs", SecondTrialLayouts.nhs(false, "c")).template().prompts())
        .contains("Board of Directors (Meeting in Public)");
  }

  @Test
  void draft_londonBlank_takesTheLabelAboveTheConsultationTableForTheSignOffHeading() {
    TemplateDraft draft = draft("london", SecondTrialLayouts.london(false));
    ReportTemplate drafted = draft.template();

    // "9. AUDIT TRAIL", "Consultation" and its table, "Report history" and its table
    assertThat(drafted.signOff().headings()).containsExactly("Consultation");
    assertThat(drafted.sections())
        .flatExtracting(ReportTemplate.SectionHeading::headings)
        .contains("AUDIT TRAIL");
    // the "Report history" table's "Background information | [list]" row
    assertThat(drafted.backgroundPapers()).containsExactly("Background information");
    // "Contact for enquiries: [Name, Job title, email, telephone]", and no author's label
    assertThat(drafted.header().author()).containsExactly("Contact for enquiries");
    assertThat(draft.toCheck()).anyMatch(g -> g.startsWith("header.author: \"Contact for"));
  }

  @Test
  void draft_districtBlank_keepsAppendicesApartFromTheBackgroundPapers() {
    ReportTemplate drafted = draft("district", SecondTrialLayouts.district(false, true)).template();

    // "Appendices" lists documents attached to the report; "Background papers" those relied on
    assertThat(drafted.backgroundPapers()).containsExactly("Background papers");
    assertThat(drafted.sections())
        .filteredOn(s -> s.kind() == SectionKind.OTHER)
        .flatExtracting(ReportTemplate.SectionHeading::headings)
        .contains("Appendices");
  }

  // d: a district council's report numbered 1., 2., 3. throughout by one Word list

  /** Still wrong in the district layout, with the problem each comes from. */
  static final List<String> DISTRICT_KNOWN_GAPS = List.of();

  @Test
  void read_districtReport_findsThePlantedDefects() {
    DocxImport read = read("district", SecondTrialLayouts.district(true, true));

    assertThat(findings(read))
        .containsExactlyInAnyOrderElementsOf(
            concat(
                List.of(
                    // the Monitoring Officer's row left empty
                    "ERROR governance/signoff-missing signOffs[2].name",
                    // "Local Development Scheme 2022 Consul"
                    "WARNING governance/truncated-title backgroundPapers[1].title",
                    // "Legal have been consulted and have no comments."
                    "WARNING governance/implication-vague implications[1].statement",
                    // "There are no risks." for a restructure
                    "WARNING governance/no-risks-for-change riskAssessment.statement",
                    // "It makes three recommendations." over two: "2. That the Executive:" is the
                    // preamble, not a recommendation
                    "WARNING governance/count-contradicts-table summary[0]",
                    // "Not applicable.": no assessment, and no reason why
                    "ERROR governance/equalities-unjustified equalities.statement",
                    NO_ALIGNMENT),
                DISTRICT_KNOWN_GAPS));
  }

  @Test
  void read_districtReport_takesTheNumberedThatTheExecutiveForThePreamble() {
    BoardReport report = read("district", SecondTrialLayouts.district(true, true)).report();

    assertThat(report.recommendationsPreamble()).contains("That the Executive:");
    assertThat(report.recommendations()).extracting(r -> r.number()).containsExactly(1, 2);
    assertThat(report.recommendations().get(0).action()).startsWith("approves the restructure");
    // and the same when Word does not number it
    assertThat(
            read("district", SecondTrialLayouts.district(true, false)).report().recommendations())
        .extracting(r -> r.number())
        .containsExactly(1, 2);
  }
}
