package io.github.hls4j.validation;

import com.google.common.collect.ImmutableList;
import org.jspecify.annotations.Nullable;

/** A rule as a validator runs it: its descriptor, its logic and the severity its policy gives. */
final class ActiveRule<T> {
  final RuleDescriptor descriptor;
  final Rule<? super T> rule;
  final Severity severity;
  final ImmutableList<String> argumentNames;

  /**
   * The last path this rule reported at that was checked against the model's description, with the
   * type of subject it was checked for: a path of the same shape is good too. Validations on other
   * threads may read and replace it at the same time; each sees one checked path or none.
   */
  @Nullable CheckedPath checked;

  ActiveRule(RuleDescriptor descriptor, Rule<? super T> rule, Severity severity) {
    this.descriptor = descriptor;
    this.rule = rule;
    this.severity = severity;
    this.argumentNames = MessageTemplate.names(descriptor.messageTemplate());
  }
}
