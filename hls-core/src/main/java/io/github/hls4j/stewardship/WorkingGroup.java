package io.github.hls4j.stewardship;

import io.github.hls4j.governance.BoardId;
import io.github.hls4j.internal.Checks;
import io.github.hls4j.internal.FreeText;
import io.github.hls4j.party.PartyId;
import io.github.hls4j.strategy.Alignable;
import io.github.hls4j.strategy.StrategyAlignment;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A working group: members drawn from organisations, terms of reference, the board it reports to
 * and the recommendation that set it up. A group described as multi-agency must draw its members
 * from two or more organisations ({@code stewardship/working-group-single-agency}).
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class WorkingGroup implements Alignable {

  WorkingGroup() {}

  /**
   * Returns a new builder. The id and the name are required.
   *
   * @return a builder
   * @since 0.1.0
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the group's id.
   *
   * @return the id
   * @since 0.1.0
   */
  public abstract WorkingGroupId id();

  /**
   * Returns the group's name.
   *
   * @return the name
   * @since 0.1.0
   */
  @FreeText
  public abstract String name();

  /**
   * Returns whether the group is meant to be multi-agency.
   *
   * @return {@code true} for a multi-agency group; {@code false} unless the builder says so
   * @since 0.1.0
   */
  @Value.Default
  public boolean multiAgency() {
    return false;
  }

  /**
   * Returns the members, in order.
   *
   * @return an unmodifiable list
   * @since 0.1.0
   */
  public abstract List<WorkingGroupMember> members();

  /**
   * Returns the group's terms of reference.
   *
   * @return the terms, if agreed
   * @since 0.1.0
   */
  @FreeText
  public abstract Optional<String> termsOfReference();

  /**
   * Returns the board the group reports to.
   *
   * @return the board's id, if the group has a reporting line
   * @since 0.1.0
   */
  public abstract Optional<BoardId> reportsTo();

  /**
   * Returns the recommendation that set the group up.
   *
   * @return the recommendation, if known
   * @since 0.1.0
   */
  public abstract Optional<RecommendationRef> createdBy();

  /**
   * Returns the priorities the group's work serves, per strategy.
   *
   * @return an unmodifiable list
   * @since 0.1.0
   */
  @Override
  public abstract List<StrategyAlignment> strategyAlignments();

  /**
   * Returns the distinct organisations the members come from, in order of first appearance.
   *
   * @return an unmodifiable list
   * @since 0.1.0
   */
  public List<PartyId> organisations() {
    return members().stream().map(WorkingGroupMember::organisation).distinct().toList();
  }

  @Value.Check
  void check() {
    Checks.notBlank("WorkingGroup", "name", name());
  }

  /**
   * Builds a {@link WorkingGroup}. A builder is single-threaded.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableWorkingGroup.Builder {
    Builder() {}
  }
}
