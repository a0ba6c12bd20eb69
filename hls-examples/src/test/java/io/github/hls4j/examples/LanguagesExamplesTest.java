package io.github.hls4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hls4j.digest.LearningDigest;
import io.github.hls4j.governance.BoardReport;
import io.github.hls4j.governance.GovernanceRules;
import io.github.hls4j.render.FindingsPage;
import io.github.hls4j.render.FindingsText;
import io.github.hls4j.render.HtmlRenderer;
import io.github.hls4j.render.Places;
import io.github.hls4j.render.Quotations;
import io.github.hls4j.render.Words;
import io.github.hls4j.validation.Phrasebook;
import io.github.hls4j.validation.Profile;
import io.github.hls4j.validation.RuleMessages;
import io.github.hls4j.validation.ValidationResult;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The snippets of docs/languages.md, on the Somerset report. */
class LanguagesExamplesTest {

  private final BoardReport report = SomersetReport.report();

  @Test
  void welsh_findingsPlacesAndPages_areWelsh() {
    // snippet: languages-welsh
    Locale welsh = Locale.forLanguageTag("cy");
    ValidationResult found = GovernanceRules.validator(Profile.DECISION_READY).validate(report);
    ValidationResult placed =
        Places.of(welsh).describeAll(report, found); // each finding's place in words

    String text = FindingsText.render(placed, welsh); // for a terminal or a log
    String page =
        FindingsPage.render(report, report.title(), placed, Profile.DECISION_READY, welsh);
    String html = HtmlRenderer.render(report, found, welsh); // the report page, in Welsh
    String neges = RuleMessages.message(found.violations().get(0), RuleMessages.phrasebook(welsh));
    // end snippet

    assertThat(placed.violations()).allSatisfy(v -> assertThat(v.place()).isPresent());
    assertThat(placed.withRule(GovernanceRules.SIGNOFF_UNDATED.id()).violations().get(0).place())
        .contains(
            "Tabl cymeradwyo, rhes 1 (Trudi Grant, Relevant Senior Manager / Lead Officer (Director Level)): Dyddiad");
    assertThat(text).contains("GWALL");
    assertThat(page).contains("<html lang=\"cy\">");
    assertThat(html).contains("<h2>Crynodeb</h2>");
    assertThat(neges).startsWith("Nid yw'r ddolen");
  }

  @Test
  void override_councilsOwnWords_replaceHls4jsForOneCall() {
    Locale welsh = Locale.forLanguageTag("cy");
    ValidationResult found = GovernanceRules.validator(Profile.DECISION_READY).validate(report);
    // snippet: languages-override
    Phrasebook words =
        Words.of(welsh)
            .with(
                Map.of(
                    "place.signOffs.item",
                    "Tabl clirio, rhes {row}{who}")); // the council's own name for the table
    Phrasebook messages =
        RuleMessages.phrasebook(welsh)
            .with(
                Map.of(
                    "fix.governance/signoff-undated",
                    "Anfonwch yr adroddiad yn ôl at y swyddog i'w ddyddio."));

    ValidationResult placed = Places.of(words).describeAll(report, found);
    String page =
        FindingsPage.render(
            report,
            report.title(),
            placed,
            Profile.DECISION_READY,
            words,
            messages,
            Locale.ENGLISH);
    String text = FindingsText.render(placed, words, messages);
    // end snippet

    assertThat(
            placed
                .withRule(GovernanceRules.SIGNOFF_UNDATED.id())
                .violations()
                .get(0)
                .place()
                .orElseThrow())
        .startsWith("Tabl clirio, rhes 1 (Trudi Grant");
    assertThat(page).contains("Anfonwch yr adroddiad yn ôl at y swyddog i&#39;w ddyddio.");
    assertThat(text).contains("lle: Tabl clirio, rhes 1");
    assertThat(Words.of(welsh).find("place.signOffs.item"))
        .contains("Tabl cymeradwyo, rhes {row}{who}");
  }

  @Test
  void digestInWelsh_marksTheRecordsItQuotesEnglish() {
    LearningDigest digest = SomersetDigest.digest();
    // snippet: languages-quoted
    Locale welsh = Locale.forLanguageTag("cy");
    Quotations quoted = digest.quotations(); // the records' text the paper quotes, in English
    String page = HtmlRenderer.publication(digest.draft(welsh), welsh, welsh, quoted);
    String both =
        HtmlRenderer.bilingual(
            digest.draft(welsh), welsh, digest.draft(Locale.ENGLISH), Locale.ENGLISH, quoted);
    // end snippet

    assertThat(quoted.language()).isEqualTo(Locale.ENGLISH);
    assertThat(page).contains("<html lang=\"cy\">", "<span lang=\"en\">");
    assertThat(both).contains("<span lang=\"en\">");
  }
}
