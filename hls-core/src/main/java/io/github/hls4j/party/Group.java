package io.github.hls4j.party;

import io.github.hls4j.internal.Checks;
import io.github.hls4j.internal.NotFreeText;
import java.util.List;
import org.immutables.value.Value;

/**
 * A group of parties that acts together, such as the members of a board. A group can hold a role,
 * such as a system steward's, as a person or an organisation can.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Group implements Party {

  Group() {}

  /**
   * Returns a new builder. The id and the name are required.
   *
   * @return a builder
   * @since 0.1.0
   */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public abstract PartyId id();

  @Override
  @NotFreeText(NotFreeText.Kind.NAME)
  public abstract String name();

  /**
   * Returns the group's members.
   *
   * @return an unmodifiable list of party ids
   * @since 0.1.0
   */
  public abstract List<PartyId> members();

  @Value.Check
  void check() {
    Checks.notBlank("Group", "name", name());
  }

  /**
   * Builds a {@link Group}. A builder is single-threaded.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableGroup.Builder {
    Builder() {}
  }
}
