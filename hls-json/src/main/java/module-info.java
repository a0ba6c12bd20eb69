/**
 * hls4j's JSON form, independent of any JSON library.
 *
 * <p>Users depend on {@code hls-jackson} (Jackson 3) or {@code hls-jackson2} (Jackson 2), which
 * bring this module with them; {@code hls-docx} reads its templates through it with no JSON library
 * at all. Its public package holds what users of either see: the document types with their JSON
 * Schemas, and the {@link io.github.hls4j.json.InvalidJsonException} of the hardened readers. The
 * walker that both drive is internal.
 *
 * @since 0.1.0
 */
module io.github.hls4j.json {
  requires transitive io.github.hls4j.core;
  requires static transitive org.jspecify;

  exports io.github.hls4j.json;
  exports io.github.hls4j.json.internal to
      io.github.hls4j.jackson,
      io.github.hls4j.jackson2,
      io.github.hls4j.docx;
}
