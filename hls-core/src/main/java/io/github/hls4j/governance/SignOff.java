package io.github.hls4j.governance;

import com.google.common.collect.ImmutableMap;
import io.github.hls4j.internal.Checks;
import io.github.hls4j.internal.FreeText;
import io.github.hls4j.internal.NotFreeText;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One row of a report's sign-off table: the role, the name of the person who holds it, and the date
 * they signed. A row may be unsigned or undated, as every row of the Somerset report is; the rules
 * {@code governance/signoff-missing} and {@code governance/signoff-undated} report that.
 *
 * <p>When the date cell holds text that is not a date, such as template text left in a converted
 * document, that text is kept as {@link #dateText()} so that nothing is lost.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class SignOff {

  SignOff() {}

  /**
   * Returns a new builder. The role is required; the name, the date and the date text are not.
   *
   * @return a builder
   * @since 0.1.0
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the role that signs.
   *
   * @return the role
   * @since 0.1.0
   */
  public abstract SignOffRole role();

  /**
   * Returns the name of the person who holds the role, as written.
   *
   * @return the name, if the row has one
   * @since 0.1.0
   */
  @NotFreeText(NotFreeText.Kind.NAME)
  public abstract Optional<String> name();

  /**
   * Returns the date of the sign-off.
   *
   * @return the date, if signed off
   * @since 0.1.0
   */
  public abstract Optional<LocalDate> date();

  /**
   * Returns the text of the date cell when it holds no date, such as "Click or tap to enter a
   * date.".
   *
   * @return the text, if the cell holds text and no date
   * @since 0.1.0
   */
  @FreeText
  public abstract Optional<String> dateText();

  @Value.Check
  void check() {
    Checks.refuse(
        date().isEmpty() || dateText().isEmpty(),
        "model/empty-when-given",
        "SignOff",
        "dateText",
        dateText().orElse(""),
        ImmutableMap.of("other", "date", "otherValue", date().map(LocalDate::toString).orElse("")));
  }

  /**
   * Builds a {@link SignOff}. A builder is single-threaded; {@code build()} throws {@link
   * IllegalArgumentException} when both a date and a date text are given.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableSignOff.Builder {
    Builder() {}
  }
}
