package io.github.hls4j.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.hls4j.party.PartyId;
import io.github.hls4j.stewardship.BarrierKind;
import io.github.hls4j.stewardship.Remit;
import io.github.hls4j.stewardship.StewardId;
import io.github.hls4j.stewardship.StewardType;
import io.github.hls4j.stewardship.SystemScale;
import io.github.hls4j.stewardship.SystemSteward;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EscalationRouterTest {

  static final PartyId COUNCIL = PartyId.of("council");
  static final PartyId NHS = PartyId.of("nhs");

  static SystemSteward steward(String id, SystemScale scale, BarrierKind kind, PartyId organisation) {
    return SystemSteward.builder()
        .id(StewardId.of(id))
        .heldBy(organisation)
        .type(scale.compareTo(SystemScale.SERVICE) >= 0 ? StewardType.LEADERSHIP : StewardType.PRACTITIONER)
        .scale(scale)
        .addResponsibilities("r")
        .remit(Remit.builder().addBarrierKinds(kind).addOrganisations(organisation).build())
        .build();
  }

  static Barrier barrier(BarrierKind kind, PartyId organisation, SystemScale at) {
    return Barrier.builder()
        .kind(kind)
        .organisation(organisation)
        .description("A barrier")
        .raisedBy(CycleId.of("cycle"))
        .raisedAt(at)
        .build();
  }

  private static Optional<String> routed(EscalationRouter router, Barrier barrier) {
    return router.route(barrier).steward().map(s -> s.id().value());
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

    assertThat(routed(router, barrier(BarrierKind.THRESHOLDS, COUNCIL, SystemScale.PRACTICE))).contains("team-lead");
    assertThat(routed(router, barrier(BarrierKind.THRESHOLDS, COUNCIL, SystemScale.SERVICE))).contains("service-a");
    assertThat(routed(router, barrier(BarrierKind.THRESHOLDS, COUNCIL, SystemScale.ORGANISATION))).contains("system-board");
    assertThat(routed(router, barrier(BarrierKind.THRESHOLDS, NHS, SystemScale.TEAM))).isEmpty();
    assertThat(router.route(barrier(BarrierKind.THRESHOLDS, NHS, SystemScale.TEAM)).reason())
        .isEqualTo("no steward at or above team scale has a remit over thresholds for nhs");
    assertThat(routed(router, barrier(BarrierKind.COMMISSIONING, COUNCIL, SystemScale.PRACTICE))).isEmpty();
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

    assertThat(routed(router, barrier(BarrierKind.LEGISLATION, COUNCIL, SystemScale.PRACTICE))).contains("board-a");
    assertThat(router.route(barrier(BarrierKind.LEGISLATION, COUNCIL, SystemScale.PRACTICE)).reason())
        .isEqualTo("legislation goes to the top of the system to be made visible");
    assertThat(routed(EscalationRouter.of(List.of(steward("t", SystemScale.TEAM, BarrierKind.LEGISLATION, COUNCIL))),
            barrier(BarrierKind.LEGISLATION, COUNCIL, SystemScale.TEAM)))
        .isEmpty();
  }

  @Test
  void properties_routingIsCorrectMinimalAndCompleteOverGeneratedRemits() {
    BarrierKind[] kinds = {BarrierKind.THRESHOLDS, BarrierKind.COMMISSIONING, BarrierKind.DATA_SHARING};
    PartyId[] organisations = {COUNCIL, NHS, PartyId.of("vcfse")};
    SystemScale[] scales = SystemScale.values();
    qt().withExamples(Integer.getInteger("hls4j.examples", 300))
        .forAll(
            lists().of(integers().between(0, 44)).ofSizeBetween(0, 20),
            lists().of(integers().between(0, 44)).ofSizeBetween(1, 20))
        .checkAssert(
            (stewardCodes, barrierCodes) -> {
              List<SystemSteward> stewards = new ArrayList<>();
              for (int i = 0; i < stewardCodes.size(); i++) {
                int code = stewardCodes.get(i);
                stewards.add(steward("s" + i, scales[code % 5], kinds[(code / 5) % 3], organisations[(code / 15) % 3]));
              }
              EscalationRouter router = EscalationRouter.of(stewards);
              for (int code : barrierCodes) {
                Barrier b = barrier(kinds[(code / 5) % 3], organisations[(code / 15) % 3], scales[code % 5]);
                List<SystemSteward> covering =
                    stewards.stream()
                        .filter(s -> s.remit().covers(b.kind(), b.organisation()) && s.scale().compareTo(b.raisedAt()) >= 0)
                        .toList();
                Optional<SystemSteward> route = router.route(b).steward();
                // unroutable barriers are exactly those with no covering steward
                assertThat(route.isPresent()).isEqualTo(!covering.isEmpty());
                route.ifPresent(
                    s -> {
                      // the steward covers the barrier, at or above the raising scale
                      assertThat(s.remit().covers(b.kind(), b.organisation())).isTrue();
                      assertThat(s.scale()).isGreaterThanOrEqualTo(b.raisedAt());
                      // and no covering steward sits at a lower scale
                      assertThat(covering).allSatisfy(c -> assertThat(c.scale()).isGreaterThanOrEqualTo(s.scale()));
                    });
              }
            });
  }
}
