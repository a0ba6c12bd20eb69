package io.github.hls4j.validation;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What is known about a rule without running it: its id, default severity, the profiles in which it
 * applies, a one-line summary and its message template. The {@link RuleCatalog} lists the
 * descriptors of the built-in rules, and {@code docs/rules.md} is checked against it.
 *
 * <p>The message template is English text in which {@code {name}} stands for the named argument
 * {@code name}; there is no expression language. The message key, for translations, is the rule
 * id's text.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class RuleDescriptor {

  private final RuleId id;
  private final Severity defaultSeverity;
  private final ImmutableSet<Profile> profiles;
  private final String summary;
  private final String messageTemplate;

  private RuleDescriptor(Builder builder) {
    this.id = builder.id;
    this.defaultSeverity = builder.severity;
    this.profiles = Sets.immutableEnumSet(builder.profiles);
    this.summary = requireText(builder.summary, "summary");
    this.messageTemplate = requireText(builder.messageTemplate, "messageTemplate");
  }

  private String requireText(@Nullable String value, String attribute) {
    checkState(value != null, "RuleDescriptor.%s for %s must be set", attribute, id);
    checkArgument(
        !value.isBlank(), "RuleDescriptor.%s (%s) for %s must not be blank", attribute, value, id);
    return value;
  }

  /**
   * Returns a builder for the descriptor of the rule with the given id. The severity defaults to
   * {@link Severity#ERROR} and the profiles to all profiles.
   *
   * @param id the rule id, such as {@code acme/report-title-length}
   * @return a new builder
   * @throws IllegalArgumentException if {@code id} is not a well-formed {@link RuleId}
   * @since 0.1.0
   */
  public static Builder builder(String id) {
    return new Builder(RuleId.of(id));
  }

  /**
   * Returns the rule's id.
   *
   * @return the id
   * @since 0.1.0
   */
  public RuleId id() {
    return id;
  }

  /**
   * Returns the severity the rule reports at, unless a {@link SeverityPolicy} re-grades it.
   *
   * @return the default severity
   * @since 0.1.0
   */
  public Severity defaultSeverity() {
    return defaultSeverity;
  }

  /**
   * Returns the profiles in which the rule applies, never empty.
   *
   * @return an unmodifiable set of profiles
   * @since 0.1.0
   */
  public Set<Profile> profiles() {
    return profiles;
  }

  /**
   * Returns whether the rule applies in a profile.
   *
   * @param profile the profile
   * @return {@code true} if {@link #profiles()} holds it
   * @since 0.1.0
   */
  public boolean appliesIn(Profile profile) {
    return profiles.contains(profile);
  }

  /**
   * Returns a one-line summary of what the rule finds.
   *
   * @return the summary
   * @since 0.1.0
   */
  public String summary() {
    return summary;
  }

  /**
   * Returns the message template, in which {@code {name}} stands for a named argument.
   *
   * @return the template
   * @since 0.1.0
   */
  public String messageTemplate() {
    return messageTemplate;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (!(other instanceof RuleDescriptor that)) {
      return false;
    }
    return id.equals(that.id)
        && defaultSeverity == that.defaultSeverity
        && profiles.equals(that.profiles)
        && summary.equals(that.summary)
        && messageTemplate.equals(that.messageTemplate);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, defaultSeverity, profiles, summary, messageTemplate);
  }

  @Override
  public String toString() {
    return id + " (" + defaultSeverity + " in " + profiles + "): " + summary;
  }

  /**
   * Builds a {@link RuleDescriptor}. A builder is single-threaded.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private final RuleId id;
    private Severity severity = Severity.ERROR;
    private EnumSet<Profile> profiles = EnumSet.allOf(Profile.class);
    private @Nullable String summary;
    private @Nullable String messageTemplate;

    private Builder(RuleId id) {
      this.id = id;
    }

    /**
     * Sets the default severity; {@link Severity#ERROR} unless set.
     *
     * @param severity the severity
     * @return this builder
     * @since 0.1.0
     */
    public Builder severity(Severity severity) {
      this.severity = requireNonNull(severity, "RuleDescriptor.severity");
      return this;
    }

    /**
     * Sets the profiles in which the rule applies; all profiles unless set.
     *
     * @param first a profile
     * @param rest more profiles
     * @return this builder
     * @since 0.1.0
     */
    public Builder profiles(Profile first, Profile... rest) {
      requireNonNull(first, "RuleDescriptor.profiles");
      Arrays.stream(rest).forEach(p -> requireNonNull(p, "RuleDescriptor.profiles"));
      this.profiles = EnumSet.of(first, rest);
      return this;
    }

    /**
     * Sets the one-line summary of what the rule finds. Required.
     *
     * @param summary the summary
     * @return this builder
     * @since 0.1.0
     */
    public Builder summary(String summary) {
      this.summary = requireNonNull(summary, "RuleDescriptor.summary");
      return this;
    }

    /**
     * Sets the message template, in which {@code {name}} stands for a named argument. Required.
     *
     * @param messageTemplate the template
     * @return this builder
     * @since 0.1.0
     */
    public Builder message(String messageTemplate) {
      this.messageTemplate = requireNonNull(messageTemplate, "RuleDescriptor.messageTemplate");
      return this;
    }

    /**
     * Returns the descriptor.
     *
     * @return a new descriptor
     * @throws IllegalStateException if the summary or the message template was not set
     * @throws IllegalArgumentException if the summary or the message template is blank
     * @since 0.1.0
     */
    public RuleDescriptor build() {
      return new RuleDescriptor(this);
    }
  }
}
