package io.github.hls4j.validation;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.TreeMap;

/**
 * A list of rule descriptors by id: what each rule finds, how badly and in which profiles. {@link
 * #builtIn()} is the catalogue of every rule that ships with hls4j (and of any rule library
 * registered as a {@link RuleProvider}); {@code docs/rules.md} is checked against it.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class RuleCatalog {

  private final ImmutableSortedMap<RuleId, RuleDescriptor> rules;

  private RuleCatalog(ImmutableSortedMap<RuleId, RuleDescriptor> rules) {
    this.rules = rules;
  }

  /**
   * Returns the catalogue of the built-in rules: {@link Validator#RULE_FAILED} and the rules of
   * every {@link RuleProvider} found by {@link ServiceLoader}.
   *
   * @return the built-in catalogue
   * @throws IllegalStateException if two providers describe rules with the same id
   * @since 0.1.0
   */
  public static RuleCatalog builtIn() {
    ImmutableList.Builder<RuleDescriptor> all = ImmutableList.builder();
    all.add(Validator.RULE_FAILED);
    for (RuleProvider provider :
        ServiceLoader.load(RuleProvider.class, RuleCatalog.class.getClassLoader())) {
      all.addAll(provider.descriptors());
    }
    try {
      return of(all.build());
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  /**
   * Returns a catalogue of the given descriptors.
   *
   * @param descriptors the descriptors
   * @return the catalogue, ordered by rule id
   * @throws IllegalArgumentException if two descriptors have the same id
   * @since 0.1.0
   */
  public static RuleCatalog of(Iterable<RuleDescriptor> descriptors) {
    requireNonNull(descriptors, "descriptors");
    Map<RuleId, RuleDescriptor> byId = new TreeMap<>();
    for (RuleDescriptor d : descriptors) {
      RuleDescriptor before = byId.put(requireNonNull(d, "descriptor").id(), d);
      checkArgument(before == null, "RuleCatalog rule id (%s) must be unique", d.id());
    }
    return new RuleCatalog(ImmutableSortedMap.copyOf(byId));
  }

  /**
   * Returns every descriptor, ordered by rule id.
   *
   * @return an unmodifiable list
   * @since 0.1.0
   */
  public List<RuleDescriptor> descriptors() {
    return rules.values().asList();
  }

  /**
   * Returns the descriptor of a rule.
   *
   * @param id the rule id
   * @return the descriptor, or empty if the catalogue has no such rule
   * @since 0.1.0
   */
  public Optional<RuleDescriptor> find(RuleId id) {
    return Optional.ofNullable(rules.get(requireNonNull(id, "id")));
  }

  /**
   * Returns the number of rules.
   *
   * @return the number of rules
   * @since 0.1.0
   */
  public int size() {
    return rules.size();
  }

  @Override
  public String toString() {
    return "RuleCatalog" + rules.keySet();
  }
}
