package io.github.hls4j.spring.boot;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Answers a request body of an hls4j type that the hardened reader refused with its RFC 9457
 * problem details. It handles that exception alone, first, and leaves every other to the
 * application's own handlers.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
final class HlsProblemDetailsAdvice {

  HlsProblemDetailsAdvice() {}

  @ExceptionHandler(InvalidRequestBodyException.class)
  ResponseEntity<ProblemDetail> invalidRequestBody(InvalidRequestBodyException e) {
    return ResponseEntity.status(e.getStatusCode())
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(e.getBody());
  }
}
