package io.github.hls4j.validation;

import static java.util.Objects.requireNonNull;

import com.google.common.base.Throwables;
import com.google.common.collect.ImmutableList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Runs a fixed set of rules over subjects for one {@link Profile}, under a {@link SeverityPolicy},
 * and returns what they found. A validator never throws because of a subject: a rule that throws is
 * reported as a violation of {@link #RULE_FAILED} naming the rule, and the other rules still run.
 * The rules lifted onto the same list of a subject ({@link Rule#onEach}, {@link Rule#onEachOf}) are
 * run in one pass over it, element by element.
 *
 * <pre>{@code
 * Validator<BoardReport> validator =
 *     Validator.builder(GovernanceRules.boardReport())
 *         .profile(Profile.DECISION_READY)
 *         .policy(SeverityPolicy.defaults().regrade("governance/lead-officer-mismatch", Severity.INFO))
 *         .build();
 * ValidationResult result = validator.validate(report);
 * }</pre>
 *
 * <p>Build a validator once and share it: instances are immutable and thread-safe.
 *
 * @param <T> the type of subject validated
 * @since 0.1.0
 */
public final class Validator<T> {

  /**
   * The descriptor of {@code validation/rule-failed}: a rule threw instead of reporting. Its
   * arguments are {@code rule} (the failing rule's id) and {@code exception} (the exception's class
   * and message).
   *
   * @since 0.1.0
   */
  public static final RuleDescriptor RULE_FAILED =
      RuleDescriptor.builder("validation/rule-failed")
          .severity(Severity.ERROR)
          .summary("A rule threw an exception instead of reporting; the other rules still ran.")
          .message("Rule {rule} failed and could not check this subject: {exception}")
          .build();

  private final Profile profile;
  private final SeverityPolicy policy;
  private final ImmutableList<ActiveRule<T>> rules;
  private final @Nullable ActiveRule<T> ruleFailed;

  /** The parts of the active rules that check the whole subject, in the order of the rules. */
  private final ImmutableList<Part<T>> whole;

  /**
   * The parts lifted onto a list, by the list's property name, in the order of first use: those
   * whose lists are the same list of a subject are checked in one pass over it.
   */
  private final ImmutableList<ImmutableList<EachPart<T>>> passes;

  private Validator(Builder<T> builder) {
    this.profile = builder.profile;
    this.policy = builder.policy;
    ImmutableList.Builder<ActiveRule<T>> active = ImmutableList.builder();
    builder
        .rules
        .build()
        .rules()
        .forEach(
            (descriptor, rule) -> {
              if (descriptor.appliesIn(profile)) {
                policy
                    .severityOf(descriptor)
                    .ifPresent(
                        severity -> active.add(new ActiveRule<>(descriptor, rule, severity)));
              }
            });
    this.rules = active.build();
    this.ruleFailed =
        policy
            .severityOf(RULE_FAILED)
            .map(severity -> new ActiveRule<T>(RULE_FAILED, (subject, context) -> {}, severity))
            .orElse(null);
    ImmutableList.Builder<Part<T>> whole = ImmutableList.builder();
    Map<String, ImmutableList.Builder<EachPart<T>>> byProperty = new LinkedHashMap<>();
    for (int r = 0; r < rules.size(); r++) {
      ImmutableList.Builder<Rule<? super T>> parts = ImmutableList.builder();
      MergedRule.addParts(rules.get(r).rule, parts);
      for (Rule<? super T> part : parts.build()) {
        if (part instanceof EachElement<?, ?> each) {
          byProperty
              .computeIfAbsent(each.property(), p -> ImmutableList.builder())
              .add(new EachPart<>(r, narrow(each)));
        } else {
          whole.add(new Part<>(r, part));
        }
      }
    }
    this.whole = whole.build();
    this.passes =
        byProperty.values().stream()
            .map(ImmutableList.Builder::build)
            .collect(ImmutableList.toImmutableList());
  }

  /**
   * A lifted part of a rule for {@code T} as what it is: it was a part of a {@code Rule<? super
   * T>}, so its subject type is {@code T} or a supertype of it.
   */
  @SuppressWarnings("unchecked")
  private static <T> EachElement<? super T, ?> narrow(EachElement<?, ?> each) {
    return (EachElement<? super T, ?>) each;
  }

  /**
   * Returns a builder for a validator with no rules yet.
   *
   * @param <T> the type of subject validated
   * @return a new builder
   * @since 0.1.0
   */
  public static <T> Builder<T> builder() {
    return new Builder<>();
  }

  /**
   * Returns a builder for a validator that starts with the rules of a rule set.
   *
   * @param rules the rules to start with
   * @param <T> the type of subject validated
   * @return a new builder
   * @since 0.1.0
   */
  public static <T> Builder<T> builder(RuleSet<T> rules) {
    return new Builder<T>().rules(rules);
  }

  /**
   * Returns the profile this validator checks for.
   *
   * @return the profile
   * @since 0.1.0
   */
  public Profile profile() {
    return profile;
  }

  /**
   * Returns the severity policy this validator applies.
   *
   * @return the policy
   * @since 0.1.0
   */
  public SeverityPolicy policy() {
    return policy;
  }

  /**
   * Returns the descriptors of the rules that run: those that apply in the profile and that the
   * policy does not suppress, in the order they were added.
   *
   * @return an unmodifiable list
   * @since 0.1.0
   */
  public List<RuleDescriptor> activeRules() {
    return rules.stream().map(r -> r.descriptor).collect(ImmutableList.toImmutableList());
  }

  /**
   * Validates one subject.
   *
   * @param subject the subject
   * @return what the rules found, empty if nothing
   * @throws NullPointerException if {@code subject} is null
   * @since 0.1.0
   */
  public ValidationResult validate(T subject) {
    requireNonNull(subject, "subject");
    Run<T> run = new Run<>(this, subject);
    for (Part<T> part : whole) {
      run.check(part.rule(), part.index());
    }
    for (ImmutableList<EachPart<T>> pass : passes) {
      run.pass(pass);
    }
    return run.collector.result();
  }

  /**
   * One validation of one subject: the findings so far, and which rules have failed, so that a
   * failed rule checks nothing more.
   */
  private static final class Run<T> {
    final Validator<T> validator;
    final T subject;
    final Collector collector;
    final boolean[] failed;

    Run(Validator<T> validator, T subject) {
      this.validator = validator;
      this.subject = subject;
      this.collector = new Collector(validator.profile, subject.getClass());
      this.failed = new boolean[validator.rules.size()];
    }

    /** Runs a part of rule {@code index} on the subject, if the rule has not failed. */
    void check(Rule<? super T> part, int index) {
      if (failed[index]) {
        return;
      }
      running(index);
      try {
        part.check(subject, collector);
      } catch (Throwable e) {
        failed(index, e);
      }
    }

    /**
     * Runs the parts lifted onto lists of one property name: those that read the same list walk it
     * together, each element checked by all of them before the next is read.
     */
    void pass(ImmutableList<EachPart<T>> parts) {
      int count = parts.size();
      List<?>[] lists = new List<?>[count];
      Rule<?>[] ruleFor = new Rule<?>[count];
      for (int k = 0; k < count; k++) {
        EachPart<T> part = parts.get(k);
        if (failed[part.index()]) {
          continue;
        }
        try {
          List<?> list = part.each().elements(subject);
          if (!list.isEmpty()) {
            ruleFor[k] = part.each().ruleFor(subject);
            lists[k] = list;
          }
        } catch (Throwable e) {
          failed(part.index(), e);
        }
      }
      int[] members = new int[count];
      for (int k = 0; k < count; k++) {
        List<?> list = lists[k];
        if (list == null) {
          continue;
        }
        int walking = 0;
        for (int m = k; m < count; m++) {
          if (lists[m] == list) {
            members[walking++] = m;
            lists[m] = null;
          }
        }
        walk(list, parts, ruleFor, members, walking);
      }
    }

    private void walk(
        List<?> list,
        ImmutableList<EachPart<T>> parts,
        Rule<?>[] ruleFor,
        int[] members,
        int walking) {
      Prefixed context = new Prefixed(collector, parts.get(members[0]).each().property(), 0);
      for (int i = 0; i < list.size(); i++) {
        Object element = list.get(i);
        context.moveTo(i);
        for (int w = 0; w < walking; w++) {
          int index = parts.get(members[w]).index();
          if (failed[index]) {
            continue;
          }
          running(index);
          try {
            checkElement(ruleFor[members[w]], element, context);
          } catch (Throwable e) {
            failed(index, e);
          }
        }
      }
    }

    /**
     * Checks one element with the rule made for its list: the rule came from the same {@link
     * EachElement} as the list, whose elements it accepts.
     */
    @SuppressWarnings("unchecked")
    private static void checkElement(Rule<?> rule, Object element, RuleContext context) {
      ((Rule<Object>) rule).check(element, context);
    }

    private void running(int index) {
      collector.running(validator.rules.get(index));
    }

    private void failed(int index, Throwable e) {
      // A rule's failure is a finding; only a failing virtual machine stops the validation. A
      // stack overflow is the rule's, from a model nested deeper than it expected.
      if (e instanceof VirtualMachineError failing && !(e instanceof StackOverflowError)) {
        throw failing;
      }
      failed[index] = true;
      ActiveRule<T> ruleFailed = validator.ruleFailed;
      if (ruleFailed == null) {
        return;
      }
      Throwable root = Throwables.getRootCause(e);
      String exception =
          root.getMessage() == null
              ? root.getClass().getName()
              : root.getClass().getName() + ": " + root.getMessage();
      collector.running(ruleFailed);
      collector.report(
          "",
          MessageArguments.of(
              "rule", validator.rules.get(index).descriptor.id(), "exception", exception));
    }
  }

  /**
   * Validates each subject, returning one result per subject in the same order.
   *
   * @param subjects the subjects
   * @return an unmodifiable list of results, one per subject
   * @throws NullPointerException if {@code subjects} or any element is null
   * @since 0.1.0
   */
  public List<ValidationResult> validateAll(Iterable<? extends T> subjects) {
    requireNonNull(subjects, "subjects");
    ImmutableList.Builder<ValidationResult> results = ImmutableList.builder();
    for (T subject : subjects) {
      results.add(validate(subject));
    }
    return results.build();
  }

  @Override
  public String toString() {
    return "Validator{profile=" + profile + ", rules=" + activeRules().size() + ", " + policy + "}";
  }

  /** A part of active rule {@code index} that checks the whole subject. */
  private record Part<T>(int index, Rule<? super T> rule) {}

  /** A part of active rule {@code index} lifted onto a list of the subject. */
  private record EachPart<T>(int index, EachElement<? super T, ?> each) {}

  /**
   * Builds a {@link Validator}. The profile defaults to {@link Profile#DECISION_READY} and the
   * policy to {@link SeverityPolicy#defaults()}. A builder is single-threaded.
   *
   * @param <T> the type of subject validated
   * @since 0.1.0
   */
  public static final class Builder<T> {
    private final RuleSet.Builder<T> rules = RuleSet.builder();
    private Profile profile = Profile.DECISION_READY;
    private SeverityPolicy policy = SeverityPolicy.defaults();

    private Builder() {}

    /**
     * Sets the profile; {@link Profile#DECISION_READY} unless set.
     *
     * @param profile the profile
     * @return this builder
     * @since 0.1.0
     */
    public Builder<T> profile(Profile profile) {
      this.profile = requireNonNull(profile, "profile");
      return this;
    }

    /**
     * Sets the severity policy; {@link SeverityPolicy#defaults()} unless set.
     *
     * @param policy the policy
     * @return this builder
     * @since 0.1.0
     */
    public Builder<T> policy(SeverityPolicy policy) {
      this.policy = requireNonNull(policy, "policy");
      return this;
    }

    /**
     * Adds a rule, such as a user's own.
     *
     * @param descriptor the rule's id, severity, profiles and message
     * @param rule the rule's logic
     * @return this builder
     * @throws IllegalArgumentException if a rule with the same id was added already
     * @since 0.1.0
     */
    public Builder<T> rule(RuleDescriptor descriptor, Rule<? super T> rule) {
      rules.add(descriptor, rule);
      return this;
    }

    /**
     * Adds every rule of a rule set.
     *
     * @param ruleSet the rules
     * @return this builder
     * @throws IllegalArgumentException if a rule with the same id as one of them was added already
     * @since 0.1.0
     */
    public Builder<T> rules(RuleSet<? super T> ruleSet) {
      rules.addAll(ruleSet);
      return this;
    }

    /**
     * Returns the validator.
     *
     * @return a new validator
     * @since 0.1.0
     */
    public Validator<T> build() {
      return new Validator<>(this);
    }
  }
}
