package io.github.hls4j.internal.rules;

import com.google.common.collect.ImmutableList;
import io.github.hls4j.commissioning.CommissioningRules;
import io.github.hls4j.governance.GovernanceRules;
import io.github.hls4j.health.HealthRules;
import io.github.hls4j.learning.LearningRules;
import io.github.hls4j.stewardship.StewardshipRules;
import io.github.hls4j.strategy.AlignmentRules;
import io.github.hls4j.system.SystemRules;
import io.github.hls4j.validation.RuleDescriptor;
import io.github.hls4j.validation.RuleProvider;
import java.util.Collection;

/**
 * Registers hls4j's own rules with {@link io.github.hls4j.validation.RuleCatalog#builtIn()}. Not
 * API: found by {@link java.util.ServiceLoader} only.
 */
public final class BuiltInRules implements RuleProvider {

  /** Creates the provider; called by {@link java.util.ServiceLoader}. */
  public BuiltInRules() {}

  @Override
  public Collection<RuleDescriptor> descriptors() {
    return ImmutableList.<RuleDescriptor>builder()
        .addAll(GovernanceRules.descriptors())
        .addAll(AlignmentRules.descriptors())
        .addAll(StewardshipRules.descriptors())
        .addAll(SystemRules.descriptors())
        .addAll(HealthRules.descriptors())
        .addAll(LearningRules.descriptors())
        .addAll(CommissioningRules.descriptors())
        .build();
  }
}
