package io.github.hls4j.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.hls4j.party.PartyId;
import io.github.hls4j.stewardship.BarrierKind;
import io.github.hls4j.stewardship.BarrierLevel;
import io.github.hls4j.stewardship.Remit;
import io.github.hls4j.stewardship.StewardId;
import io.github.hls4j.stewardship.StewardType;
import io.github.hls4j.stewardship.SystemScale;
import io.github.hls4j.stewardship.SystemSteward;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EscalationRouterTest {

  static final PartyId COUNCIL = PartyId.of("council");
  static final PartyId NHS = PartyId.of("nhs");

  static SystemSteward steward(
      String id, SystemScale scale, BarrierKind kind, PartyId organisation) {
    return steward(id, scale, List.of(kind), List.of(organisation));
  }

  static SystemSteward steward(
      String id, SystemScale scale, List<BarrierKind> kinds, List<PartyId> organisations) {
    return SystemSteward.builder()
        .id(StewardId.of(id))
        .heldBy(organisations.get(0))
        .type(
            scale.compareTo(SystemScale.SERVICE) >= 0
                ? StewardType.LEADERSHIP
                : StewardType.PRACTITIONER)
        .scale(scale)
        .addResponsibilities("r")
        .remit(Remit.builder().addAllBarrierKinds(kinds).addAllOrganisations(organisations).build())
        .build();
  }

  static final CycleId CYCLE = CycleId.of("cycle");

  /** A barrier and the scale of the cycle that raised it. */
  record Raised(Barrier barrier, SystemScale at) {
    BarrierLevel level() {
      return barrier.level();
    }
  }

  static Raised barrier(BarrierKind kind, PartyId organisation, SystemScale at) {
    return new Raised(
        Barrier.builder().kind(kind).organisation(organisation).description("A barrier").build(),
        at);
  }

  private static Route route(EscalationRouter router, Raised raised) {
    return router.route(raised.barrier(), raised.at());
  }

  private static Optional<String> routed(EscalationRouter router, Raised raised) {
    return route(router, raised).steward().map(s -> s.id().value());
  }

  @Test
  void route_lowestCoveringStewardAtOrAboveTheRaisingScale() {
    EscalationRouter router =
        EscalationRouter.of(
            List.of(
                steward("system-board", SystemScale.SYSTEM, BarrierKind.THRESHOLDS, COUNCIL),
                steward("team-lead", SystemScale.TEAM, BarrierKind.THRESHOLDS, COUNCIL),
                steward("service-b", SystemScale.SERVICE, BarrierKind.THRESHOLDS, COUNCIL),
                steward("service-a", SystemScale.SERVICE, BarrierKind.THRESHOLDS, COUNCIL),
                steward("nhs-lead", SystemScale.PRACTICE, BarrierKind.THRESHOLDS, NHS)));

    assertThat(routed(router, barrier(BarrierKind.THRESHOLDS, COUNCIL, SystemScale.PRACTICE)))
        .contains("team-lead");
    assertThat(routed(router, barrier(BarrierKind.THRESHOLDS, COUNCIL, SystemScale.SERVICE)))
        .contains("service-a");
    assertThat(routed(router, barrier(BarrierKind.THRESHOLDS, COUNCIL, SystemScale.ORGANISATION)))
        .contains("system-board");
    assertThat(routed(router, barrier(BarrierKind.THRESHOLDS, NHS, SystemScale.TEAM))).isEmpty();
    assertThat(route(router, barrier(BarrierKind.THRESHOLDS, NHS, SystemScale.TEAM)).reason())
        .isEqualTo("no steward at or above team scale has a remit over thresholds for nhs");
    assertThat(routed(router, barrier(BarrierKind.COMMISSIONING, COUNCIL, SystemScale.PRACTICE)))
        .isEmpty();
  }

  @Test
  void route_legislationGoesToTheTopLeadershipSteward() {
    EscalationRouter router =
        EscalationRouter.of(
            List.of(
                steward("team-lead", SystemScale.TEAM, BarrierKind.LEGISLATION, COUNCIL),
                steward("board-b", SystemScale.SYSTEM, BarrierKind.THRESHOLDS, NHS),
                steward("board-a", SystemScale.SYSTEM, BarrierKind.POLICY, NHS),
                steward("service", SystemScale.SERVICE, BarrierKind.LEGISLATION, COUNCIL)));

    assertThat(routed(router, barrier(BarrierKind.LEGISLATION, COUNCIL, SystemScale.PRACTICE)))
        .contains("board-a");
    assertThat(
            route(router, barrier(BarrierKind.LEGISLATION, COUNCIL, SystemScale.PRACTICE)).reason())
        .isEqualTo("legislation goes to the top of the system to be made visible");
    assertThat(
            routed(
                EscalationRouter.of(
                    List.of(steward("t", SystemScale.TEAM, BarrierKind.LEGISLATION, COUNCIL))),
                barrier(BarrierKind.LEGISLATION, COUNCIL, SystemScale.TEAM)))
        .isEmpty();
  }

  static Raised barrier(
      BarrierKind kind, PartyId organisation, SystemScale at, BarrierLevel level) {
    return new Raised(
        Barrier.builder().from(barrier(kind, organisation, at).barrier()).level(level).build(), at);
  }

  @Test
  void level_defaultsToTheKindsUsualLevel() {
    assertThat(barrier(BarrierKind.THRESHOLDS, COUNCIL, SystemScale.TEAM).level())
        .isEqualTo(BarrierLevel.LOCAL);
    assertThat(barrier(BarrierKind.FUNDING_REGIME, COUNCIL, SystemScale.TEAM).level())
        .isEqualTo(BarrierLevel.NATIONAL);
    assertThat(barrier(BarrierKind.LEADERSHIP_CHURN, COUNCIL, SystemScale.TEAM).level())
        .isEqualTo(BarrierLevel.LOCAL);
    assertThat(
            barrier(BarrierKind.FUNDING_REGIME, COUNCIL, SystemScale.TEAM, BarrierLevel.REGIONAL)
                .level())
        .isEqualTo(BarrierLevel.REGIONAL);
  }

  @Test
  void route_nationalBarrierGoesToTheTopToBeMadeVisibleWhateverTheRemits() {
    EscalationRouter router =
        EscalationRouter.of(
            List.of(
                steward("service", SystemScale.SERVICE, BarrierKind.THRESHOLDS, COUNCIL),
                steward("board", SystemScale.SYSTEM, BarrierKind.POLICY, NHS)));

    Route route =
        route(
            router,
            barrier(BarrierKind.THRESHOLDS, COUNCIL, SystemScale.TEAM, BarrierLevel.NATIONAL));
    Route funding = route(router, barrier(BarrierKind.FUNDING_REGIME, COUNCIL, SystemScale.TEAM));

    assertThat(route.steward().map(s -> s.id().value())).contains("board");
    assertThat(route.reason())
        .isEqualTo(
            "a national barrier (thresholds) goes to the top of the system to be made visible");
    assertThat(funding.steward().map(s -> s.id().value())).contains("board");
    assertThat(
            route(
                    EscalationRouter.of(List.of()),
                    barrier(BarrierKind.FUNDING_REGIME, COUNCIL, SystemScale.TEAM))
                .reason())
        .isEqualTo(
            "a national barrier (funding regime) goes to the top of the system to be made visible, but the system has no leadership steward");
  }

  @Test
  void route_regionalBarrierSkipsStewardsBelowSystemScale() {
    EscalationRouter router =
        EscalationRouter.of(
            List.of(
                steward("team-lead", SystemScale.TEAM, BarrierKind.COMMISSIONING, COUNCIL),
                steward("icb-board", SystemScale.SYSTEM, BarrierKind.COMMISSIONING, COUNCIL)));

    Route route =
        route(
            router,
            barrier(BarrierKind.COMMISSIONING, COUNCIL, SystemScale.TEAM, BarrierLevel.REGIONAL));

    assertThat(route.steward().map(s -> s.id().value())).contains("icb-board");
    assertThat(route.reason())
        .isEqualTo(
            "a regional barrier: lowest steward at or above system scale whose remit covers commissioning for council");
  }

  @Test
  void route_basis_isTheRuleOfTheRouterThatDecided_routedOrNot() {
    EscalationRouter router =
        EscalationRouter.of(
            List.of(
                steward("team-lead", SystemScale.TEAM, BarrierKind.THRESHOLDS, COUNCIL),
                steward("board", SystemScale.SYSTEM, BarrierKind.POLICY, NHS)));
    EscalationRouter empty = EscalationRouter.of(List.of());

    assertThat(route(router, barrier(BarrierKind.LEGISLATION, COUNCIL, SystemScale.TEAM)).basis())
        .isEqualTo(Route.Basis.LEGISLATION);
    assertThat(route(empty, barrier(BarrierKind.LEGISLATION, COUNCIL, SystemScale.TEAM)).basis())
        .isEqualTo(Route.Basis.LEGISLATION);
    assertThat(route(empty, barrier(BarrierKind.FUNDING_REGIME, COUNCIL, SystemScale.TEAM)).basis())
        .isEqualTo(Route.Basis.NATIONAL);
    assertThat(
            route(
                    router,
                    barrier(
                        BarrierKind.THRESHOLDS, COUNCIL, SystemScale.TEAM, BarrierLevel.REGIONAL))
                .basis())
        .isEqualTo(Route.Basis.REGIONAL);
    assertThat(route(router, barrier(BarrierKind.THRESHOLDS, COUNCIL, SystemScale.TEAM)).basis())
        .isEqualTo(Route.Basis.LOCAL);
    assertThat(route(router, barrier(BarrierKind.THRESHOLDS, NHS, SystemScale.TEAM)).basis())
        .isEqualTo(Route.Basis.LOCAL);
  }

  @Test
  void properties_routingIsCorrectMinimalAndCompleteOverGeneratedRemits() {
    BarrierKind[] kinds = {
      BarrierKind.THRESHOLDS, BarrierKind.COMMISSIONING, BarrierKind.DATA_SHARING
    };
    PartyId[] organisations = {COUNCIL, NHS, PartyId.of("vcfse")};
    SystemScale[] scales = SystemScale.values();
    qt().withExamples(Integer.getInteger("hls4j.examples", 300))
        .forAll(
            lists().of(integers().between(0, 179)).ofSizeBetween(0, 20),
            lists().of(integers().between(0, 134)).ofSizeBetween(1, 20))
        .checkAssert(
            (stewardCodes, barrierCodes) -> {
              List<SystemSteward> stewards = new ArrayList<>();
              for (int i = 0; i < stewardCodes.size(); i++) {
                int code = stewardCodes.get(i);
                // beyond 44, a remit covers every kind, every organisation or both
                int breadth = code / 45;
                stewards.add(
                    steward(
                        "s" + i,
                        scales[code % 5],
                        breadth % 2 == 1 ? List.of(kinds) : List.of(kinds[(code / 5) % 3]),
                        breadth >= 2
                            ? List.of(organisations)
                            : List.of(organisations[(code / 15) % 3])));
              }
              EscalationRouter router = EscalationRouter.of(stewards);
              for (int code : barrierCodes) {
                Raised raised =
                    barrier(
                        kinds[(code / 5) % 3],
                        organisations[(code / 15) % 3],
                        scales[code % 5],
                        BarrierLevel.values()[code / 45]);
                Barrier b = raised.barrier();
                Optional<SystemSteward> route = route(router, raised).steward();
                // the rules' question, whether there is a route, has the route's answer
                assertThat(router.routes(b, raised.at())).isEqualTo(route.isPresent());
                if (b.level() == BarrierLevel.NATIONAL) {
                  // a national barrier goes to the highest leadership steward, ties to the first id
                  Optional<SystemSteward> top =
                      stewards.stream()
                          .filter(s -> s.type() == StewardType.LEADERSHIP)
                          .min(
                              Comparator.comparing(SystemSteward::scale)
                                  .reversed()
                                  .thenComparing(SystemSteward::id));
                  assertThat(route).isEqualTo(top);
                  continue;
                }
                SystemScale from =
                    b.level() == BarrierLevel.REGIONAL
                            && raised.at().compareTo(SystemScale.SYSTEM) < 0
                        ? SystemScale.SYSTEM
                        : raised.at();
                List<SystemSteward> covering =
                    stewards.stream()
                        .filter(
                            s ->
                                s.remit().covers(b.kind(), b.organisation())
                                    && s.scale().compareTo(from) >= 0)
                        .toList();
                // unroutable barriers are exactly those with no covering steward
                assertThat(route.isPresent()).isEqualTo(!covering.isEmpty());
                route.ifPresent(
                    s -> {
                      // the steward covers the barrier, at or above the scale it must be removed
                      // from
                      assertThat(s.remit().covers(b.kind(), b.organisation())).isTrue();
                      assertThat(s.scale()).isGreaterThanOrEqualTo(from);
                      // and no covering steward sits at a lower scale, or at the same scale with an
                      // earlier id
                      assertThat(covering)
                          .allSatisfy(c -> assertThat(c.scale()).isGreaterThanOrEqualTo(s.scale()));
                      assertThat(covering)
                          .filteredOn(c -> c.scale() == s.scale())
                          .allSatisfy(c -> assertThat(c.id()).isGreaterThanOrEqualTo(s.id()));
                    });
              }
            });
  }
}
