package io.github.hls4j.jackson2;

// snippet: spring-boot-3-web
import io.github.hls4j.json.InvalidJsonException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * hls4j in a Spring Boot 3 application (Jackson 2): what hls-spring-boot-starter does for Boot 4.
 * HlsModule on Boot's mapper; request bodies of hls4j's types read by HlsJson, with its limits and
 * strict structure; a refused body answered with RFC 9457 problem details, 400 or 413.
 */
@Configuration(proxyBeanMethods = false)
class HlsBoot3Configuration implements WebMvcConfigurer {

  static final int MAX_DOCUMENT_LENGTH = 20_000_000; // bytes; tune the three limits here
  static final HlsJson JSON = HlsJson.withLimits(64, 1_000_000, MAX_DOCUMENT_LENGTH);

  @Bean
  HlsModule hlsModule() {
    return new HlsModule(); // Boot 3's JSON auto-configuration adds every Module bean
  }

  @Bean
  HlsProblemDetails hlsProblemDetails() {
    return new HlsProblemDetails();
  }

  @Override
  public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
    converters.add(0, new HlsRequestBodies()); // ahead of Boot's Jackson converter
  }

  /** Reads request bodies of hls4j's types with HlsJson; writes nothing. */
  static class HlsRequestBodies extends AbstractHttpMessageConverter<Object> {
    HlsRequestBodies() {
      super(MediaType.APPLICATION_JSON, new MediaType("application", "*+json"));
    }

    @Override
    protected boolean supports(Class<?> type) {
      return type.getName().startsWith("io.github.hls4j.");
    }

    @Override
    public boolean canWrite(Class<?> type, MediaType mediaType) {
      return false;
    }

    @Override
    protected Object readInternal(Class<?> type, HttpInputMessage input) throws IOException {
      byte[] body = input.getBody().readNBytes(MAX_DOCUMENT_LENGTH + 1);
      try {
        return JSON.read(new ByteArrayInputStream(body), "request body", type);
      } catch (InvalidJsonException e) {
        throw new InvalidBodyException(e, body.length > MAX_DOCUMENT_LENGTH ? 413 : 400);
      }
    }

    @Override
    protected void writeInternal(Object value, HttpOutputMessage output) {
      throw new UnsupportedOperationException("reads request bodies only");
    }
  }

  /** A request body HlsJson refused, with its problem details. */
  static class InvalidBodyException extends ErrorResponseException {
    InvalidBodyException(InvalidJsonException e, int status) {
      super(HttpStatusCode.valueOf(status), problem(e, status), e);
    }

    private static ProblemDetail problem(InvalidJsonException e, int status) {
      ProblemDetail problem =
          ProblemDetail.forStatusAndDetail(HttpStatusCode.valueOf(status), e.problem());
      problem.setTitle(status == 413 ? "Document too large" : "Invalid document");
      problem.setProperty("pointer", e.pointer());
      if (e.line() > 0) {
        problem.setProperty("line", e.line());
        problem.setProperty("column", e.column());
      }
      String attribute = e.pointer().replaceAll("(/[0-9]+)+$", ""); // the last name in the pointer
      if (!attribute.isEmpty()) {
        problem.setProperty("attribute", attribute.substring(attribute.lastIndexOf('/') + 1));
      }
      return problem;
    }
  }

  /** Answers a body HlsRequestBodies refused with its problem details, and nothing else. */
  @RestControllerAdvice
  @Order(Ordered.HIGHEST_PRECEDENCE)
  static class HlsProblemDetails {
    @ExceptionHandler(InvalidBodyException.class)
    ResponseEntity<ProblemDetail> refused(InvalidBodyException e) {
      return ResponseEntity.status(e.getStatusCode())
          .contentType(MediaType.APPLICATION_PROBLEM_JSON)
          .body(e.getBody());
    }
  }
}
// end snippet
