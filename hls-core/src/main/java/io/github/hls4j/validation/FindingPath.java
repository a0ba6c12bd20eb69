package io.github.hls4j.validation;

import static java.util.Objects.requireNonNull;

import io.github.hls4j.internal.ModelDescription;

/**
 * Builds the path of a finding from typed steps, where no {@link RuleContext} is at hand: in a
 * test's expected finding, a defect planted on purpose, or a set of paths a rule compares with
 * those a walk gives. A step is a property name ({@code String}) or the index of an element of the
 * list named by the step before ({@code Integer}):
 *
 * <pre>{@code
 * FindingPath.of("signOffs", 3, "date");                            // "signOffs[3].date"
 * FindingPath.in(BoardReport.class, "recommendations", 1, "dependsOn", 0);
 * }</pre>
 *
 * <p>{@link #in} checks the path against the description of the subject's model type, as a {@link
 * Validator} checks the paths rules report.
 *
 * @since 0.1.0
 */
public final class FindingPath {

  private FindingPath() {}

  /**
   * Returns the path that some steps make.
   *
   * @param steps property names and indexes; an index follows the property of its list
   * @return the path, such as {@code signOffs[3].date}; empty for no steps
   * @throws IllegalArgumentException if a step is neither a {@code String} nor an {@code Integer},
   *     an index comes first or is negative, or a property name is empty
   * @since 0.1.0
   */
  public static String of(Object... steps) {
    StringBuilder path = new StringBuilder();
    for (int i = 0; i < steps.length; i++) {
      Object step = requireNonNull(steps[i], "FindingPath step");
      if (step instanceof Integer index) {
        if (i == 0 || !(steps[i - 1] instanceof String)) {
          throw new IllegalArgumentException(
              "FindingPath index (" + index + ") must follow a property name");
        }
        if (index < 0) {
          throw new IllegalArgumentException(
              "FindingPath index (" + index + ") must not be negative");
        }
        path.append('[').append(index.intValue()).append(']');
      } else if (step instanceof String property) {
        if (property.isEmpty()) {
          throw new IllegalArgumentException("FindingPath property () must not be empty");
        }
        if (path.length() > 0) {
          path.append('.');
        }
        path.append(property);
      } else {
        throw new IllegalArgumentException(
            "FindingPath step (" + step + ") must be a property name or an index");
      }
    }
    return path.toString();
  }

  /**
   * Returns the path that some steps make in a subject of a model type, checked against the type's
   * description.
   *
   * @param subject the model type the path starts from, such as {@code BoardReport.class}
   * @param steps property names and indexes
   * @return the path
   * @throws IllegalArgumentException as {@link #of}, or naming the type and the property if the
   *     path is not one of the model's
   * @since 0.1.0
   */
  public static String in(Class<?> subject, Object... steps) {
    String path = of(steps);
    ModelDescription.checkPath(requireNonNull(subject, "subject"), path);
    return path;
  }
}
