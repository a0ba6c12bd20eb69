/**
 * hls4j's JSON form for Jackson 2: {@link io.github.hls4j.jackson2.HlsModule} for the mapper you
 * already have, and {@link io.github.hls4j.jackson2.HlsJson}, a hardened reader and writer for
 * untrusted documents.
 *
 * @since 0.1.0
 */
@SuppressWarnings("module") // the name ends in a digit, as the artifact's does: Jackson 2
module io.github.hls4j.jackson2 {
  requires transitive io.github.hls4j.json;
  requires transitive com.fasterxml.jackson.databind;

  exports io.github.hls4j.jackson2;
}
