/**
 * The validation engine: rules that find what a well-formed model still gets wrong for a purpose,
 * and report it as findings instead of throwing.
 *
 * <p>Start with {@link io.github.hls4j.validation.Validator}: built once from rules, a {@link
 * io.github.hls4j.validation.Profile} and a {@link io.github.hls4j.validation.SeverityPolicy}, it
 * returns a {@link io.github.hls4j.validation.ValidationResult} of {@link
 * io.github.hls4j.validation.Violation}s for each subject.
 *
 * <ul>
 *   <li>Findings: {@link io.github.hls4j.validation.Violation}, {@link
 *       io.github.hls4j.validation.ValidationResult}, {@link io.github.hls4j.validation.Severity}.
 *   <li>Rules: {@link io.github.hls4j.validation.Rule} (the logic, one method), {@link
 *       io.github.hls4j.validation.RuleDescriptor} (id, severity, profiles, message), {@link
 *       io.github.hls4j.validation.RuleId}, {@link io.github.hls4j.validation.RuleContext}, {@link
 *       io.github.hls4j.validation.RuleSet}.
 *   <li>Configuration: {@link io.github.hls4j.validation.Profile}, {@link
 *       io.github.hls4j.validation.SeverityPolicy}.
 *   <li>The catalogue of built-in rules: {@link io.github.hls4j.validation.RuleCatalog}, filled
 *       through {@link io.github.hls4j.validation.RuleProvider}.
 *   <li>Words in English and Welsh: {@link io.github.hls4j.validation.Phrasebook}, {@link
 *       io.github.hls4j.validation.RuleMessages}, and {@link io.github.hls4j.validation.Reason},
 *       why a builder or a reader refused a value, as a message key and named arguments.
 * </ul>
 *
 * <p>The engine knows no HLS concept: rules live with the concept they check, such as {@code
 * io.github.hls4j.governance.GovernanceRules}.
 *
 * @since 0.1.0
 */
@NullMarked
package io.github.hls4j.validation;

import org.jspecify.annotations.NullMarked;
