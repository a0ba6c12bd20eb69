package io.github.hls4j.learning;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ListMultimap;
import com.google.common.collect.Maps;
import com.google.common.collect.MultimapBuilder;
import io.github.hls4j.internal.ConstantWords;
import io.github.hls4j.party.PartyId;
import io.github.hls4j.stewardship.BarrierKind;
import io.github.hls4j.stewardship.StewardType;
import io.github.hls4j.stewardship.SystemScale;
import io.github.hls4j.stewardship.SystemSteward;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Routes barriers to the stewards who can remove them, by an algorithm rather than by hand:
 *
 * <ol>
 *   <li>A {@link BarrierKind#LEGISLATION legislative} barrier goes to the top of the system, to be
 *       made visible and never worked around: the leadership steward at the highest scale.
 *   <li>Any other barrier goes to the steward at the lowest scale at or above the scale that raised
 *       it whose remit covers the barrier's kind and organisation.
 *   <li>Ties go to the steward whose id comes first. A barrier no remit covers goes nowhere, and
 *       {@code learning/escalation-unrouted} reports it.
 * </ol>
 *
 * <p>The remits are indexed once, by kind and organisation, so routing a barrier costs the number
 * of stewards whose remit covers it, not the number of stewards.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class EscalationRouter {

  private static final Comparator<SystemSteward> LOWEST_FIRST =
      Comparator.comparing(SystemSteward::scale).thenComparing(SystemSteward::id);

  private static final ImmutableMap<SystemScale, String> SCALE_WORDS = words(SystemScale.values());
  private static final ImmutableMap<BarrierKind, String> KIND_WORDS = words(BarrierKind.values());

  /** For each barrier kind and organisation, the steward to route to from each raising scale. */
  private final ImmutableMap<Key, Map<SystemScale, SystemSteward>> byRemit;
  private final Optional<SystemSteward> top;

  private EscalationRouter(List<SystemSteward> stewards) {
    ListMultimap<Key, SystemSteward> index =
        MultimapBuilder.hashKeys().arrayListValues().build();
    for (SystemSteward s : stewards) {
      for (BarrierKind kind : s.remit().barrierKinds()) {
        for (PartyId organisation : s.remit().organisations()) {
          index.put(new Key(kind, organisation), s);
        }
      }
    }
    ImmutableMap.Builder<Key, Map<SystemScale, SystemSteward>> routes = ImmutableMap.builder();
    index.asMap().forEach((key, covering) -> routes.put(key, lowestAtOrAbove(covering)));
    this.byRemit = routes.buildOrThrow();
    this.top =
        stewards.stream()
            .filter(s -> s.type() == StewardType.LEADERSHIP)
            .max(Comparator.comparing(SystemSteward::scale).thenComparing(SystemSteward::id, Comparator.reverseOrder()));
  }

  /**
   * For each raising scale, the lowest covering steward at or above it, ties broken by id: one
   * sort per remit key when the router is built, one array look-up per barrier after that.
   */
  private static Map<SystemScale, SystemSteward> lowestAtOrAbove(Collection<SystemSteward> covering) {
    List<SystemSteward> sorted = ImmutableList.sortedCopyOf(LOWEST_FIRST, covering);
    Map<SystemScale, SystemSteward> route = new EnumMap<>(SystemScale.class);
    int next = 0;
    for (SystemScale scale : SystemScale.values()) {
      while (next < sorted.size() && sorted.get(next).scale().compareTo(scale) < 0) {
        next++;
      }
      if (next < sorted.size()) {
        route.put(scale, sorted.get(next));
      }
    }
    return route;
  }

  /**
   * Returns a router over some stewards.
   *
   * @param stewards the stewards, in any order
   * @return the router
   * @since 0.1.0
   */
  public static EscalationRouter of(Iterable<SystemSteward> stewards) {
    return new EscalationRouter(ImmutableList.copyOf(stewards));
  }

  /**
   * Returns where a barrier goes, and why.
   *
   * @param barrier the barrier
   * @return the route
   * @since 0.1.0
   */
  public Route route(Barrier barrier) {
    requireNonNull(barrier, "barrier");
    if (barrier.kind() == BarrierKind.LEGISLATION) {
      return top.map(s -> Route.to(s, "legislation goes to the top of the system to be made visible"))
          .orElseGet(() -> Route.nowhere("legislation goes to the top, but the system has no leadership steward"));
    }
    Map<SystemScale, SystemSteward> route = byRemit.get(new Key(barrier.kind(), barrier.organisation()));
    SystemSteward s = route == null ? null : route.get(barrier.raisedAt());
    if (s != null) {
      return Route.to(
          s,
          "lowest steward at or above " + SCALE_WORDS.get(barrier.raisedAt()) + " scale whose remit covers "
              + KIND_WORDS.get(barrier.kind()) + " for " + barrier.organisation());
    }
    return Route.nowhere(
        "no steward at or above " + SCALE_WORDS.get(barrier.raisedAt()) + " scale has a remit over "
            + KIND_WORDS.get(barrier.kind()) + " for " + barrier.organisation());
  }

  /** Each constant in words, such as "system of systems", made once rather than per route. */
  private static <E extends Enum<E>> ImmutableMap<E, String> words(E[] constants) {
    return Maps.immutableEnumMap(
        Maps.toMap(Arrays.asList(constants), c -> ConstantWords.of(c.name())));
  }

  private record Key(BarrierKind kind, PartyId organisation) {}
}
