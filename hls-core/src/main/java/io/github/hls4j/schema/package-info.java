/**
 * The JSON Schemas (draft 2020-12) of hls4j's document types, as resources of this package: {@code
 * board-report.schema.json}, {@code learning-system.schema.json}, {@code
 * learning-cycle.schema.json} and {@code health-round.schema.json}. A council web form in any
 * language checks the same shape as hls4j's readers with them; see docs/json.md.
 *
 * <p>The package holds no types. It is open, so that the schemas can be read as resources on the
 * module path too.
 *
 * @since 0.1.0
 */
package io.github.hls4j.schema;
