package io.github.hls4j.digest;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;
import static java.util.Objects.requireNonNull;

import io.github.hls4j.governance.Board;
import io.github.hls4j.governance.BoardId;
import io.github.hls4j.governance.BoardReport;
import io.github.hls4j.governance.Recommendation;
import io.github.hls4j.health.HealthProfile;
import io.github.hls4j.health.HealthRound;
import io.github.hls4j.internal.privacy.PersonalNames;
import io.github.hls4j.internal.privacy.Redaction;
import io.github.hls4j.learning.LearningRecord;
import io.github.hls4j.learning.Sensitivity;
import io.github.hls4j.party.Person;
import io.github.hls4j.render.Quotations;
import io.github.hls4j.render.SourceNames;
import io.github.hls4j.render.SvgRenderer;
import io.github.hls4j.stewardship.BarrierLevel;
import io.github.hls4j.stewardship.StewardId;
import io.github.hls4j.stewardship.SystemScale;
import io.github.hls4j.stewardship.SystemSteward;
import io.github.hls4j.system.LearningSystem;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Drafts a board's learning digest: a {@link BoardReport} for the board's next meeting that brings
 * back what the system learned in a period and what was escalated to the board's level, with
 * recommendations drafted from the evidence.
 *
 * <pre>{@code
 * BoardReport paper =
 *     LearningDigest.builder(system, BoardId.of("somerset-board"))
 *         .since(LocalDate.parse("2025-01-01"))
 *         .until(LocalDate.parse("2025-05-31"))
 *         .clock(clock)
 *         .leadOfficer(officer)
 *         .healthRounds(autumn, spring)
 *         .build()
 *         .draft();
 * }</pre>
 *
 * <p>Drafting is two steps: {@link #facts()} selects the evidence (an immutable {@link DigestFacts}
 * that tests and other wordings can read), and a {@link DigestWording} writes the paper from it in
 * the words of a resource bundle, English by default ({@link #draft(Locale)}). The paper follows
 * the council template's order. Its sections say what was learned (dated records of the period, by
 * theme and by cycle, where and with whom, stories shared with consent, and the experiments
 * adopted, adapted or abandoned), which barriers reached the board's level, what is overdue
 * (including responses owed from outside the system), what in the learning system concerns the
 * board (personal data shared without an agreement), how the stakeholder groups see the system's
 * health (their widest gaps first), and which priorities nothing serves and which stewardship
 * questions are unanswered; a section with nothing to say is left out. Each recommendation fits the
 * board's powers: a national barrier gives a letter from the Chair or a request to make it visible,
 * a partner's barrier a request to the partner, a barrier in the board's remit a decision with an
 * owner and a report-back date. Each names the items it was drafted from ({@link
 * Recommendation#basedOn()}), so that a person can accept, reword or drop it. Dates count from the
 * meeting date when one is given ({@link #asOf()}).
 *
 * <p>Personal evidence never appears: records are shown only {@link LearningRecord#redacted()
 * redacted}, and only those marked {@link Sensitivity#OFFICIAL}, since a Board paper is published;
 * the summary counts those held back. Every free text of the paper, whatever model it comes from
 * (an experiment's question, a barrier's description, an escalation's answer, a response to a
 * barrier made visible, a cycle's name, a steward's name…), is redacted before the paper is
 * returned: each personal identifier ({@link io.github.hls4j.learning.PersonalIdentifiers}) is
 * replaced by its kind, such as {@code [NHS number removed]}, and the name of each person known to
 * be personal — a {@link Person#memberOfPublic() member of the public}, or a person named in a
 * record's personal evidence — by {@code [name removed]}. Markdown, HTML, JSON and Word all print
 * that paper, so none of them can print the text unredacted. The draft is not ready for a decision:
 * its implications, equalities statement, risks and options are gaps marked for the officers who
 * complete them, and its sign-offs, the rows of the board's template, have no names: only people
 * write those and sign. The same system, period, options and clock give the same paper.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class LearningDigest {

  /** How long after the period a report back is asked for: eight weeks. */
  public static final Period REPORT_BACK = Period.ofWeeks(8);

  /** The last end of a period whose report-back date is still a date. */
  private static final LocalDate LAST_UNTIL = LocalDate.MAX.minus(REPORT_BACK);

  private final LearningSystem system;
  private final Board board;
  private final LocalDate since;
  private final LocalDate until;
  private final List<HealthRound> rounds;
  private final Set<StewardId> boardStewards;
  private final Set<BarrierLevel> levels;
  private final Set<String> themes;
  private final Person leadOfficer;
  private final Person author;
  private final @Nullable LocalDate meeting;
  private final Locale recordsLanguage;

  private LearningDigest(Builder b, Board board, LocalDate until, Person leadOfficer) {
    this.system = b.system;
    this.board = board;
    this.since = requireNonNull(b.since);
    this.until = until;
    this.rounds = List.copyOf(b.rounds);
    this.boardStewards = b.stewards.isEmpty() ? topStewards(b.system) : Set.copyOf(b.stewards);
    this.levels = Set.copyOf(b.levels);
    this.themes = Set.copyOf(b.themes);
    this.leadOfficer = leadOfficer;
    this.author = b.author == null ? leadOfficer : b.author;
    this.meeting = b.meeting;
    this.recordsLanguage = b.recordsLanguage;
  }

  private static Set<StewardId> topStewards(LearningSystem system) {
    return system.stewards().stream()
        .filter(s -> s.scale() == SystemScale.SYSTEM)
        .map(SystemSteward::id)
        .collect(Collectors.toCollection(LinkedHashSet::new));
  }

  /**
   * Returns a builder of the digest of {@code system} for {@code board}.
   *
   * @param system the learning system
   * @param board the board the paper goes to, one of the system's boards
   * @return a builder
   * @since 0.1.0
   */
  public static Builder builder(LearningSystem system, BoardId board) {
    return new Builder(requireNonNull(system, "system"), requireNonNull(board, "board"));
  }

  /**
   * Returns the first day of the period.
   *
   * @return the date
   * @since 0.1.0
   */
  public LocalDate since() {
    return since;
  }

  /**
   * Returns the last day of the period, the day as of which things are overdue.
   *
   * @return the date
   * @since 0.1.0
   */
  public LocalDate until() {
    return until;
  }

  /**
   * Returns the chart of the latest health round, to go beside the paper: {@link
   * SvgRenderer#render(HealthProfile)}.
   *
   * @return the SVG, if a health round was given
   * @since 0.1.0
   */
  public Optional<String> healthChart() {
    return rounds.isEmpty()
        ? Optional.empty()
        : Optional.of(SvgRenderer.render(HealthProfile.of(rounds.get(rounds.size() - 1))));
  }

  /**
   * Returns the day as of which things are overdue and from which report-back dates count: the
   * meeting date when one is given, otherwise the end of the period.
   *
   * @return the date
   * @since 0.1.0
   */
  public LocalDate asOf() {
    return meeting != null ? meeting : until;
  }

  /**
   * Returns what the digest selected from the system, before any word is written: the facts that
   * {@link DigestWording} turns into the paper. Free text in them is as the model holds it; {@link
   * #draft()} redacts the paper.
   *
   * @return the facts
   * @since 0.1.0
   */
  public DigestFacts facts() {
    return new DigestSelection(
            system, board, since, until, asOf(), REPORT_BACK, boardStewards, levels, themes)
        .select(
            Optional.ofNullable(meeting), leadOfficer, author, HealthSelection.of(rounds), rounds);
  }

  /**
   * Drafts the paper in English.
   *
   * @return the board report, unsigned and redacted
   * @since 0.1.0
   */
  public BoardReport draft() {
    return draft(Locale.UK);
  }

  /**
   * Drafts the paper in the words of the bundle for {@code locale} ({@link
   * DigestWording#of(Locale)}).
   *
   * @param locale the locale of the paper's words
   * @return the board report, unsigned and redacted
   * @since 0.1.0
   */
  public BoardReport draft(Locale locale) {
    return draft(DigestWording.of(locale));
  }

  /**
   * Drafts the paper in the given wording, such as a council's own phrases.
   *
   * @param wording the wording
   * @return the board report, unsigned and redacted
   * @since 0.1.0
   */
  public BoardReport draft(DigestWording wording) {
    return Redaction.model(requireNonNull(wording, "wording").paper(facts()), personalNames());
  }

  /**
   * Returns the names of the items the paper's recommendations were drawn from, redacted as the
   * paper is, so that a page says "drawn from: the escalation ‘Funding regime …’" rather than the
   * model's ids: give them to {@link io.github.hls4j.render.MarkdownRenderer#render(BoardReport,
   * SourceNames)} or {@link io.github.hls4j.render.HtmlRenderer#render(BoardReport,
   * io.github.hls4j.validation.ValidationResult, Locale, Locale, SourceNames)}. An item the system
   * does not hold has no name, and is shown by its kind and id.
   *
   * @return the names
   * @since 0.1.0
   */
  public SourceNames sourceNames() {
    SourceNames names = SourceNames.of(system);
    PersonalNames personal = personalNames();
    return source -> names.name(source).map(name -> Redaction.text(name, personal));
  }

  /**
   * Returns the text the paper quotes from the system's records, in the language the records are
   * written in ({@link Builder#recordsLanguage(Locale)}, English by default), redacted as the paper
   * is: each record's account and lesson, each experiment's question and lesson, each story,
   * barrier, answer and response, each share's purpose, each strategy's and priority's title, each
   * steward's responsibility and each row of the board's sign-off table. A paper drafted in another
   * language holds them as written inside its own sentences; give them to {@link
   * io.github.hls4j.render.HtmlRenderer#publication(BoardReport, Locale, Locale, Quotations)} or
   * {@link io.github.hls4j.render.HtmlRenderer#bilingual(BoardReport, Locale, BoardReport, Locale,
   * Quotations)}, and the page marks each of them with the records' language wherever the language
   * around it differs ({@code <span lang="en">…</span>} in a Welsh paragraph). Names (of cycles,
   * organisations, stewards' holders, boards, learning spaces and health rounds) are not among
   * them.
   *
   * <pre>{@code
   * Locale welsh = Locale.forLanguageTag("cy");
   * String page = HtmlRenderer.publication(digest.draft(welsh), welsh, welsh, digest.quotations());
   * }</pre>
   *
   * @return the quotations
   * @since 0.1.0
   */
  public Quotations quotations() {
    PersonalNames personal = personalNames();
    return Quotations.of(
        recordsLanguage,
        RecordQuotes.of(facts(), system).stream()
            .map(text -> Redaction.text(text, personal))
            .toList());
  }

  /**
   * The names known to be personal in the system: its members of the public, and those its personal
   * evidence names.
   */
  private PersonalNames personalNames() {
    List<LearningRecord> records = new ArrayList<>();
    system.cycles().forEach(c -> records.addAll(c.records()));
    system.shares().forEach(s -> records.addAll(s.records()));
    return PersonalNames.of(system.parties(), records);
  }

  /**
   * Builds a {@link LearningDigest}. A builder is single-threaded. The period's start and the lead
   * officer are required; the end of the period defaults to today by the clock, which defaults to
   * the system clock in UTC.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private final LearningSystem system;
    private final BoardId board;
    private @Nullable LocalDate since;
    private @Nullable LocalDate until;
    private Clock clock = Clock.systemUTC();
    private final List<HealthRound> rounds = new ArrayList<>();
    private final Set<StewardId> stewards = new LinkedHashSet<>();
    private final Set<BarrierLevel> levels = EnumSet.allOf(BarrierLevel.class);
    private final Set<String> themes = new LinkedHashSet<>();
    private @Nullable Person leadOfficer;
    private @Nullable Person author;
    private @Nullable LocalDate meeting;
    private Locale recordsLanguage = Locale.ENGLISH;

    private Builder(LearningSystem system, BoardId board) {
      this.system = system;
      this.board = board;
    }

    /**
     * Sets the first day of the period; required.
     *
     * @param since the date
     * @return this builder
     * @since 0.1.0
     */
    public Builder since(LocalDate since) {
      this.since = requireNonNull(since, "since");
      return this;
    }

    /**
     * Sets the last day of the period, as of which things are overdue; by default today, by the
     * clock.
     *
     * @param until the date
     * @return this builder
     * @since 0.1.0
     */
    public Builder until(LocalDate until) {
      this.until = requireNonNull(until, "until");
      return this;
    }

    /**
     * Sets where today's date comes from, for a period that ends today.
     *
     * @param clock the clock
     * @return this builder
     * @since 0.1.0
     */
    public Builder clock(Clock clock) {
      this.clock = requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Sets the health rounds, oldest first; the last two are compared.
     *
     * @param rounds the rounds
     * @return this builder
     * @since 0.1.0
     */
    public Builder healthRounds(HealthRound... rounds) {
      this.rounds.clear();
      for (HealthRound r : rounds) {
        this.rounds.add(requireNonNull(r, "rounds"));
      }
      return this;
    }

    /**
     * Sets the stewards who speak for the board: an escalation routed to one of them has reached
     * the board's level. By default, the system's stewards at {@link SystemScale#SYSTEM} scale.
     *
     * @param stewards the stewards' ids
     * @return this builder
     * @since 0.1.0
     */
    public Builder boardStewards(StewardId... stewards) {
      this.stewards.clear();
      for (StewardId s : stewards) {
        this.stewards.add(requireNonNull(s, "stewards"));
      }
      return this;
    }

    /**
     * Shows only barriers at these levels; by default every level.
     *
     * @param first a level
     * @param rest more levels
     * @return this builder
     * @since 0.1.0
     */
    public Builder levels(BarrierLevel first, BarrierLevel... rest) {
      this.levels.clear();
      this.levels.add(requireNonNull(first, "levels"));
      for (BarrierLevel l : rest) {
        this.levels.add(requireNonNull(l, "levels"));
      }
      return this;
    }

    /**
     * Shows only the learning of cycles that serve a priority of one of these themes, by title,
     * such as "Housing"; by default every cycle.
     *
     * @param titles the themes' titles
     * @return this builder
     * @since 0.1.0
     */
    public Builder themes(String... titles) {
      this.themes.clear();
      for (String t : titles) {
        this.themes.add(requireNonNull(t, "themes"));
      }
      return this;
    }

    /**
     * Sets the officer the paper goes out under; required.
     *
     * @param leadOfficer the lead officer
     * @return this builder
     * @since 0.1.0
     */
    public Builder leadOfficer(Person leadOfficer) {
      this.leadOfficer = requireNonNull(leadOfficer, "leadOfficer");
      return this;
    }

    /**
     * Sets the date of the meeting the paper goes to; by default none is given.
     *
     * @param meeting the date
     * @return this builder
     * @since 0.1.0
     */
    public Builder meeting(LocalDate meeting) {
      this.meeting = requireNonNull(meeting, "meeting");
      return this;
    }

    /**
     * Sets the paper's author; by default the lead officer.
     *
     * @param author the author
     * @return this builder
     * @since 0.1.0
     */
    public Builder author(Person author) {
      this.author = requireNonNull(author, "author");
      return this;
    }

    /**
     * Sets the language the system's records are written in, that of the text the paper quotes from
     * them ({@link LearningDigest#quotations()}); by default English.
     *
     * @param language the language, such as {@code Locale.ENGLISH} or {@code cy}
     * @return this builder
     * @throws IllegalArgumentException if {@code language} names no language, such as {@link
     *     Locale#ROOT}
     * @since 0.1.0
     */
    public Builder recordsLanguage(Locale language) {
      requireNonNull(language, "language");
      checkArgument(
          !language.getLanguage().isEmpty(),
          "LearningDigest.recordsLanguage (%s) must name a language, such as en",
          language.toLanguageTag());
      this.recordsLanguage = language;
      return this;
    }

    /**
     * Builds the digest.
     *
     * @return the digest
     * @throws IllegalStateException if the start of the period or the lead officer is not set
     * @throws IllegalArgumentException if the board is not one of the system's, or the period ends
     *     before it starts, or so near the end of the calendar that the report-back date ({@link
     *     #REPORT_BACK} later) is past {@link LocalDate#MAX}
     * @since 0.1.0
     */
    public LearningDigest build() {
      checkState(since != null, "LearningDigest.since must be set");
      checkState(leadOfficer != null, "LearningDigest.leadOfficer must be set");
      Optional<Board> found = system.board(board);
      checkArgument(
          found.isPresent(), "LearningDigest.board (%s) must be a board of the system", board);
      LocalDate end = until != null ? until : LocalDate.now(clock);
      checkArgument(
          !end.isBefore(since),
          "LearningDigest.until (%s) must not be before LearningDigest.since (%s)",
          end,
          since);
      checkArgument(
          !end.isAfter(LAST_UNTIL),
          "LearningDigest.until (%s) must be no later than %s, so that the report-back date, %s days after it, is a date",
          end,
          LAST_UNTIL,
          REPORT_BACK.getDays());
      return new LearningDigest(this, found.get(), end, leadOfficer);
    }
  }
}
