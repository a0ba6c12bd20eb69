package io.github.hls4j.validation;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * An ordered set of rules for one type of subject, each paired with its descriptor; the unit in
 * which hls4j packages offer their built-in rules and users bundle their own.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param <T> the type of subject the rules check
 * @since 0.1.0
 */
public final class RuleSet<T> {

  private final ImmutableMap<RuleDescriptor, Rule<? super T>> rules;

  private RuleSet(ImmutableMap<RuleDescriptor, Rule<? super T>> rules) {
    this.rules = rules;
  }

  /**
   * Returns a builder for a rule set.
   *
   * @param <T> the type of subject the rules check
   * @return a new builder
   * @since 0.1.0
   */
  public static <T> Builder<T> builder() {
    return new Builder<>();
  }

  /**
   * Returns the descriptors of the rules, in the order they were added.
   *
   * @return an unmodifiable list
   * @since 0.1.0
   */
  public List<RuleDescriptor> descriptors() {
    return rules.keySet().asList();
  }

  /**
   * Returns these rules applied to every element of a list in a larger subject, each keeping its
   * descriptor and reporting paths under {@code property[index]}; see {@link Rule#onEach}.
   *
   * @param property the list's property name, such as {@code stewards}
   * @param elements reads the list from the larger subject
   * @param <P> the larger subject's type
   * @return the lifted rule set
   * @since 0.1.0
   */
  public <P> RuleSet<P> onEach(
      String property, Function<? super P, ? extends List<? extends T>> elements) {
    Builder<P> lifted = builder();
    rules.forEach(
        (descriptor, rule) -> lifted.add(descriptor, Rule.onEach(property, elements, rule)));
    return lifted.build();
  }

  ImmutableMap<RuleDescriptor, Rule<? super T>> rules() {
    return rules;
  }

  @Override
  public String toString() {
    return "RuleSet"
        + ImmutableList.copyOf(rules.keySet().stream().map(RuleDescriptor::id).iterator());
  }

  /**
   * Builds a {@link RuleSet}. A builder is single-threaded.
   *
   * @param <T> the type of subject the rules check
   * @since 0.1.0
   */
  public static final class Builder<T> {
    private final Set<RuleId> ids = new HashSet<>();
    private final Map<RuleDescriptor, Rule<? super T>> rules = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Adds a rule.
     *
     * @param descriptor the rule's id, severity, profiles and message
     * @param rule the rule's logic
     * @return this builder
     * @throws IllegalArgumentException if a rule with the same id was added already
     * @since 0.1.0
     */
    public Builder<T> add(RuleDescriptor descriptor, Rule<? super T> rule) {
      requireNonNull(descriptor, "descriptor");
      requireNonNull(rule, "rule");
      checkArgument(
          ids.add(descriptor.id()),
          "RuleSet rule id (%s) must be unique, but was added twice",
          descriptor.id());
      rules.put(descriptor, rule);
      return this;
    }

    /**
     * Adds every rule of a rule set.
     *
     * @param ruleSet the rules to add
     * @return this builder
     * @throws IllegalArgumentException if a rule with the same id as one of them was added already
     * @since 0.1.0
     */
    public Builder<T> addAll(RuleSet<? super T> ruleSet) {
      requireNonNull(ruleSet, "ruleSet");
      ruleSet.rules.forEach((descriptor, rule) -> add(descriptor, rule));
      return this;
    }

    /**
     * Adds every rule of a rule set, merging rather than rejecting a rule whose descriptor was
     * added already: the two then run under that descriptor, as one rule. This is how one rule
     * checks several parts of a subject, such as the {@code alignment/*} rules on every report,
     * working group and learning cycle of a learning system. A {@link Validator} runs each part
     * lifted onto a list ({@link Rule#onEach}, {@link Rule#onEachOf}) in its one pass over that
     * list, and the other parts in the order they were merged.
     *
     * @param ruleSet the rules to add
     * @return this builder
     * @throws IllegalArgumentException if a rule has the id of one added already under a different
     *     descriptor
     * @since 0.1.0
     */
    public Builder<T> merge(RuleSet<? super T> ruleSet) {
      requireNonNull(ruleSet, "ruleSet");
      ruleSet.rules.forEach(
          (descriptor, rule) -> {
            Rule<? super T> present = rules.get(descriptor);
            if (present == null) {
              add(descriptor, rule);
            } else {
              rules.put(descriptor, MergedRule.<T>of(present, rule));
            }
          });
      return this;
    }

    /**
     * Replaces the rule of each descriptor of a rule set, added already with every part merged into
     * it, by that set's rule: for a subject that knows more than the rules built on, such as a
     * learning system, which can name the revision of a superseded strategy that a report alone
     * cannot.
     *
     * @param ruleSet the rules to run instead
     * @return this builder
     * @throws IllegalArgumentException if a descriptor of {@code ruleSet} was not added
     * @since 0.1.0
     */
    public Builder<T> replace(RuleSet<? super T> ruleSet) {
      requireNonNull(ruleSet, "ruleSet");
      ruleSet.rules.forEach(
          (descriptor, rule) -> {
            checkArgument(
                rules.containsKey(descriptor),
                "RuleSet rule (%s) must be added before it is replaced",
                descriptor.id());
            rules.put(descriptor, rule);
          });
      return this;
    }

    /**
     * Returns the rule set.
     *
     * @return a new rule set
     * @since 0.1.0
     */
    public RuleSet<T> build() {
      ImmutableMap<RuleDescriptor, Rule<? super T>> copy = ImmutableMap.copyOf(rules);
      return new RuleSet<>(copy);
    }
  }
}
