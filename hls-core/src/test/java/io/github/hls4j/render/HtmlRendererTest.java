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

    String html = HtmlRenderer.render(report, GovernanceRules.validator(Profile.PUBLISHED).validate(report));

    assertThat(html).doesNotContain("<script", "<img", "<iframe", "<!-- comment", "</title><style>", "href=");
    assertThat(html).contains(com.google.common.html.HtmlEscapers.htmlEscaper().escape(payload));
  }

  @Test
  void render_wholePage_matchesTheReviewedRendering() throws java.io.IOException {
    String expected;
    try (java.io.InputStream in = HtmlRendererTest.class.getResourceAsStream("valid-report.html")) {
      expected = new String(java.util.Objects.requireNonNull(in, "valid-report.html").readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
    BoardReport undated = GovernanceFixtures.reportWithUndatedSignOff("Click or tap to enter a date.");

    assertThat(HtmlRenderer.render(GovernanceFixtures.validReport(), GovernanceRules.validator(Profile.DECISION_READY).validate(undated)))
        .isEqualTo(expected);
  }

  @Test
  void render_followsTheTemplateOrder_andPutsFindingsBeside() {
    BoardReport report = GovernanceFixtures.reportWithUndatedSignOff("Click or tap to enter a date.");
    String html = HtmlRenderer.render(report, GovernanceRules.validator(Profile.DECISION_READY).validate(report));

    assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"en-GB\">");
    assertThat(html.indexOf("<aside>")).isLessThan(html.indexOf("<h2>Summary</h2>"));
    assertThat(html.indexOf("<h2>Summary</h2>"))
        .isLessThan(html.indexOf("<h2>Recommendations</h2>"))
        .isLessThan(html.indexOf("<h2>1. Background</h2>"));
    assertThat(html.indexOf("<h2>3. Background papers</h2>")).isLessThan(html.indexOf("<h2>4. Report sign-off</h2>"));
    assertThat(html).contains("<tr class=\"ERROR\"><td>ERROR</td><td>governance/signoff-undated</td><td>signOffs[0].date</td>");
    assertThat(html).contains("<em>Click or tap to enter a date.</em>");
    assertThat(HtmlRenderer.render(report)).doesNotContain("<aside>");
    assertThat(html).doesNotContain("In the document");
  }

  @Test
  void render_locatedFindings_showWhereInTheDocumentEscaped() {
    BoardReport report = GovernanceFixtures.reportWithUndatedSignOff("Click or tap to enter a date.");
    ValidationResult found = GovernanceRules.validator(Profile.DECISION_READY).validate(report);
    Location at = Location.of("body/table[3]/row[2]/cell[3]", "table 3, row 2, cell 3", "<b>date</b>");
    ValidationResult located = ValidationResult.of(found.violations().stream().map(v -> v.withLocation(at)).toList());

    String html = HtmlRenderer.render(report, located);

    assertThat(html).contains("<th>In the document</th>")
        .contains("<td>signOffs[0].date</td><td>table 3, row 2, cell 3 <q>&lt;b&gt;date&lt;/b&gt;</q></td>");
  }
}
