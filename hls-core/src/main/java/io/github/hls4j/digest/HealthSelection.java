package io.github.hls4j.digest;

import io.github.hls4j.digest.DigestFacts.Gap;
import io.github.hls4j.digest.DigestFacts.HealthFacts;
import io.github.hls4j.digest.DigestFacts.Movement;
import io.github.hls4j.health.HealthAssessment;
import io.github.hls4j.health.HealthProfile;
import io.github.hls4j.health.HealthRound;
import io.github.hls4j.health.ScoreSpread;
import io.github.hls4j.health.StakeholderGroup;
import io.github.hls4j.health.SystemBehaviour;
import io.github.hls4j.party.PartyId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Chooses what a digest says of the system's health: the spread between groups, then the movement
 * among the voices heard in both rounds.
 */
final class HealthSelection {

  private HealthSelection() {}

  static Optional<HealthFacts> of(List<HealthRound> rounds) {
    if (rounds.isEmpty()) {
      return Optional.empty();
    }
    HealthRound latest = rounds.get(rounds.size() - 1);
    HealthProfile profile = HealthProfile.of(latest);
    Map<StakeholderGroup, Map<SystemBehaviour, Double>> scores =
        new EnumMap<>(StakeholderGroup.class);
    profile
        .byGroup()
        .forEach(
            (group, spreads) -> {
              Map<SystemBehaviour, Double> medians = new EnumMap<>(SystemBehaviour.class);
              spreads.forEach((behaviour, spread) -> medians.put(behaviour, spread.median()));
              scores.put(group, medians);
            });
    List<Gap> gaps = new ArrayList<>();
    for (SystemBehaviour behaviour : SystemBehaviour.values()) {
      StakeholderGroup lowest = null;
      StakeholderGroup highest = null;
      double low = Double.MAX_VALUE;
      double high = -Double.MAX_VALUE;
      for (Map.Entry<StakeholderGroup, Map<SystemBehaviour, Double>> e : scores.entrySet()) {
        Double median = e.getValue().get(behaviour);
        if (median == null) {
          continue;
        }
        if (median < low) {
          low = median;
          lowest = e.getKey();
        }
        if (median > high) {
          high = median;
          highest = e.getKey();
        }
      }
      if (lowest != null && highest != null && lowest != highest) {
        gaps.add(new Gap(behaviour, lowest, low, highest, high));
      }
    }
    gaps.sort(Comparator.comparingDouble(Gap::width).reversed().thenComparing(Gap::behaviour));
    List<String> targets =
        latest.assessments().stream()
            .map(HealthAssessment::tiedToTarget)
            .flatMap(Optional::stream)
            .map(String::strip)
            .distinct()
            .toList();
    if (rounds.size() < 2) {
      return Optional.of(
          new HealthFacts(
              latest.name(),
              scores,
              gaps,
              Optional.empty(),
              0,
              Map.of(),
              Map.of(),
              List.of(),
              Map.of(),
              targets));
    }
    HealthRound previous = rounds.get(rounds.size() - 2);
    Set<PartyId> before =
        previous.assessments().stream().map(HealthAssessment::assessor).collect(Collectors.toSet());
    Set<PartyId> after =
        latest.assessments().stream().map(HealthAssessment::assessor).collect(Collectors.toSet());
    List<HealthAssessment> commonBefore =
        previous.assessments().stream().filter(a -> after.contains(a.assessor())).toList();
    List<HealthAssessment> commonAfter =
        latest.assessments().stream().filter(a -> before.contains(a.assessor())).toList();
    List<Movement> movements = new ArrayList<>();
    for (SystemBehaviour behaviour : SystemBehaviour.values()) {
      Optional<Double> then = median(commonBefore, behaviour);
      Optional<Double> now = median(commonAfter, behaviour);
      if (then.isPresent() && now.isPresent()) {
        movements.add(new Movement(behaviour, then.get(), now.get()));
      }
    }
    Set<StakeholderGroup> groupsBefore =
        previous.assessments().stream()
            .map(HealthAssessment::speaksFor)
            .collect(Collectors.toSet());
    Set<StakeholderGroup> groupsAfter =
        latest.assessments().stream().map(HealthAssessment::speaksFor).collect(Collectors.toSet());
    return Optional.of(
        new HealthFacts(
            latest.name(),
            scores,
            gaps,
            Optional.of(previous.name()),
            (int) commonAfter.stream().map(HealthAssessment::assessor).distinct().count(),
            voices(latest.assessments(), a -> !groupsBefore.contains(a.speaksFor())),
            voices(previous.assessments(), a -> !groupsAfter.contains(a.speaksFor())),
            movements,
            voices(
                latest.assessments(),
                a -> groupsBefore.contains(a.speaksFor()) && !before.contains(a.assessor())),
            targets));
  }

  /** The groups of the assessments that pass the test, each with how many distinct voices. */
  private static Map<StakeholderGroup, Integer> voices(
      List<HealthAssessment> assessments, Predicate<HealthAssessment> test) {
    Map<StakeholderGroup, Set<PartyId>> voices = new EnumMap<>(StakeholderGroup.class);
    assessments.stream()
        .filter(test)
        .forEach(
            a -> voices.computeIfAbsent(a.speaksFor(), g -> new HashSet<>()).add(a.assessor()));
    Map<StakeholderGroup, Integer> groups = new EnumMap<>(StakeholderGroup.class);
    voices.forEach((g, v) -> groups.put(g, v.size()));
    return groups;
  }

  private static Optional<Double> median(
      List<HealthAssessment> assessments, SystemBehaviour behaviour) {
    List<Integer> scores =
        assessments.stream()
            .map(a -> a.score(behaviour))
            .flatMap(Optional::stream)
            .map(s -> s.score())
            .toList();
    return scores.isEmpty() ? Optional.empty() : Optional.of(ScoreSpread.of(scores).median());
  }
}
