package io.github.hls4j.validation;

import java.util.Map;

/**
 * Where a {@link Rule} reports the problems it finds. The context knows which rule is running,
 * at what severity and with what message template, so a rule reports only a path and the
 * message's named arguments.
 *
 * <p>A context is handed to one rule for one subject on one thread; it is not to be kept. The
 * context of one element of a list ({@link Rule#onEach}) moves on to the next element when the
 * rule returns.
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
  void report(String path);

  /**
   * Reports a problem at a path. The message is the rule's template with each {@code {name}}
   * replaced by the argument of that name.
   *
   * @param path the offending element, such as {@code recommendations[1].dependsOn[0]}; empty
   *     for the subject itself
   * @param arguments the message's named arguments; values are turned into text with {@link
   *     String#valueOf(Object)}
   * @since 0.1.0
   */
  void report(String path, Map<String, ?> arguments);

  /**
   * Returns a context that reports under a path prefix, for checking a part of the subject.
   *
   * @param prefix the path of the part, such as {@code strategyAlignments[0]}
   * @return a context whose paths start with {@code prefix}
   * @since 0.1.0
   */
  RuleContext at(String prefix);
}
