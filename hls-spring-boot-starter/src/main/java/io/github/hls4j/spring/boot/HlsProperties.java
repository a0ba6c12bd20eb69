package io.github.hls4j.spring.boot;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code hls4j.*} properties of a Spring Boot application, with which every part of the starter
 * is switched off or tuned:
 *
 * <pre>{@code
 * hls4j.json.enabled=true                      # HlsModule on Boot's JsonMapper
 * hls4j.json.max-document-length=20000000      # bytes of a request body
 * hls4j.json.max-nesting-depth=64
 * hls4j.json.max-string-length=1000000
 * hls4j.web.request-bodies.enabled=true        # request bodies of hls4j types read by HlsJson
 * hls4j.web.problem-details.enabled=true       # a bad body answered as application/problem+json
 * }</pre>
 *
 * <p>Instances are mutable, as Spring's binding needs, and not thread-safe; the starter reads them
 * once, when the application starts.
 *
 * @since 0.1.0
 */
@ConfigurationProperties("hls4j")
public class HlsProperties {

  private final Json json = new Json();
  private final Web web = new Web();

  /**
   * Creates the properties with their defaults.
   *
   * @since 0.1.0
   */
  public HlsProperties() {}

  /**
   * Returns the properties of hls4j's JSON form.
   *
   * @return the JSON properties
   * @since 0.1.0
   */
  public Json getJson() {
    return json;
  }

  /**
   * Returns the properties of Spring MVC applications.
   *
   * @return the web properties
   * @since 0.1.0
   */
  public Web getWeb() {
    return web;
  }

  /**
   * The {@code hls4j.json.*} properties: whether Boot's mapper knows hls4j's types, and the limits
   * of the hardened reader.
   *
   * @since 0.1.0
   */
  public static class Json {

    /**
     * Whether HlsModule is registered on Spring Boot's JsonMapper, so that it reads and writes
     * hls4j's types.
     */
    private boolean enabled = true;

    /**
     * The largest request body of an hls4j type that is read, in bytes; a larger one is answered
     * with 413.
     */
    private int maxDocumentLength = 20_000_000;

    /** The deepest nesting of arrays and objects read in a request body of an hls4j type. */
    private int maxNestingDepth = 64;

    /** The longest string read in a request body of an hls4j type, in characters. */
    private int maxStringLength = 1_000_000;

    /**
     * Creates the properties with their defaults.
     *
     * @since 0.1.0
     */
    public Json() {}

    /**
     * Returns whether {@code HlsModule} is registered on Boot's mapper.
     *
     * @return {@code true} by default
     * @since 0.1.0
     */
    public boolean isEnabled() {
      return enabled;
    }

    /**
     * Sets whether {@code HlsModule} is registered on Boot's mapper.
     *
     * @param enabled whether it is
     * @since 0.1.0
     */
    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }

    /**
     * Returns the largest request body read, in bytes.
     *
     * @return the limit, by default {@value io.github.hls4j.jackson.HlsJson#MAX_DOCUMENT_LENGTH}
     * @since 0.1.0
     */
    public int getMaxDocumentLength() {
      return maxDocumentLength;
    }

    /**
     * Sets the largest request body read, in bytes.
     *
     * @param maxDocumentLength the limit, which must be positive when the application starts
     * @since 0.1.0
     */
    public void setMaxDocumentLength(int maxDocumentLength) {
      this.maxDocumentLength = maxDocumentLength;
    }

    /**
     * Returns the deepest nesting read.
     *
     * @return the limit, by default {@value io.github.hls4j.jackson.HlsJson#MAX_NESTING_DEPTH}
     * @since 0.1.0
     */
    public int getMaxNestingDepth() {
      return maxNestingDepth;
    }

    /**
     * Sets the deepest nesting read.
     *
     * @param maxNestingDepth the limit, which must be positive when the application starts
     * @since 0.1.0
     */
    public void setMaxNestingDepth(int maxNestingDepth) {
      this.maxNestingDepth = maxNestingDepth;
    }

    /**
     * Returns the longest string read, in characters.
     *
     * @return the limit, by default {@value io.github.hls4j.jackson.HlsJson#MAX_STRING_LENGTH}
     * @since 0.1.0
     */
    public int getMaxStringLength() {
      return maxStringLength;
    }

    /**
     * Sets the longest string read, in characters.
     *
     * @param maxStringLength the limit, which must be positive when the application starts
     * @since 0.1.0
     */
    public void setMaxStringLength(int maxStringLength) {
      this.maxStringLength = maxStringLength;
    }
  }

  /**
   * The {@code hls4j.web.*} properties of a Spring MVC application.
   *
   * @since 0.1.0
   */
  public static class Web {

    private final RequestBodies requestBodies = new RequestBodies();
    private final ProblemDetails problemDetails = new ProblemDetails();

    /**
     * Creates the properties with their defaults.
     *
     * @since 0.1.0
     */
    public Web() {}

    /**
     * Returns whether request bodies of hls4j's types are read by the hardened reader, with its
     * limits and strictness, rather than by Boot's mapper.
     *
     * @return the properties
     * @since 0.1.0
     */
    public RequestBodies getRequestBodies() {
      return requestBodies;
    }

    /**
     * Returns whether a request body the hardened reader refuses is answered with an RFC 9457
     * {@code application/problem+json} body naming its place, rather than with Spring's own 400.
     *
     * @return the properties
     * @since 0.1.0
     */
    public ProblemDetails getProblemDetails() {
      return problemDetails;
    }
  }

  /**
   * The {@code hls4j.web.request-bodies.*} properties.
   *
   * @since 0.1.0
   */
  public static class RequestBodies {

    /**
     * Whether request bodies of hls4j's types are read by HlsJson, with its limits and strict
     * structure, rather than by Boot's mapper.
     */
    private boolean enabled = true;

    /**
     * Creates the properties with their defaults.
     *
     * @since 0.1.0
     */
    public RequestBodies() {}

    /**
     * Returns whether this part of the starter is on.
     *
     * @return {@code true} by default
     * @since 0.1.0
     */
    public boolean isEnabled() {
      return enabled;
    }

    /**
     * Sets whether this part of the starter is on.
     *
     * @param enabled whether it is
     * @since 0.1.0
     */
    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }
  }

  /**
   * The {@code hls4j.web.problem-details.*} properties.
   *
   * @since 0.1.0
   */
  public static class ProblemDetails {

    /**
     * Whether a request body of an hls4j type that cannot be read is answered with an RFC 9457
     * application/problem+json body naming its JSON Pointer, line and column.
     */
    private boolean enabled = true;

    /**
     * Creates the properties with their defaults.
     *
     * @since 0.1.0
     */
    public ProblemDetails() {}

    /**
     * Returns whether this part of the starter is on.
     *
     * @return {@code true} by default
     * @since 0.1.0
     */
    public boolean isEnabled() {
      return enabled;
    }

    /**
     * Sets whether this part of the starter is on.
     *
     * @param enabled whether it is
     * @since 0.1.0
     */
    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }
  }
}
