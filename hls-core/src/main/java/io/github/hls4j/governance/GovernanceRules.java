package io.github.hls4j.governance;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.hls4j.strategy.AlignmentRules;
import io.github.hls4j.validation.Profile;
import io.github.hls4j.validation.RuleDescriptor;
import io.github.hls4j.validation.RuleSet;
import io.github.hls4j.validation.Severity;
import io.github.hls4j.validation.Validator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The built-in rules for {@link BoardReport}s: the {@code governance/*} rules, and the {@code
 * alignment/*} rules of {@link AlignmentRules} applied to the report's strategy links and to those
 * of each recommendation.
 *
 * <pre>{@code
 * ValidationResult result = GovernanceRules.validator(Profile.DECISION_READY).validate(report);
 * }</pre>
 *
 * <p>Each descriptor's Javadoc names the arguments its messages carry. The full list, with
 * severities and profiles, is in {@code docs/rules.md}.
 *
 * @since 0.1.0
 */
public final class GovernanceRules {

  /**
   * The template text that {@code governance/placeholder-text} looks for unless told otherwise: the
   * prompts Word leaves in empty content controls, and "[To be completed]" (in Welsh, "[I'w
   * gwblhau]"), the mark of a part only a person can write (as the learning digest leaves its
   * implications), and "xx/xx/xxxx", a template's date to fill in.
   *
   * @since 0.1.0
   */
  public static final List<String> DEFAULT_PLACEHOLDER_TEXTS =
      ImmutableList.of(
          "Click or tap to enter a date.",
          "Click or tap here to enter text.",
          "Choose an item.",
          "[To be completed]",
          "[I'w gwblhau]",
          "xx/xx/xxxx");

  /**
   * {@code governance/placeholder-text}: template text left in a field. Arguments: {@code
   * placeholder}. Template text in the date field of a named, undated sign-off is left to {@code
   * governance/signoff-undated}, so that one cause gives one finding.
   *
   * @since 0.1.0
   */
  public static final RuleDescriptor PLACEHOLDER_TEXT =
      RuleDescriptor.builder("governance/placeholder-text")
          .severity(Severity.ERROR)
          .profiles(Profile.DECISION_READY, Profile.PUBLISHED)
          .summary(
              "Template text, such as \"Click or tap to enter a date.\", or a prompt in square brackets or braces (\"[insert date]\", \"{How much does it cost?}\"), is left in a field.")
          .message("Template text \"{placeholder}\" is left in this field")
          .build();

  /**
   * {@code governance/signoff-missing}: a required sign-off has no name, there is no lead officer's
   * row, or there is no sign-off table. Arguments: {@code role}.
   *
   * @since 0.1.0
   */
  public static final RuleDescriptor SIGNOFF_MISSING =
      RuleDescriptor.builder("governance/signoff-missing")
          .severity(Severity.ERROR)
          .profiles(Profile.DECISION_READY, Profile.PUBLISHED)
          .summary(
              "A required sign-off role has no name, or the table has no lead officer's row or no"
                  + " rows at all.")
          .message("Sign-off by {role} is missing")
          .build();

  /**
   * {@code governance/signoff-undated}: a named sign-off of a required role has no date; an "(if
   * applicable)" role's row is {@link #SIGNOFF_IF_APPLICABLE_UNDATED}'s. Arguments: {@code role},
   * {@code name}, {@code dateField} (what the date field says: {@code empty}, or its text in
   * quotation marks, such as a date picker's template text, which this finding then stands for).
   *
   * @since 0.1.0
   */
  public static final RuleDescriptor SIGNOFF_UNDATED =
      RuleDescriptor.builder("governance/signoff-undated")
          .severity(Severity.ERROR)
          .profiles(Profile.DECISION_READY, Profile.PUBLISHED)
          .summary("A required sign-off row names a person but gives no date.")
          .message("Sign-off by {name} as {role} has no date (date field: {dateField})")
          .build();

  /**
   * {@code governance/signoff-if-applicable-undated}: an "(if applicable)" sign-off row names a
   * person but gives no date. A warning, not an error: the role may not apply at all, and a row
   * left wholly empty is no finding (nor is the date prompt left in it). Arguments: those of {@link
   * #SIGNOFF_UNDATED}.
   *
   * @since 0.1.0
   */
  public static final RuleDescriptor SIGNOFF_IF_APPLICABLE_UNDATED =
      RuleDescriptor.builder("governance/signoff-if-applicable-undated")
          .severity(Severity.WARNING)
          .profiles(Profile.DECISION_READY, Profile.PUBLISHED)
          .summary("An \"(if applicable)\" sign-off row names a person but gives no date.")
          .message(
              "Sign-off by {name} as {role} has no date (date field: {dateField}); date it, or leave the row empty if the role does not apply")
          .build();

  /**
   * {@code governance/empty-paragraph}: a numbered paragraph, or a section, with no content.
   * Arguments: {@code number}, {@code heading} (the section's).
   *
   * @since 0.1.0
   */
  public static final RuleDescriptor EMPTY_PARAGRAPH =
      RuleDescriptor.builder("governance/empty-paragraph")
          .severity(Severity.WARNING)
          .summary("A numbered paragraph or a section has no content.")
          .message("{number} in \"{heading}\" is empty")
          .build();

  /**
   * {@code governance/broken-link}: a link whose target is empty, {@code #}, not a well-formed
   * absolute URL, or unsafe to follow: a {@code javascript:}, {@code data:}, {@code vbscript:} or
   * {@code file:} target. Arguments: {@code target}, {@code text}, {@code problem}.
   *
   * @since 0.1.0
   */
  public static final RuleDescriptor BROKEN_LINK =
      RuleDescriptor.builder("governance/broken-link")
          .severity(Severity.ERROR)
          .profiles(Profile.DECISION_READY, Profile.PUBLISHED)
          .summary(
              "A link's target is empty, \"#\", not a well-formed absolute URL, or unsafe (javascript:, data:, vbscript:, file:).")
          .message(
              "Link \"{text}\" goes nowhere: its target \"{target}\" is unusable because {problem}")
          .build();

  /**
   * {@code governance/lead-officer-mismatch}: the lead officer in the header is not the person who
   * signs as lead officer. Not reported when the row asks for a director-level or senior manager's
   * sign-off (its title says "director" or "senior manager") and the header's lead officer has a
   * role title that is not a director's: the template then asks the director above the report's
   * officer to sign. Arguments: {@code header}, {@code signer}.
   *
   * @since 0.1.0
   */
  public static final RuleDescriptor LEAD_OFFICER_MISMATCH =
      RuleDescriptor.builder("governance/lead-officer-mismatch")
          .severity(Severity.WARNING)
          .profiles(Profile.DECISION_READY, Profile.PUBLISHED)
          .summary(
              "The lead officer in the report's header is not the person who signs as lead officer.")
          .message("The header names {header} as lead officer, but {signer} signs as lead officer")
          .build();

  /**
   * {@code governance/recommendation-numbering}: recommendations are not numbered 1, 2, 3… in
   * order. Arguments: {@code expected}, {@code actual}.
   *
   * @since 0.1.0
   */
  public static final RuleDescriptor RECOMMENDATION_NUMBERING =
      RuleDescriptor.builder("governance/recommendation-numbering")
          .severity(Severity.ERROR)
          .summary("Recommendations are not numbered 1, 2, 3… in order.")
          .message("Recommendation numbered {actual} should be numbered {expected}")
          .build();

  /**
   * {@code governance/recommendation-dependency-unknown}: a recommendation depends on a number no
   * recommendation has. Arguments: {@code number}, {@code dependsOn}.
   *
   * @since 0.1.0
   */
  public static final RuleDescriptor RECOMMENDATION_DEPENDENCY_UNKNOWN =
      RuleDescriptor.builder("governance/recommendation-dependency-unknown")
          .severity(Severity.ERROR)
          .summary("A recommendation depends on a recommendation number that does not exist.")
          .message(
              "Recommendation {number} depends on recommendation {dependsOn}, which does not exist")
          .build();

  /**
   * {@code governance/recommendation-dependency-cycle}: recommendations depend on each other in a
   * cycle; reported once for each cycle, at the member that comes first in the report. Found in
   * time linear in the recommendations and their dependencies. Arguments: {@code number} (that
   * first member), {@code cycle} (the members in the order they wait on each other, such as {@code
   * 1 → 3 → 2 → 1}; a cycle of more than 20 names its first 19 members, then {@code …} and its
   * last) and {@code members} (how many).
   *
   * @since 0.1.0
   */
  public static final RuleDescriptor RECOMMENDATION_DEPENDENCY_CYCLE =
      RuleDescriptor.builder("governance/recommendation-dependency-cycle")
          .severity(Severity.ERROR)
          .summary("Recommendations depend on each other in a cycle, so none can go first.")
          .message(
              "Recommendation {number} depends on itself through {members} recommendations: {cycle}")
          .build();

  /**
   * {@code governance/recommendation-restated-differently}: the request of the board restates a
   * recommendation in other words than the recommendations section. Case, spacing, quotation marks
   * and trailing punctuation do not count. Arguments: {@code number}.
   *
   * @since 0.1.0
   */
  public static final RuleDescriptor RECOMMENDATION_RESTATED_DIFFERENTLY =
      RuleDescriptor.builder("governance/recommendation-restated-differently")
          .severity(Severity.ERROR)
          .profiles(Profile.DECISION_READY, Profile.PUBLISHED)
          .summary(
              "The request of the board restates a recommendation in different words from the"
                  + " recommendations section.")
          .message(
              "Recommendation {number} is restated here in different words from the"
                  + " recommendations section; the board must know which text it approves")
          .build();

  /**
   * {@code governance/equalities-unjustified}: no equalities statement, or one that says nothing:
   * an assessment carried out with no statement of its outcome, or none made and no reason given.
   * No arguments.
   *
   * @since 0.1.0
   */
  public static final RuleDescriptor EQUALITIES_UNJUSTIFIED =
      RuleDescriptor.builder("governance/equalities-unjustified")
          .severity(Severity.ERROR)
          .profiles(Profile.DECISION_READY, Profile.PUBLISHED)
          .summary(
              "There is no equalities statement, or it is empty: an impact assessment is said to be carried"
                  + " out with no statement of its outcome, or none is made and no reason is given.")
          .message(
              "The equalities statement gives neither the outcome of an impact assessment nor the reason"
                  + " why none is needed under the public sector equality duty")
          .build();

  /**
   * {@code governance/decision-committee-missing}: the board sits as committees in common and a
   * decision does not name a committee of the board that took it. Arguments: {@code number}, {@code
   * committee}.
   *
   * @since 0.1.0
   */
  public static final RuleDescriptor DECISION_COMMITTEE_MISSING =
      RuleDescriptor.builder("governance/decision-committee-missing")
          .severity(Severity.ERROR)
          .summary(
              "The board sits as committees in common and a decision is not attributed to the"
                  + " committee or committees that took it.")
          .message(
              "A decision on recommendation {number} must name the committee in common that took"
                  + " it; found: {committee}")
          .build();

  /**
   * {@code governance/implication-vague}: a financial implication that names no sum of money, cost
   * or budget, or a legal implication that names no law, statute, power or duty ("safe and legal"
   * names none). A statement covering both areas is read for each. An explicit "no financial
   * implications" (or "no direct resource implications") or "no legal implications" is a statement
   * and passes. Reported once per area. Arguments: {@code area} ({@code financial} or {@code
   * legal}), {@code lacks} (what the statement should name).
   *
   * @since 0.1.0
   */
  public static final RuleDescriptor IMPLICATION_VAGUE =
      RuleDescriptor.builder("governance/implication-vague")
          .severity(Severity.WARNING)
          .profiles(Profile.DECISION_READY, Profile.PUBLISHED)
          .summary(
              "A financial implication names no sum of money, cost or budget, or a legal implication"
                  + " names no law, statute, power or duty.")
          .message("The {area} implication names no {lacks}")
          .build();

  /**
   * {@code governance/no-risks-for-change}: the risk assessment lists no risks and says there are
   * none ("no current risks identified", "none", "not applicable"), while the report proposes a
   * change of approach: its risk statement, title, summary or a recommendation says "new approach",
   * "new model", "new way", "change", "transform…", "commission…", "recommission…", "redesign…" or
   * "restructur…". Arguments: {@code said} (the words that say there are no risks), {@code change}
   * (the word found) and {@code changeAt} (the path of the text it is in).
   *
   * @since 0.1.0
   */
  public static final RuleDescriptor NO_RISKS_FOR_CHANGE =
      RuleDescriptor.builder("governance/no-risks-for-change")
          .severity(Severity.WARNING)
          .profiles(Profile.DECISION_READY, Profile.PUBLISHED)
          .summary(
              "The risk assessment says there are no risks for a report that proposes a change of approach.")
          .message(
              "The risk assessment says \"{said}\" for a report that proposes a change (\"{change}\"):"
                  + " a change of approach carries risks to assess")
          .build();

  /**
   * {@code governance/recommendation-unplanned}: a recommendation that does not say who carries it
   * out (no {@link Recommendation#carriedOutBy()}, and its action names no body or post such as a
   * group, officer, director, board, team, partnership, council, committee, service or members), by
   * when (its action has no month, year, quarter, "within … weeks", "by the end of", "next
   * meeting", deadline or timescale) or when it comes back (no "report back", "return to the
   * board", "report to the committee", "update the board", "progress report", "a further report").
   * A timescale or a report-back said in any recommendation serves the whole set, as councils often
   * give them once ("asks for a further report in September 2025"); who carries it out is asked of
   * each. A recommendation to note ("That the Board notes …") needs none. One finding per
   * recommendation, naming everything it lacks. Arguments: {@code number}, {@code missing} (such as
   * {@code by when and when it comes back to the board}) and {@code count} (how many things).
   *
   * @since 0.1.0
   */
  public static final RuleDescriptor RECOMMENDATION_UNPLANNED =
      RuleDescriptor.builder("governance/recommendation-unplanned")
          .severity(Severity.WARNING)
          .profiles(Profile.DECISION_READY, Profile.PUBLISHED)
          .summary(
              "A recommendation does not say who carries it out, by when, or when it comes back to the board.")
          .message(
              "Recommendation {number} does not say {missing}: the board cannot hold anyone to it")
          .build();

  /**
   * {@code governance/count-contradicts-table}: the summary, the reasons or a section's text counts
   * priorities or recommendations differently from the report's own tables. A count is a number
   * (digits, or a word from one to twenty) before "recommendations", compared with the
   * recommendations; or before "priorities", optionally with "of the" and a strategy's name between
   * ("two of the Improving Lives Strategy priorities"), compared with the priorities the alignment
   * table of that strategy ticks. The name picks the one strategy whose title has all its words;
   * with no name, the report's only table, if the count reads "of the priorities" (a bare "3
   * priorities" may count a part of them). A count no table can be found for is left alone.
   * Arguments: {@code said} (as written), {@code count} (its value), {@code counted} (what the
   * table holds) and {@code what} ({@code recommendations}, or {@code priorities of} and the
   * strategy's title).
   *
   * @since 0.1.0
   */
  public static final RuleDescriptor COUNT_CONTRADICTS_TABLE =
      RuleDescriptor.builder("governance/count-contradicts-table")
          .severity(Severity.WARNING)
          .profiles(Profile.DECISION_READY, Profile.PUBLISHED)
          .summary(
              "The text counts priorities or recommendations differently from the report's own tables.")
          .message("The text counts {said} {what}, where the report's own table has {counted}")
          .build();

  /**
   * {@code governance/truncated-title}: a background paper's title is cut off. The title ends in a
   * letter or digit, and either its link's text or its target's file name has the title's last two
   * words with the last running on ("Human L" where the link says "Human-Learning"), or its last
   * word is a single capital letter other than "A" or "I", after a word that does not label with
   * letters ("Appendix A", "Part B", "Option C" and the like are whole). Arguments: {@code title},
   * {@code fragment} (the last word) and {@code evidence}.
   *
   * @since 0.1.0
   */
  public static final RuleDescriptor TRUNCATED_TITLE =
      RuleDescriptor.builder("governance/truncated-title")
          .severity(Severity.WARNING)
          .profiles(Profile.DECISION_READY, Profile.PUBLISHED)
          .summary("A background paper's title is cut off mid-word.")
          .message("The title \"{title}\" looks cut off at \"{fragment}\": {evidence}")
          .build();

  /**
   * {@code governance/recommendation-without-evidence}: a report whose recommendations name the
   * evidence they were drafted from ({@link Recommendation#basedOn()}), as a learning digest's do,
   * has a recommendation that names none, such as one added by hand: a gap in the paper's evidence
   * trail. A report none of whose recommendations name evidence is left alone. Arguments: {@code
   * number}, {@code others} (how many recommendations name evidence).
   *
   * @since 0.1.0
   */
  public static final RuleDescriptor RECOMMENDATION_WITHOUT_EVIDENCE =
      RuleDescriptor.builder("governance/recommendation-without-evidence")
          .severity(Severity.WARNING)
          .profiles(Profile.DECISION_READY, Profile.PUBLISHED)
          .summary(
              "A recommendation names no evidence where the report's other recommendations do, leaving a gap in the paper's evidence trail.")
          .message(
              "Recommendation {number} names no evidence it is based on, where {others} other recommendation(s) do")
          .build();

  private static final RuleSet<BoardReport> DEFAULT = boardReport(ImmutableList.of());

  private GovernanceRules() {}

  /**
   * Returns the built-in rules for board reports, with the default placeholder texts.
   *
   * @return the rule set
   * @since 0.1.0
   */
  public static RuleSet<BoardReport> boardReport() {
    return DEFAULT;
  }

  /**
   * Returns the built-in rules for board reports, with {@code governance/placeholder-text} looking
   * for the given texts as well as {@link #DEFAULT_PLACEHOLDER_TEXTS}. Texts are matched anywhere
   * in a field, ignoring case; a field is reported once, for the text found first in it.
   *
   * @param extraPlaceholderTexts more template texts, such as a council's own prompts
   * @return the rule set
   * @throws IllegalArgumentException if a text is blank
   * @since 0.1.0
   */
  public static RuleSet<BoardReport> boardReport(Iterable<String> extraPlaceholderTexts) {
    requireNonNull(extraPlaceholderTexts, "extraPlaceholderTexts");
    Set<String> texts = new LinkedHashSet<>(DEFAULT_PLACEHOLDER_TEXTS);
    for (String text : extraPlaceholderTexts) {
      requireNonNull(text, "placeholder text");
      if (text.isBlank()) {
        throw new IllegalArgumentException(
            "GovernanceRules.placeholderTexts (" + text + ") must not be blank");
      }
      texts.add(text);
    }
    PlaceholderSearch placeholders = new PlaceholderSearch(ImmutableList.copyOf(texts));
    return RuleSet.<BoardReport>builder()
        .add(
            PLACEHOLDER_TEXT,
            (report, context) -> GovernanceChecks.placeholderText(report, context, placeholders))
        .add(SIGNOFF_MISSING, GovernanceChecks::signOffMissing)
        .add(SIGNOFF_UNDATED, GovernanceChecks::signOffUndated)
        .add(SIGNOFF_IF_APPLICABLE_UNDATED, GovernanceChecks::signOffIfApplicableUndated)
        .add(EMPTY_PARAGRAPH, GovernanceChecks::emptyParagraph)
        .add(BROKEN_LINK, GovernanceChecks::brokenLink)
        .add(LEAD_OFFICER_MISMATCH, GovernanceChecks::leadOfficerMismatch)
        .add(RECOMMENDATION_NUMBERING, GovernanceChecks::recommendationNumbering)
        .add(RECOMMENDATION_DEPENDENCY_UNKNOWN, GovernanceChecks::recommendationDependencyUnknown)
        .add(RECOMMENDATION_DEPENDENCY_CYCLE, GovernanceChecks::recommendationDependencyCycle)
        .add(
            RECOMMENDATION_RESTATED_DIFFERENTLY,
            GovernanceChecks::recommendationRestatedDifferently)
        .add(EQUALITIES_UNJUSTIFIED, GovernanceChecks::equalitiesUnjustified)
        .add(DECISION_COMMITTEE_MISSING, GovernanceChecks::decisionCommitteeMissing)
        .add(
            IMPLICATION_VAGUE,
            (report, context) ->
                MonitoringOfficerChecks.implicationVague(report, context, placeholders))
        .add(NO_RISKS_FOR_CHANGE, MonitoringOfficerChecks::noRisksForChange)
        .add(RECOMMENDATION_UNPLANNED, MonitoringOfficerChecks::recommendationUnplanned)
        .add(COUNT_CONTRADICTS_TABLE, MonitoringOfficerChecks::countContradictsTable)
        .add(TRUNCATED_TITLE, TruncatedTitles::truncatedTitle)
        .add(RECOMMENDATION_WITHOUT_EVIDENCE, GovernanceChecks::recommendationWithoutEvidence)
        .addAll(AlignmentRules.alignable())
        .merge(
            AlignmentRules.alignableLinks().onEach("recommendations", BoardReport::recommendations))
        .build();
  }

  /**
   * Returns a validator of board reports with the built-in rules, for a profile, under the default
   * severity policy.
   *
   * @param profile the profile
   * @return the validator
   * @since 0.1.0
   */
  public static Validator<BoardReport> validator(Profile profile) {
    return Validator.builder(DEFAULT).profile(profile).build();
  }

  /**
   * Returns the descriptors of the {@code governance/*} rules, without the alignment rules.
   *
   * @return an unmodifiable list
   * @since 0.1.0
   */
  public static List<RuleDescriptor> descriptors() {
    return DEFAULT.descriptors().stream()
        .filter(d -> d.id().namespace().equals("governance"))
        .collect(ImmutableList.toImmutableList());
  }
}
