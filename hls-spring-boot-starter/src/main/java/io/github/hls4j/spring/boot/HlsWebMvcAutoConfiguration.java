package io.github.hls4j.spring.boot;

import io.github.hls4j.jackson.HlsJson;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverters;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Auto-configuration of a Spring MVC application: request bodies of hls4j's types read by {@link
 * HlsJson}, with its limits and strict structure ({@code hls4j.web.request-bodies.enabled}), and a
 * body it refuses answered with RFC 9457 problem details ({@code
 * hls4j.web.problem-details.enabled}); see {@link InvalidRequestBodyException}.
 *
 * @since 0.1.0
 */
@AutoConfiguration(after = HlsJacksonAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass({WebMvcConfigurer.class, ProblemDetail.class, HlsJson.class})
public class HlsWebMvcAutoConfiguration {

  /**
   * Creates the auto-configuration; Spring Boot does, in a Spring MVC application.
   *
   * @since 0.1.0
   */
  public HlsWebMvcAutoConfiguration() {}

  /**
   * Returns the configurer that puts the reader of hls4j's types ahead of Boot's JSON converter.
   */
  @Bean
  @ConditionalOnBooleanProperty(name = "hls4j.web.request-bodies.enabled", matchIfMissing = true)
  WebMvcConfigurer hlsRequestBodies(HlsJson json, HlsProperties properties) {
    HlsRequestBodyConverter converter =
        new HlsRequestBodyConverter(json, properties.getJson().getMaxDocumentLength());
    return new WebMvcConfigurer() {
      @Override
      public void configureMessageConverters(HttpMessageConverters.ServerBuilder builder) {
        builder.addCustomConverter(converter);
      }
    };
  }

  /** Returns the handler that answers a refused body with problem details. */
  @Bean
  @ConditionalOnBooleanProperty(name = "hls4j.web.problem-details.enabled", matchIfMissing = true)
  HlsProblemDetailsAdvice hlsProblemDetails() {
    return new HlsProblemDetailsAdvice();
  }
}
