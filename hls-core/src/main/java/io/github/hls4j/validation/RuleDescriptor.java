package io.github.hls4j.validation;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What is known about a rule without running it: its id, default severity, the profiles in which it
 * applies, a one-line summary and its message template. The {@link RuleCatalog} lists the
 * descriptors of the built-in rules, and {@code docs/rules.md} is checked against it.
 *
 * <p>The message template is English text in which {@code {name}} stands for the named argument
 * {@code name}; there is no expression language. The message key, for translations, is the rule
 * id's text. A rule may have other forms of its message, for a finding the main template would word
 * badly (a superseded strategy with no revision to name): each has a name and a template of its
 * own, and its key is the rule id's text, a dot and the form's name, such as {@code
 * alignment/strategy-superseded.unnamed}. A rule reports in a form with {@link
 * RuleContext#reportForm(String, String, java.util.Map)}.
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
  private final ImmutableMap<String, String> forms;

  private RuleDescriptor(Builder builder) {
    this.id = builder.id;
    this.defaultSeverity = builder.severity;
    this.profiles = Sets.immutableEnumSet(builder.profiles);
    this.summary = requireText(builder.summary, "summary");
    this.messageTemplate = requireText(builder.messageTemplate, "messageTemplate");
    this.forms = ImmutableMap.copyOf(builder.forms);
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

  /**
   * Returns the other forms of the message, by name: for each, the template used when the rule
   * reports in that form. Empty for most rules.
   *
   * @return an unmodifiable map from form name to template, in the order the forms were added
   * @since 0.1.0
   */
  public Map<String, String> messageForms() {
    return forms;
  }

  /**
   * Returns the template of one form of the message.
   *
   * @param form the form's name, such as {@code unnamed}
   * @return the template, or empty if the rule has no form of that name
   * @since 0.1.0
   */
  public Optional<String> messageTemplate(String form) {
    return Optional.ofNullable(forms.get(requireNonNull(form, "form")));
  }

  /**
   * Returns the message key of one form of the message: the rule id's text, a dot and the form's
   * name.
   *
   * @param form the form's name
   * @return the key, such as {@code alignment/strategy-superseded.unnamed}
   * @since 0.1.0
   */
  public String messageKey(String form) {
    return String.join(".", id.toString(), requireNonNull(form, "form"));
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
        && messageTemplate.equals(that.messageTemplate)
        && forms.equals(that.forms);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, defaultSeverity, profiles, summary, messageTemplate, forms);
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
    private final Map<String, String> forms = new LinkedHashMap<>();

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
     * Adds another form of the message, for a finding the main template would word badly. Its
     * message key is the rule id's text, a dot and the form's name.
     *
     * <pre>{@code
     * .message("Strategy {strategy} is superseded (by {successor}); align to the version in force")
     * .message("unnamed", "Strategy {strategy} is superseded; no revision is named")
     * }</pre>
     *
     * @param form the form's name: lower-case letters and hyphens, such as {@code unnamed}
     * @param messageTemplate the form's template
     * @return this builder
     * @throws IllegalArgumentException if the name is not lower-case letters and hyphens, is
     *     already a form of this rule, or the template is blank
     * @since 0.1.0
     */
    public Builder message(String form, String messageTemplate) {
      requireNonNull(form, "RuleDescriptor.form");
      requireNonNull(messageTemplate, "RuleDescriptor.messageTemplate");
      checkArgument(
          form.matches("[a-z]+(-[a-z]+)*"),
          "RuleDescriptor.form (%s) for %s must be lower-case letters and hyphens",
          form,
          id);
      checkArgument(
          !messageTemplate.isBlank(),
          "RuleDescriptor.messageTemplate (%s) of form %s for %s must not be blank",
          messageTemplate,
          form,
          id);
      checkArgument(
          forms.putIfAbsent(form, messageTemplate) == null,
          "RuleDescriptor.form (%s) for %s is given twice",
          form,
          id);
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
