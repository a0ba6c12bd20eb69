package io.github.hls4j.health;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ArrayListMultimap;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import com.google.common.collect.Multimap;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The health of a system as a round of assessments sees it: for each behaviour, the spread of all
 * scores and the spread of each stakeholder group's scores. Disagreement is information, so nothing
 * is averaged away: {@link #divergence} shows how far groups' medians lie apart, and {@link
 * #disagreements} names the behaviours groups see most differently.
 *
 * <pre>{@code
 * HealthProfile autumn = HealthProfile.of(autumnRound);
 * HealthProfile spring = HealthProfile.of(springRound);
 * Map<SystemBehaviour, Double> change = HealthProfile.change(autumn, spring);
 * }</pre>
 *
 * <p>The profile does not depend on the order of the assessments. Instances are immutable and
 * thread-safe.
 *
 * @since 0.1.0
 */
public final class HealthProfile {

  private final String name;
  private final int assessments;
  private final ImmutableMap<SystemBehaviour, ScoreSpread> byBehaviour;
  private final ImmutableMap<StakeholderGroup, Map<SystemBehaviour, ScoreSpread>> byGroup;

  private HealthProfile(String name, List<HealthAssessment> assessments) {
    this.name = name;
    this.assessments = assessments.size();
    Multimap<SystemBehaviour, Integer> all = ArrayListMultimap.create();
    Map<StakeholderGroup, Multimap<SystemBehaviour, Integer>> groups =
        new EnumMap<>(StakeholderGroup.class);
    for (HealthAssessment a : assessments) {
      for (BehaviourScore s : a.scores()) {
        all.put(s.behaviour(), s.score());
        groups
            .computeIfAbsent(a.speaksFor(), g -> ArrayListMultimap.create())
            .put(s.behaviour(), s.score());
      }
    }
    this.byBehaviour = spreads(all);
    ImmutableMap.Builder<StakeholderGroup, Map<SystemBehaviour, ScoreSpread>> byGroup =
        ImmutableMap.builder();
    groups.forEach((group, scores) -> byGroup.put(group, spreads(scores)));
    this.byGroup = byGroup.buildOrThrow();
  }

  private static ImmutableMap<SystemBehaviour, ScoreSpread> spreads(
      Multimap<SystemBehaviour, Integer> scores) {
    Map<SystemBehaviour, ScoreSpread> spreads = new EnumMap<>(SystemBehaviour.class);
    scores.asMap().forEach((behaviour, values) -> spreads.put(behaviour, ScoreSpread.of(values)));
    return Maps.immutableEnumMap(spreads);
  }

  /**
   * Returns the profile of a round.
   *
   * @param round the round
   * @return the profile, named after the round
   * @since 0.1.0
   */
  public static HealthProfile of(HealthRound round) {
    requireNonNull(round, "round");
    return new HealthProfile(round.name(), round.assessments());
  }

  /**
   * Returns the profile of some assessments.
   *
   * @param name the profile's name
   * @param assessments the assessments, in any order
   * @return the profile
   * @since 0.1.0
   */
  public static HealthProfile of(String name, Iterable<HealthAssessment> assessments) {
    return new HealthProfile(requireNonNull(name, "name"), ImmutableList.copyOf(assessments));
  }

  /**
   * Returns the change in each behaviour's median from one profile to a later one, for the
   * behaviours both scored.
   *
   * @param before the earlier profile
   * @param after the later profile
   * @return an unmodifiable map from behaviour to the later median less the earlier, in behaviour
   *     order
   * @since 0.1.0
   */
  public static Map<SystemBehaviour, Double> change(HealthProfile before, HealthProfile after) {
    Map<SystemBehaviour, Double> change = new EnumMap<>(SystemBehaviour.class);
    before.byBehaviour.forEach(
        (behaviour, spread) -> {
          ScoreSpread later = after.byBehaviour.get(behaviour);
          if (later != null) {
            change.put(behaviour, later.median() - spread.median());
          }
        });
    return Maps.immutableEnumMap(change);
  }

  /**
   * Returns the profile's name.
   *
   * @return the name
   * @since 0.1.0
   */
  public String name() {
    return name;
  }

  /**
   * Returns how many assessments the profile holds.
   *
   * @return the number of assessments
   * @since 0.1.0
   */
  public int assessments() {
    return assessments;
  }

  /**
   * Returns the spread of every score of each behaviour scored at least once, in behaviour order.
   *
   * @return an unmodifiable map
   * @since 0.1.0
   */
  public Map<SystemBehaviour, ScoreSpread> byBehaviour() {
    return byBehaviour;
  }

  /**
   * Returns the spread of all scores of a behaviour.
   *
   * @param behaviour the behaviour
   * @return the spread, or empty if nobody scored it
   * @since 0.1.0
   */
  public Optional<ScoreSpread> spread(SystemBehaviour behaviour) {
    return Optional.ofNullable(byBehaviour.get(behaviour));
  }

  /**
   * Returns, for each stakeholder group heard, the spread of its scores of each behaviour.
   *
   * @return an unmodifiable map in group order
   * @since 0.1.0
   */
  public Map<StakeholderGroup, Map<SystemBehaviour, ScoreSpread>> byGroup() {
    return byGroup;
  }

  /**
   * Returns how far apart the stakeholder groups' medians of a behaviour lie.
   *
   * @param behaviour the behaviour
   * @return the highest group median less the lowest, or empty when fewer than two groups scored it
   * @since 0.1.0
   */
  public OptionalDouble divergence(SystemBehaviour behaviour) {
    double low = Double.POSITIVE_INFINITY;
    double high = Double.NEGATIVE_INFINITY;
    int groups = 0;
    for (Map<SystemBehaviour, ScoreSpread> spreads : byGroup.values()) {
      ScoreSpread spread = spreads.get(behaviour);
      if (spread != null) {
        low = Math.min(low, spread.median());
        high = Math.max(high, spread.median());
        groups++;
      }
    }
    return groups < 2 ? OptionalDouble.empty() : OptionalDouble.of(high - low);
  }

  /**
   * Returns the behaviours whose group medians lie at least {@code points} apart, most divergent
   * first, then in behaviour order.
   *
   * @param points the least divergence that counts, such as 3
   * @return an unmodifiable list
   * @since 0.1.0
   */
  public List<SystemBehaviour> disagreements(double points) {
    return java.util.Arrays.stream(SystemBehaviour.values())
        .filter(b -> divergence(b).orElse(-1) >= points)
        .sorted(
            java.util.Comparator.comparingDouble((SystemBehaviour b) -> -divergence(b).orElse(0)))
        .collect(ImmutableList.toImmutableList());
  }

  @Override
  public String toString() {
    return "HealthProfile{"
        + name
        + ", assessments="
        + assessments
        + ", groups="
        + byGroup.keySet()
        + "}";
  }
}
