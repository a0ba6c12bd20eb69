package io.github.hls4j.examples.beanvalidation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Hibernate Validator, set up as the comparison needs it, and its findings written as hls4j writes
 * its own. This class touches no hls4j type, so a process that uses it loads Bean Validation only.
 */
public final class BeanReportValidation {

  private BeanReportValidation() {}

  /**
   * Builds a Hibernate Validator with the parameter message interpolator, which needs no expression
   * language.
   *
   * @return a new validator
   */
  public static Validator validator() {
    return Validation.byProvider(HibernateValidator.class)
        .configure()
        .messageInterpolator(new ParameterMessageInterpolator())
        .buildValidatorFactory()
        .getValidator();
  }

  /**
   * Writes each violation as {@code rule at path}, sorted. The rule is the message of a class-level
   * constraint (each is an hls4j rule id) or the constraint's simple name for a field constraint,
   * such as {@code NotBlank}.
   *
   * @param violations what Hibernate Validator found
   * @return the findings, sorted
   */
  public static List<String> findings(Set<? extends ConstraintViolation<?>> violations) {
    return violations.stream()
        .map(v -> rule(v) + " at " + path(v.getPropertyPath()))
        .sorted()
        .toList();
  }

  private static String rule(ConstraintViolation<?> violation) {
    String annotation =
        violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
    return violation.getMessage().startsWith("governance/") ? violation.getMessage() : annotation;
  }

  /**
   * Writes a Bean Validation path as hls4j writes paths: {@code signOffs[0].date}, {@code
   * recommendations[1].dependsOn[0]}.
   *
   * @param path the path
   * @return the path in hls4j's form
   */
  public static String path(Path path) {
    StringBuilder text = new StringBuilder();
    for (Path.Node node : path) {
      if (node.isInIterable()) {
        text.append('[').append(node.getIndex()).append(']');
      }
      String name = node.getName();
      if (name != null && !name.startsWith("<")) {
        text.append(text.length() == 0 ? "" : ".").append(name);
      }
    }
    return text.toString();
  }
}
