/**
 * hls4j's Spring Boot 4 starter: auto-configuration over {@code io.github.hls4j.jackson} for Boot's
 * Jackson 3 mapper and for Spring MVC request bodies, with RFC 9457 problem details.
 *
 * <p>Spring's jars are automatic modules; those whose types appear in the starter's API are
 * required transitively. The package is open to Spring, which creates the auto-configuration, binds
 * the properties and calls the exception handler by reflection.
 *
 * @since 0.1.0
 */
module io.github.hls4j.spring.boot {
  requires transitive io.github.hls4j.jackson;
  requires transitive spring.boot;
  requires transitive spring.boot.autoconfigure;
  requires transitive spring.boot.jackson;
  requires transitive spring.context;
  requires spring.beans;
  requires spring.core;
  requires static transitive spring.web;
  requires static transitive spring.webmvc;
  requires static org.jspecify;

  exports io.github.hls4j.spring.boot;

  opens io.github.hls4j.spring.boot to
      spring.core,
      spring.beans,
      spring.context;
}
