package io.github.hls4j.validation;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The stable identifier of a rule: a namespace and a name, both kebab-case, joined by a slash, such
 * as {@code governance/signoff-undated}. The namespace names the concept the rule checks. Once
 * released, an id is never reused for a different meaning.
 *
 * <p>Instances are immutable and thread-safe. They compare by their text.
 *
 * @since 0.1.0
 */
public final class RuleId implements Comparable<RuleId> {

  private static final Pattern FORM =
      Pattern.compile("[a-z][a-z0-9]*(?:-[a-z0-9]+)*/[a-z][a-z0-9]*(?:-[a-z0-9]+)*");

  private final String value;

  private RuleId(String value) {
    this.value = value;
  }

  /**
   * Returns the rule id with the given text.
   *
   * @param value the id, {@code namespace/name} in kebab-case
   * @return the rule id
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is not of the form {@code namespace/name}
   * @since 0.1.0
   */
  public static RuleId of(String value) {
    requireNonNull(value, "RuleId.value");
    checkArgument(
        FORM.matcher(value).matches(),
        "RuleId.value (%s) must be kebab-case 'namespace/name', such as 'governance/signoff-undated'",
        value);
    return new RuleId(value);
  }

  /**
   * Returns the id's text, {@code namespace/name}, as {@link #toString()} does: the form it has in
   * JSON and in {@code docs/rules.md}.
   *
   * @return the text, such as {@code governance/signoff-undated}
   * @since 0.1.0
   */
  public String value() {
    return value;
  }

  /**
   * Returns the namespace, the part before the slash.
   *
   * @return the namespace, such as {@code governance}
   * @since 0.1.0
   */
  public String namespace() {
    return value.substring(0, value.indexOf('/'));
  }

  /**
   * Returns the name, the part after the slash.
   *
   * @return the name, such as {@code signoff-undated}
   * @since 0.1.0
   */
  public String name() {
    return value.substring(value.indexOf('/') + 1);
  }

  @Override
  public int compareTo(RuleId other) {
    return value.compareTo(other.value);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof RuleId that && value.equals(that.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** Returns the id's text, {@code namespace/name}. */
  @Override
  public String toString() {
    return value;
  }
}
