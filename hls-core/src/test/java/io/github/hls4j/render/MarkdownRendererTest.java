package io.github.hls4j.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hls4j.governance.BoardReport;
import io.github.hls4j.governance.GovernanceFixtures;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class MarkdownRendererTest {

  private static List<String> headings(String markdown) {
    return markdown.lines().filter(l -> l.startsWith("#")).collect(Collectors.toList());
  }

  @Test
  void render_followsTheCouncilTemplateOrder() {
    String markdown = MarkdownRenderer.render(GovernanceFixtures.validReport());

    assertThat(headings(markdown))
        .containsExactly(
            "# A report",
            "## Summary",
            "## Recommendations",
            "## Reasons for recommendations",
            "## Links to strategy priorities",
            "### A Strategy",
            "## Implications",
            "## Equalities implications",
            "## Risk assessment",
            "## 1. Background",
            "## 2. Request of the Board",
            "## 3. Background papers",
            "## 4. Report sign-off");
  }

  @Test
  void render_writesHeaderRecommendationsAlignmentAndSignOff() {
    String markdown = MarkdownRenderer.render(GovernanceFixtures.validReport());

    assertThat(markdown.lines())
        .contains(
            "| Board | The Board (committees in common: Health and Wellbeing Board; Integrated Care Partnership) |",
            "| Lead officer | Jo Lead, Director |",
            "| Contact | al.author@council.example |",
            "1. A working group begins work by March 2025 and reports back to the Board. _(carried out by: A working group)_",
            "2. Once approved, the group implements the approach within six months and reports back to the Board. _(carried out by: The working"
                + " group; depends on: 1; decision: approved by Health and Wellbeing Board,"
                + " Integrated Care Partnership on 15 January 2025)_",
            "| First priority | ✓ | It serves the first. |",
            "| Second priority |  |  |",
            "**Financial, Legal, HR, Social value, Partnership:** No financial implications; the Board acts within its terms of reference.",
            "Equalities impact assessment: carried out.",
            "- Delay.",
            "**1.1** Background.",
            "- (1) A working group begins work by March 2025 and reports back to the Board.",
            "- A paper: [The paper](<https://council.example/paper.pdf>)",
            "| Meeting date | 15 January 2025 |",
            "| Lead Officer | Jo Lead | 15 January 2025 |",
            "| Executive Member (if applicable) |  |  |");
  }

  @Test
  void render_wholeReport_matchesTheReviewedRendering() throws IOException {
    String expected;
    try (InputStream in = MarkdownRendererTest.class.getResourceAsStream("valid-report.md")) {
      expected =
          new String(
              Objects.requireNonNull(in, "valid-report.md").readAllBytes(), StandardCharsets.UTF_8);
    }

    assertThat(MarkdownRenderer.render(GovernanceFixtures.validReport())).isEqualTo(expected);
  }

  @Test
  void render_escapesMarkdownInModelText() {
    BoardReport report =
        BoardReport.builder()
            .from(GovernanceFixtures.validReport())
            .title("Costs | *all* [sic] <b>")
            .build();

    assertThat(MarkdownRenderer.render(report))
        .startsWith("# Costs \\| \\*all\\* [sic] &lt;b&gt;\n");
  }

  @Test
  void render_ampersandAndBrackets_readAsTextAndOpenNothing() {
    BoardReport report =
        BoardReport.builder()
            .from(GovernanceFixtures.validReport())
            .title("HWBB chair & Leader [To be completed] &amp; [a](b) [c]: d")
            .build();

    assertThat(MarkdownRenderer.render(report))
        .startsWith("# HWBB chair & Leader [To be completed] &amp;amp; [a\\](b) [c\\]: d\n");
  }

  @Test
  void render_noBackgroundPapers_leavesTheHeadingOut() {
    BoardReport report =
        BoardReport.builder()
            .from(GovernanceFixtures.validReport())
            .backgroundPapers(java.util.List.of())
            .build();

    assertThat(MarkdownRenderer.render(report)).doesNotContain("Background papers");
    assertThat(HtmlRenderer.render(report)).doesNotContain("Background papers");
  }

  @Test
  void render_decisionByACommitteeTheBoardDoesNotHave_showsItsId() {
    BoardReport report = GovernanceFixtures.reportWithDecisionBy("cabinet");

    assertThat(MarkdownRenderer.render(report)).contains("decision: deferred by cabinet)_");
  }

  @Test
  void render_keepsTemplateTextInUndatedRows() {
    BoardReport report =
        GovernanceFixtures.reportWithUndatedSignOff("Click or tap to enter a date.");

    assertThat(MarkdownRenderer.render(report).lines())
        .contains("| Lead Officer | Jo Lead | _Click or tap to enter a date._ |");
  }

  @Test
  void render_welsh_writesTheHeadingsAndLabelsInWelsh_andTheReportAsWritten() {
    String markdown =
        MarkdownRenderer.render(
            GovernanceFixtures.validReport(), java.util.Locale.forLanguageTag("cy"));

    assertThat(headings(markdown))
        .containsExactly(
            "# A report",
            "## Crynodeb",
            "## Argymhellion",
            "## Rhesymau dros yr argymhellion",
            "## Cysylltiadau â blaenoriaethau strategol",
            "### A Strategy",
            "## Goblygiadau",
            "## Goblygiadau cydraddoldeb",
            "## Asesiad risg",
            "## 1. Background",
            "## 2. Request of the Board",
            "## 3. Papurau cefndir",
            "## 4. Cymeradwyo'r adroddiad");
    assertThat(markdown.lines())
        .contains(
            "| Bwrdd | The Board (pwyllgorau ar y cyd: Health and Wellbeing Board; Integrated Care Partnership) |",
            "| Blaenoriaeth | Wedi'i dicio | Rhesymeg |",
            "**Ariannol, Cyfreithiol, Adnoddau dynol, Gwerth cymdeithasol, Partneriaeth:** No financial implications; the Board acts within its terms of reference.",
            "Asesiad o'r effaith ar gydraddoldeb: wedi'i gynnal.")
        .anySatisfy(
            line ->
                assertThat(line)
                    .startsWith("2. ")
                    .contains(
                        "yn dibynnu ar: 1", "penderfyniad: cymeradwywyd", "ar 15 Ionawr 2025"));
  }

  @Test
  void render_english_isTheRenderOfOneArgument() {
    BoardReport report = GovernanceFixtures.validReport();

    assertThat(MarkdownRenderer.render(report, java.util.Locale.ENGLISH))
        .isEqualTo(MarkdownRenderer.render(report));
  }
}
