package io.github.hls4j.governance;

import io.github.hls4j.internal.Checks;
import io.github.hls4j.internal.FreeText;
import io.github.hls4j.party.ContactDetails;
import io.github.hls4j.party.Person;
import io.github.hls4j.strategy.Alignable;
import io.github.hls4j.strategy.StrategyAlignment;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A report to a board or committee, with every part of a council's report template in the order
 * councils use: title; the board it goes to; meeting date; lead officer, author and contact;
 * summary; recommendations; reasons for the recommendations; links to strategy priorities;
 * implications; equalities; risk assessment; numbered sections of numbered paragraphs; background
 * papers; and the sign-off table.
 *
 * <p>A report that exists is well-formed: ids are set and numbers are in range. What a real report
 * may still get wrong, such as undated sign-offs or template text left in a field, is reported by
 * the rules in {@link GovernanceRules}, so that a flawed report can be represented and checked.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class BoardReport implements Alignable {

  BoardReport() {}

  /**
   * Returns a new builder. The id, the title, the board, the lead officer and the author are
   * required.
   *
   * @return a builder
   * @since 0.1.0
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the report's id.
   *
   * @return the id
   * @since 0.1.0
   */
  public abstract ReportId id();

  /**
   * Returns the title.
   *
   * @return the title
   * @since 0.1.0
   */
  @FreeText
  public abstract String title();

  /**
   * Returns the board the report goes to.
   *
   * @return the board
   * @since 0.1.0
   */
  public abstract Board board();

  /**
   * Returns the date of the meeting the report goes to.
   *
   * @return the date, if the report gives one
   * @since 0.1.0
   */
  public abstract Optional<LocalDate> meetingDate();

  /**
   * Returns the lead officer named in the report's header.
   *
   * @return the lead officer
   * @since 0.1.0
   */
  public abstract Person leadOfficer();

  /**
   * Returns the author.
   *
   * @return the author
   * @since 0.1.0
   */
  public abstract Person author();

  /**
   * Returns the contact details in the report's header.
   *
   * @return the contact details, if given
   * @since 0.1.0
   */
  public abstract Optional<ContactDetails> contact();

  /**
   * Returns the summary's paragraphs.
   *
   * @return an unmodifiable list
   * @since 0.1.0
   */
  @FreeText
  public abstract List<String> summary();

  /**
   * Returns the words that introduce the recommendations, such as "That the Somerset Board
   * approves:".
   *
   * @return the preamble, if the report has one
   * @since 0.1.0
   */
  @FreeText
  public abstract Optional<String> recommendationsPreamble();

  /**
   * Returns the recommendations, in order.
   *
   * @return an unmodifiable list
   * @since 0.1.0
   */
  public abstract List<Recommendation> recommendations();

  /**
   * Returns the report's recommendations, whose own strategy links count towards the report's
   * alignment.
   *
   * @return the recommendations
   * @since 0.1.0
   */
  @Override
  public List<Recommendation> alignedParts() {
    return recommendations();
  }

  /**
   * Returns the paragraphs that give the reasons for the recommendations.
   *
   * @return an unmodifiable list
   * @since 0.1.0
   */
  @FreeText
  public abstract List<String> reasons();

  /**
   * Returns the report's links to the priorities of each strategy it names.
   *
   * @return an unmodifiable list
   * @since 0.1.0
   */
  @Override
  public abstract List<StrategyAlignment> strategyAlignments();

  /**
   * Returns the implications statements.
   *
   * @return an unmodifiable list
   * @since 0.1.0
   */
  public abstract List<Implication> implications();

  /**
   * Returns the equalities statement.
   *
   * @return the statement, if the report has one
   * @since 0.1.0
   */
  public abstract Optional<EqualitiesStatement> equalities();

  /**
   * Returns the risk assessment.
   *
   * @return the assessment, if the report has one
   * @since 0.1.0
   */
  public abstract Optional<RiskAssessment> riskAssessment();

  /**
   * Returns the numbered sections, in order.
   *
   * @return an unmodifiable list
   * @since 0.1.0
   */
  public abstract List<ReportSection> sections();

  /**
   * Returns the background papers, in order.
   *
   * @return an unmodifiable list
   * @since 0.1.0
   */
  public abstract List<BackgroundPaper> backgroundPapers();

  /**
   * Returns the rows of the sign-off table, in order.
   *
   * @return an unmodifiable list
   * @since 0.1.0
   */
  public abstract List<SignOff> signOffs();

  /**
   * Returns the recommendation with the given number, the first if several have it.
   *
   * @param number the number
   * @return the recommendation, or empty if the report has none with that number
   * @since 0.1.0
   */
  public Optional<Recommendation> recommendation(int number) {
    int index = recommendationNumbers().firstIndex(number);
    return index < 0 ? Optional.empty() : Optional.of(recommendations().get(index));
  }

  /** Where each recommendation number first appears, made once per report. */
  @Value.Lazy
  RecommendationNumbers recommendationNumbers() {
    return RecommendationNumbers.of(recommendations());
  }

  @Value.Check
  void check() {
    Checks.notBlank("BoardReport", "title", title());
  }

  /**
   * Builds a {@link BoardReport}. A builder is single-threaded; {@code build()} throws {@link
   * IllegalStateException} naming any required attribute that is missing.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableBoardReport.Builder {
    Builder() {}
  }
}
