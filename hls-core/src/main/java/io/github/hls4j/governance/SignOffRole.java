package io.github.hls4j.governance;

import io.github.hls4j.internal.Checks;
import io.github.hls4j.internal.FreeText;
import org.immutables.value.Value;

/**
 * A role in a report's sign-off table, titled as the council's template titles it, such as
 * "Monitoring Officer (Somerset Council)". A role marked <em>if applicable</em>, such as "Executive
 * Member (if applicable)", may be left unsigned.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class SignOffRole {

  SignOffRole() {}

  /**
   * Returns a role that must sign.
   *
   * @param title the title as the template gives it
   * @param kind the kind of role
   * @return the role
   * @throws IllegalArgumentException if {@code title} is blank
   * @since 0.1.0
   */
  public static SignOffRole required(String title, SignOffRoleKind kind) {
    return ImmutableSignOffRole.builder().title(title).kind(kind).ifApplicable(false).build();
  }

  /**
   * Returns a role that signs only if it applies to the report.
   *
   * @param title the title as the template gives it
   * @param kind the kind of role
   * @return the role
   * @throws IllegalArgumentException if {@code title} is blank
   * @since 0.1.0
   */
  public static SignOffRole ifApplicable(String title, SignOffRoleKind kind) {
    return ImmutableSignOffRole.builder().title(title).kind(kind).ifApplicable(true).build();
  }

  /**
   * Returns the title as the template gives it.
   *
   * @return the title
   * @since 0.1.0
   */
  @FreeText
  public abstract String title();

  /**
   * Returns the kind of role.
   *
   * @return the kind
   * @since 0.1.0
   */
  public abstract SignOffRoleKind kind();

  /**
   * Returns whether the role signs only if it applies to the report.
   *
   * @return {@code true} for an "if applicable" role
   * @since 0.1.0
   */
  public abstract boolean ifApplicable();

  @Value.Check
  void check() {
    Checks.notBlank("SignOffRole", "title", title());
  }
}
