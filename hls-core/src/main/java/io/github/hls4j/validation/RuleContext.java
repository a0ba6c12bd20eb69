package io.github.hls4j.validation;

import java.util.Map;

/**
 * Where a {@link Rule} reports the problems it finds. The context knows which rule is running, at
 * what severity and with what message template, so a rule reports only a path and the message's
 * named arguments.
 *
 * <p>A finding is located by the path of the offending element, in the property names of the JSON
 * form. Rules build it from typed steps, never by joining strings: {@link #at(String, int)} goes
 * into one element of a list, {@link #at(String)} into a property, and {@code report} names the
 * last property:
 *
 * <pre>{@code
 * for (int i = 0; i < report.signOffs().size(); i++) {
 *   if (report.signOffs().get(i).date().isEmpty()) {
 *     context.at("signOffs", i).report("date", Map.of("role", report.signOffs().get(i).role().title()));
 *   }
 * }
 * }</pre>
 *
 * <p>A {@link Validator} checks every path against the description of the subject's model type when
 * it is reported, and every finding's arguments against the rule's message template: a misspelt
 * property, an index on a property that is not a list, or a template's {@code {name}} with no
 * argument makes the rule fail ({@link Validator#RULE_FAILED}) the first time it reports, in the
 * rule's own tests rather than in a user's report. A subject that is not a model of hls4j has its
 * paths taken as given.
 *
 * <p>A context is handed to one rule for one subject on one thread; it is not to be kept. The
 * context of one element of a list ({@link Rule#onEach}) moves on to the next element when the rule
 * returns.
 *
 * @since 0.1.0
 */
public interface RuleContext {

  /**
   * Returns the profile the subject is being validated for.
   *
   * @return the validator's profile
   * @since 0.1.0
   */
  Profile profile();

  /**
   * Reports a problem at a path, with no message arguments.
   *
   * @param path the offending element, such as {@code signOffs[3].date}; empty for the subject
   * @since 0.1.0
   */
  default void report(String path) {
    report(path, Map.of());
  }

  /**
   * Reports a problem at a path. The message is the rule's template with each {@code {name}}
   * replaced by the argument of that name.
   *
   * @param path the offending element, such as {@code recommendations[1].dependsOn[0]}; empty for
   *     the subject itself
   * @param arguments the message's named arguments; values are turned into text with {@link
   *     String#valueOf(Object)}
   * @since 0.1.0
   */
  void report(String path, Map<String, ?> arguments);

  /**
   * Reports a problem at a path in another form of the rule's message, one its descriptor names
   * ({@link RuleDescriptor.Builder#message(String, String)}): for a finding the main template would
   * word badly, such as a superseded strategy with no revision to name. The finding's message key
   * is the form's ({@link RuleDescriptor#messageKey(String)}).
   *
   * @param form the form's name, such as {@code unnamed}
   * @param path the offending element; empty for the subject itself
   * @param arguments the form's named arguments
   * @throws IllegalArgumentException if the rule has no form of that name (the rule is then
   *     reported as failed)
   * @since 0.1.0
   */
  void reportForm(String form, String path, Map<String, ?> arguments);

  /**
   * Returns a context that reports under a path prefix, for checking a part of the subject.
   *
   * @param prefix the path of the part, such as {@code strategyAlignments[0]}
   * @return a context whose paths start with {@code prefix}
   * @since 0.1.0
   */
  RuleContext at(String prefix);

  /**
   * Returns a context that reports under one element of a list, {@code property[index]}.
   *
   * @param property the list's property name, such as {@code signOffs}
   * @param index the element's index, from 0
   * @return a context whose paths start with {@code property[index]}
   * @throws IllegalArgumentException if the index is negative
   * @since 0.1.0
   */
  default RuleContext at(String property, int index) {
    return at(Paths.index(property, index));
  }

  /**
   * Reports a problem at one element of a list, {@code property[index]}, such as one id of a list
   * of ids.
   *
   * @param property the list's property name, such as {@code dependsOn}
   * @param index the element's index, from 0
   * @param arguments the message's named arguments
   * @throws IllegalArgumentException if the index is negative
   * @since 0.1.0
   */
  default void report(String property, int index, Map<String, ?> arguments) {
    report(Paths.index(property, index), arguments);
  }

  /**
   * Returns a value worked out from a subject, once in a validation: every rule that asks for the
   * same {@link Derived} of the same subject in one validation is given the same value. A context
   * that keeps nothing works it out on every call.
   *
   * @param derived the value to work out
   * @param subject the subject it is worked out from, such as the rule's subject
   * @param <S> the subject's type
   * @param <V> the value's type
   * @return the value
   * @since 0.1.0
   */
  default <S, V> V derived(Derived<S, V> derived, S subject) {
    return derived.compute(subject);
  }
}
