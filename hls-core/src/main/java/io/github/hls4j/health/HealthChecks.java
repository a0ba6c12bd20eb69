package io.github.hls4j.health;

import io.github.hls4j.validation.MessageArguments;
import io.github.hls4j.validation.RuleContext;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The logic of the {@code health/*} rules; {@link HealthRules} pairs it with ids. */
final class HealthChecks {

  private HealthChecks() {}

  static void incompleteAssessment(HealthRound round, RuleContext context) {
    List<HealthAssessment> assessments = round.assessments();
    for (int i = 0; i < assessments.size(); i++) {
      for (SystemBehaviour b : SystemBehaviour.values()) {
        if (assessments.get(i).score(b).isEmpty()) {
          context
              .at("assessments", i)
              .report(
                  "scores",
                  MessageArguments.of(
                      "assessor", assessments.get(i).assessor(),
                      "behaviour", b,
                      "description", b.description()));
        }
      }
    }
  }

  static void singlePerspective(HealthRound round, RuleContext context) {
    Set<StakeholderGroup> groups = groups(round);
    if (groups.size() == 1) {
      context.report("assessments", MessageArguments.of("group", groups.iterator().next()));
    }
  }

  static void noResidentVoice(HealthRound round, RuleContext context) {
    if (!round.assessments().isEmpty()
        && groups(round).stream().noneMatch(StakeholderGroup::isResidentVoice)) {
      context.report("assessments", MessageArguments.of("round", round.name()));
    }
  }

  static void usedAsTarget(HealthRound round, RuleContext context) {
    List<HealthAssessment> assessments = round.assessments();
    for (int i = 0; i < assessments.size(); i++) {
      String target = assessments.get(i).tiedToTarget().orElse("");
      if (!target.isBlank()) {
        context.at("assessments", i).report("tiedToTarget", MessageArguments.of("target", target));
      }
    }
  }

  private static Set<StakeholderGroup> groups(HealthRound round) {
    Set<StakeholderGroup> groups = EnumSet.noneOf(StakeholderGroup.class);
    round.assessments().forEach(a -> groups.add(a.speaksFor()));
    return groups;
  }
}
