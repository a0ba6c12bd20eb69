package io.github.hls4j.learning;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import io.github.hls4j.internal.ConstantWords;
import io.github.hls4j.party.PartyId;
import io.github.hls4j.stewardship.BarrierKind;
import io.github.hls4j.stewardship.BarrierLevel;
import io.github.hls4j.stewardship.StewardType;
import io.github.hls4j.stewardship.SystemScale;
import io.github.hls4j.stewardship.SystemSteward;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
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
 *       and never worked around: the leadership steward at the highest scale. No steward inside the
 *       system can remove it, whatever their remit says.
 *   <li>A {@link BarrierLevel#REGIONAL regional} barrier goes to the steward at the lowest scale at
 *       or above {@link SystemScale#SYSTEM system} scale whose remit covers the barrier's kind and
 *       organisation: a team or a service cannot remove it.
 *   <li>Any other barrier goes to the steward at the lowest scale at or above the scale that raised
 *       it whose remit covers the barrier's kind and organisation.
 *   <li>Ties go to the steward whose id comes first. A barrier no remit covers goes nowhere, and
 *       {@code learning/escalation-unrouted} reports it.
 * </ol>
 *
 * <p>The remits are indexed once, by organisation, kind and raising scale, so routing a barrier is
 * one look-up, whatever the number of stewards.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class EscalationRouter {

  private static final Comparator<SystemSteward> HIGHEST_FIRST =
      Comparator.comparing(SystemSteward::scale).thenComparing(SystemSteward::id).reversed();

  private static final ImmutableMap<SystemScale, String> SCALE_WORDS = words(SystemScale.values());
  private static final ImmutableMap<BarrierKind, String> KIND_WORDS = words(BarrierKind.values());

  private static final int KINDS = BarrierKind.values().length;
  private static final int SCALES = SystemScale.values().length;

  @SuppressWarnings("EnumOrdinal") // scales are declared from the lowest up
  private static final SystemScale LOWEST_SCALE = SystemScale.values()[0];

  /**
   * For each organisation some remit covers, the steward to route to for each barrier kind and
   * raising scale, at {@code kind.ordinal() * SCALES + scale.ordinal()}: null where no remit covers
   * the kind. One small array per organisation keeps the index compact when one remit covers every
   * kind for thousands of organisations.
   */
  private final Map<PartyId, @Nullable SystemSteward[]> byOrganisation;

  private final Optional<SystemSteward> top;

  private EscalationRouter(List<SystemSteward> stewards) {
    // Highest scale first and, within a scale, the last id first: each steward overwrites the
    // routes of those before it, so the lowest covering steward at or above each scale, ties
    // broken by id, is the one left.
    List<SystemSteward> highestFirst = ImmutableList.sortedCopyOf(HIGHEST_FIRST, stewards);
    Map<PartyId, @Nullable SystemSteward[]> byOrganisation = new HashMap<>();
    for (SystemSteward s : highestFirst) {
      for (PartyId organisation : s.remit().organisations()) {
        @Nullable SystemSteward[] routes =
            byOrganisation.computeIfAbsent(organisation, o -> new SystemSteward[KINDS * SCALES]);
        for (BarrierKind kind : s.remit().barrierKinds()) {
          Arrays.fill(routes, slot(kind, LOWEST_SCALE), slot(kind, s.scale()) + 1, s);
        }
      }
    }
    this.byOrganisation = byOrganisation;
    this.top =
        stewards.stream()
            .filter(s -> s.type() == StewardType.LEADERSHIP)
            .max(
                Comparator.comparing(SystemSteward::scale)
                    .thenComparing(SystemSteward::id, Comparator.reverseOrder()));
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
   * @param raisedAt the scale at which it was raised: that of the cycle that raised it ({@link
   *     LearningLoops#raisedAt(Escalation)})
   * @return the route
   * @since 0.1.0
   */
  public Route route(Barrier barrier, SystemScale raisedAt) {
    requireNonNull(barrier, "barrier");
    requireNonNull(raisedAt, "raisedAt");
    if (barrier.removableOnlyNationally()) {
      return barrier.kind() == BarrierKind.LEGISLATION
          ? toTop(Route.Basis.LEGISLATION, "legislation")
          : toTop(
              Route.Basis.NATIONAL, "a national barrier (" + KIND_WORDS.get(barrier.kind()) + ")");
    }
    SystemScale from = from(barrier, raisedAt);
    SystemSteward s = remitHolder(barrier, from);
    boolean regional = barrier.level() == BarrierLevel.REGIONAL;
    Route.Basis basis = regional ? Route.Basis.REGIONAL : Route.Basis.LOCAL;
    String where = regional ? "a regional barrier: " : "";
    if (s != null) {
      return Route.to(
          s,
          basis,
          where
              + "lowest steward at or above "
              + SCALE_WORDS.get(from)
              + " scale whose remit covers "
              + KIND_WORDS.get(barrier.kind())
              + " for "
              + barrier.organisation());
    }
    return Route.nowhere(
        basis,
        where
            + "no steward at or above "
            + SCALE_WORDS.get(from)
            + " scale has a remit over "
            + KIND_WORDS.get(barrier.kind())
            + " for "
            + barrier.organisation());
  }

  /**
   * Returns whether the barrier has a steward to go to, as {@link #route} would find, without
   * wording the route's reason: for rules that report only the barriers that have none.
   */
  boolean routes(Barrier barrier, SystemScale raisedAt) {
    return barrier.removableOnlyNationally()
        ? top.isPresent()
        : remitHolder(barrier, from(barrier, raisedAt)) != null;
  }

  /** The scale a barrier is routed from: a regional barrier starts at the scale of the system. */
  private static SystemScale from(Barrier barrier, SystemScale raisedAt) {
    return barrier.level() == BarrierLevel.REGIONAL && raisedAt.compareTo(SystemScale.SYSTEM) < 0
        ? SystemScale.SYSTEM
        : raisedAt;
  }

  /** The lowest steward at or above the scale whose remit covers the barrier, or null. */
  private @Nullable SystemSteward remitHolder(Barrier barrier, SystemScale from) {
    @Nullable SystemSteward[] routes = byOrganisation.get(barrier.organisation());
    return routes == null ? null : routes[slot(barrier.kind(), from)];
  }

  /**
   * Where the route for a barrier kind raised at a scale is kept in an organisation's routes. The
   * scales are declared from the lowest up, and their positions are the point: the routes of one
   * kind at a scale and all scales below it are one run of the array.
   */
  @SuppressWarnings("EnumOrdinal")
  private static int slot(BarrierKind kind, SystemScale scale) {
    return kind.ordinal() * SCALES + scale.ordinal();
  }

  /** To the top steward, to make visible what no steward inside the system can remove. */
  private Route toTop(Route.Basis basis, String what) {
    String reason = what + " goes to the top of the system to be made visible";
    return top.map(s -> Route.to(s, basis, reason))
        .orElseGet(
            () -> Route.nowhere(basis, reason + ", but the system has no leadership steward"));
  }

  /** Each constant in words, such as "system of systems", made once rather than per route. */
  private static <E extends Enum<E>> ImmutableMap<E, String> words(E[] constants) {
    return Maps.immutableEnumMap(
        Maps.toMap(Arrays.asList(constants), c -> ConstantWords.of(c.name())));
  }
}
