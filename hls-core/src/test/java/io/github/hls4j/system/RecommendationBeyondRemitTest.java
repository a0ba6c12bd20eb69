package io.github.hls4j.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hls4j.governance.Board;
import io.github.hls4j.governance.BoardId;
import io.github.hls4j.governance.BoardReport;
import io.github.hls4j.governance.Recommendation;
import io.github.hls4j.governance.ReportId;
import io.github.hls4j.governance.SourceKind;
import io.github.hls4j.governance.SourceRef;
import io.github.hls4j.learning.Barrier;
import io.github.hls4j.learning.CycleId;
import io.github.hls4j.learning.Escalation;
import io.github.hls4j.learning.EscalationId;
import io.github.hls4j.party.Organisation;
import io.github.hls4j.party.PartyId;
import io.github.hls4j.party.Person;
import io.github.hls4j.party.Sector;
import io.github.hls4j.stewardship.BarrierKind;
import io.github.hls4j.stewardship.Remit;
import io.github.hls4j.stewardship.StewardId;
import io.github.hls4j.stewardship.StewardType;
import io.github.hls4j.stewardship.SystemScale;
import io.github.hls4j.stewardship.SystemSteward;
import io.github.hls4j.validation.Profile;
import io.github.hls4j.validation.Severity;
import io.github.hls4j.validation.Violation;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * governance/recommendation-beyond-remit: a board asked to remove what only government, or a
 * partner, can.
 */
class RecommendationBeyondRemitTest {

  static final PartyId COUNCIL = PartyId.of("council");
  static final Board BOARD = Board.builder().id(BoardId.of("board")).name("The Board").build();
  static final Person OFFICER =
      Person.builder().id(PartyId.of("officer")).name("An Officer").build();

  static Escalation escalation(String id, BarrierKind kind) {
    return Escalation.builder()
        .id(EscalationId.of(id))
        .barrier(
            Barrier.builder().kind(kind).organisation(COUNCIL).description("Barrier " + id).build())
        .raisedBy(CycleId.of("cycle"))
        .raisedOn(LocalDate.of(2025, 1, 1))
        .respondBy(LocalDate.of(2025, 3, 1))
        .build();
  }

  static Recommendation recommendation(int number, String action, String escalation) {
    return Recommendation.builder()
        .number(number)
        .action(action)
        .addBasedOn(SourceRef.of(SourceKind.ESCALATION, escalation))
        .build();
  }

  static List<Violation> found(Recommendation... recommendations) {
    BoardReport report =
        BoardReport.builder()
            .id(ReportId.of("paper"))
            .title("A paper")
            .board(BOARD)
            .leadOfficer(OFFICER)
            .author(OFFICER)
            .addSummary("A summary")
            .addRecommendations(recommendations)
            .build();
    LearningSystem system =
        LearningSystem.builder()
            .place("Shire")
            .addParties(
                Organisation.builder()
                    .id(COUNCIL)
                    .name("Shire Council")
                    .sector(Sector.COUNCIL)
                    .build())
            .addBoards(BOARD)
            .addStewards(
                SystemSteward.builder()
                    .id(StewardId.of("top"))
                    .heldBy(COUNCIL)
                    .type(StewardType.LEADERSHIP)
                    .scale(SystemScale.SYSTEM)
                    .remit(
                        Remit.builder()
                            .addBarrierKinds(BarrierKind.THRESHOLDS)
                            .addOrganisations(COUNCIL)
                            .build())
                    .build())
            .addEscalations(
                escalation("law", BarrierKind.LEGISLATION),
                escalation("limits", BarrierKind.THRESHOLDS),
                escalation("rotas", BarrierKind.WORKFORCE))
            .addReports(report)
            .build();
    Clock clock = Clock.fixed(Instant.parse("2025-06-01T00:00:00Z"), ZoneOffset.UTC);
    return SystemRules.validator(Profile.DECISION_READY, clock)
        .validate(system)
        .violations()
        .stream()
        .filter(v -> v.rule().toString().equals("governance/recommendation-beyond-remit"))
        .toList();
  }

  @Test
  void validate_boardTakesOwnershipOfNationalLaw_warnsAtTheAction() {
    List<Violation> found =
        found(
            recommendation(
                1, "takes ownership of the barrier and answers it by 1 July 2025.", "law"));

    assertThat(found)
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.severity()).isEqualTo(Severity.WARNING);
              assertThat(v.path()).isEqualTo("reports[0].recommendations[0].action");
              assertThat(v.arguments())
                  .containsEntry("number", "1")
                  .containsEntry("barrier", "Barrier law");
              assertThat(String.valueOf(v.arguments().get("reach"))).contains("national");
            });
  }

  @Test
  void validate_boardTakesOwnershipOfABarrierNoTopStewardCovers_warns() {
    List<Violation> found =
        found(
            recommendation(
                1, "agrees that the Chair writes to the Ministry about the barrier.", "law"),
            recommendation(2, "takes ownership of the barrier and answers it.", "limits"),
            recommendation(3, "takes ownership of the barrier and answers it.", "rotas"));

    assertThat(found)
        .extracting(Violation::path)
        .containsExactly("reports[0].recommendations[2].action");
  }

  @Test
  void validate_writesAsksOrMakesVisible_isWithinReach() {
    assertThat(
            found(
                recommendation(
                    1, "asks the partners to consider the barrier and tell the Board.", "rotas"),
                recommendation(
                    2,
                    "asks the lead officer to make visible to national government the barrier.",
                    "law"),
                recommendation(3, "notes the barrier.", "law")))
        .isEmpty();
  }

  @Test
  void descriptor_isListedAmongTheSystemRules() {
    assertThat(SystemRules.descriptors()).contains(SystemRules.RECOMMENDATION_BEYOND_REMIT);
    assertThat(SystemRules.RECOMMENDATION_BEYOND_REMIT.profiles())
        .contains(Profile.DECISION_READY, Profile.PUBLISHED);
  }
}
