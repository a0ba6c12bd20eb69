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
import io.github.hls4j.stewardship.BarrierLevel;
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
import org.jspecify.annotations.Nullable;

/**
 * Routes barriers to the stewards who can remove them, by an algorithm rather than by hand:
 *
 * <ol>
 *   <li>A {@link BarrierKind#LEGISLATION legislative} barrier, and any barrier at the {@link
 *       BarrierLevel#NATIONAL national} level, goes to the top of the system, to be made visible
 *       and never worked around: the leadership steward at the highest scale. No steward inside
 *       the system can remove it, whatever their remit says.
 *   <li>A {@link BarrierLevel#REGIONAL regional} barrier goes to the steward at the lowest scale
 *       at or above {@link SystemScale#SYSTEM system} scale whose remit covers the barrier's kind
 *       and organisation: a team or a service cannot remove it.
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
    if (barrier.removableOnlyNationally()) {
      return toTop(
          barrier.kind() == BarrierKind.LEGISLATION
              ? "legislation"
              : "a national barrier (" + KIND_WORDS.get(barrier.kind()) + ")");
    }
    SystemScale from = from(barrier);
    SystemSteward s = remitHolder(barrier, from);
    String where = barrier.level() == BarrierLevel.REGIONAL ? "a regional barrier: " : "";
    if (s != null) {
      return Route.to(
          s,
          where + "lowest steward at or above " + SCALE_WORDS.get(from) + " scale whose remit covers "
              + KIND_WORDS.get(barrier.kind()) + " for " + barrier.organisation());
    }
    return Route.nowhere(
        where + "no steward at or above " + SCALE_WORDS.get(from) + " scale has a remit over "
            + KIND_WORDS.get(barrier.kind()) + " for " + barrier.organisation());
  }

  /**
   * Returns whether the barrier has a steward to go to, as {@link #route} would find, without
   * wording the route's reason: for rules that report only the barriers that have none.
   */
  boolean routes(Barrier barrier) {
    return barrier.removableOnlyNationally() ? top.isPresent() : remitHolder(barrier, from(barrier)) != null;
  }

  /** The scale a barrier is routed from: a regional barrier starts at the scale of the system. */
  private static SystemScale from(Barrier barrier) {
    return barrier.level() == BarrierLevel.REGIONAL && barrier.raisedAt().compareTo(SystemScale.SYSTEM) < 0
        ? SystemScale.SYSTEM
        : barrier.raisedAt();
  }

  /** The lowest steward at or above the scale whose remit covers the barrier, or null. */
  private @Nullable SystemSteward remitHolder(Barrier barrier, SystemScale from) {
    Map<SystemScale, SystemSteward> route = byRemit.get(new Key(barrier.kind(), barrier.organisation()));
    return route == null ? null : route.get(from);
  }

  /** To the top steward, to make visible what no steward inside the system can remove. */
  private Route toTop(String what) {
    String reason = what + " goes to the top of the system to be made visible";
    return top.map(s -> Route.to(s, reason))
        .orElseGet(() -> Route.nowhere(reason + ", but the system has no leadership steward"));
  }

  /** Each constant in words, such as "system of systems", made once rather than per route. */
  private static <E extends Enum<E>> ImmutableMap<E, String> words(E[] constants) {
    return Maps.immutableEnumMap(
        Maps.toMap(Arrays.asList(constants), c -> ConstantWords.of(c.name())));
  }

  private record Key(BarrierKind kind, PartyId organisation) {}
}
