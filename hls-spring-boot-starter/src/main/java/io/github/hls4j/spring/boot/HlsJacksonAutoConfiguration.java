package io.github.hls4j.spring.boot;

import io.github.hls4j.jackson.HlsJson;
import io.github.hls4j.jackson.HlsModule;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.context.annotation.Bean;
import tools.jackson.databind.json.JsonMapper;

/**
 * Auto-configuration of hls4j's JSON form: an {@link HlsModule} bean, which Spring Boot's Jackson
 * auto-configuration registers on the application's {@code JsonMapper}, and an {@link HlsJson} bean
 * with the limits of {@code hls4j.json.*}. Each backs off when the application declares its own;
 * {@code hls4j.json.enabled=false} leaves the module out.
 *
 * @since 0.1.0
 */
@AutoConfiguration(before = JacksonAutoConfiguration.class)
@ConditionalOnClass({JsonMapper.class, HlsModule.class})
@EnableConfigurationProperties(HlsProperties.class)
public class HlsJacksonAutoConfiguration {

  /**
   * Creates the auto-configuration; Spring Boot does, when the starter is on the class path.
   *
   * @since 0.1.0
   */
  public HlsJacksonAutoConfiguration() {}

  /**
   * Returns the module for Boot's mapper.
   *
   * @return the module
   * @since 0.1.0
   */
  @Bean
  @ConditionalOnMissingBean
  @ConditionalOnBooleanProperty(name = "hls4j.json.enabled", matchIfMissing = true)
  public HlsModule hlsModule() {
    return new HlsModule();
  }

  /**
   * Returns the hardened reader and writer with the limits of {@code hls4j.json.*}.
   *
   * @param properties the application's {@code hls4j.*} properties
   * @return the reader and writer
   * @throws IllegalArgumentException if a limit is not positive, which stops the application
   * @since 0.1.0
   */
  @Bean
  @ConditionalOnMissingBean
  public HlsJson hlsJson(HlsProperties properties) {
    HlsProperties.Json json = properties.getJson();
    return HlsJson.withLimits(
        json.getMaxNestingDepth(), json.getMaxStringLength(), json.getMaxDocumentLength());
  }
}
