package io.github.hls4j.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hls4j.json.internal.JsonInput.Token;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Jackson's tokens, of Jackson 2 and 3, as the walker's, by the names of Jackson's constants. */
class JsonInputTokenTest {

  @Test
  void ofJackson_namesOfBothVersions_mapToTheWalkersTokens() {
    assertThat(Token.ofJackson("FIELD_NAME")).isEqualTo(Token.NAME); // Jackson 2
    assertThat(Token.ofJackson("PROPERTY_NAME")).isEqualTo(Token.NAME); // Jackson 3
    assertThat(
            List.of(
                    "START_OBJECT",
                    "END_OBJECT",
                    "START_ARRAY",
                    "END_ARRAY",
                    "VALUE_STRING",
                    "VALUE_NUMBER_INT",
                    "VALUE_NUMBER_FLOAT",
                    "VALUE_TRUE",
                    "VALUE_FALSE")
                .stream()
                .map(Token::ofJackson)
                .toList())
        .containsExactly(
            Token.START_OBJECT,
            Token.END_OBJECT,
            Token.START_ARRAY,
            Token.END_ARRAY,
            Token.STRING,
            Token.INTEGER,
            Token.FLOAT,
            Token.TRUE,
            Token.FALSE);
  }

  @Test
  void ofJackson_tokensThatAreNoJsonValue_readAsNull() {
    assertThat(
            List.of("VALUE_NULL", "VALUE_EMBEDDED_OBJECT", "NOT_AVAILABLE").stream()
                .map(Token::ofJackson)
                .distinct()
                .toList())
        .containsExactly(Token.NULL);
  }

  /**
   * Shaped as Jackson's {@code JsonToken}: hls-json knows Jackson by the names of its constants.
   */
  enum JacksonLikeToken {
    NOT_AVAILABLE,
    START_OBJECT,
    PROPERTY_NAME,
    VALUE_STRING,
    VALUE_NULL
  }

  @Test
  void ofJackson_constants_mapByTheirNames() {
    assertThat(List.of(JacksonLikeToken.values()).stream().map(Token::ofJackson).toList())
        .containsExactly(Token.NULL, Token.START_OBJECT, Token.NAME, Token.STRING, Token.NULL);
    assertThat(Token.ofJackson((Enum<?>) null)).isNull(); // the end of the input
  }
}
