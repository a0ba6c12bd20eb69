package io.github.hls4j.strategy;

import io.github.hls4j.internal.Checks;
import io.github.hls4j.internal.FreeText;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One priority of a {@link Strategy}, such as "Fairer life chances and opportunity for all", with
 * the description a strategy may give after its title.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Priority {

  Priority() {}

  /**
   * Returns a new builder. The id and the title are required.
   *
   * @return a builder
   * @since 0.1.0
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the priority's id.
   *
   * @return the id
   * @since 0.1.0
   */
  public abstract PriorityId id();

  /**
   * Returns the priority's title, such as "Reduce Inequalities".
   *
   * @return the title
   * @since 0.1.0
   */
  @FreeText
  public abstract String title();

  /**
   * Returns what the strategy says the priority means, such as "Value all people alike…".
   *
   * @return the description, if the strategy gives one
   * @since 0.1.0
   */
  @FreeText
  public abstract Optional<String> description();

  /**
   * Returns what the strategy says it will do for the priority ("what we will do").
   *
   * @return an unmodifiable list
   * @since 0.1.0
   */
  @FreeText
  public abstract List<String> actions();

  /**
   * Returns what delivers the priority ("delivered through"): the boards, strategies, arrangements
   * and parties of the system that deliver it, by id, and programmes or plans it does not hold, by
   * name.
   *
   * @return an unmodifiable list
   * @since 0.1.0
   */
  public abstract List<DeliveryRef> deliveredThrough();

  /**
   * Returns how success will be recognised ("we will know we have made a difference when…").
   *
   * @return an unmodifiable list
   * @since 0.1.0
   */
  @FreeText
  public abstract List<String> outcomes();

  @Value.Check
  void check() {
    Checks.notBlank("Priority", "title", title());
  }

  /**
   * Builds a {@link Priority}. A builder is single-threaded.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutablePriority.Builder {
    Builder() {}
  }
}
