package io.github.hls4j.examples.beanvalidation;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.hls4j.examples.beanvalidation.BeanBoardReport.Recommendation;
import io.github.hls4j.examples.beanvalidation.BeanBoardReport.SignOff;
import io.github.hls4j.internal.Cycles;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The class-level constraints of {@link BeanBoardReport}, one for each compared hls4j rule. Each
 * constraint's message is the rule's id, and each reports at the path hls4j's rule reports at, so
 * the two can be compared finding by finding. The algorithms are hls4j's, so the comparison is of
 * the engines, not of the checks.
 */
public final class ReportConstraints {

  private ReportConstraints() {}

  /** {@code governance/signoff-missing}: a required role unsigned, or no lead officer's row. */
  @Documented
  @Target(TYPE)
  @Retention(RUNTIME)
  @Constraint(validatedBy = SignOffsCompleteValidator.class)
  public @interface SignOffsComplete {
    /**
     * @return the message: the rule's id
     */
    String message() default "governance/signoff-missing";

    /**
     * @return the groups
     */
    Class<?>[] groups() default {};

    /**
     * @return the payload
     */
    Class<? extends Payload>[] payload() default {};
  }

  /** {@code governance/signoff-undated}: a required row names a person but gives no date. */
  @Documented
  @Target(TYPE)
  @Retention(RUNTIME)
  @Constraint(validatedBy = SignOffsDatedValidator.class)
  public @interface SignOffsDated {
    /**
     * @return the message: the rule's id
     */
    String message() default "governance/signoff-undated";

    /**
     * @return the groups
     */
    Class<?>[] groups() default {};

    /**
     * @return the payload
     */
    Class<? extends Payload>[] payload() default {};
  }

  /** {@code governance/recommendation-numbering}: recommendations not numbered 1, 2, 3… */
  @Documented
  @Target(TYPE)
  @Retention(RUNTIME)
  @Constraint(validatedBy = RecommendationsNumberedValidator.class)
  public @interface RecommendationsNumbered {
    /**
     * @return the message: the rule's id
     */
    String message() default "governance/recommendation-numbering";

    /**
     * @return the groups
     */
    Class<?>[] groups() default {};

    /**
     * @return the payload
     */
    Class<? extends Payload>[] payload() default {};
  }

  /** {@code governance/recommendation-dependency-unknown}: a dependency on no recommendation. */
  @Documented
  @Target(TYPE)
  @Retention(RUNTIME)
  @Constraint(validatedBy = DependenciesKnownValidator.class)
  public @interface DependenciesKnown {
    /**
     * @return the message: the rule's id
     */
    String message() default "governance/recommendation-dependency-unknown";

    /**
     * @return the groups
     */
    Class<?>[] groups() default {};

    /**
     * @return the payload
     */
    Class<? extends Payload>[] payload() default {};
  }

  /**
   * {@code governance/recommendation-dependency-cycle}: recommendations that wait on each other.
   */
  @Documented
  @Target(TYPE)
  @Retention(RUNTIME)
  @Constraint(validatedBy = DependenciesAcyclicValidator.class)
  public @interface DependenciesAcyclic {
    /**
     * @return the message: the rule's id
     */
    String message() default "governance/recommendation-dependency-cycle";

    /**
     * @return the groups
     */
    Class<?>[] groups() default {};

    /**
     * @return the payload
     */
    Class<? extends Payload>[] payload() default {};
  }

  /** Validates {@link SignOffsComplete}. */
  public static final class SignOffsCompleteValidator
      implements ConstraintValidator<SignOffsComplete, BeanBoardReport> {
    @Override
    public boolean isValid(BeanBoardReport report, ConstraintValidatorContext context) {
      if (report == null || report.signOffs() == null) {
        return true;
      }
      context.disableDefaultConstraintViolation();
      List<SignOff> signOffs = report.signOffs();
      if (signOffs.isEmpty()) {
        at(context, "signOffs");
        return false;
      }
      boolean valid = true;
      boolean leadOfficerRow = false;
      for (int i = 0; i < signOffs.size(); i++) {
        SignOff row = signOffs.get(i);
        if (row == null || row.role() == null) {
          continue;
        }
        leadOfficerRow |= row.role().leadOfficer();
        if (!row.role().ifApplicable() && isBlank(row.name())) {
          atIndex(context, "signOffs", i, "name");
          valid = false;
        }
      }
      if (!leadOfficerRow) {
        at(context, "signOffs");
        valid = false;
      }
      return valid;
    }
  }

  /** Validates {@link SignOffsDated}. */
  public static final class SignOffsDatedValidator
      implements ConstraintValidator<SignOffsDated, BeanBoardReport> {
    @Override
    public boolean isValid(BeanBoardReport report, ConstraintValidatorContext context) {
      if (report == null || report.signOffs() == null) {
        return true;
      }
      context.disableDefaultConstraintViolation();
      boolean valid = true;
      List<SignOff> signOffs = report.signOffs();
      for (int i = 0; i < signOffs.size(); i++) {
        SignOff row = signOffs.get(i);
        boolean ifApplicable = row != null && row.role() != null && row.role().ifApplicable();
        if (row != null && !ifApplicable && !isBlank(row.name()) && row.date() == null) {
          atIndex(context, "signOffs", i, "date");
          valid = false;
        }
      }
      return valid;
    }
  }

  /** Validates {@link RecommendationsNumbered}. */
  public static final class RecommendationsNumberedValidator
      implements ConstraintValidator<RecommendationsNumbered, BeanBoardReport> {
    @Override
    public boolean isValid(BeanBoardReport report, ConstraintValidatorContext context) {
      if (report == null || report.recommendations() == null) {
        return true;
      }
      context.disableDefaultConstraintViolation();
      boolean valid = true;
      List<Recommendation> recommendations = report.recommendations();
      for (int i = 0; i < recommendations.size(); i++) {
        Recommendation r = recommendations.get(i);
        if (r != null && r.number() != i + 1) {
          atIndex(context, "recommendations", i, "number");
          valid = false;
        }
      }
      return valid;
    }
  }

  /** Validates {@link DependenciesKnown}. */
  public static final class DependenciesKnownValidator
      implements ConstraintValidator<DependenciesKnown, BeanBoardReport> {
    @Override
    public boolean isValid(BeanBoardReport report, ConstraintValidatorContext context) {
      if (report == null || report.recommendations() == null) {
        return true;
      }
      context.disableDefaultConstraintViolation();
      boolean valid = true;
      List<Recommendation> recommendations = report.recommendations();
      Map<Integer, Integer> indexByNumber = indexByNumber(recommendations);
      for (int i = 0; i < recommendations.size(); i++) {
        Recommendation r = recommendations.get(i);
        if (r == null || r.dependsOn() == null) {
          continue;
        }
        for (int j = 0; j < r.dependsOn().size(); j++) {
          Integer dependency = r.dependsOn().get(j);
          if (dependency != null && !indexByNumber.containsKey(dependency)) {
            context
                .buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                .addPropertyNode("recommendations")
                .addPropertyNode("dependsOn")
                .inIterable()
                .atIndex(i)
                .addContainerElementNode("<list element>", List.class, 0)
                .inIterable()
                .atIndex(j)
                .addConstraintViolation();
            valid = false;
          }
        }
      }
      return valid;
    }
  }

  /** Validates {@link DependenciesAcyclic}. */
  public static final class DependenciesAcyclicValidator
      implements ConstraintValidator<DependenciesAcyclic, BeanBoardReport> {
    @Override
    public boolean isValid(BeanBoardReport report, ConstraintValidatorContext context) {
      if (report == null || report.recommendations() == null) {
        return true;
      }
      List<Recommendation> recommendations = report.recommendations();
      if (dependsOnlyOnEarlier(recommendations)) {
        return true;
      }
      Map<Integer, Integer> indexByNumber = indexByNumber(recommendations);
      List<List<Integer>> edges = new ArrayList<>();
      for (int i = 0; i < recommendations.size(); i++) {
        edges.add(new ArrayList<>());
      }
      for (Recommendation r : recommendations) {
        if (r == null || r.dependsOn() == null) {
          continue;
        }
        for (Integer dependency : r.dependsOn()) {
          if (dependency != null && indexByNumber.containsKey(dependency)) {
            edges.get(indexByNumber.get(r.number())).add(indexByNumber.get(dependency));
          }
        }
      }
      int[][] successors = new int[edges.size()][];
      for (int i = 0; i < successors.length; i++) {
        successors[i] = edges.get(i).stream().mapToInt(Integer::intValue).toArray();
      }
      List<int[]> cycles = Cycles.find(successors);
      if (cycles.isEmpty()) {
        return true;
      }
      context.disableDefaultConstraintViolation();
      for (int[] cycle : cycles) {
        atIndex(context, "recommendations", cycle[0], "dependsOn");
      }
      return false;
    }
  }

  private static void at(ConstraintValidatorContext context, String property) {
    context
        .buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
        .addPropertyNode(property)
        .addConstraintViolation();
  }

  private static void atIndex(
      ConstraintValidatorContext context, String list, int index, String property) {
    context
        .buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
        .addPropertyNode(list)
        .addPropertyNode(property)
        .inIterable()
        .atIndex(index)
        .addConstraintViolation();
  }

  private static boolean dependsOnlyOnEarlier(List<Recommendation> recommendations) {
    for (Recommendation r : recommendations) {
      if (r == null || r.dependsOn() == null) {
        return false;
      }
      for (Integer dependency : r.dependsOn()) {
        if (dependency == null || dependency >= r.number()) {
          return false;
        }
      }
    }
    return true;
  }

  private static Map<Integer, Integer> indexByNumber(List<Recommendation> recommendations) {
    Map<Integer, Integer> index = new HashMap<>();
    for (int i = 0; i < recommendations.size(); i++) {
      Recommendation r = recommendations.get(i);
      if (r != null) {
        index.putIfAbsent(r.number(), i);
      }
    }
    return index;
  }

  private static boolean isBlank(String text) {
    return text == null || text.isBlank();
  }
}
