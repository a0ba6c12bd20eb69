package io.github.hls4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
