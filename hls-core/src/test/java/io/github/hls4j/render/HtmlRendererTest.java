package io.github.hls4j.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hls4j.governance.BoardReport;
import io.github.hls4j.governance.GovernanceFixtures;
import io.github.hls4j.governance.GovernanceRules;
import io.github.hls4j.validation.Location;
import io.github.hls4j.validation.Profile;
import io.github.hls4j.validation.ValidationResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HtmlRendererTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "<script>alert(1)</script>",
        "\"><img src=x onerror=alert(1)>",
        "</title><style>body{display:none}</style>",
        "javascript:alert(1)",
        "<!-- comment --><iframe src=//x>"
      })
  void payloadInEveryTextField_neverAppearsUnescaped(String payload) {
    BoardReport report = GovernanceFixtures.reportWithTextEverywhere(payload);

    String html =
        HtmlRenderer.render(report, GovernanceRules.validator(Profile.PUBLISHED).validate(report));

    assertThat(html)
        .doesNotContain("<script", "<img", "<iframe", "<!-- comment", "</title><style>", "href=");
    assertThat(html).contains(com.google.common.html.HtmlEscapers.htmlEscaper().escape(payload));
  }

  @Test
  void render_wholePage_matchesTheReviewedRendering() throws java.io.IOException {
    if (Boolean.getBoolean("hls4j.writeGolden")) {
      java.nio.file.Files.writeString(
          java.nio.file.Path.of("src/test/resources/io/github/hls4j/render/valid-report.html"),
          HtmlRenderer.render(
              GovernanceFixtures.validReport(),
              GovernanceRules.validator(Profile.DECISION_READY)
                  .validate(
                      GovernanceFixtures.reportWithUndatedSignOff(
                          "Click or tap to enter a date."))));
    }
    String expected;
    try (java.io.InputStream in = HtmlRendererTest.class.getResourceAsStream("valid-report.html")) {
      expected =
          new String(
              java.util.Objects.requireNonNull(in, "valid-report.html").readAllBytes(),
              java.nio.charset.StandardCharsets.UTF_8);
    }
    BoardReport undated =
        GovernanceFixtures.reportWithUndatedSignOff("Click or tap to enter a date.");

    assertThat(
            HtmlRenderer.render(
                GovernanceFixtures.validReport(),
                GovernanceRules.validator(Profile.DECISION_READY).validate(undated)))
        .isEqualTo(expected);
  }

  @Test
  void render_followsTheTemplateOrder_andPutsFindingsBeside() {
    BoardReport report =
        GovernanceFixtures.reportWithUndatedSignOff("Click or tap to enter a date.");
    String html =
        HtmlRenderer.render(
            report, GovernanceRules.validator(Profile.DECISION_READY).validate(report));

    assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"en-GB\">");
    assertThat(html.indexOf("<aside>")).isLessThan(html.indexOf("<h2>Summary</h2>"));
    assertThat(html.indexOf("<h2>Summary</h2>"))
        .isLessThan(html.indexOf("<h2>Recommendations</h2>"))
        .isLessThan(html.indexOf("<h2>1. Background</h2>"));
    assertThat(html.indexOf("<h2>3. Background papers</h2>"))
        .isLessThan(html.indexOf("<h2>4. Report sign-off</h2>"));
    assertThat(html)
        .contains(
            "<tr class=\"ERROR\"><td>Error</td><td>governance/signoff-undated</td><td>Sign-off table, row 1 (")
        .contains("): Date <code>signOffs[0].date</code></td>");
    assertThat(html).contains("<em>Click or tap to enter a date.</em>");
    assertThat(HtmlRenderer.render(report)).doesNotContain("<aside>");
    assertThat(html).doesNotContain("In the document");
  }

  @Test
  void render_locatedFindings_showWhereInTheDocumentEscaped() {
    BoardReport report =
        GovernanceFixtures.reportWithUndatedSignOff("Click or tap to enter a date.");
    ValidationResult found = GovernanceRules.validator(Profile.DECISION_READY).validate(report);
    Location at =
        Location.of("body/table[3]/row[2]/cell[3]", "table 3, row 2, cell 3", "<b>date</b>");
    ValidationResult located =
        ValidationResult.of(found.violations().stream().map(v -> v.withLocation(at)).toList());

    String html = HtmlRenderer.render(report, located);

    assertThat(html)
        .contains("<th scope=\"col\">In the document</th>")
        .contains(
            "<code>signOffs[0].date</code></td><td>table 3, row 2, cell 3 <q>&lt;b&gt;date&lt;/b&gt;</q></td>");
  }

  @Test
  void render_welsh_labelsAreWelsh_andTheReportsEnglishTextIsMarkedEnglish() {
    BoardReport report =
        GovernanceFixtures.reportWithUndatedSignOff("Click or tap to enter a date.");

    String html =
        HtmlRenderer.render(
            report,
            GovernanceRules.validator(Profile.DECISION_READY).validate(report),
            java.util.Locale.forLanguageTag("cy"));

    assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"cy\">");
    assertThat(html)
        .contains(
            "<h2>Crynodeb</h2>",
            "<h2>Argymhellion</h2>",
            "<td>Gwall</td>",
            "Tabl cymeradwyo, rhes 1 (")
        .contains("<h1><span lang=\"en\">" + report.title() + "</span></h1>")
        .contains("15 Ionawr 2025")
        .doesNotContain("<h2>Summary</h2>", "2025-01-15");
  }

  @Test
  void publication_hasNoFindingsNoSourcesAndWordsForEveryEnum() {
    BoardReport report =
        GovernanceFixtures.reportWithUndatedSignOff("Click or tap to enter a date.");

    String page = HtmlRenderer.publication(report);

    assertThat(page)
        .doesNotContain("<aside")
        .doesNotContain("governance/")
        .doesNotContain("drawn from")
        .doesNotContain("FINANCIAL")
        .doesNotContain("SOCIAL_VALUE")
        .doesNotContain("APPROVED");
    assertThat(page)
        .contains(
            "<th scope=\"col\">Priority</th><th scope=\"col\">Ticked</th><th scope=\"col\">Rationale</th>")
        .contains("depends on: 1");
  }

  @Test
  void findings_areAPageOfTheirOwn() {
    BoardReport report =
        GovernanceFixtures.reportWithUndatedSignOff("Click or tap to enter a date.");

    String page =
        FindingsPage.render(
            report,
            report.title(),
            GovernanceRules.validator(Profile.DECISION_READY).validate(report),
            Profile.DECISION_READY,
            java.util.Locale.ENGLISH);

    assertThat(page)
        .startsWith("<!DOCTYPE html>")
        .contains("<title>")
        .contains("governance/signoff-undated")
        .doesNotContain("Report sign-off");
  }

  @Test
  void bilingual_welshAndEnglish_pairsEachPart_withEachColumnsLanguage() {
    BoardReport report = GovernanceFixtures.validReport();
    java.util.Locale welsh = java.util.Locale.forLanguageTag("cy");

    String page = HtmlRenderer.bilingual(report, welsh, report, java.util.Locale.ENGLISH);

    assertThat(page).startsWith("<!DOCTYPE html>\n<html lang=\"cy\">");
    int headings = HtmlRenderer.publication(report).split("\n<h2>", -1).length - 1;
    assertThat(page.split("<div class=\"pair\">", -1).length - 1).isEqualTo(headings + 1);
    assertThat(page)
        .containsSubsequence(
            "<div lang=\"cy\">\n<h1>",
            "<div lang=\"en-GB\">\n<h1>",
            "<div lang=\"cy\">\n<h2>Crynodeb</h2>",
            "<div lang=\"en-GB\">\n<h2>Summary</h2>",
            "<div lang=\"cy\">\n<h2>4. Cymeradwyo&#39;r adroddiad</h2>",
            "<div lang=\"en-GB\">\n<h2>4. Report sign-off</h2>");
  }

  @Test
  void publication_welshPaperQuotingEnglish_marksEachQuotedPassageEnglish() {
    BoardReport report = GovernanceFixtures.validReport();
    java.util.Locale welsh = java.util.Locale.forLanguageTag("cy");
    String title = HtmlRenderer.e(report.title());

    String page =
        HtmlRenderer.publication(
            report,
            welsh,
            welsh,
            Quotations.of(java.util.Locale.ENGLISH, java.util.List.of(report.title())));

    assertThat(page).startsWith("<!DOCTYPE html>\n<html lang=\"cy\">");
    assertThat(page).contains("<h1><span lang=\"en\">" + title + "</span></h1>");
    assertThat(page.split("<span lang=\"en\">", -1).length - 1)
        .isEqualTo(page.split(java.util.regex.Pattern.quote(title), -1).length - 2);
    assertThat(page).doesNotContain("<span lang=\"cy\">");
  }

  @Test
  void publication_quotationsInThePagesLanguage_areNotMarked() {
    BoardReport report = GovernanceFixtures.validReport();
    Quotations quoted = Quotations.of(java.util.Locale.UK, java.util.List.of(report.title()));

    String english =
        HtmlRenderer.publication(
            report, java.util.Locale.ENGLISH, java.util.Locale.ENGLISH, quoted);

    assertThat(english).isEqualTo(HtmlRenderer.publication(report)).doesNotContain("<span lang=");
  }

  @Test
  void publication_welshReportOnAnEnglishPage_marksItsTextWelsh_andItsQuotesEnglishWithin() {
    BoardReport report = GovernanceFixtures.validReport();
    java.util.Locale welsh = java.util.Locale.forLanguageTag("cy");

    String page =
        HtmlRenderer.publication(
            report,
            java.util.Locale.ENGLISH,
            welsh,
            Quotations.of(java.util.Locale.ENGLISH, java.util.List.of(report.title())));

    assertThat(page)
        .startsWith("<!DOCTYPE html>\n<html lang=\"en-GB\">")
        .contains(
            "<h1><span lang=\"cy\"><span lang=\"en\">"
                + HtmlRenderer.e(report.title())
                + "</span></span></h1>")
        .contains("<h2>Summary</h2>");
  }

  @Test
  void bilingual_quotations_areMarkedInTheColumnOfTheOtherLanguageOnly() {
    BoardReport report = GovernanceFixtures.validReport();
    java.util.Locale welsh = java.util.Locale.forLanguageTag("cy");
    Quotations quoted = Quotations.of(java.util.Locale.ENGLISH, java.util.List.of(report.title()));

    String page = HtmlRenderer.bilingual(report, welsh, report, java.util.Locale.ENGLISH, quoted);

    String title = HtmlRenderer.e(report.title());
    assertThat(page)
        .containsSubsequence(
            "<div lang=\"cy\">\n<h1><span lang=\"en\">" + title + "</span></h1>",
            "<div lang=\"en-GB\">\n<h1>" + title + "</h1>");
    assertThat(page.split("<span lang=", -1).length - 1).isEqualTo(1);
  }
}
