package io.github.hls4j.validation;

import java.util.Collection;

/**
 * A source of rule descriptors for {@link RuleCatalog#builtIn()}, found with {@link
 * java.util.ServiceLoader}. hls4j registers one for its own rules; a library of extra rules can
 * register its own so that its rules appear in the catalogue too.
 *
 * @since 0.1.0
 */
public interface RuleProvider {

  /**
   * Returns the descriptors of the rules this provider offers.
   *
   * @return the descriptors
   * @since 0.1.0
   */
  Collection<RuleDescriptor> descriptors();
}
