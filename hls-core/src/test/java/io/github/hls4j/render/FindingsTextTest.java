package io.github.hls4j.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hls4j.governance.BoardReport;
import io.github.hls4j.governance.GovernanceFixtures;
import io.github.hls4j.governance.GovernanceRules;
import io.github.hls4j.validation.Profile;
import io.github.hls4j.validation.ValidationResult;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class FindingsTextTest {

  private static final Locale WELSH = Locale.forLanguageTag("cy");

  @Test
  void render_english_isTheResultsTable_withEachPlaceBelowItsFinding() {
    BoardReport report =
        GovernanceFixtures.reportWithUndatedSignOff("Click or tap to enter a date.");
    ValidationResult found = GovernanceRules.validator(Profile.DECISION_READY).validate(report);

    String text =
        FindingsText.render(Places.of(Locale.ENGLISH).describeAll(report, found), Locale.ENGLISH);

    String[] lines = text.split("\n");
    assertThat(text).startsWith(found.toString().lines().findFirst().orElseThrow());
    assertThat(lines[1]).startsWith("SEVERITY  RULE");
    assertThat(lines[2])
        .startsWith("ERROR     governance/signoff-undated")
        .contains("signOffs[0].date");
    assertThat(lines[3]).startsWith("          at: Sign-off table, row 1 (").endsWith("): Date");
  }

  @Test
  void render_welsh_headsSeveritiesMessagesAndPlacesInWelsh() {
    BoardReport report =
        GovernanceFixtures.reportWithUndatedSignOff("Click or tap to enter a date.");
    ValidationResult found = GovernanceRules.validator(Profile.DECISION_READY).validate(report);

    String text = FindingsText.render(Places.of(WELSH).describeAll(report, found), WELSH);

    assertThat(text).startsWith("1 gwall, 0 rhybudd, 0 gwybodaeth\nDIFRIFOLDEB");
    assertThat(text)
        .contains("GWALL", "Nid oes dyddiad i gymeradwyaeth", "lle: Tabl cymeradwyo, rhes 1 (")
        .doesNotContain("ERROR", "Sign-off");
  }
}
