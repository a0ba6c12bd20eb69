package io.github.hls4j.validation;

import static java.util.Objects.requireNonNull;

import java.util.Map;

/**
 * The context of one element of a list, {@code property[index]}, moved from element to element by
 * {@link Rule#onEach}. Its path is built only when a rule reports at it: most elements have nothing
 * to report, and a string per element and rule cost more than the rules themselves.
 */
final class ElementContext implements RuleContext {
  private final RuleContext parent;
  private final String property;
  private int index;

  ElementContext(RuleContext parent, String property) {
    this.parent = parent;
    this.property = property;
  }

  /** Moves to the element at {@code index}; a rule is handed its context for one element only. */
  ElementContext moveTo(int index) {
    this.index = index;
    return this;
  }

  @Override
  public Profile profile() {
    return parent.profile();
  }

  @Override
  public void report(String path) {
    parent.report(path(path));
  }

  @Override
  public void report(String path, Map<String, ?> arguments) {
    parent.report(path(path), arguments);
  }

  @Override
  public void reportForm(String form, String path, Map<String, ?> arguments) {
    parent.reportForm(form, path(path), arguments);
  }

  @Override
  public RuleContext at(String prefix) {
    return parent.at(path(prefix));
  }

  private String path(String path) {
    return Paths.join(property, index, requireNonNull(path, "path"));
  }

  @Override
  public <S, V> V derived(Derived<S, V> derived, S subject) {
    return parent.derived(derived, subject);
  }
}
