package io.github.hls4j.strategy;

import io.github.hls4j.internal.Checks;
import io.github.hls4j.internal.FreeText;
import io.github.hls4j.internal.NotFreeText;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What delivers a priority ("delivered through"): the board, strategy, commissioning arrangement or
 * party of the learning system that delivers it, by kind and id, or, for a programme or plan the
 * system does not hold, its name alone. A reference may carry a name too, as the strategy words it.
 *
 * <pre>{@code
 * DeliveryRef.to(DeliveryKind.ARRANGEMENT, "homes-and-horizons")
 * DeliveryRef.named("Better Care Fund plan")
 * }</pre>
 *
 * <p>{@code system/unknown-reference} reports a reference whose id the system does not hold.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class DeliveryRef {

  DeliveryRef() {}

  /**
   * Returns a reference to the item of the system that delivers a priority.
   *
   * @param kind what kind of item it is
   * @param id the item's id, as in its typed id's {@code value()}
   * @return the reference
   * @throws IllegalArgumentException if {@code id} is blank or holds white space
   * @since 0.1.0
   */
  public static DeliveryRef to(DeliveryKind kind, String id) {
    return builder().kind(kind).id(id).build();
  }

  /**
   * Returns what delivers a priority by its name alone: a programme, partnership or plan the system
   * does not hold. hls4j 0.1 wrote every "delivered through" so.
   *
   * @param name the name, as the strategy gives it
   * @return the reference
   * @throws IllegalArgumentException if {@code name} is blank
   * @since 0.1.0
   */
  public static DeliveryRef named(String name) {
    return builder().name(name).build();
  }

  /**
   * Returns a new builder. A kind needs an id and an id a kind; a name, or a kind and id, is
   * required.
   *
   * @return a builder
   * @since 0.1.0
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns what kind of item delivers the priority.
   *
   * @return the kind, unless it is named only
   * @since 0.1.0
   */
  public abstract Optional<DeliveryKind> kind();

  /**
   * Returns the id of the item that delivers the priority.
   *
   * @return the id, unless it is named only
   * @since 0.1.0
   */
  @NotFreeText(NotFreeText.Kind.CODE)
  public abstract Optional<String> id();

  /**
   * Returns the name of what delivers the priority, as the strategy words it.
   *
   * @return the name, if given
   * @since 0.1.0
   */
  @FreeText
  public abstract Optional<String> name();

  @Value.Check
  void check() {
    Checks.givenTogether(
        "DeliveryRef",
        "id",
        id().orElse("empty"),
        id().isPresent(),
        "kind",
        kind().map(Enum::name).orElse("empty"),
        kind().isPresent());
    Checks.argument(
        id().isPresent() || name().isPresent(),
        "DeliveryRef",
        "name",
        "DeliveryRef.name (%s) must be given when there is no kind and id",
        name().orElse("empty"));
    id().ifPresent(id -> Checks.id("DeliveryRef", "id", id));
    name().ifPresent(name -> Checks.notBlank("DeliveryRef", "name", name));
  }

  /**
   * Builds a {@link DeliveryRef}. A builder is single-threaded.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableDeliveryRef.Builder {
    Builder() {}
  }
}
