package io.github.hls4j.spring.boot;

import io.github.hls4j.json.InvalidJsonException;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;

/**
 * A request body of an hls4j type that the hardened reader refused, with the problem details (RFC
 * 9457) that the starter answers it with:
 *
 * <pre>{@code
 * HTTP/1.1 400
 * Content-Type: application/problem+json
 *
 * {"type": "about:blank", "title": "Invalid document", "status": 400,
 *  "detail": "BoardReport.meetingDate: expected a date such as 2025-01-15, got \"15/01/2025\"",
 *  "instance": "/reports", "pointer": "/meetingDate", "line": 5, "column": 18,
 *  "attribute": "meetingDate"}
 * }</pre>
 *
 * <p>The status is 413 (Content Too Large) for a body longer than {@code
 * hls4j.json.max-document-length}, and 400 for anything else the reader refuses. {@code pointer} is
 * the JSON Pointer (RFC 6901) of the offending value, {@code ""} for the whole document; {@code
 * line} and {@code column} are left out where the place is not known; {@code attribute} is the
 * public name of the offending attribute, the last name in the pointer, and is left out where the
 * pointer names none. The body never holds a Java class name or a stack trace.
 *
 * <p>As an {@link ErrorResponse}, the exception carries its status and body for an application that
 * handles it itself, with the starter's problem details switched off.
 *
 * <p>The {@code detail} is worded in the first language of the request's {@code Accept-Language}
 * that hls4j speaks (English or Welsh, {@code cy}), from the problem's {@link
 * InvalidJsonException#reason()}; English otherwise.
 *
 * @since 0.1.0
 */
public final class InvalidRequestBodyException extends HttpMessageNotReadableException
    implements ErrorResponse {

  private static final long serialVersionUID = 1L;

  /**
   * A qualified Java name, such as {@code java.time.LocalDate}, which a problem must not show a
   * client.
   */
  private static final Pattern JAVA_NAME =
      Pattern.compile("\\b[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)+\\.[A-Z]\\w*");

  /**
   * Where Jackson's limit messages name the Java method that sets the limit: {@code , from
   * `StreamReadConstraints…`}.
   */
  private static final Pattern JAVA_REFERENCE = Pattern.compile(",?\\s*from\\s*`[^`]*`");

  private final InvalidJsonException invalidJson;
  private final HttpStatus status;
  private final ProblemDetail body;

  /**
   * Returns the exception for a body the hardened reader refused.
   *
   * @param invalidJson what the reader refused, and where
   * @param tooLarge whether the body was longer than its limit
   * @param input the request's body
   * @since 0.1.0
   */
  public InvalidRequestBodyException(
      InvalidJsonException invalidJson, boolean tooLarge, HttpInputMessage input) {
    super(invalidJson.getMessage(), invalidJson, input);
    this.invalidJson = invalidJson;
    this.status = tooLarge ? HttpStatus.CONTENT_TOO_LARGE : HttpStatus.BAD_REQUEST;
    this.body = problemDetail(invalidJson, status, language(input));
  }

  /** The language the client asks for first, English if none. */
  private static Locale language(HttpInputMessage input) {
    try {
      return input.getHeaders().getAcceptLanguageAsLocales().stream()
          .findFirst()
          .orElse(Locale.ENGLISH);
    } catch (IllegalArgumentException e) {
      return Locale.ENGLISH; // an Accept-Language header that does not parse
    }
  }

  private static ProblemDetail problemDetail(
      InvalidJsonException e, HttpStatus status, Locale language) {
    String worded =
        language.getLanguage().equals("en")
            ? e.problem()
            : e.reason().message(InvalidJsonException.phrasebook(language));
    String problem = JAVA_REFERENCE.matcher(worded).replaceAll("");
    String detail =
        JAVA_NAME.matcher(problem).find() || problem.indexOf('`') >= 0
            ? "the body is not a document of the type this endpoint reads"
            : problem;
    ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
    body.setTitle(status == HttpStatus.BAD_REQUEST ? "Invalid document" : "Document too large");
    body.setProperty("pointer", e.pointer());
    if (e.line() > 0) {
      body.setProperty("line", e.line());
      body.setProperty("column", e.column());
    }
    String attribute = attribute(e.pointer());
    if (!attribute.isEmpty()) {
      body.setProperty("attribute", attribute);
    }
    return body;
  }

  /**
   * Returns the last name in a JSON Pointer, unescaped, or {@code ""} where every segment is an
   * index.
   */
  static String attribute(String pointer) {
    String[] segments = pointer.split("/", -1);
    for (int i = segments.length - 1; i > 0; i--) {
      String segment = segments[i];
      if (!segment.isEmpty() && !segment.chars().allMatch(c -> c >= '0' && c <= '9')) {
        return segment.replace("~1", "/").replace("~0", "~");
      }
    }
    return "";
  }

  /**
   * Returns what the hardened reader refused, with its place.
   *
   * @return the reader's exception
   * @since 0.1.0
   */
  public InvalidJsonException invalidJson() {
    return invalidJson;
  }

  /**
   * Returns 413 for a body longer than its limit, 400 otherwise.
   *
   * @return the status
   * @since 0.1.0
   */
  @Override
  public HttpStatusCode getStatusCode() {
    return status;
  }

  /**
   * Returns the problem details the starter answers with.
   *
   * @return the body
   * @since 0.1.0
   */
  @Override
  public ProblemDetail getBody() {
    return body;
  }
}
