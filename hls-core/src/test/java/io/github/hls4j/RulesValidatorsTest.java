package io.github.hls4j;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hls4j.commissioning.CommissioningRules;
import io.github.hls4j.learning.LearningRules;
import io.github.hls4j.stewardship.StewardshipRules;
import io.github.hls4j.strategy.AlignmentRules;
import io.github.hls4j.validation.Profile;
import io.github.hls4j.validation.RuleDescriptor;
import io.github.hls4j.validation.RuleSet;
import io.github.hls4j.validation.Validator;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every {@code *Rules} class gives {@code validator(Profile)}, as decision 0022 asks. */
class RulesValidatorsTest {

  private static void assertValidator(Validator<?> validator, RuleSet<?> rules, Profile profile) {
    List<RuleDescriptor> applying =
        rules.descriptors().stream().filter(d -> d.appliesIn(profile)).toList();
    assertThat(validator.profile()).isEqualTo(profile);
    assertThat(validator.activeRules()).containsExactlyInAnyOrderElementsOf(applying);
  }

  @Test
  void validator_commissioning_runsTheArrangementRulesOfTheProfile() {
    assertValidator(
        CommissioningRules.validator(Profile.DRAFT),
        CommissioningRules.arrangement(),
        Profile.DRAFT);
  }

  @Test
  void validator_stewardship_runsTheStewardRulesOfTheProfile() {
    assertValidator(
        StewardshipRules.validator(Profile.PUBLISHED),
        StewardshipRules.systemSteward(),
        Profile.PUBLISHED);
  }

  @Test
  void validator_alignment_runsTheAlignmentRulesOfTheProfile() {
    assertValidator(
        AlignmentRules.validator(Profile.DECISION_READY),
        AlignmentRules.alignable(),
        Profile.DECISION_READY);
  }

  @Test
  void validator_learning_runsTheCycleRulesOfTheProfile() {
    Clock clock = Clock.systemUTC();
    assertValidator(
        LearningRules.validator(Profile.DRAFT, clock),
        LearningRules.learningCycle(clock),
        Profile.DRAFT);
  }
}
