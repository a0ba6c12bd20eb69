package io.github.hls4j.validation;

import static java.util.Objects.requireNonNull;

import java.util.function.Function;

/**
 * A value worked out from a subject that several rules read, such as every text a person wrote in a
 * board report: asked for through {@link RuleContext#derived}, it is worked out once in a
 * validation and shared by every rule that asks for it, instead of once by each rule.
 *
 * <pre>{@code
 * static final Derived<BoardReport, List<String>> WORDS =
 *     Derived.of("words of the report", report -> words(report));
 *
 * public void check(BoardReport report, RuleContext context) {
 *   List<String> words = context.derived(WORDS, report);
 *   ...
 * }
 * }</pre>
 *
 * <p>The function must give the same value for the same subject whenever it is called, and the
 * value must not be changed by a rule: a rule that reads it may run before or after the others, and
 * a context that keeps nothing, such as one a test makes, works it out on every call. A derived
 * value is compared by identity; keep it in a constant.
 *
 * @param <S> the subject it is worked out from
 * @param <V> the value
 * @since 0.1.0
 */
public final class Derived<S, V> {
  private final String name;
  private final Function<? super S, ? extends V> compute;

  private Derived(String name, Function<? super S, ? extends V> compute) {
    this.name = name;
    this.compute = compute;
  }

  /**
   * Returns a derived value.
   *
   * @param name what the value is, for messages, such as {@code written texts}
   * @param compute works the value out from a subject; never returns null
   * @param <S> the subject it is worked out from
   * @param <V> the value
   * @return the derived value
   * @since 0.1.0
   */
  public static <S, V> Derived<S, V> of(String name, Function<? super S, ? extends V> compute) {
    return new Derived<>(requireNonNull(name, "name"), requireNonNull(compute, "compute"));
  }

  /**
   * Works the value out from a subject, without keeping it.
   *
   * @param subject the subject
   * @return the value
   * @throws NullPointerException if the function gives null
   * @since 0.1.0
   */
  public V compute(S subject) {
    return requireNonNull(compute.apply(subject), () -> "Derived " + name + " gave null");
  }

  @Override
  public String toString() {
    return "Derived " + name;
  }
}
