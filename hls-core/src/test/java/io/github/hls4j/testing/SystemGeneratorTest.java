package io.github.hls4j.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.hls4j.health.HealthRound;
import io.github.hls4j.health.HealthRules;
import io.github.hls4j.system.LearningSystem;
import io.github.hls4j.system.SystemRules;
import io.github.hls4j.validation.Profile;
import io.github.hls4j.validation.RuleDescriptor;
import io.github.hls4j.validation.Severity;
import io.github.hls4j.validation.SeverityPolicy;
import io.github.hls4j.validation.ValidationResult;
import io.github.hls4j.validation.Validator;
import io.github.hls4j.validation.Violation;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SystemGeneratorTest {

  private static final LocalDate TODAY = LocalDate.of(2025, 6, 1);
  private static final Clock CLOCK =
      Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

  private static List<Violation> errors(ValidationResult result) {
    return result.violations().stream()
        .filter(v -> v.severity() == Severity.ERROR)
        .collect(Collectors.toList());
  }

  @Test
  void generatedSystems_haveNoErrorInAnyProfile_andAreTheSameForTheSameSeed() {
    qt().withExamples(Integer.getInteger("hls4j.examples", 60))
        .forAll(longs().all(), integers().between(1, 400))
        .checkAssert(
            (seed, size) -> {
              LearningSystem system = SystemGenerator.validSystem(new Random(seed), size, TODAY);
              for (Profile p : Profile.values()) {
                assertThat(errors(SystemRules.validator(p, CLOCK).validate(system)))
                    .as("size %s", size)
                    .isEmpty();
              }
              assertThat(SystemGenerator.validSystem(new Random(seed), size, TODAY))
                  .isEqualTo(system);
            });
  }

  @Test
  void size_growsEveryPart() {
    LearningSystem system = SystemGenerator.validSystem(new Random(3), 1_000, TODAY);

    assertThat(system.parties()).hasSize(100);
    assertThat(system.cycles()).hasSize(250);
    assertThat(system.shares()).hasSize(250);
    assertThat(system.agreements()).hasSize(250);
    assertThat(system.escalations()).hasSize(500);
    assertThat(system.stewards()).hasSize(51);
  }

  @Test
  void validSystem_outOfRange_throwsNamingTheArgument() {
    assertThatThrownBy(() -> SystemGenerator.validSystem(new Random(1), 0, TODAY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("size (0) must be at least 1");
    assertThatThrownBy(() -> SystemGenerator.validSystem(new Random(1), 1, 1, 1, 1, TODAY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("organisations (1) must be at least 2");
  }

  @ParameterizedTest
  @EnumSource(SystemDefect.class)
  void plantedDefect_isFoundByItsRuleAtItsPath_andOnlyThere(SystemDefect defect) {
    qt().withExamples(Integer.getInteger("hls4j.examples", 30))
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              Random random = new Random(seed);
              LearningSystem system =
                  SystemGenerator.validSystem(random, 1 + random.nextInt(200), TODAY);
              PlantedDefect<LearningSystem> planted =
                  DefectPlanter.plant(system, defect, random, TODAY);

              ValidationResult result =
                  SystemRules.validator(Profile.PUBLISHED, CLOCK).validate(planted.subject());

              assertThat(result.violations().stream().filter(v -> v.rule().equals(planted.rule())))
                  .extracting(Violation::path)
                  .containsExactly(planted.path());
              assertThat(errors(result)).allMatch(v -> v.rule().equals(planted.rule()));
            });
  }

  @Test
  void allRulesTogether_findWhatEachRuleFindsOnItsOwn() {
    Validator<LearningSystem> together = SystemRules.validator(Profile.PUBLISHED, CLOCK);
    SystemDefect[] defects = SystemDefect.values();
    qt().withExamples(Integer.getInteger("hls4j.examples", 30))
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              Random random = new Random(seed);
              LearningSystem system =
                  SystemGenerator.validSystem(random, 1 + random.nextInt(200), TODAY);
              for (int d = 0; d < 4; d++) {
                system =
                    DefectPlanter.plant(
                            system, defects[random.nextInt(defects.length)], random, TODAY)
                        .subject();
              }
              List<Violation> apart = new ArrayList<>();
              for (RuleDescriptor rule : together.activeRules()) {
                SeverityPolicy alone = SeverityPolicy.defaults();
                for (RuleDescriptor other : together.activeRules()) {
                  alone = other.equals(rule) ? alone : alone.suppress(other.id());
                }
                Validator<LearningSystem> validator =
                    Validator.builder(SystemRules.learningSystem(CLOCK))
                        .profile(Profile.PUBLISHED)
                        .policy(alone)
                        .build();
                apart.addAll(validator.validate(system).violations());
              }

              assertThat(together.validate(system).violations())
                  .containsExactlyInAnyOrderElementsOf(apart);
            });
  }

  @Test
  void healthRound_isValid_andHearsResidents() {
    HealthRound round = SystemGenerator.healthRound(new Random(5), 12, TODAY);

    assertThat(round.assessments()).hasSize(12);
    assertThat(HealthRules.validator(Profile.PUBLISHED).validate(round).violations()).isEmpty();
  }
}
