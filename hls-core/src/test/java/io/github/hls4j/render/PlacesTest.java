package io.github.hls4j.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hls4j.governance.BoardReport;
import io.github.hls4j.governance.GovernanceFixtures;
import io.github.hls4j.governance.GovernanceRules;
import io.github.hls4j.governance.Recommendation;
import io.github.hls4j.testing.Defect;
import io.github.hls4j.testing.DefectPlanter;
import io.github.hls4j.testing.PlantedDefect;
import io.github.hls4j.testing.ReportGenerator;
import io.github.hls4j.validation.Profile;
import io.github.hls4j.validation.ValidationResult;
import io.github.hls4j.validation.Violation;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PlacesTest {

  private static final Places ENGLISH = Places.of(Locale.ENGLISH);
  private static final Places WELSH = Places.of(Locale.forLanguageTag("cy"));

  @Test
  void describe_undatedSignOff_namesTheTableRowPersonAndField() {
    BoardReport report =
        GovernanceFixtures.reportWithUndatedSignOff("Click or tap to enter a date.");
    String name = report.signOffs().get(0).name().orElseThrow();
    String role = report.signOffs().get(0).role().title();

    assertThat(ENGLISH.describe(report, "signOffs[0].date"))
        .isEqualTo("Sign-off table, row 1 (" + name + ", " + role + "): Date");
    assertThat(WELSH.describe(report, "signOffs[0].date"))
        .isEqualTo("Tabl cymeradwyo, rhes 1 (" + name + ", " + role + "): Dyddiad");
  }

  @Test
  void describe_dependency_namesBothRecommendationsByNumber() {
    BoardReport valid = GovernanceFixtures.validReport();
    BoardReport report =
        BoardReport.builder()
            .from(valid)
            .recommendations(
                java.util.List.of(
                    Recommendation.builder().number(1).action("Agree the approach.").build(),
                    Recommendation.builder()
                        .number(2)
                        .action("Set up the group.")
                        .dependsOn(java.util.List.of(3))
                        .build()))
            .build();

    assertThat(ENGLISH.describe(report, "recommendations[1].dependsOn[0]"))
        .isEqualTo("Recommendation 2: depends on recommendation 3");
    assertThat(WELSH.describe(report, "recommendations[1].dependsOn[0]"))
        .isEqualTo("Argymhelliad 2: yn dibynnu ar argymhelliad 3");
  }

  @Test
  void describe_sectionParagraph_usesTheReportsOwnHeadingAndNumber() {
    BoardReport report = GovernanceFixtures.validReport();
    String heading = report.sections().get(0).heading();
    String number = report.sections().get(0).paragraphs().get(0).number();

    assertThat(ENGLISH.describe(report, "sections[0].paragraphs[0]"))
        .isEqualTo(
            "Section "
                + report.sections().get(0).number()
                + " ("
                + heading
                + "), paragraph "
                + number);
  }

  @Test
  void describe_emptyPath_isTheReportAsAWhole() {
    assertThat(ENGLISH.describe(GovernanceFixtures.validReport(), ""))
        .isEqualTo("The report as a whole");
    assertThat(WELSH.describe(GovernanceFixtures.validReport(), ""))
        .isEqualTo("Yr adroddiad cyfan");
  }

  @ParameterizedTest
  @EnumSource(Defect.class)
  void describeAll_everyPlantedDefect_hasAPlaceInWordsInBothLanguages(Defect defect) {
    for (long seed = 1; seed <= 5; seed++) {
      BoardReport valid = ReportGenerator.validReport(new SplittableRandom(seed));
      PlantedDefect<BoardReport> planted =
          DefectPlanter.plant(valid, defect, new SplittableRandom(seed));
      ValidationResult result =
          GovernanceRules.validator(Profile.DECISION_READY).validate(planted.subject());

      for (Places places : java.util.List.of(ENGLISH, WELSH)) {
        ValidationResult described = places.describeAll(planted.subject(), result);
        assertThat(described).isEqualTo(result);
        for (Violation v : described.violations()) {
          String place = v.place().orElseThrow();
          assertThat(place)
              .as("%s at %s", v.rule(), v.path())
              .isNotBlank()
              .doesNotContain("[")
              .doesNotMatch(".*\\b[a-z]+[A-Z][a-zA-Z]*\\b.*");
        }
        assertThat(described.violations())
            .anySatisfy(
                v -> {
                  assertThat(v.rule()).isEqualTo(planted.rule());
                  assertThat(v.path()).isEqualTo(planted.path());
                  assertThat(v.place()).isPresent();
                });
      }
    }
  }

  @Test
  void quote_textField_isTheDocumentsText_andNothingForAStructure() {
    BoardReport report =
        GovernanceFixtures.reportWithUndatedSignOff("Click or tap to enter a date.");

    assertThat(Places.quote(report, "title")).contains(report.title());
    assertThat(Places.quote(report, "signOffs[0]")).isEmpty();
    assertThat(Places.quote(report, "nothing[3].here")).isEmpty();
  }

  @Test
  void describe_wordDocumentPath_namesTableRowAndCell() {
    BoardReport report = GovernanceFixtures.validReport();

    assertThat(ENGLISH.describe(report, "body/table[1]/row[3]/cell[2]"))
        .isEqualTo("Table 1, row 3, cell 2");
    assertThat(WELSH.describe(report, "body/paragraph[6]")).isEqualTo("Paragraff 6");
    assertThat(
            ENGLISH.describe(
                io.github.hls4j.validation.Location.of(
                    "body/table[2]/row[3]/cell[2]", "table 2, row 3, cell 2", "Date")))
        .isEqualTo(
            io.github.hls4j.validation.Location.of(
                    "body/table[2]/row[3]/cell[2]", "table 2, row 3, cell 2", "Date")
                .toString());
    assertThat(WELSH.describe(io.github.hls4j.validation.Location.of("body", "the document", "")))
        .isEqualTo("y ddogfen");
  }

  /** Every path into a model: each property, and each element of a list, down to the leaves. */
  private static void paths(Object model, String prefix, java.util.List<String> into) {
    for (io.github.hls4j.internal.ModelDescription.Property p :
        io.github.hls4j.internal.ModelDescription.of(model.getClass()).properties()) {
      String path = prefix.isEmpty() ? p.name() : prefix + "." + p.name();
      into.add(path);
      Object value = p.read(model);
      if (value instanceof java.util.Optional<?> optional) {
        value = optional.orElse(null);
      }
      if (p.many() && value instanceof java.util.Collection<?> elements) {
        int i = 0;
        for (Object element : elements) {
          String at = path + "[" + i++ + "]";
          into.add(at);
          if (io.github.hls4j.internal.ModelDescription.isModel(element.getClass())) {
            paths(element, at, into);
          }
        }
      } else if (value != null
          && io.github.hls4j.internal.ModelDescription.isModel(value.getClass())) {
        paths(value, path, into);
      }
    }
  }

  @Test
  void describe_everyPathOfAGeneratedSystem_namesNoPropertyAsThePathDoes() {
    io.github.hls4j.system.LearningSystem system =
        io.github.hls4j.testing.SystemGenerator.validSystem(
            new SplittableRandom(7), 40, java.time.LocalDate.of(2025, 6, 1));
    java.util.List<String> paths = new java.util.ArrayList<>();
    paths(system, "", paths);

    assertThat(paths).hasSizeGreaterThan(200);
    for (Places places : java.util.List.of(ENGLISH, WELSH)) {
      for (String path : paths) {
        assertThat(places.describe(system, path))
            .as(path)
            .doesNotContain("[")
            .doesNotMatch("(?s).*\\b[a-z]+[A-Z][a-zA-Z]*\\b.*")
            .matches("(?s)\\p{Lu}.*");
      }
    }
  }

  @Test
  void describe_escalationMadeVisible_namesTheEscalationByIdAndTheBodyByName() {
    io.github.hls4j.system.LearningSystem system =
        io.github.hls4j.testing.SystemGenerator.validSystem(
            new SplittableRandom(7), 40, java.time.LocalDate.of(2025, 6, 1));
    io.github.hls4j.learning.Escalation escalation = system.escalations().get(0);
    String id = escalation.id().value();

    assertThat(ENGLISH.describe(system, "escalations[0].madeVisible"))
        .isEqualTo("Escalation 1 (" + id + "): Made visible to");
    assertThat(WELSH.describe(system, "escalations[0].barrier.level"))
        .isEqualTo("Uwchgyfeiriad 1 (" + id + "): Rhwystr: Lefel");
    assertThat(WELSH.describe(system, "")).isEqualTo("Y system gyfan");
  }
}
