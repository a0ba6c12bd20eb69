package io.github.hls4j.validation;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.hls4j.internal.ModelDescription;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Gathers the violations of one validation; used by one thread for one subject. */
final class Collector implements RuleContext {
  private final Profile profile;
  private final Class<?> subjectType;
  private final List<Violation> found = new ArrayList<>();
  private @Nullable Map<Derived<?, ?>, Object[]> derived;

  /**
   * Whether the findings so far came in the result's order, as most rules report them: then none
   * need be sorted. Each is compared with the one before while both are fresh in memory.
   */
  private boolean inOrder = true;

  /** The rule whose findings are being gathered; set before each rule runs. */
  private @Nullable ActiveRule<?> running;

  Collector(Profile profile, Class<?> subjectType) {
    this.profile = profile;
    this.subjectType = subjectType;
  }

  void running(ActiveRule<?> rule) {
    this.running = rule;
  }

  private ActiveRule<?> rule() {
    return requireNonNull(running, "no rule is running");
  }

  @Override
  public Profile profile() {
    return profile;
  }

  @Override
  public void report(String path, Map<String, ?> arguments) {
    ActiveRule<?> rule = rule();
    add(
        path,
        rule.descriptor.id().toString(),
        rule.descriptor.messageTemplate(),
        rule.argumentNames,
        arguments);
  }

  @Override
  public void reportForm(String form, String path, Map<String, ?> arguments) {
    RuleDescriptor current = rule().descriptor;
    String template =
        current
            .messageTemplate(form)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "rule " + current.id() + " has no message form " + form));
    add(path, current.messageKey(form), template, MessageTemplate.names(template), arguments);
  }

  private void add(
      String path,
      String messageKey,
      String template,
      ImmutableList<String> names,
      Map<String, ?> arguments) {
    requireNonNull(path, "path");
    requireNonNull(arguments, "arguments");
    // A rule's mistakes fail its own tests: a path the model does not have, or a message
    // argument it does not give. Both throw, and the rule is reported as failed.
    ActiveRule<?> rule = rule();
    CheckedPath checked = rule.checked;
    if (checked == null || !checked.covers(subjectType, path)) {
      ModelDescription.checkPath(subjectType, path);
      rule.checked = new CheckedPath(subjectType, path);
    }
    for (int i = 0; i < names.size(); i++) {
      if (!arguments.containsKey(names.get(i))) {
        throw new IllegalArgumentException(
            "rule "
                + rule.descriptor.id()
                + " reports at path ("
                + path
                + ") with no argument {"
                + names.get(i)
                + "} for its message template");
      }
    }
    Violation violation =
        Violation.of(rule.descriptor.id(), rule.severity, path, messageKey, template, arguments);
    if (inOrder && !found.isEmpty()) {
      inOrder = ValidationResult.ORDER.compare(found.get(found.size() - 1), violation) <= 0;
    }
    found.add(violation);
  }

  @Override
  public RuleContext at(String prefix) {
    return new Prefixed(this, requireNonNull(prefix, "prefix"));
  }

  @Override
  public RuleContext at(String property, int index) {
    Paths.checkIndex(property, index);
    return new Prefixed(this, requireNonNull(property, "property"), index);
  }

  /** Keeps each derived value with the subject it was worked out from. */
  @Override
  @SuppressWarnings("unchecked")
  public <S, V> V derived(Derived<S, V> value, S subject) {
    Map<Derived<?, ?>, Object[]> values = derived != null ? derived : new IdentityHashMap<>(4);
    derived = values;
    Object[] kept = values.get(value);
    if (kept == null || kept[0] != subject) {
      kept = new Object[] {subject, value.compute(subject)};
      values.put(value, kept);
    }
    return (V) kept[1];
  }

  ValidationResult result() {
    return inOrder ? ValidationResult.inOrder(found) : ValidationResult.of(found);
  }
}
