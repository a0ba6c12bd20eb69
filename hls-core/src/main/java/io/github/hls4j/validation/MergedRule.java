package io.github.hls4j.validation;

import com.google.common.collect.ImmutableList;

/**
 * The rules merged under one descriptor by {@link RuleSet.Builder#merge}, run one after the other.
 * A {@link Validator} runs each part as it runs a rule of its own, so that a part lifted onto a
 * list shares the pass over that list with the other rules on it.
 *
 * @param <T> the subject type
 */
final class MergedRule<T> implements Rule<T> {
  private final ImmutableList<Rule<? super T>> parts;

  private MergedRule(ImmutableList<Rule<? super T>> parts) {
    this.parts = parts;
  }

  /** The two rules as one, with the parts of either if it is merged already. */
  static <T> MergedRule<T> of(Rule<? super T> first, Rule<? super T> second) {
    ImmutableList.Builder<Rule<? super T>> parts = ImmutableList.builder();
    addParts(first, parts);
    addParts(second, parts);
    return new MergedRule<>(parts.build());
  }

  /** Adds the rule, or each of its parts if it is merged, to {@code parts}. */
  static <T> void addParts(Rule<? super T> rule, ImmutableList.Builder<Rule<? super T>> parts) {
    if (rule instanceof MergedRule<?> merged) {
      for (Rule<?> part : merged.parts) {
        parts.add(narrow(part));
      }
    } else {
      parts.add(rule);
    }
  }

  /**
   * A part of a merged rule for a subject type {@code S}, as a rule for {@code T}: the merged rule
   * was a {@code Rule<? super T>}, so {@code S} is {@code T} or a supertype of it, and each part
   * checks {@code S}.
   */
  @SuppressWarnings("unchecked")
  private static <T> Rule<? super T> narrow(Rule<?> part) {
    return (Rule<? super T>) part;
  }

  @Override
  public void check(T subject, RuleContext context) {
    for (Rule<? super T> part : parts) {
      part.check(subject, context);
    }
  }
}
