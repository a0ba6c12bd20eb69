package io.github.hls4j.governance;

import static io.github.hls4j.governance.Reports.DATE;
import static io.github.hls4j.governance.Reports.FIRST;
import static io.github.hls4j.governance.Reports.valid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.hls4j.party.PartyId;
import io.github.hls4j.party.Person;
import io.github.hls4j.validation.Profile;
import io.github.hls4j.validation.RuleDescriptor;
import io.github.hls4j.validation.Severity;
import io.github.hls4j.validation.ValidationResult;
import io.github.hls4j.validation.Validator;
import io.github.hls4j.validation.Violation;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.AbstractListAssert;
import org.assertj.core.api.ObjectAssert;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class GovernanceRulesTest {

  private static ValidationResult validate(BoardReport report) {
    return GovernanceRules.validator(Profile.PUBLISHED).validate(report);
  }

  /** Asserts the findings of one rule as (path, severity) pairs, in the result's order. */
  private static AbstractListAssert<?, List<? extends Tuple>, Tuple, ObjectAssert<Tuple>> findings(
      BoardReport report, RuleDescriptor rule) {
    return assertThat(validate(report).withRule(rule.id()).violations())
        .extracting(Violation::path, Violation::severity);
  }

  private static Map<String, String> arguments(BoardReport report, RuleDescriptor rule) {
    return validate(report).withRule(rule.id()).violations().get(0).arguments();
  }

  @ParameterizedTest
  @EnumSource(Profile.class)
  void validReport_hasNoFindingsInAnyProfile(Profile profile) {
    assertThat(GovernanceRules.validator(profile).validate(valid()).violations()).isEmpty();
  }

  @Test
  void boardReport_includesAlignmentRules() {
    assertThat(GovernanceRules.boardReport().descriptors())
        .extracting(d -> d.id().toString())
        .contains("alignment/unknown-priority", "governance/signoff-undated");
    assertThat(GovernanceRules.descriptors())
        .extracting(d -> d.id().namespace())
        .containsOnly("governance");
  }

  @Test
  void recommendationWithoutEvidence_inAPaperWhoseOthersNameTheirs_isAWarningAtBasedOn() {
    BoardReport base = valid();
    List<Recommendation> recommendations = new java.util.ArrayList<>();
    for (Recommendation r : base.recommendations()) {
      recommendations.add(
          r.number() == 1
              ? Recommendation.builder()
                  .from(r)
                  .addBasedOn(SourceRef.of(SourceKind.ESCALATION, "funding"))
                  .build()
              : r);
    }
    BoardReport digest = valid().withRecommendations(recommendations);

    findings(digest, GovernanceRules.RECOMMENDATION_WITHOUT_EVIDENCE)
        .containsExactly(tuple("recommendations[1].basedOn", Severity.WARNING));
    assertThat(arguments(digest, GovernanceRules.RECOMMENDATION_WITHOUT_EVIDENCE))
        .containsEntry("number", "2")
        .containsEntry("others", "1");
    findings(base, GovernanceRules.RECOMMENDATION_WITHOUT_EVIDENCE).isEmpty();
    assertThat(
            GovernanceRules.validator(Profile.DRAFT)
                .validate(digest)
                .withRule(GovernanceRules.RECOMMENDATION_WITHOUT_EVIDENCE.id())
                .isEmpty())
        .isTrue();
  }

  @Nested
  class PlaceholderText {

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(
        strings = {
          "Date consulted: [insert date]",
          "{How much does it cost, and when?}",
          "[date]",
          "[Has an equality impact assessment been carried out?]",
          "[Include all meetings where the report will be considered]"
        })
    void bracketedPrompt_isTemplateText(String title) {
      BoardReport report = valid().withTitle(title);

      findings(report, GovernanceRules.PLACEHOLDER_TEXT)
          .containsExactly(tuple("title", Severity.ERROR));
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(
        strings = {
          "Minutes of the last meeting [Appendix A]",
          "Housing Act 1996 [s.188]",
          "Cost {2026/27}"
        })
    void bracketedContent_isNotTemplateText(String title) {
      BoardReport report = valid().withTitle(title);

      findings(report, GovernanceRules.PLACEHOLDER_TEXT).isEmpty();
    }

    @Test
    void templateTextInAnyField_isReportedAtThatField() {
      BoardReport report =
          valid()
              .withTitle("Click or tap here to enter text.")
              .withSignOffs(
                  SignOff.builder()
                      .role(SignOffRole.required("Lead Officer", SignOffRoleKind.LEAD_OFFICER))
                      .name("Jo Lead")
                      .dateText("Click or tap to enter a date.")
                      .build());

      findings(report, GovernanceRules.PLACEHOLDER_TEXT)
          .containsExactly(tuple("title", Severity.ERROR));
      assertThat(arguments(report, GovernanceRules.PLACEHOLDER_TEXT))
          .containsEntry("placeholder", "Click or tap here to enter text.");
    }

    @Test
    void templateTextInAnUndatedSignOffsDateField_isOneFinding_theUndatedSignOff_quotingTheField() {
      BoardReport report =
          valid()
              .withSignOffs(
                  SignOff.builder()
                      .role(SignOffRole.required("Lead Officer", SignOffRoleKind.LEAD_OFFICER))
                      .name("Jo Lead")
                      .dateText("Click or tap to enter a date.")
                      .build());

      findings(report, GovernanceRules.PLACEHOLDER_TEXT).isEmpty();
      findings(report, GovernanceRules.SIGNOFF_UNDATED)
          .containsExactly(tuple("signOffs[0].date", Severity.ERROR));
      assertThat(arguments(report, GovernanceRules.SIGNOFF_UNDATED))
          .containsEntry("dateField", "\"Click or tap to enter a date.\"");
    }

    @Test
    void templateText_isFoundInsideLongerTextIgnoringCase() {
      BoardReport report =
          valid()
              .withSections(
                  ReportSection.builder()
                      .number(1)
                      .heading("Background")
                      .kind(SectionKind.BACKGROUND)
                      .addParagraphs(
                          Paragraph.builder()
                              .number("1.1")
                              .addText("Fine.", "See: CLICK OR TAP HERE TO ENTER TEXT. for more")
                              .addItems(ListItem.of("a", "Choose an item."))
                              .build())
                      .build());

      findings(report, GovernanceRules.PLACEHOLDER_TEXT)
          .containsExactly(
              tuple("sections[0].paragraphs[0].items[0].text", Severity.ERROR),
              tuple("sections[0].paragraphs[0].text[1]", Severity.ERROR));
    }

    @Test
    void everyFreeTextField_isSearched() {
      String t = "TBC";
      BoardReport report =
          BoardReport.builder()
              .id(ReportId.of("r"))
              .title(t)
              .board(Reports.boardInCommon())
              .leadOfficer(Person.builder().id(PartyId.of("l")).name(t).roleTitle(t).build())
              .author(Person.builder().id(PartyId.of("a")).name(t).roleTitle(t).build())
              .addSummary(t)
              .recommendationsPreamble(t)
              .addRecommendations(
                  Recommendation.builder().number(1).action(t).carriedOutBy(t).build())
              .addReasons(t)
              .addStrategyAlignment(
                  io.github.hls4j.strategy.StrategyAlignment.builder()
                      .strategy(valid().strategyAlignments().get(0).strategy())
                      .addLink(
                          io.github.hls4j.strategy.AlignmentLink.builder()
                              .priority(io.github.hls4j.strategy.PriorityId.of("p1"))
                              .rationale(t)
                              .build())
                      .statement(t)
                      .build())
              .addImplication(
                  Implication.builder().addAreas(ImplicationArea.LEGAL).statement(t).build())
              .equalities(
                  EqualitiesStatement.builder()
                      .impactAssessment(ImpactAssessment.NOT_NEEDED)
                      .statement(t)
                      .build())
              .riskAssessment(RiskAssessment.builder().statement(t).addRisks(t).build())
              .addSections(
                  ReportSection.builder()
                      .number(1)
                      .heading(t)
                      .kind(SectionKind.OTHER)
                      .addParagraphs(
                          Paragraph.builder()
                              .number("1.1")
                              .addText(t)
                              .addItems(ListItem.of("", t))
                              .build())
                      .build())
              .addBackgroundPapers(
                  BackgroundPaper.builder().title(t).link(Link.of(t, "https://x.example")).build())
              .addSignOffs(
                  SignOff.builder()
                      .role(SignOffRole.required("Lead", SignOffRoleKind.LEAD_OFFICER))
                      .name(t)
                      .dateText(t)
                      .build(),
                  SignOff.builder()
                      .role(SignOffRole.ifApplicable("Other", SignOffRoleKind.OTHER))
                      .dateText(t)
                      .build())
              .build();
      Validator<BoardReport> validator =
          Validator.builder(GovernanceRules.boardReport(List.of(t))).build();

      assertThat(
              validator
                  .validate(report)
                  .withRule(GovernanceRules.PLACEHOLDER_TEXT.id())
                  .violations())
          .extracting(Violation::path)
          .containsExactlyInAnyOrder(
              "title",
              "leadOfficer.name",
              "leadOfficer.roleTitle",
              "author.name",
              "author.roleTitle",
              "summary[0]",
              "recommendationsPreamble",
              "recommendations[0].action",
              "recommendations[0].carriedOutBy",
              "reasons[0]",
              "strategyAlignments[0].links[0].rationale",
              "strategyAlignments[0].statement",
              "implications[0].statement",
              "equalities.statement",
              "riskAssessment.statement",
              "riskAssessment.risks[0]",
              "sections[0].heading",
              "sections[0].paragraphs[0].text[0]",
              "sections[0].paragraphs[0].items[0].text",
              "backgroundPapers[0].title",
              "backgroundPapers[0].link.text",
              "signOffs[0].name");
    }

    @Test
    void laterSiblings_areReportedAtTheirOwnPaths() {
      String t = "Choose an item.";
      BoardReport report =
          valid()
              .withSections(
                  ReportSection.builder()
                      .number(1)
                      .heading("Background")
                      .kind(SectionKind.BACKGROUND)
                      .addParagraphs(
                          Paragraph.builder()
                              .number("1.1")
                              .addText("Fine.")
                              .addItems(ListItem.of("a", "Fine."))
                              .build(),
                          Paragraph.builder()
                              .number("1.2")
                              .addText("Fine.", t)
                              .addItems(ListItem.of("a", "Fine."), ListItem.of("b", t))
                              .build())
                      .build())
              .withBackgroundPapers(
                  BackgroundPaper.builder()
                      .title("One")
                      .link(Link.of("One", "https://one.example"))
                      .build(),
                  BackgroundPaper.builder()
                      .title("Two")
                      .link(Link.of(t, "https://two.example"))
                      .build())
              .withSignOffs(
                  SignOff.builder()
                      .role(SignOffRole.required("Lead Officer", SignOffRoleKind.LEAD_OFFICER))
                      .name("Jo Lead")
                      .date(java.time.LocalDate.of(2025, 1, 6))
                      .build(),
                  SignOff.builder()
                      .role(
                          SignOffRole.ifApplicable(
                              "Executive Member", SignOffRoleKind.EXECUTIVE_MEMBER))
                      .dateText(t)
                      .build());

      findings(report, GovernanceRules.PLACEHOLDER_TEXT)
          .containsExactly(
              tuple("backgroundPapers[1].link.text", Severity.ERROR),
              tuple("sections[0].paragraphs[1].items[1].text", Severity.ERROR),
              tuple("sections[0].paragraphs[1].text[1]", Severity.ERROR));
    }

    @Test
    void templateText_isFoundWrittenInLowerCaseAndAmongCharactersBeyondAscii() {
      BoardReport report =
          valid()
              .withReasons("click or tap here to enter text.", "Écrit « Choose an item. » — fin");

      findings(report, GovernanceRules.PLACEHOLDER_TEXT)
          .containsExactly(
              tuple("reasons[0]", Severity.ERROR), tuple("reasons[1]", Severity.ERROR));
    }

    @Test
    void userTextStartingBeyondAscii_isFoundIgnoringCase() {
      BoardReport report = valid().withReasons("Texte: écrivez ici.");
      Validator<BoardReport> validator =
          Validator.builder(GovernanceRules.boardReport(List.of("Écrivez ici"))).build();

      assertThat(
              validator
                  .validate(report)
                  .withRule(GovernanceRules.PLACEHOLDER_TEXT.id())
                  .violations())
          .extracting(Violation::path)
          .containsExactly("reasons[0]");
    }

    @Test
    void userTextOfOneCharacter_isFoundAtTheEndOfAField() {
      BoardReport report =
          valid().withReasons("Control \u0080 character, then the mark §", "None here.");
      Validator<BoardReport> validator =
          Validator.builder(GovernanceRules.boardReport(List.of("§"))).build();

      assertThat(
              validator
                  .validate(report)
                  .withRule(GovernanceRules.PLACEHOLDER_TEXT.id())
                  .violations())
          .extracting(Violation::path, v -> v.arguments().get("placeholder"))
          .containsExactly(tuple("reasons[0]", "§"));
    }

    @Test
    void userTexts_extendTheDefaults() {
      BoardReport report = valid().withReasons("TBC", "Click or tap here to enter text.");
      Validator<BoardReport> validator =
          Validator.builder(GovernanceRules.boardReport(List.of("TBC"))).build();

      assertThat(
              validator
                  .validate(report)
                  .withRule(GovernanceRules.PLACEHOLDER_TEXT.id())
                  .violations())
          .extracting(Violation::path)
          .containsExactly("reasons[0]", "reasons[1]");
    }

    @Test
    void blankUserText_throws() {
      assertThatThrownBy(() -> GovernanceRules.boardReport(List.of(" ")))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("GovernanceRules.placeholderTexts ( ) must not be blank");
    }

    @Test
    void draft_doesNotReportTemplateText() {
      BoardReport report = valid().withTitle("Click or tap here to enter text.");

      assertThat(GovernanceRules.validator(Profile.DRAFT).validate(report).isEmpty()).isTrue();
    }
  }

  @Nested
  class SignOffs {

    @Test
    void requiredRoleWithoutName_isMissing_ifApplicableRoleIsNot() {
      BoardReport report =
          valid()
              .withSignOffs(
                  Reports.signOff("Lead Officer", SignOffRoleKind.LEAD_OFFICER, "Jo Lead"),
                  SignOff.builder()
                      .role(
                          SignOffRole.required(
                              "Monitoring Officer", SignOffRoleKind.MONITORING_OFFICER))
                      .name(" ")
                      .build(),
                  SignOff.builder()
                      .role(
                          SignOffRole.ifApplicable(
                              "Executive Member", SignOffRoleKind.EXECUTIVE_MEMBER))
                      .build());

      findings(report, GovernanceRules.SIGNOFF_MISSING)
          .containsExactly(tuple("signOffs[1].name", Severity.ERROR));
      assertThat(arguments(report, GovernanceRules.SIGNOFF_MISSING))
          .containsEntry("role", "Monitoring Officer");
      findings(report, GovernanceRules.SIGNOFF_UNDATED).isEmpty();
    }

    @Test
    void noLeadOfficerRow_isMissing() {
      BoardReport report =
          valid().withSignOffs(Reports.signOff("Chair", SignOffRoleKind.CHAIR, "Sam Chair"));

      findings(report, GovernanceRules.SIGNOFF_MISSING)
          .containsExactly(tuple("signOffs", Severity.ERROR));
      assertThat(arguments(report, GovernanceRules.SIGNOFF_MISSING))
          .containsEntry("role", "the lead officer");
    }

    @Test
    void noTableAtAll_isMissing() {
      findings(valid().withSignOffs(), GovernanceRules.SIGNOFF_MISSING)
          .containsExactly(tuple("signOffs", Severity.ERROR));
    }

    @Test
    void namedRowWithoutDate_isUndated_ifApplicableRowOnlyAWarning() {
      BoardReport report =
          valid()
              .withSignOffs(
                  SignOff.builder()
                      .role(SignOffRole.required("Lead Officer", SignOffRoleKind.LEAD_OFFICER))
                      .name("Jo Lead")
                      .build(),
                  Reports.signOff("Chair", SignOffRoleKind.CHAIR, "Sam Chair"),
                  SignOff.builder()
                      .role(
                          SignOffRole.ifApplicable(
                              "Executive Member", SignOffRoleKind.EXECUTIVE_MEMBER))
                      .name("Em Member")
                      .dateText("awaiting")
                      .build());

      findings(report, GovernanceRules.SIGNOFF_UNDATED)
          .containsExactly(tuple("signOffs[0].date", Severity.ERROR));
      assertThat(arguments(report, GovernanceRules.SIGNOFF_UNDATED))
          .containsEntry("role", "Lead Officer")
          .containsEntry("name", "Jo Lead");
      findings(report, GovernanceRules.SIGNOFF_IF_APPLICABLE_UNDATED)
          .containsExactly(tuple("signOffs[2].date", Severity.WARNING));
      assertThat(arguments(report, GovernanceRules.SIGNOFF_IF_APPLICABLE_UNDATED))
          .containsEntry("role", "Executive Member")
          .containsEntry("name", "Em Member")
          .containsEntry("dateField", "\"awaiting\"");
    }

    @Test
    void ifApplicableRowWithNoNameAndOnlyTheDatePrompt_isNoFindingAtAll() {
      BoardReport report =
          valid()
              .withSignOffs(
                  Reports.signOff("Lead Officer", SignOffRoleKind.LEAD_OFFICER, "Jo Lead"),
                  SignOff.builder()
                      .role(
                          SignOffRole.ifApplicable(
                              "Executive Member (if applicable)", SignOffRoleKind.EXECUTIVE_MEMBER))
                      .dateText("Click or tap to enter a date.")
                      .build());

      assertThat(validate(report).violations()).isEmpty();
    }

    @Test
    void signOff_dateAndDateText_cannotBothBeGiven() {
      assertThatThrownBy(
              () ->
                  SignOff.builder()
                      .role(SignOffRole.required("Chair", SignOffRoleKind.CHAIR))
                      .date(DATE)
                      .dateText("Click or tap to enter a date.")
                      .build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "SignOff.dateText (Click or tap to enter a date.) must be empty when SignOff.date"
                  + " (2025-01-15) is given");
    }
  }

  @Nested
  class EmptyParagraph {

    @Test
    void emptyParagraphAndEmptySection_areReported() {
      BoardReport report =
          valid()
              .withSections(
                  ReportSection.builder()
                      .number(1)
                      .heading("Background")
                      .kind(SectionKind.BACKGROUND)
                      .build(),
                  ReportSection.builder()
                      .number(2)
                      .heading("Request")
                      .kind(SectionKind.REQUEST_OF_THE_BOARD)
                      .addParagraphs(
                          Paragraph.builder().number("2.1").addText("Text.").build(),
                          Paragraph.builder()
                              .number("2.2")
                              .addText(" ")
                              .addItems(ListItem.of("(1)", ""))
                              .build())
                      .build());

      findings(report, GovernanceRules.EMPTY_PARAGRAPH)
          .containsExactly(
              tuple("sections[0].paragraphs", Severity.WARNING),
              tuple("sections[1].paragraphs[1]", Severity.WARNING));
      assertThat(
              validate(report)
                  .withRule(GovernanceRules.EMPTY_PARAGRAPH.id())
                  .violations()
                  .get(1)
                  .arguments())
          .containsEntry("number", "2.2")
          .containsEntry("heading", "Request");
    }

    @Test
    void paragraphWithOnlyAList_isNotEmpty() {
      BoardReport report =
          valid()
              .withSections(
                  ReportSection.builder()
                      .number(1)
                      .heading("Request")
                      .kind(SectionKind.OTHER)
                      .addParagraphs(
                          Paragraph.builder()
                              .number("1.1")
                              .addItems(ListItem.of("", "Item."))
                              .build())
                      .build());

      findings(report, GovernanceRules.EMPTY_PARAGRAPH).isEmpty();
    }
  }

  @Nested
  class BrokenLink {

    @ParameterizedTest
    @ValueSource(
        strings = {
          "",
          " ",
          "#",
          "#section",
          "paper.pdf",
          "https://",
          "http:///x",
          "https://exa mple.org",
          "mailto:"
        })
    void unusableTarget_isReportedAtTheTarget(String target) {
      BoardReport report =
          valid()
              .withBackgroundPapers(
                  BackgroundPaper.builder()
                      .title("Fine")
                      .link(Link.of("ok", "https://example.org"))
                      .build(),
                  BackgroundPaper.builder()
                      .title("Broken")
                      .link(Link.of("The paper", target))
                      .build());

      findings(report, GovernanceRules.BROKEN_LINK)
          .containsExactly(tuple("backgroundPapers[1].link.target", Severity.ERROR));
      assertThat(arguments(report, GovernanceRules.BROKEN_LINK))
          .containsEntry("target", target)
          .containsEntry("text", "The paper")
          .containsKey("problem");
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "javascript:alert(1)",
          "JaVaScRiPt:alert(document.cookie)",
          " javascript:void(0)",
          "data:text/html,<script>alert(1)</script>",
          "vbscript:msgbox(1)",
          "file:///etc/passwd",
          "FILE://server/share/paper.docx"
        })
    void unsafeTarget_isReportedAtTheTarget_sayingWhy(String target) {
      BoardReport report =
          valid()
              .withBackgroundPapers(
                  BackgroundPaper.builder()
                      .title("Paper")
                      .link(Link.of("The paper", target))
                      .build());

      findings(report, GovernanceRules.BROKEN_LINK)
          .containsExactly(tuple("backgroundPapers[0].link.target", Severity.ERROR));
      assertThat(arguments(report, GovernanceRules.BROKEN_LINK).get("problem"))
          .contains("can run code or open files");
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "https://example.org/a%20b.pdf",
          "http://example.org",
          "mailto:a@example.org",
          "ftp://example.org/x"
        })
    void absoluteUrl_isFine(String target) {
      BoardReport report =
          valid()
              .withBackgroundPapers(
                  BackgroundPaper.builder().title("Fine").link(Link.of("ok", target)).build());

      findings(report, GovernanceRules.BROKEN_LINK).isEmpty();
    }

    @Test
    void paperWithoutLink_isNotABrokenLink() {
      findings(
              valid().withBackgroundPapers(BackgroundPaper.builder().title("Paper").build()),
              GovernanceRules.BROKEN_LINK)
          .isEmpty();
    }
  }

  @Nested
  class LeadOfficerMismatch {

    @Test
    void otherPersonSigns_isReportedAtTheSigner() {
      BoardReport report =
          valid()
              .withLeadOfficer(Person.builder().id(PartyId.of("m")).name("Munro").build())
              .withSignOffs(
                  Reports.signOff(
                      "Lead Officer (Director Level)",
                      SignOffRoleKind.LEAD_OFFICER,
                      "Trudi Grant"));

      findings(report, GovernanceRules.LEAD_OFFICER_MISMATCH)
          .containsExactly(tuple("signOffs[0].name", Severity.WARNING));
      assertThat(arguments(report, GovernanceRules.LEAD_OFFICER_MISMATCH))
          .containsEntry("header", "Munro")
          .containsEntry("signer", "Trudi Grant");
    }

    @Test
    void directorLevelRowAboveAnOfficerWhoIsNoDirector_isTheTemplatesDesign_notAMismatch() {
      BoardReport report =
          valid()
              .withLeadOfficer(
                  Person.builder()
                      .id(PartyId.of("m"))
                      .name("Munro")
                      .roleTitle("Consultant in Public Health")
                      .build())
              .withSignOffs(
                  Reports.signOff(
                      "Relevant Senior Manager / Lead Officer (Director Level)",
                      SignOffRoleKind.LEAD_OFFICER,
                      "Trudi Grant"));

      findings(report, GovernanceRules.LEAD_OFFICER_MISMATCH).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
      "Lead Officer (Director Level), Director of Public Health",
      "Lead Officer, Consultant in Public Health",
    })
    void otherSigner_isStillAMismatch_whenTheHeaderIsADirectorOrTheRowAsksForNoDirector(
        String row, String header) {
      BoardReport report =
          valid()
              .withLeadOfficer(
                  Person.builder().id(PartyId.of("m")).name("Munro").roleTitle(header).build())
              .withSignOffs(Reports.signOff(row, SignOffRoleKind.LEAD_OFFICER, "Trudi Grant"));

      findings(report, GovernanceRules.LEAD_OFFICER_MISMATCH)
          .containsExactly(tuple("signOffs[0].name", Severity.WARNING));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Jo Lead", "jo  lead", "Lead", "J. Lead"})
    void sameNameWrittenDifferently_isFine(String signer) {
      BoardReport report =
          valid()
              .withSignOffs(Reports.signOff("Lead Officer", SignOffRoleKind.LEAD_OFFICER, signer));

      findings(report, GovernanceRules.LEAD_OFFICER_MISMATCH).isEmpty();
    }

    @Test
    void sameName_comparesWholeWords() {
      assertThat(GovernanceChecks.sameName("J. Lead", "Jo Lead")).isTrue();
      assertThat(GovernanceChecks.sameName("Jo Lead", "J Lead")).isTrue();
      assertThat(GovernanceChecks.sameName("K. Lead", "Jo Lead")).isFalse();
      assertThat(GovernanceChecks.sameName("Jo Lead", "K Lead")).isFalse();
      assertThat(GovernanceChecks.sameName("Alice Jane Munro", "Alice Munro")).isFalse();
      assertThat(GovernanceChecks.sameName(".", "Munro")).isFalse();
      assertThat(GovernanceChecks.sameName(". .", ".")).isTrue();
      assertThat(GovernanceChecks.sameName("Munro", "Alice Munro")).isTrue();
      assertThat(GovernanceChecks.sameName("Alice Munro", "Munro")).isTrue();
      assertThat(GovernanceChecks.sameName("Munro", "Trudi Grant")).isFalse();
      assertThat(GovernanceChecks.sameName("Alice Munro", "Alice Grant")).isFalse();
      assertThat(GovernanceChecks.sameName("Ann Munro", "Alice Munro")).isFalse();
    }

    @ParameterizedTest
    @CsvSource({
      "İsmail Demir, ismail demir",
      "IŞIL, Işıl",
      "Élise, élise",
      "ÉLISE MUNRO, élise munro",
      "Ａｌｉｃｅ, alice",
      "e\u0301lise, élise"
    })
    void sameName_foldsCaseAndNormalisesInEveryScript_underAnyLocale(String a, String b) {
      assertThat(GovernanceChecks.sameName(a, b)).as("%s / %s", a, b).isTrue();
      BoardReport report =
          valid()
              .withLeadOfficer(Person.builder().id(PartyId.of("lead")).name(a).build())
              .withSignOffs(Reports.signOff("Lead Officer", SignOffRoleKind.LEAD_OFFICER, b));
      findings(report, GovernanceRules.LEAD_OFFICER_MISMATCH).isEmpty();
    }

    @Test
    void foldedNames_stillTellDifferentPeopleApart() {
      assertThat(GovernanceChecks.sameName("Işıl Kaya", "Ayşe Kaya")).isFalse();
      assertThat(GovernanceChecks.sameName("Élise Munro", "Eliza Munro")).isFalse();
    }
  }

  @Nested
  class Recommendations {

    private BoardReport withRecommendations(Recommendation... recommendations) {
      return valid().withRecommendations(recommendations).withSections();
    }

    private Recommendation recommendation(int number, int... dependsOn) {
      return Recommendation.builder()
          .number(number)
          .action("Action " + number)
          .addDependsOn(dependsOn)
          .build();
    }

    @Test
    void numbering_outOfOrder_isReportedWithExpectedAndActual() {
      BoardReport report =
          withRecommendations(recommendation(1), recommendation(3), recommendation(2));

      findings(report, GovernanceRules.RECOMMENDATION_NUMBERING)
          .containsExactly(
              tuple("recommendations[1].number", Severity.ERROR),
              tuple("recommendations[2].number", Severity.ERROR));
      assertThat(arguments(report, GovernanceRules.RECOMMENDATION_NUMBERING))
          .containsEntry("expected", "2")
          .containsEntry("actual", "3");
    }

    @Test
    void dependencyOnMissingNumber_isUnknown() {
      BoardReport report = withRecommendations(recommendation(1), recommendation(2, 1, 7));

      findings(report, GovernanceRules.RECOMMENDATION_DEPENDENCY_UNKNOWN)
          .containsExactly(tuple("recommendations[1].dependsOn[1]", Severity.ERROR));
      assertThat(arguments(report, GovernanceRules.RECOMMENDATION_DEPENDENCY_UNKNOWN))
          .containsEntry("number", "2")
          .containsEntry("dependsOn", "7");
      findings(report, GovernanceRules.RECOMMENDATION_DEPENDENCY_CYCLE).isEmpty();
    }

    @Test
    void cycle_isReportedOnce_atItsFirstMember_namingTheMembersInOrder() {
      BoardReport report =
          withRecommendations(
              recommendation(1, 3),
              recommendation(2, 1),
              recommendation(3, 2),
              recommendation(4, 1));

      findings(report, GovernanceRules.RECOMMENDATION_DEPENDENCY_CYCLE)
          .containsExactly(tuple("recommendations[0].dependsOn", Severity.ERROR));
      assertThat(arguments(report, GovernanceRules.RECOMMENDATION_DEPENDENCY_CYCLE))
          .containsEntry("number", "1")
          .containsEntry("cycle", "1 → 3 → 2 → 1");
    }

    @Test
    void longCycle_isNamedByItsFirstMembersAndItsLast() {
      Recommendation[] chain = new Recommendation[30];
      for (int i = 1; i <= 30; i++) {
        chain[i - 1] = recommendation(i, i < 30 ? i + 1 : 1);
      }

      Map<String, String> arguments =
          arguments(withRecommendations(chain), GovernanceRules.RECOMMENDATION_DEPENDENCY_CYCLE);

      assertThat(arguments)
          .containsEntry("members", "30")
          .containsEntry(
              "cycle",
              "1 → 2 → 3 → 4 → 5 → 6 → 7 → 8 → 9 → 10 → 11 → 12 → 13 → 14 → 15 → 16 → 17 → 18 → 19 → … → 30 → 1");
    }

    @Test
    void twoCycles_areTwoFindings() {
      BoardReport report =
          withRecommendations(
              recommendation(1, 2),
              recommendation(2, 1),
              recommendation(3, 4),
              recommendation(4, 3));

      findings(report, GovernanceRules.RECOMMENDATION_DEPENDENCY_CYCLE)
          .containsExactly(
              tuple("recommendations[0].dependsOn", Severity.ERROR),
              tuple("recommendations[2].dependsOn", Severity.ERROR));
    }

    @Test
    void selfDependency_isACycle() {
      BoardReport report = withRecommendations(recommendation(1, 1));

      findings(report, GovernanceRules.RECOMMENDATION_DEPENDENCY_CYCLE)
          .containsExactly(tuple("recommendations[0].dependsOn", Severity.ERROR));
      assertThat(arguments(report, GovernanceRules.RECOMMENDATION_DEPENDENCY_CYCLE))
          .containsEntry("cycle", "1 → 1");
    }

    @Test
    void numbersOutOfOrder_areFoundByNumber() {
      BoardReport report =
          withRecommendations(recommendation(5, 6), recommendation(6, 7), recommendation(7, 6));

      findings(report, GovernanceRules.RECOMMENDATION_DEPENDENCY_UNKNOWN).isEmpty();
      findings(report, GovernanceRules.RECOMMENDATION_DEPENDENCY_CYCLE)
          .containsExactly(tuple("recommendations[1].dependsOn", Severity.ERROR));
      assertThat(arguments(report, GovernanceRules.RECOMMENDATION_DEPENDENCY_CYCLE))
          .containsEntry("cycle", "6 → 7 → 6");
    }

    @Test
    void repeatedNumber_onACycle_isReportedAtItsFirstPlace() {
      BoardReport report =
          withRecommendations(recommendation(2), recommendation(1, 2), recommendation(2, 1));

      findings(report, GovernanceRules.RECOMMENDATION_DEPENDENCY_CYCLE)
          .containsExactly(tuple("recommendations[0].dependsOn", Severity.ERROR));
      assertThat(arguments(report, GovernanceRules.RECOMMENDATION_DEPENDENCY_CYCLE))
          .containsEntry("cycle", "2 → 1 → 2");
    }

    @Test
    void number_belowOne_cannotBeBuilt() {
      assertThatThrownBy(() -> recommendation(0))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("Recommendation.number (0) must be at least 1");
    }
  }

  @Nested
  class RestatedDifferently {

    private BoardReport restating(String label, String text) {
      return valid()
          .withSections(
              ReportSection.builder()
                  .number(4)
                  .heading("Request of the Board")
                  .kind(SectionKind.REQUEST_OF_THE_BOARD)
                  .addParagraphs(
                      Paragraph.builder().number("4.1").addItems(ListItem.of(label, text)).build())
                  .build());
    }

    @Test
    void differentWords_areReportedAtTheRestatement() {
      BoardReport report = restating("(1)", "A working group starts work.");

      findings(report, GovernanceRules.RECOMMENDATION_RESTATED_DIFFERENTLY)
          .containsExactly(tuple("sections[0].paragraphs[0].items[0].text", Severity.ERROR));
      assertThat(arguments(report, GovernanceRules.RECOMMENDATION_RESTATED_DIFFERENTLY))
          .containsEntry("number", "1");
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          FIRST,
          "a  working group begins work by march 2025 and  reports back to the board",
          "A working group begins work by March 2025 and reports back to the Board;"
        })
    void sameWords_asideFromCaseSpacingAndEndPunctuation_areFine(String text) {
      findings(restating("(1)", text), GovernanceRules.RECOMMENDATION_RESTATED_DIFFERENTLY)
          .isEmpty();
    }

    @Test
    void restatementOfALaterNumber_isComparedWithThatRecommendation() {
      BoardReport report =
          valid()
              .withRecommendations(
                  Recommendation.builder().number(5).action("Five.").build(),
                  Recommendation.builder().number(6).action("Six.").build())
              .withSections(
                  ReportSection.builder()
                      .number(4)
                      .heading("Request of the Board")
                      .kind(SectionKind.REQUEST_OF_THE_BOARD)
                      .addParagraphs(
                          Paragraph.builder()
                              .number("4.1")
                              .addItems(ListItem.of("(6)", "Six"), ListItem.of("(5)", "Six"))
                              .build())
                      .build());

      findings(report, GovernanceRules.RECOMMENDATION_RESTATED_DIFFERENTLY)
          .containsExactly(tuple("sections[0].paragraphs[0].items[1].text", Severity.ERROR));
    }

    @ParameterizedTest
    @CsvSource({
      "(2), 2",
      "10., 10",
      "9, 9",
      "(0), 0",
      "Recommendation 1:, 1",
      "none, -1",
      "'', -1",
      "2147483647, 2147483647",
      "2147483648, -1",
      "99999999999, -1",
      "1a2, 12"
    })
    void labelNumber_readsTheDigits(String label, int number) {
      assertThat(GovernanceChecks.labelNumber(label)).isEqualTo(number);
    }

    @Test
    void quotationMarks_areCompareAlike() {
      assertThat(GovernanceChecks.sameText("‘system stewards’", "'system stewards'")).isTrue();
    }

    @Test
    void labelWithDigitsAmongOtherCharacters_namesTheRecommendation() {
      findings(
              restating("Recommendation 1:", "Other words."),
              GovernanceRules.RECOMMENDATION_RESTATED_DIFFERENTLY)
          .containsExactly(tuple("sections[0].paragraphs[0].items[0].text", Severity.ERROR));
      findings(
              restating("(99999999999)", "Other words."),
              GovernanceRules.RECOMMENDATION_RESTATED_DIFFERENTLY)
          .isEmpty();
    }

    @Test
    void itemsWithoutARecommendationNumber_areNotCompared() {
      findings(
              restating("(9)", "Other words."), GovernanceRules.RECOMMENDATION_RESTATED_DIFFERENTLY)
          .isEmpty();
      findings(restating("-", "Other words."), GovernanceRules.RECOMMENDATION_RESTATED_DIFFERENTLY)
          .isEmpty();
    }

    @Test
    void otherSectionKinds_areNotCompared() {
      BoardReport report =
          valid()
              .withSections(
                  ReportSection.builder()
                      .number(1)
                      .heading("Background")
                      .kind(SectionKind.BACKGROUND)
                      .addParagraphs(
                          Paragraph.builder()
                              .number("1.1")
                              .addItems(ListItem.of("(1)", "Other."))
                              .build())
                      .build());

      findings(report, GovernanceRules.RECOMMENDATION_RESTATED_DIFFERENTLY).isEmpty();
    }
  }

  @Nested
  class EqualitiesUnjustified {

    @Test
    void notNeededWithoutReason_isReportedAtTheStatement() {
      BoardReport report =
          valid()
              .withEqualities(
                  EqualitiesStatement.builder()
                      .impactAssessment(ImpactAssessment.NOT_NEEDED)
                      .statement(" ")
                      .build());

      findings(report, GovernanceRules.EQUALITIES_UNJUSTIFIED)
          .containsExactly(tuple("equalities.statement", Severity.ERROR));
    }

    @Test
    void noStatementAtAll_isReported() {
      BoardReport without = valid().withEqualities(java.util.Optional.empty());

      findings(without, GovernanceRules.EQUALITIES_UNJUSTIFIED)
          .containsExactly(tuple("equalities", Severity.ERROR));
    }

    @Test
    void notNeededWithReason_isFine() {
      BoardReport report =
          valid()
              .withEqualities(
                  EqualitiesStatement.builder()
                      .impactAssessment(ImpactAssessment.NOT_NEEDED)
                      .statement("No immediate impacts.")
                      .build());

      findings(report, GovernanceRules.EQUALITIES_UNJUSTIFIED).isEmpty();
    }
  }

  @Nested
  class DecisionCommitteeMissing {

    private BoardReport deciding(Board board, Decision decision) {
      return valid()
          .withBoard(board)
          .withRecommendations(
              Recommendation.builder().number(1).action(FIRST).addDecisions(decision).build());
    }

    @Test
    void unattributedDecision_inCommon_isReported() {
      BoardReport report =
          deciding(
              Reports.boardInCommon(),
              Decision.builder().outcome(DecisionOutcome.APPROVED).build());

      findings(report, GovernanceRules.DECISION_COMMITTEE_MISSING)
          .containsExactly(tuple("recommendations[0].decisions[0].takenBy", Severity.ERROR));
    }

    @Test
    void decisionByAnotherCommittee_isReportedAtThatCommittee() {
      BoardReport report =
          deciding(
              Reports.boardInCommon(),
              Decision.builder()
                  .outcome(DecisionOutcome.DEFERRED)
                  .addTakenBy(CommitteeId.of("hwbb"), CommitteeId.of("cabinet"))
                  .build());

      findings(report, GovernanceRules.DECISION_COMMITTEE_MISSING)
          .containsExactly(tuple("recommendations[0].decisions[0].takenBy[1]", Severity.ERROR));
      assertThat(arguments(report, GovernanceRules.DECISION_COMMITTEE_MISSING))
          .containsEntry("committee", "cabinet");
    }

    @Test
    void singleBody_needsNoAttribution() {
      Board single = Board.builder().id(BoardId.of("cabinet")).name("Cabinet").build();

      findings(
              deciding(single, Decision.builder().outcome(DecisionOutcome.APPROVED).build()),
              GovernanceRules.DECISION_COMMITTEE_MISSING)
          .isEmpty();
    }

    @Test
    void board_repeatedCommitteeId_cannotBeBuilt() {
      Committee c = Committee.builder().id(CommitteeId.of("c")).name("C").build();

      assertThatThrownBy(
              () ->
                  Board.builder().id(BoardId.of("b")).name("B").addCommitteesInCommon(c, c).build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("Board.committeesInCommon (c) must have unique ids, but c appears twice");
    }
  }
}
