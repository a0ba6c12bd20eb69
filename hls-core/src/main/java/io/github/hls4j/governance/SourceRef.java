package io.github.hls4j.governance;

import io.github.hls4j.internal.Checks;
import io.github.hls4j.internal.NotFreeText;
import org.immutables.value.Value;

/**
 * An item a recommendation was drafted from, by kind and id, such as the escalation {@code
 * thresholds} a learning digest asks the Board to take ownership of. It keeps a drafted
 * recommendation tied to its evidence through JSON and rendering, so that a person can check it
 * before accepting, rewording or dropping it.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class SourceRef {

  SourceRef() {}

  /**
   * Returns a reference to an item.
   *
   * @param kind what kind of item it is
   * @param id the item's id, as in its typed id's {@code value()}
   * @return the reference
   * @throws IllegalArgumentException if {@code id} is blank or holds white space
   * @since 0.1.0
   */
  public static SourceRef of(SourceKind kind, String id) {
    return ImmutableSourceRef.of(kind, id);
  }

  /**
   * Returns what kind of item it is.
   *
   * @return the kind
   * @since 0.1.0
   */
  @Value.Parameter
  public abstract SourceKind kind();

  /**
   * Returns the item's id.
   *
   * @return the id
   * @since 0.1.0
   */
  @Value.Parameter
  @NotFreeText(NotFreeText.Kind.CODE)
  public abstract String id();

  /**
   * Returns the reference as people read it, such as {@code escalation thresholds}.
   *
   * @return the kind in words and the id
   * @since 0.1.0
   */
  public String describe() {
    return switch (kind()) {
          case ESCALATION -> "escalation";
          case LEARNING_CYCLE -> "learning cycle";
          case LEARNING_RECORD -> "learning record";
          case PRIORITY -> "priority";
          case STEWARD -> "steward";
        }
        + " "
        + id();
  }

  @Value.Check
  void check() {
    Checks.id("SourceRef", "id", id());
  }
}
