package io.github.hls4j.examples;

import io.github.hls4j.health.BehaviourScore;
import io.github.hls4j.health.HealthAssessment;
import io.github.hls4j.health.HealthProfile;
import io.github.hls4j.health.HealthRound;
import io.github.hls4j.health.HealthRules;
import io.github.hls4j.health.StakeholderGroup;
import io.github.hls4j.health.SystemBehaviour;
import io.github.hls4j.party.PartyId;
import io.github.hls4j.render.MarkdownRenderer;
import io.github.hls4j.render.SvgRenderer;
import io.github.hls4j.validation.Profile;
import io.github.hls4j.validation.ValidationResult;
import java.time.LocalDate;

/** The example of {@code docs/health.md}: two voices, a profile and its findings. */
public final class HealthExample {

  private HealthExample() {}

  static ValidationResult run() {
    // snippet: health
    HealthAssessment council =
        HealthAssessment.builder()
            .assessor(PartyId.of("council-officer"))
            .speaksFor(StakeholderGroup.COUNCIL)
            .date(LocalDate.of(2025, 4, 8))
            .addScores(
                BehaviourScore.of(
                    SystemBehaviour.POWER_SHARED, 6, "Partners chair the working group in turn"),
                BehaviourScore.of(
                    SystemBehaviour.ACCOUNTABILITY_MUTUAL, 5, "Shared outcomes, separate budgets"))
            .build();
    HealthAssessment frontline =
        HealthAssessment.builder()
            .assessor(PartyId.of("frontline-staff"))
            .speaksFor(StakeholderGroup.FRONTLINE_STAFF)
            .date(LocalDate.of(2025, 4, 14))
            .addScores(
                BehaviourScore.of(
                    SystemBehaviour.POWER_SHARED, 2, "Decisions still come down to us"),
                BehaviourScore.of(
                    SystemBehaviour.ACCOUNTABILITY_MUTUAL, 3, "We answer upwards only"))
            .build();
    HealthRound round =
        HealthRound.builder().name("Spring 2025").addAssessments(council, frontline).build();

    HealthProfile profile = HealthProfile.of(round);
    System.out.print(
        MarkdownRenderer.render(profile)); // a 4-point gap on power is shown, not averaged
    String svg = SvgRenderer.render(profile); // 800 px wide, for a board paper
    ValidationResult result = HealthRules.validator(Profile.DECISION_READY).validate(round);
    // end snippet
    return svg.isEmpty() ? ValidationResult.empty() : result;
  }
}
