package io.github.hls4j.learning;

import io.github.hls4j.internal.Checks;
import io.github.hls4j.internal.FreeText;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A space where people learn together, formal or informal, with how often it meets.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class LearningSpace {

  LearningSpace() {}

  /**
   * Returns a learning space with no set cadence.
   *
   * @param name the space's name, such as "Reflective practice"
   * @param kind formal or informal
   * @return the space
   * @throws IllegalArgumentException if {@code name} is blank
   * @since 0.1.0
   */
  public static LearningSpace of(String name, SpaceKind kind) {
    return ImmutableLearningSpace.builder().name(name).kind(kind).build();
  }

  /**
   * Returns a learning space.
   *
   * @param name the space's name, such as "Reflective practice"
   * @param kind formal or informal
   * @param cadence how often it meets, such as "monthly"
   * @return the space
   * @since 0.1.0
   */
  public static LearningSpace of(String name, SpaceKind kind, String cadence) {
    return ImmutableLearningSpace.builder().name(name).kind(kind).cadence(cadence).build();
  }

  /**
   * Returns the space's name.
   *
   * @return the name
   * @since 0.1.0
   */
  @FreeText
  public abstract String name();

  /**
   * Returns whether the space is formal or informal.
   *
   * @return the kind
   * @since 0.1.0
   */
  public abstract SpaceKind kind();

  /**
   * Returns how often the space meets.
   *
   * @return the cadence, if set
   * @since 0.1.0
   */
  @FreeText
  public abstract Optional<String> cadence();

  @Value.Check
  void check() {
    Checks.notBlank("LearningSpace", "name", name());
  }
}
