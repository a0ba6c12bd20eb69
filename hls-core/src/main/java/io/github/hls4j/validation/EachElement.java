package io.github.hls4j.validation;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.function.Function;

/**
 * A rule lifted onto every element of a list in its subject, by {@link Rule#onEach} or {@link
 * Rule#onEachOf}. Run on its own, it walks the list; a {@link Validator} instead walks the list
 * once for every such rule on it.
 *
 * @param <T> the subject type
 * @param <E> the element type
 */
final class EachElement<T, E> implements Rule<T> {
  private final String property;
  private final Function<? super T, ? extends List<? extends E>> elements;
  private final Function<? super T, ? extends Rule<? super E>> ruleFor;

  EachElement(
      String property,
      Function<? super T, ? extends List<? extends E>> elements,
      Function<? super T, ? extends Rule<? super E>> ruleFor) {
    this.property = requireNonNull(property, "property");
    this.elements = requireNonNull(elements, "elements");
    this.ruleFor = requireNonNull(ruleFor, "ruleFor");
  }

  /** The list's property name, under which findings are reported. */
  String property() {
    return property;
  }

  /** The list of one subject. */
  List<? extends E> elements(T subject) {
    return elements.apply(subject);
  }

  /** The rule for the elements of one subject. */
  Rule<? super E> ruleFor(T subject) {
    return requireNonNull(ruleFor.apply(subject), "ruleFor returned null");
  }

  @Override
  public void check(T subject, RuleContext context) {
    List<? extends E> list = elements(subject);
    if (list.isEmpty()) {
      return;
    }
    Rule<? super E> rule = ruleFor(subject);
    Prefixed element = new Prefixed(context, property, 0);
    for (int i = 0; i < list.size(); i++) {
      rule.check(list.get(i), element.moveTo(i));
    }
  }
}
