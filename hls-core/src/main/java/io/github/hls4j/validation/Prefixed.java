package io.github.hls4j.validation;

import static java.util.Objects.requireNonNull;

import java.util.Map;

/**
 * A rule's context at a place inside its subject: every path it reports is joined to the place. A
 * place that ends in an index, such as {@code signOffs[3]}, keeps the index apart until a path is
 * reported, so a finding's path is made in one step and only when a rule reports: most elements
 * have nothing to report, and a string per element and rule would cost more than the rules
 * themselves. {@link Rule#onEach} moves one such place from element to element of a list.
 */
final class Prefixed implements RuleContext {
  private final RuleContext parent;
  private final String prefix;

  /** The index after {@link #prefix}, or -1 if the place has none of its own. */
  private int index;

  Prefixed(RuleContext parent, String prefix) {
    this(parent, prefix, -1);
  }

  Prefixed(RuleContext parent, String prefix, int index) {
    this.parent = parent;
    this.prefix = prefix;
    this.index = index;
  }

  /** Moves this place, made with an index, to element {@code index} of the same list. */
  Prefixed moveTo(int index) {
    this.index = index;
    return this;
  }

  private String join(String path) {
    requireNonNull(path, "path");
    return index < 0 ? Paths.join(prefix, path) : Paths.join(prefix, index, path);
  }

  @Override
  public Profile profile() {
    return parent.profile();
  }

  @Override
  public void report(String path) {
    parent.report(join(path));
  }

  @Override
  public void report(String path, Map<String, ?> arguments) {
    parent.report(join(path), arguments);
  }

  @Override
  public void reportForm(String form, String path, Map<String, ?> arguments) {
    parent.reportForm(form, join(path), arguments);
  }

  @Override
  public RuleContext at(String prefix) {
    return new Prefixed(parent, join(requireNonNull(prefix, "prefix")));
  }

  @Override
  public RuleContext at(String property, int index) {
    Paths.checkIndex(property, index);
    return new Prefixed(parent, join(requireNonNull(property, "property")), index);
  }

  @Override
  public <S, V> V derived(Derived<S, V> derived, S subject) {
    return parent.derived(derived, subject);
  }
}
