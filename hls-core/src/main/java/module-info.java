/**
 * hls4j: Human Learning Systems artefacts as typed, checkable data.
 *
 * <p>Start with {@link io.github.hls4j.governance.BoardReport} for board reports and {@link
 * io.github.hls4j.validation.Validator} for checking them.
 *
 * @since 0.1.0
 */
module io.github.hls4j.core {
  requires com.google.common;
  requires static transitive org.jspecify;
  requires static org.immutables.value;
  requires static com.google.errorprone.annotations;
  requires static java.compiler;

  exports io.github.hls4j.text;
  exports io.github.hls4j.validation;
  exports io.github.hls4j.party;
  exports io.github.hls4j.strategy;
  exports io.github.hls4j.governance;
  exports io.github.hls4j.stewardship;
  exports io.github.hls4j.health;
  exports io.github.hls4j.learning;
  exports io.github.hls4j.system;
  exports io.github.hls4j.commissioning;
  exports io.github.hls4j.render;
  exports io.github.hls4j.digest;
  exports io.github.hls4j.testing;

  // The description of the model's shape, read by the JSON form.
  exports io.github.hls4j.internal to
      io.github.hls4j.json;

  // The JSON Schemas of the document types, read as resources.
  opens io.github.hls4j.schema;

  uses io.github.hls4j.validation.RuleProvider;

  provides io.github.hls4j.validation.RuleProvider with
      io.github.hls4j.internal.rules.BuiltInRules;
}
