package io.github.hls4j.validation;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.function.Function;

/**
 * The logic of a policy rule: looks at a well-formed subject and reports what is wrong with it
 * for a purpose. A rule reports through its {@link RuleContext} and never throws because of the
 * subject; if it throws anyway, the {@link Validator} reports {@code validation/rule-failed} and
 * runs the other rules.
 *
 * <p>A rule is paired with a {@link RuleDescriptor} (its id, severity, profiles and message) when
 * it is added to a {@link Validator.Builder} or a {@link RuleSet}. Implementations must be
 * stateless or thread-safe: one validator may run a rule on many threads at once.
 *
 * <pre>{@code
 * Rule<BoardReport> titled =
 *     (report, context) -> {
 *       if (report.title().length() > 120) {
 *         context.report("title", Map.of("length", report.title().length()));
 *       }
 *     };
 * }</pre>
 *
 * @param <T> the type of subject the rule checks
 * @since 0.1.0
 */
@FunctionalInterface
public interface Rule<T> {

  /**
   * Checks the subject and reports each problem found to the context.
   *
   * @param subject the subject to check
   * @param context where problems are reported
   * @since 0.1.0
   */
  void check(T subject, RuleContext context);

  /**
   * Returns a rule that applies {@code rule} to one part of the subject, reporting paths under
   * {@code property}.
   *
   * @param property the part's property name, such as {@code equalities}
   * @param part reads the part from the subject
   * @param rule the rule for the part
   * @param <T> the subject type
   * @param <P> the part type
   * @return the lifted rule
   * @since 0.1.0
   */
  static <T, P> Rule<T> on(String property, Function<? super T, ? extends P> part, Rule<? super P> rule) {
    requireNonNull(property, "property");
    requireNonNull(part, "part");
    requireNonNull(rule, "rule");
    return (subject, context) -> rule.check(part.apply(subject), context.at(property));
  }

  /**
   * Returns a rule that applies {@code rule} to every element of a list in the subject, reporting
   * paths under {@code property[index]}. An element's path is built only if the rule reports
   * at it.
   *
   * @param property the list's property name, such as {@code recommendations}
   * @param elements reads the list from the subject
   * @param rule the rule for one element
   * @param <T> the subject type
   * @param <E> the element type
   * @return the lifted rule
   * @since 0.1.0
   */
  static <T, E> Rule<T> onEach(
      String property, Function<? super T, ? extends List<? extends E>> elements, Rule<? super E> rule) {
    requireNonNull(property, "property");
    requireNonNull(elements, "elements");
    requireNonNull(rule, "rule");
    return (subject, context) -> {
      List<? extends E> list = elements.apply(subject);
      ElementContext element = new ElementContext(context, property);
      for (int i = 0; i < list.size(); i++) {
        rule.check(list.get(i), element.moveTo(i));
      }
    };
  }
}
