package io.github.hls4j.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.hls4j.health.HealthProfile;
import io.github.hls4j.health.HealthRules;
import io.github.hls4j.health.SystemBehaviour;
import io.github.hls4j.render.SvgRenderer;
import io.github.hls4j.validation.Profile;
import io.github.hls4j.validation.Severity;
import io.github.hls4j.validation.ValidationResult;
import io.github.hls4j.validation.Violation;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/** Pins the findings of the illustrative Somerset health rounds and checks the chart is XML. */
class SomersetHealthTest {

  @Test
  void autumn_hearsNoResident_andLeavesOneBehaviourUnscored() {
    ValidationResult result =
        HealthRules.validator(Profile.DECISION_READY).validate(SomersetHealth.autumn());

    assertThat(result.violations())
        .extracting(v -> v.rule().toString(), Violation::path, Violation::severity)
        .containsExactly(
            tuple("health/no-resident-voice", "assessments", Severity.WARNING),
            tuple("health/incomplete-assessment", "assessments[3].scores", Severity.WARNING));
    assertThat(
            result.withRule(HealthRules.INCOMPLETE_ASSESSMENT.id()).violations().get(0).arguments())
        .containsEntry("assessor", "vcfse-partner")
        .containsEntry("behaviour", "ACCOUNTABILITY_MUTUAL");
  }

  @Test
  void spring_isComplete_andShowsWhereGroupsDisagree() {
    assertThat(
            HealthRules.validator(Profile.DECISION_READY)
                .validate(SomersetHealth.spring())
                .isEmpty())
        .isTrue();
    HealthProfile spring = HealthProfile.of(SomersetHealth.spring());
    assertThat(spring.divergence(SystemBehaviour.ACCOUNTABILITY_MUTUAL)).hasValue(3.5);
    assertThat(spring.disagreements(3.5))
        .containsExactly(SystemBehaviour.SHARED_VISION, SystemBehaviour.ACCOUNTABILITY_MUTUAL);
    assertThat(HealthProfile.change(HealthProfile.of(SomersetHealth.autumn()), spring))
        .containsEntry(SystemBehaviour.FEEDBACK_DRIVES_ADAPTATION, 1.0);
  }

  @Test
  void chart_isWellFormedSvg() throws Exception {
    String svg = SvgRenderer.render(HealthProfile.of(SomersetHealth.spring()));
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);

    Document document =
        factory
            .newDocumentBuilder()
            .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));

    assertThat(document.getDocumentElement().getNamespaceURI())
        .isEqualTo("http://www.w3.org/2000/svg");
    assertThat(document.getDocumentElement().getAttribute("width")).isEqualTo("800");
    // one dot per stakeholder group (five: the council speaks twice) and behaviour
    assertThat(document.getElementsByTagName("circle").getLength()).isEqualTo(5 * 9);
  }

  @Test
  void runHealth_printsIllustrativeProfilesChangeAndFindings_andWritesTheChart(@TempDir Path dir)
      throws Exception {
    Path svg = dir.resolve("charts").resolve("health.svg");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ValidationResult result;
    try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      result = SomersetExample.runHealth(out, svg);
    }
    String printed = bytes.toString(StandardCharsets.UTF_8);

    assertThat(result.size()).isEqualTo(2);
    assertThat(printed)
        .contains("Illustrative:")
        .contains("## Autumn 2024 (illustrative)")
        .contains("## Change between the rounds")
        .contains("health/no-resident-voice")
        .contains("written to " + svg);
    assertThat(Files.readString(svg)).startsWith("<?xml").contains("Spring 2025 (illustrative)");
  }
}
