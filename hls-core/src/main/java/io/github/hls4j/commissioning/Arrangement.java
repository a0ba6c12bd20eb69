package io.github.hls4j.commissioning;

import io.github.hls4j.governance.BoardId;
import io.github.hls4j.internal.Checks;
import io.github.hls4j.internal.FreeText;
import io.github.hls4j.learning.CycleId;
import io.github.hls4j.learning.Measure;
import io.github.hls4j.stewardship.WorkingGroupId;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A commissioning arrangement: a contract, or an alliance in which several contracts are replaced
 * by one and the members share responsibility for outcomes instead of being paid against targets.
 *
 * <pre>{@code
 * Arrangement alliance =
 *     Arrangement.builder()
 *         .id(ArrangementId.of("young-people-housing-alliance"))
 *         .kind(ArrangementKind.ALLIANCE)
 *         .title("Young people's housing alliance")
 *         .addMembers(
 *             ArrangementMember.of(council, MemberRole.COMMISSIONER),
 *             ArrangementMember.of(provider, MemberRole.LEAD_PROVIDER))
 *         .addReplaces(
 *             ReplacedContract.named("Supported lodgings contract"),
 *             ReplacedContract.named("Floating support contract"))
 *         .start(LocalDate.of(2025, 4, 1))
 *         .termYears(5)
 *         .addExtensionYears(2)
 *         .addValueByYear(YearValue.of(2025, Money.pounds(1_200_000)))
 *         .addSharedOutcomes("Young people have a safe, settled home")
 *         .build();
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Arrangement {

  Arrangement() {}

  /**
   * Returns a new builder. The id, the kind, the title, the start and the term are required.
   *
   * @return a builder
   * @since 0.1.0
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the arrangement's id.
   *
   * @return the id
   * @since 0.1.0
   */
  public abstract ArrangementId id();

  /**
   * Returns whether it is a contract or an alliance.
   *
   * @return the kind
   * @since 0.1.0
   */
  public abstract ArrangementKind kind();

  /**
   * Returns the arrangement's title.
   *
   * @return the title
   * @since 0.1.0
   */
  @FreeText
  public abstract String title();

  /**
   * Returns the members and their roles.
   *
   * @return an unmodifiable list, possibly empty
   * @since 0.1.0
   */
  public abstract List<ArrangementMember> members();

  /**
   * Returns the contracts the arrangement replaces.
   *
   * @return an unmodifiable list, possibly empty
   * @since 0.1.0
   */
  public abstract List<ReplacedContract> replaces();

  /**
   * Returns the day the arrangement starts.
   *
   * @return the date
   * @since 0.1.0
   */
  public abstract LocalDate start();

  /**
   * Returns the initial term in years.
   *
   * @return the term, at least 1
   * @since 0.1.0
   */
  public abstract int termYears();

  /**
   * Returns the extension options in years, in the order they may be taken: a "5 + 2 + 2"
   * arrangement has a term of 5 and extensions of 2 and 2.
   *
   * @return an unmodifiable list, possibly empty
   * @since 0.1.0
   */
  public abstract List<Integer> extensionYears();

  /**
   * Returns what the arrangement is worth in each financial year.
   *
   * @return an unmodifiable list, possibly empty
   * @since 0.1.0
   */
  public abstract List<YearValue> valueByYear();

  /**
   * Returns the outcomes the members share responsibility for.
   *
   * @return an unmodifiable list, possibly empty
   * @since 0.1.0
   */
  @FreeText
  public abstract List<String> sharedOutcomes();

  /**
   * Returns the measures attached to the arrangement, and what each is used for.
   *
   * @return an unmodifiable list, possibly empty
   * @since 0.1.0
   */
  public abstract List<Measure> measures();

  /**
   * Returns the board that governs the arrangement.
   *
   * @return the board's id, if named
   * @since 0.1.0
   */
  public abstract Optional<BoardId> governedBy();

  /**
   * Returns the learning cycles the arrangement runs.
   *
   * @return an unmodifiable list of cycle ids, possibly empty
   * @since 0.1.0
   */
  public abstract List<CycleId> learningCycles();

  /**
   * Returns the working group that runs the arrangement day to day, such as the multi-agency group
   * a board set up for it: a reference that {@code system/unknown-reference} checks.
   *
   * @return the working group's id, if one runs it
   * @since 0.1.0
   */
  public abstract Optional<WorkingGroupId> runBy();

  /**
   * Returns the last day of the initial term.
   *
   * @return the date
   * @since 0.1.0
   */
  public LocalDate endsOn() {
    return start().plusYears(termYears()).minusDays(1);
  }

  /**
   * Returns the last day the arrangement could run, with every extension taken.
   *
   * @return the date
   * @since 0.1.0
   */
  public LocalDate latestEnd() {
    return start().plusYears(yearsWithEveryExtension()).minusDays(1);
  }

  /**
   * The term and every extension, in years; a {@code long}, so that no sum of {@code int}s
   * overflows.
   */
  private long yearsWithEveryExtension() {
    long years = termYears();
    for (int extension : extensionYears()) {
      years += extension;
    }
    return years;
  }

  /**
   * Returns the value over every year given, to the penny.
   *
   * @return the total
   * @throws ArithmeticException if the total passes what {@link Money} holds
   * @since 0.1.0
   */
  public Money totalValue() {
    Money total = Money.pounds(0);
    for (YearValue year : valueByYear()) {
      total = total.plus(year.value());
    }
    return total;
  }

  @Value.Check
  void check() {
    Checks.notBlank("Arrangement", "title", title());
    Checks.atLeast("Arrangement", "termYears", termYears(), 1);
    for (int extension : extensionYears()) {
      Checks.argument(
          extension >= 1,
          "Arrangement",
          "extensionYears",
          "Arrangement.extensionYears (%s) must each be at least 1",
          extensionYears());
    }
    // endsOn() and latestEnd() must be dates the calendar holds, whatever the terms.
    long lastYear = (long) start().getYear() + yearsWithEveryExtension();
    Checks.argument(
        lastYear <= Year.MAX_VALUE,
        "Arrangement",
        "termYears",
        "Arrangement.termYears (%s) with extensionYears (%s) from start (%s) must end by %s, the last day a date can hold",
        termYears(),
        extensionYears(),
        start(),
        LocalDate.MAX);
    for (String outcome : sharedOutcomes()) {
      Checks.notBlank("Arrangement", "sharedOutcomes", outcome);
    }
  }

  /**
   * Builds an {@link Arrangement}. A builder is single-threaded.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableArrangement.Builder {
    Builder() {}
  }
}
