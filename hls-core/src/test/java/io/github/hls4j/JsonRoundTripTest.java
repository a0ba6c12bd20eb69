package io.github.hls4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.github.hls4j.governance.BoardReport;
import io.github.hls4j.governance.GovernanceFixtures;
import io.github.hls4j.governance.ReportSamples;
import io.github.hls4j.party.Party;
import io.github.hls4j.party.PartyId;
import io.github.hls4j.party.Person;
import io.github.hls4j.health.BehaviourScore;
import io.github.hls4j.health.HealthAssessment;
import io.github.hls4j.health.HealthRound;
import io.github.hls4j.health.StakeholderGroup;
import io.github.hls4j.health.SystemBehaviour;
import io.github.hls4j.learning.Barrier;
import io.github.hls4j.learning.CycleId;
import io.github.hls4j.learning.Escalation;
import io.github.hls4j.learning.EscalationId;
import io.github.hls4j.learning.Evidence;
import io.github.hls4j.learning.Experiment;
import io.github.hls4j.learning.ExperimentDecision;
import io.github.hls4j.learning.Flex;
import io.github.hls4j.learning.LearningCycle;
import io.github.hls4j.learning.LearningPhase;
import io.github.hls4j.learning.LearningRecord;
import io.github.hls4j.learning.PhaseChange;
import io.github.hls4j.learning.RecordKind;
import io.github.hls4j.stewardship.BarrierKind;
import io.github.hls4j.stewardship.Remit;
import io.github.hls4j.stewardship.StewardId;
import io.github.hls4j.stewardship.StewardType;
import io.github.hls4j.stewardship.SystemScale;
import io.github.hls4j.stewardship.SystemSteward;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every model type reads back from its JSON as an equal value; see docs/json.md. */
class JsonRoundTripTest {

  static final ObjectMapper JSON =
      new ObjectMapper()
          .registerModule(new Jdk8Module())
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  static <T> T roundTrip(T value, Class<T> type) throws Exception {
    return JSON.readValue(JSON.writeValueAsString(value), type);
  }

  @Test
  void generatedReports_roundTrip() throws Exception {
    for (BoardReport report : ReportSamples.generated(11L, 300)) {
      assertThat(roundTrip(report, BoardReport.class)).isEqualTo(report);
    }
  }

  @Test
  void generatedLearningAndHealthModels_roundTrip() {
    qt().withExamples(Integer.getInteger("hls4j.examples", 200))
        .forAll(lists().of(integers().between(0, 9)).ofSizeBetween(0, 12), integers().between(0, 3))
        .checkAssert(
            (codes, kind) -> {
              LocalDate day = LocalDate.of(2025, 1, 1).plusDays(kind);
              HealthAssessment.Builder assessment =
                  HealthAssessment.builder().assessor(PartyId.of("a" + kind)).speaksFor(StakeholderGroup.values()[kind]).date(day);
              LearningCycle.Builder cycle =
                  LearningCycle.builder()
                      .id(CycleId.of("c" + kind))
                      .name("Cycle")
                      .scale(SystemScale.values()[kind])
                      .owner(StewardId.of("s"))
                      .purpose("Purpose");
              for (int i = 0; i < codes.size(); i++) {
                int code = codes.get(i);
                if (i < 9) {
                  assessment.addScores(BehaviourScore.of(SystemBehaviour.values()[i], code + 1, "story " + code));
                }
                cycle.addPhases(PhaseChange.of(LearningPhase.values()[code % 4], day.plusDays(i)));
                cycle.addRecords(
                    LearningRecord.builder()
                        .kind(RecordKind.values()[code % 5])
                        .whatHappened("happened " + code)
                        .addEvidence(code % 2 == 0 ? Evidence.personalStory("named " + code) : Evidence.number(code + " of 10"))
                        .build());
                cycle.addExperiments(
                    Experiment.builder().question("q" + code).addFlexes(Flex.values()[code % 3]).decision(ExperimentDecision.values()[code % 3]).build());
              }
              HealthRound round = HealthRound.builder().name("Round " + kind).addAssessments(assessment.build()).build();
              SystemSteward steward =
                  SystemSteward.builder()
                      .id(StewardId.of("s"))
                      .heldBy(PartyId.of("p"))
                      .type(StewardType.values()[kind % 2])
                      .scale(SystemScale.values()[kind])
                      .remit(Remit.builder().addBarrierKinds(BarrierKind.values()[kind]).addOrganisations(PartyId.of("o")).build())
                      .build();
              Escalation escalation =
                  Escalation.builder()
                      .id(EscalationId.of("e"))
                      .barrier(Barrier.builder().kind(BarrierKind.values()[kind]).organisation(PartyId.of("o")).description("d").raisedBy(CycleId.of("c")).raisedAt(SystemScale.TEAM).build())
                      .raisedOn(day)
                      .respondBy(day.plusDays(30))
                      .build();
              try {
                assertThat(roundTrip(round, HealthRound.class)).isEqualTo(round);
                assertThat(roundTrip(cycle.build(), LearningCycle.class)).isEqualTo(cycle.build());
                assertThat(roundTrip(steward, SystemSteward.class)).isEqualTo(steward);
                Escalation closed = kind % 2 == 0 ? escalation : escalation.answered("a", day).fedBack(day);
                assertThat(roundTrip(closed, Escalation.class)).isEqualTo(closed);
              } catch (Exception e) {
                throw new AssertionError(e);
              }
            });
  }

  @Test
  void json_usesAccessorNames_enumNames_isoDates_andIdsAsText() throws Exception {
    String json = JSON.writeValueAsString(GovernanceFixtures.validReport());

    assertThat(json)
        .contains("\"id\":\"report\"")
        .contains("\"meetingDate\":\"2025-01-15\"")
        .contains("\"kind\":\"REQUEST_OF_THE_BOARD\"")
        .contains("\"signOffs\":[")
        .contains("\"leadOfficer\":{\"type\":\"person\"")
        .doesNotContain("\"empty\"");
  }

  @Test
  void parties_readBackAsTheirOwnKind() throws Exception {
    Party person = Person.builder().id(PartyId.of("p")).name("P").build();

    TypeReference<List<Party>> parties = new TypeReference<>() {};
    String json = JSON.writerFor(parties).writeValueAsString(List.of(person));

    assertThat(json).isEqualTo("[{\"type\":\"person\",\"id\":\"p\",\"name\":\"P\"}]");
    assertThat(JSON.readValue(json, parties)).containsExactly(person);
  }

  @Test
  void unknownProperty_isAnErrorThatNamesIt() {
    assertThatThrownBy(() -> JSON.readValue("{\"type\":\"person\",\"id\":\"p\",\"name\":\"P\",\"nickname\":\"x\"}", Person.class))
        .isInstanceOf(UnrecognizedPropertyException.class)
        .hasMessageContaining("\"nickname\"");
  }

  @Test
  void invalidValue_isRejectedByTheBuilderNamingIt() {
    assertThatThrownBy(() -> JSON.readValue("{\"type\":\"person\",\"id\":\" \",\"name\":\"P\"}", Person.class))
        .hasRootCauseInstanceOf(IllegalArgumentException.class)
        .rootCause()
        .hasMessageStartingWith("PartyId.value ( ) must be");
  }
}
