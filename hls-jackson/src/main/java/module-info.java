/**
 * hls4j's JSON form for Jackson 3: {@link io.github.hls4j.jackson.HlsModule} for the mapper you
 * already have, and {@link io.github.hls4j.jackson.HlsJson}, a hardened reader and writer for
 * untrusted documents.
 *
 * @since 0.1.0
 */
module io.github.hls4j.jackson {
  requires transitive io.github.hls4j.json;
  requires transitive tools.jackson.databind;

  exports io.github.hls4j.jackson;
}
