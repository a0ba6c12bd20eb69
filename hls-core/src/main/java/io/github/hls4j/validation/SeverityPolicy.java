package io.github.hls4j.validation;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A user's say over how much each rule matters: re-grades rules to another severity, or suppresses
 * them, by rule id. A rule the policy does not name keeps its default severity.
 *
 * <pre>{@code
 * SeverityPolicy policy =
 *     SeverityPolicy.defaults()
 *         .regrade("governance/placeholder-text", Severity.WARNING)
 *         .suppress("alignment/unaligned");
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe; each method returns a new policy.
 *
 * @since 0.1.0
 */
public final class SeverityPolicy {

  private static final SeverityPolicy DEFAULTS = new SeverityPolicy(ImmutableMap.of());

  /** The severity of each named rule; an absent value means the rule is suppressed. */
  private final ImmutableMap<RuleId, Optional<Severity>> overrides;

  private SeverityPolicy(ImmutableMap<RuleId, Optional<Severity>> overrides) {
    this.overrides = overrides;
  }

  /**
   * Returns the policy that leaves every rule at its default severity.
   *
   * @return the default policy
   * @since 0.1.0
   */
  public static SeverityPolicy defaults() {
    return DEFAULTS;
  }

  /**
   * Returns a policy that reports a rule at another severity, replacing what this policy said of
   * that rule.
   *
   * @param rule the rule id, such as {@code governance/placeholder-text}
   * @param severity the severity to report it at
   * @return the new policy
   * @throws IllegalArgumentException if {@code rule} is not a well-formed {@link RuleId}
   * @since 0.1.0
   */
  public SeverityPolicy regrade(String rule, Severity severity) {
    requireNonNull(severity, "severity");
    return regrade(RuleId.of(rule), severity);
  }

  /**
   * Returns a policy that reports a rule at another severity, replacing what this policy said of
   * that rule.
   *
   * @param rule the rule id
   * @param severity the severity to report it at
   * @return the new policy
   * @since 0.1.0
   */
  public SeverityPolicy regrade(RuleId rule, Severity severity) {
    return with(requireNonNull(rule, "rule"), Optional.of(requireNonNull(severity, "severity")));
  }

  /**
   * Returns a policy under which a rule does not run at all, replacing what this policy said of
   * that rule.
   *
   * @param rule the rule id, such as {@code alignment/unaligned}
   * @return the new policy
   * @throws IllegalArgumentException if {@code rule} is not a well-formed {@link RuleId}
   * @since 0.1.0
   */
  public SeverityPolicy suppress(String rule) {
    return suppress(RuleId.of(rule));
  }

  /**
   * Returns a policy under which a rule does not run at all, replacing what this policy said of
   * that rule.
   *
   * @param rule the rule id
   * @return the new policy
   * @since 0.1.0
   */
  public SeverityPolicy suppress(RuleId rule) {
    return with(requireNonNull(rule, "rule"), Optional.empty());
  }

  private SeverityPolicy with(RuleId rule, Optional<Severity> severity) {
    Map<RuleId, Optional<Severity>> copy = new HashMap<>(overrides);
    copy.put(rule, severity);
    return new SeverityPolicy(ImmutableMap.copyOf(copy));
  }

  /**
   * Returns the severity a rule is reported at under this policy, or empty if the policy suppresses
   * it.
   *
   * @param rule the rule's descriptor
   * @return the effective severity, or empty for a suppressed rule
   * @since 0.1.0
   */
  public Optional<Severity> severityOf(RuleDescriptor rule) {
    requireNonNull(rule, "rule");
    Optional<Severity> override = overrides.get(rule.id());
    return override != null ? override : Optional.of(rule.defaultSeverity());
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof SeverityPolicy that && overrides.equals(that.overrides);
  }

  @Override
  public int hashCode() {
    return overrides.hashCode();
  }

  @Override
  public String toString() {
    return "SeverityPolicy" + overrides;
  }
}
