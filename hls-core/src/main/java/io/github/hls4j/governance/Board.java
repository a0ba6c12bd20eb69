package io.github.hls4j.governance;

import io.github.hls4j.internal.Checks;
import io.github.hls4j.internal.FreeText;
import io.github.hls4j.internal.Indexes;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The body a report goes to. A board may sit as <em>committees in common</em>: the Somerset Board
 * is the Health and Wellbeing Board and the Integrated Care Partnership meeting together, and a
 * decision may need to be taken by each of them.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Board {

  Board() {}

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
   * Returns the board's id.
   *
   * @return the id
   * @since 0.1.0
   */
  public abstract BoardId id();

  /**
   * Returns the board's name, such as "Somerset Board".
   *
   * @return the name
   * @since 0.1.0
   */
  @FreeText
  public abstract String name();

  /**
   * Returns the committees that sit in common as this board; empty for a board that decides as one
   * body.
   *
   * @return an unmodifiable list
   * @since 0.1.0
   */
  public abstract List<Committee> committeesInCommon();

  /**
   * Returns whether the board sits as two or more committees in common, so that each decision must
   * say which committee took it.
   *
   * @return {@code true} for committees in common
   * @since 0.1.0
   */
  public boolean sitsInCommon() {
    return committeesInCommon().size() > 1;
  }

  /**
   * Returns the committee in common with the given id.
   *
   * @param id the committee's id
   * @return the committee, or empty if the board has none with that id
   * @since 0.1.0
   */
  public Optional<Committee> committee(CommitteeId id) {
    return Optional.ofNullable(committeeIndex().get(id));
  }

  /** The committees by id, made once per board. */
  @Value.Lazy
  Map<CommitteeId, Committee> committeeIndex() {
    return Indexes.firstBy(committeesInCommon(), Committee::id);
  }

  @Value.Check
  void check() {
    Checks.notBlank("Board", "name", name());
    Set<CommitteeId> seen = new HashSet<>();
    for (Committee c : committeesInCommon()) {
      Checks.uniqueId(seen.add(c.id()), "Board", "committeesInCommon", c.id());
    }
  }

  /**
   * Builds a {@link Board}. A builder is single-threaded.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableBoard.Builder {
    Builder() {}
  }
}
