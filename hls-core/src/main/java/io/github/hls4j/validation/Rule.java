package io.github.hls4j.validation;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.function.Function;

/**
 * The logic of a policy rule: looks at a well-formed subject and reports what is wrong with it for
 * a purpose. A rule reports through its {@link RuleContext} and never throws because of the
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
  static <T, P> Rule<T> on(
      String property, Function<? super T, ? extends P> part, Rule<? super P> rule) {
    requireNonNull(property, "property");
    requireNonNull(part, "part");
    requireNonNull(rule, "rule");
    return (subject, context) -> rule.check(part.apply(subject), context.at(property));
  }

  /**
   * Returns a rule that applies {@code rule} to every element of a list in the subject, reporting
   * paths under {@code property[index]}. An element's path is built only if the rule reports at it.
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
      String property,
      Function<? super T, ? extends List<? extends E>> elements,
      Rule<? super E> rule) {
    requireNonNull(rule, "rule");
    return new EachElement<>(property, elements, subject -> rule);
  }

  /**
   * Returns a rule that checks every element of a list in the subject with a rule made for that
   * subject, reporting paths under {@code property[index]}. Use it where the check of one element
   * reads the whole subject, such as a share whose agreement is looked up among the system's:
   * {@code ruleFor} reads the subject once, keeps what it needs (an index, a date), and returns the
   * rule for its elements. It is called once per subject, and only for a subject whose list has
   * elements.
   *
   * <p>A {@link Validator} runs the rules lifted onto the same list of a subject, by this method or
   * by {@link #onEach}, in one pass over the list, each element checked by every rule before the
   * next is read: a large subject is then read from memory once rather than once per rule. Each
   * rule keeps its own descriptor, severity and findings, and one that throws is reported as {@link
   * Validator#RULE_FAILED} and checks no further element.
   *
   * <pre>{@code
   * Rule<LearningSystem> sharesUnderKnownAgreements =
   *     Rule.onEachOf(
   *         "shares",
   *         LearningSystem::shares,
   *         system -> {
   *           Map<AgreementId, List<DataSharingAgreement>> agreements = system.agreementsById();
   *           return (share, context) -> {
   *             if (share.agreement().isPresent() && !agreements.containsKey(share.agreement().get())) {
   *               context.report("agreement", Map.of("agreement", share.agreement().get()));
   *             }
   *           };
   *         });
   * }</pre>
   *
   * @param property the list's property name, such as {@code shares}
   * @param elements reads the list from the subject
   * @param ruleFor makes the rule for the elements of one subject
   * @param <T> the subject type
   * @param <E> the element type
   * @return the lifted rule
   * @since 0.1.0
   */
  static <T, E> Rule<T> onEachOf(
      String property,
      Function<? super T, ? extends List<? extends E>> elements,
      Function<? super T, ? extends Rule<? super E>> ruleFor) {
    return new EachElement<>(property, elements, ruleFor);
  }
}
