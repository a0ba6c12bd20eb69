package io.github.hls4j.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hls4j.governance.BoardReport;
import io.github.hls4j.governance.GovernanceFixtures;
import io.github.hls4j.governance.GovernanceRules;
import io.github.hls4j.validation.Profile;
import io.github.hls4j.validation.ValidationResult;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class FindingsPageTest {

  private static final BoardReport UNDATED =
      GovernanceFixtures.reportWithUndatedSignOff("Click or tap to enter a date.");
  private static final ValidationResult FOUND =
      GovernanceRules.validator(Profile.DECISION_READY).validate(UNDATED);

  @Test
  void render_undatedSignOff_groupsByPlace_withQuoteAdviceAndRuleLink() {
    String html =
        FindingsPage.render(
            UNDATED,
            UNDATED.title(),
            Places.of(Locale.ENGLISH).describeAll(UNDATED, FOUND),
            Profile.DECISION_READY,
            Locale.ENGLISH);

    assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"en-GB\">");
    assertThat(html)
        .contains("<h2>Sign-off table</h2>")
        .contains("<h3 id=\"f1\">Sign-off table, row 1 (")
        .contains("<dt>In the document</dt><dd><q>Click or tap to enter a date.</q></dd>")
        .contains("<dt>What to do</dt><dd>Ask the person to date their sign-off")
        .contains(
            "<a href=\"https://github.com/hls4j/hls4j/blob/main/docs/rules.md#governancesignoff-undated\">Explanation of governance/signoff-undated</a>")
        .contains("<code>signOffs[0].date</code>")
        .doesNotContain("<script");
  }

  @Test
  void render_welsh_isWelsh_andQuotesTheEnglishDocumentAsEnglish() {
    String html =
        FindingsPage.render(
            UNDATED, UNDATED.title(), FOUND, Profile.DECISION_READY, Locale.forLanguageTag("cy"));

    assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"cy\">");
    assertThat(html)
        .contains(
            "<h2>Tabl cymeradwyo</h2>",
            "<dt>Beth i&#39;w wneud</dt>",
            "Esboniad o governance/signoff-undated",
            "<q><span lang=\"en\">Click or tap to enter a date.</span></q>",
            "Nid oes dyddiad i gymeradwyaeth");
  }

  @Test
  void render_welsh_marksTheDocumentsTextInAMessageAsEnglish_andLeavesItsOwnWordsWelsh() {
    String html =
        FindingsPage.render(
            UNDATED, UNDATED.title(), FOUND, Profile.DECISION_READY, Locale.forLanguageTag("cy"));

    assertThat(html)
        .containsPattern(
            "<dd>Nid oes dyddiad i gymeradwyaeth <span lang=\"en\">[^<]+</span> fel <span lang=\"en\">[^<]+</span>"
                + " \\(maes dyddiad: <span lang=\"en\">&quot;Click or tap to enter a date\\.&quot;</span>\\)");
  }

  @Test
  void render_english_leavesTheMessageUnmarked() {
    String html =
        FindingsPage.render(
            UNDATED, UNDATED.title(), FOUND, Profile.DECISION_READY, Locale.ENGLISH);

    assertThat(html)
        .contains("(date field: &quot;Click or tap to enter a date.&quot;)")
        .doesNotContain("lang=\"en\"");
  }

  @Test
  void render_nothingFound_saysSo() {
    BoardReport valid = GovernanceFixtures.validReport();

    String html =
        FindingsPage.render(
            valid, valid.title(), ValidationResult.empty(), Profile.DRAFT, Locale.ENGLISH);

    assertThat(html).contains("<p>Nothing was found.</p>").doesNotContain("<h2>");
  }

  @Test
  void anchor_ruleId_isGitHubsHeadingId() {
    assertThat(FindingsPage.anchor("governance/signoff-undated"))
        .isEqualTo("governancesignoff-undated");
  }
}
