package io.github.hls4j.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hls4j.json.InvalidJsonException;
import io.github.hls4j.validation.Reason;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;
import org.springframework.mock.http.MockHttpInputMessage;

class InvalidRequestBodyExceptionTest {

  private static ProblemDetail body(InvalidJsonException e, boolean tooLarge) {
    return new InvalidRequestBodyException(e, tooLarge, new MockHttpInputMessage(new byte[0]))
        .getBody();
  }

  @Test
  void attribute_pointerEndingInIndexes_isTheLastName() {
    assertThat(InvalidRequestBodyException.attribute("/recommendations/1/dependsOn/0"))
        .isEqualTo("dependsOn");
    assertThat(InvalidRequestBodyException.attribute("/a~1b/2")).isEqualTo("a/b");
    assertThat(InvalidRequestBodyException.attribute("/0/1")).isEmpty();
    assertThat(InvalidRequestBodyException.attribute("")).isEmpty();
  }

  @Test
  void getBody_placeKnown_carriesPointerLineColumnAndAttribute() {
    ProblemDetail body =
        body(
            new InvalidJsonException(
                "request body", 5, 18, "/signOffs/3/date", "SignOff.date: expected a date"),
            false);

    assertThat(body.getStatus()).isEqualTo(400);
    assertThat(body.getDetail()).isEqualTo("SignOff.date: expected a date");
    assertThat(body.getProperties())
        .containsEntry("pointer", "/signOffs/3/date")
        .containsEntry("line", 5)
        .containsEntry("column", 18)
        .containsEntry("attribute", "date");
  }

  @Test
  void getBody_acceptLanguageWelsh_wordsTheDetailInWelsh() {
    MockHttpInputMessage input = new MockHttpInputMessage(new byte[0]);
    input.getHeaders().set("Accept-Language", "cy-GB, en;q=0.5");
    InvalidJsonException refused =
        new InvalidJsonException(
            "request body",
            3,
            18,
            "/meetingDate",
            Reason.of(
                "json/required",
                Map.of("type", "BoardReport", "property", "board"),
                "BoardReport.board is required"));

    ProblemDetail body = new InvalidRequestBodyException(refused, false, input).getBody();
    ProblemDetail english =
        new InvalidRequestBodyException(refused, false, new MockHttpInputMessage(new byte[0]))
            .getBody();

    assertThat(body.getDetail()).isEqualTo("Mae angen BoardReport.board");
    assertThat(english.getDetail()).isEqualTo("BoardReport.board is required");
    assertThat(body.getProperties()).containsEntry("pointer", "/meetingDate");
  }

  @Test
  void getBody_placeUnknown_leavesOutLineColumnAndAttribute() {
    ProblemDetail body =
        body(new InvalidJsonException("request body", 0, 0, "", "the document is empty"), true);

    assertThat(body.getStatus()).isEqualTo(413);
    assertThat(body.getProperties())
        .containsEntry("pointer", "")
        .doesNotContainKeys("line", "column", "attribute");
  }

  @Test
  void getBody_problemNamingAJavaClass_isNotShown() {
    ProblemDetail body =
        body(
            new InvalidJsonException(
                "request body", 1, 2, "/x", "Cannot construct instance of `java.time.LocalDate`"),
            false);

    assertThat(body.getDetail()).doesNotContain("java.").doesNotContain("LocalDate");
  }

  @Test
  void getBody_jacksonLimitMessage_dropsTheJavaReference() {
    ProblemDetail body =
        body(
            new InvalidJsonException(
                "request body",
                1,
                70,
                "/a",
                "Document nesting depth (65) exceeds the maximum allowed (64, from `StreamReadConstraints.getMaxNestingDepth()`)"),
            false);

    assertThat(body.getDetail())
        .isEqualTo("Document nesting depth (65) exceeds the maximum allowed (64)");
  }
}
