package io.github.hls4j.governance;

import com.google.common.base.Ascii;
import com.google.common.base.CharMatcher;
import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.hls4j.internal.Cycles;
import io.github.hls4j.internal.Names;
import io.github.hls4j.validation.FindingPath;
import io.github.hls4j.validation.MessageArguments;
import io.github.hls4j.validation.RuleContext;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The logic of the {@code governance/*} rules; {@link GovernanceRules} pairs it with ids. */
final class GovernanceChecks {

  private static final CharMatcher QUOTES = CharMatcher.anyOf("'\"\u2018\u2019\u201C\u201D");
  private static final CharMatcher TRAILING = CharMatcher.anyOf(" .;:,");
  private static final CharMatcher WHITESPACE = CharMatcher.whitespace();
  private static final CharMatcher NOT_WHITESPACE = WHITESPACE.negate();

  /** What is left at the end of a text once trailing spaces and punctuation are trimmed. */
  private static final CharMatcher KEPT_AT_END = WHITESPACE.or(TRAILING).negate();

  private GovernanceChecks() {}

  // governance/placeholder-text

  static void placeholderText(BoardReport report, RuleContext context, PlaceholderSearch search) {
    // One cause, one finding: the date field of a named, undated sign-off is
    // governance/signoff-undated's,
    // which quotes what the field still says.
    Set<String> undatedDateFields = new HashSet<>();
    List<SignOff> signOffs = report.signOffs();
    for (int i = 0; i < signOffs.size(); i++) {
      SignOff row = signOffs.get(i);
      if (undated(row)) {
        undatedDateFields.add(FindingPath.of("signOffs", i, "dateText"));
      } else if (row.role().ifApplicable() && isBlank(row.name()) && row.date().isEmpty()) {
        // An "(if applicable)" row left empty says the role does not apply; its prompts are not a
        // defect.
        undatedDateFields.add(FindingPath.of("signOffs", i, "dateText"));
        undatedDateFields.add(FindingPath.of("signOffs", i, "name"));
      }
    }
    ReportText texts = ReportText.of(report, context);
    for (int i = 0; i < texts.size(); i++) {
      String placeholder = search.first(texts.text(i));
      if (placeholder != null) {
        String at = texts.path(i);
        if (!undatedDateFields.contains(at)) {
          context.report(at, MessageArguments.of("placeholder", placeholder));
        }
      }
    }
  }

  private static boolean undated(SignOff row) {
    return !isBlank(row.name()) && row.date().isEmpty();
  }

  // governance/signoff-missing

  static void signOffMissing(BoardReport report, RuleContext context) {
    List<SignOff> signOffs = report.signOffs();
    if (signOffs.isEmpty()) {
      context.report("signOffs", MessageArguments.of("role", "any role"));
      return;
    }
    boolean leadOfficerRow = false;
    for (int i = 0; i < signOffs.size(); i++) {
      SignOff row = signOffs.get(i);
      leadOfficerRow |= row.role().kind() == SignOffRoleKind.LEAD_OFFICER;
      if (!row.role().ifApplicable() && isBlank(row.name())) {
        context.at("signOffs", i).report("name", MessageArguments.of("role", row.role().title()));
      }
    }
    if (!leadOfficerRow) {
      context.report("signOffs", MessageArguments.of("role", "the lead officer"));
    }
  }

  // governance/signoff-undated

  static void signOffUndated(BoardReport report, RuleContext context) {
    signOffUndated(report, context, false);
  }

  // governance/signoff-if-applicable-undated

  static void signOffIfApplicableUndated(BoardReport report, RuleContext context) {
    signOffUndated(report, context, true);
  }

  private static void signOffUndated(
      BoardReport report, RuleContext context, boolean ifApplicable) {
    List<SignOff> signOffs = report.signOffs();
    for (int i = 0; i < signOffs.size(); i++) {
      SignOff row = signOffs.get(i);
      if (undated(row) && row.role().ifApplicable() == ifApplicable) {
        String field =
            row.dateText().filter(t -> !t.isBlank()).map(t -> "\"" + t + "\"").orElse("empty");
        context
            .at("signOffs", i)
            .report(
                "date",
                MessageArguments.of(
                    "role",
                    row.role().title(),
                    "name",
                    row.name().orElseThrow(),
                    "dateField",
                    field));
      }
    }
  }

  // governance/empty-paragraph

  static void emptyParagraph(BoardReport report, RuleContext context) {
    List<ReportSection> sections = report.sections();
    for (int i = 0; i < sections.size(); i++) {
      ReportSection section = sections.get(i);
      if (section.paragraphs().isEmpty()) {
        context
            .at("sections", i)
            .report(
                "paragraphs",
                MessageArguments.of("number", section.number(), "heading", section.heading()));
      }
      List<Paragraph> paragraphs = section.paragraphs();
      for (int j = 0; j < paragraphs.size(); j++) {
        if (paragraphs.get(j).isEmpty()) {
          context
              .at("sections", i)
              .report(
                  "paragraphs",
                  j,
                  MessageArguments.of(
                      "number", paragraphs.get(j).number(), "heading", section.heading()));
        }
      }
    }
  }

  // governance/broken-link

  static void brokenLink(BoardReport report, RuleContext context) {
    List<BackgroundPaper> papers = report.backgroundPapers();
    for (int i = 0; i < papers.size(); i++) {
      Optional<Link> link = papers.get(i).link();
      if (link.isPresent()) {
        String target = link.get().target();
        Optional<String> problem = linkProblem(target);
        if (problem.isPresent()) {
          context
              .at("backgroundPapers", i)
              .at("link")
              .report(
                  "target",
                  MessageArguments.of(
                      "target", target, "text", link.get().text(), "problem", problem.get()));
        }
      }
    }
  }

  /** Returns what is wrong with a link target, or empty for a usable absolute URL. */
  static Optional<String> linkProblem(String target) {
    String trimmed = target.strip();
    if (trimmed.isEmpty()) {
      return Optional.of("it is empty");
    }
    if (trimmed.startsWith("#")) {
      return Optional.of("it points only within the page");
    }
    Matcher named = SCHEME.matcher(trimmed);
    if (named.lookingAt() && UNSAFE_SCHEMES.contains(Ascii.toLowerCase(named.group(1)))) {
      return Optional.of(
          "a "
              + Ascii.toLowerCase(named.group(1))
              + ": target can run code or open files on the reader's machine");
    }
    try {
      URI uri = new URI(trimmed);
      String scheme = uri.getScheme();
      if (scheme == null) {
        return Optional.of("it has no scheme such as https:");
      }
      String lower = Ascii.toLowerCase(scheme);
      if ((lower.equals("http") || lower.equals("https")) && uri.getHost() == null) {
        return Optional.of("it has no host");
      }
      return Optional.empty();
    } catch (URISyntaxException e) {
      return Optional.of("it is not a well-formed URL");
    }
  }

  // governance/lead-officer-mismatch

  static void leadOfficerMismatch(BoardReport report, RuleContext context) {
    List<SignOff> signOffs = report.signOffs();
    String header = report.leadOfficer().name();
    for (int i = 0; i < signOffs.size(); i++) {
      SignOff row = signOffs.get(i);
      if (row.role().kind() == SignOffRoleKind.LEAD_OFFICER && !isBlank(row.name())) {
        String signer = row.name().orElseThrow();
        if (!sameName(header, signer)
            && !directorAbove(row.role(), report.leadOfficer().roleTitle())) {
          context
              .at("signOffs", i)
              .report("name", MessageArguments.of("header", header, "signer", signer));
        }
        return;
      }
    }
  }

  /**
   * Returns whether a lead officer's row asks for a director-level or senior manager's sign-off
   * (its title says "director" or "senior manager") above a header's lead officer who is not a
   * director: a template's design, where the report's officer writes and their director signs. A
   * header with no role title gives no such reason.
   */
  static boolean directorAbove(SignOffRole role, Optional<String> headerRoleTitle) {
    String title = Ascii.toLowerCase(role.title());
    boolean senior = title.contains("director") || title.contains("senior manager");
    return senior
        && headerRoleTitle.filter(t -> !Ascii.toLowerCase(t).contains("director")).isPresent();
  }

  /**
   * Returns whether two names, as documents write them, name the same person: word for word equal
   * but for case, spacing and full stops, where an initial matches a word it begins ("J. Lead" and
   * "Jo Lead"); or one is a single word equal to the other's last word ("Munro" and "Alice Munro").
   */
  static boolean sameName(String a, String b) {
    if (a.equals(b)) {
      return true;
    }
    List<String> x = words(a);
    List<String> y = words(b);
    if (x.isEmpty() || y.isEmpty()) {
      return x.equals(y);
    }
    if (x.size() == 1 || y.size() == 1) {
      return x.get(x.size() - 1).equals(y.get(y.size() - 1));
    }
    if (x.size() != y.size()) {
      return false;
    }
    for (int i = 0; i < x.size(); i++) {
      if (!sameWord(x.get(i), y.get(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean sameWord(String a, String b) {
    return a.equals(b)
        || (a.length() == 1 && b.startsWith(a))
        || (b.length() == 1 && a.startsWith(b));
  }

  private static List<String> words(String name) {
    return ImmutableList.copyOf(
        Splitter.on(CharMatcher.whitespace().or(CharMatcher.is('.')))
            .omitEmptyStrings()
            .split(Names.fold(name)));
  }

  /** Schemes whose targets run code or reach the reader's own files when followed. */
  private static final ImmutableSet<String> UNSAFE_SCHEMES =
      ImmutableSet.of("javascript", "data", "vbscript", "file");

  private static final Pattern SCHEME = Pattern.compile("([A-Za-z][A-Za-z0-9+.-]*):");

  // governance/recommendation-numbering

  static void recommendationNumbering(BoardReport report, RuleContext context) {
    List<Recommendation> recommendations = report.recommendations();
    for (int i = 0; i < recommendations.size(); i++) {
      int number = recommendations.get(i).number();
      if (number != i + 1) {
        context
            .at("recommendations", i)
            .report("number", MessageArguments.of("expected", i + 1, "actual", number));
      }
    }
  }

  // governance/recommendation-without-evidence

  static void recommendationWithoutEvidence(BoardReport report, RuleContext context) {
    List<Recommendation> recommendations = report.recommendations();
    long based = recommendations.stream().filter(r -> !r.basedOn().isEmpty()).count();
    if (based == 0) {
      return;
    }
    for (int i = 0; i < recommendations.size(); i++) {
      if (recommendations.get(i).basedOn().isEmpty()) {
        context
            .at("recommendations", i)
            .report(
                "basedOn",
                MessageArguments.of("number", recommendations.get(i).number(), "others", based));
      }
    }
  }

  // governance/recommendation-dependency-unknown

  static void recommendationDependencyUnknown(BoardReport report, RuleContext context) {
    List<Recommendation> recommendations = report.recommendations();
    RecommendationNumbers numbers = report.recommendationNumbers();
    for (int i = 0; i < recommendations.size(); i++) {
      List<Integer> dependsOn = recommendations.get(i).dependsOn();
      for (int j = 0; j < dependsOn.size(); j++) {
        if (!numbers.contains(dependsOn.get(j))) {
          context
              .at("recommendations", i)
              .report(
                  "dependsOn",
                  j,
                  MessageArguments.of(
                      "number", recommendations.get(i).number(), "dependsOn", dependsOn.get(j)));
        }
      }
    }
  }

  // governance/recommendation-dependency-cycle

  static void recommendationDependencyCycle(BoardReport report, RuleContext context) {
    List<Recommendation> recommendations = report.recommendations();
    RecommendationNumbers numbers = report.recommendationNumbers();
    for (int[] cycle : dependencyCycles(recommendations, numbers)) {
      StringBuilder words = new StringBuilder();
      for (int k = 0; k < cycle.length; k++) {
        if (cycle.length > CYCLE_WORDS && k == CYCLE_WORDS - 1) {
          words.append("… → ");
          k = cycle.length - 1; // a long cycle is named by its first members and its last
        }
        words.append(recommendations.get(cycle[k]).number()).append(" → ");
      }
      words.append(recommendations.get(cycle[0]).number());
      context
          .at("recommendations", cycle[0])
          .report(
              "dependsOn",
              MessageArguments.of(
                  "number",
                  recommendations.get(cycle[0]).number(),
                  "cycle",
                  words.toString(),
                  "members",
                  cycle.length));
    }
  }

  /** How many members of a cycle its finding names before it skips to the last. */
  private static final int CYCLE_WORDS = 20;

  /**
   * The cycles of the dependencies, as a graph over the place where each number first appears, held
   * compactly as {@link Cycles#find(int[], int[])} takes it: a repeated number's dependencies
   * belong to its first place, and unknown numbers are left out. When every recommendation depends
   * only on recommendations with lower numbers, every edge goes down and none can close a cycle:
   * the first pass finds that, and no graph is built.
   */
  private static List<int[]> dependencyCycles(
      List<Recommendation> recommendations, RecommendationNumbers numbers) {
    int n = recommendations.size();
    int[] first = new int[n + 1];
    boolean upwards = false;
    for (Recommendation r : recommendations) {
      int from = numbers.firstIndex(r.number());
      for (int dependency : r.dependsOn()) {
        upwards |= dependency >= r.number();
        if (numbers.contains(dependency)) {
          first[from + 1]++;
        }
      }
    }
    if (!upwards) {
      return List.of();
    }
    for (int v = 0; v < n; v++) {
      first[v + 1] += first[v];
    }
    int[] targets = new int[first[n]];
    int[] filled = Arrays.copyOf(first, n);
    for (Recommendation r : recommendations) {
      int from = numbers.firstIndex(r.number());
      for (int dependency : r.dependsOn()) {
        int to = numbers.firstIndex(dependency);
        if (to >= 0) {
          targets[filled[from]++] = to;
        }
      }
    }
    return Cycles.find(first, targets);
  }

  // governance/recommendation-restated-differently

  static void recommendationRestatedDifferently(BoardReport report, RuleContext context) {
    RecommendationNumbers numbers = report.recommendationNumbers();
    List<ReportSection> sections = report.sections();
    for (int i = 0; i < sections.size(); i++) {
      if (sections.get(i).kind() != SectionKind.REQUEST_OF_THE_BOARD) {
        continue;
      }
      List<Paragraph> paragraphs = sections.get(i).paragraphs();
      for (int j = 0; j < paragraphs.size(); j++) {
        List<ListItem> items = paragraphs.get(j).items();
        for (int k = 0; k < items.size(); k++) {
          int number = labelNumber(items.get(k).label());
          int index = numbers.firstIndex(number);
          if (index >= 0) {
            String recommended = report.recommendations().get(index).action();
            if (!sameText(recommended, items.get(k).text())) {
              context
                  .at("sections", i)
                  .at("paragraphs", j)
                  .at("items", k)
                  .report("text", MessageArguments.of("number", number));
            }
          }
        }
      }
    }
  }

  /**
   * Returns the number a list item's label gives, read from its digits as "(2)" or "2." give 2, or
   * -1 if it has none or too many to be a number.
   */
  static int labelNumber(String label) {
    long number = -1;
    for (int i = 0; i < label.length(); i++) {
      char c = label.charAt(i);
      if (c >= '0' && c <= '9') {
        number = Math.max(number, 0) * 10 + (c - '0');
        if (number > Integer.MAX_VALUE) {
          return -1;
        }
      }
    }
    return (int) number;
  }

  /**
   * Returns whether two texts say the same, case, spacing, quotation marks and trailing punctuation
   * aside: equal once white space is trimmed and collapsed to one space, quotation marks made one,
   * trailing spaces and {@code .;:,} trimmed and ASCII letters lowered. The texts are compared
   * where they lie; no normalised copy is made.
   */
  static boolean sameText(String a, String b) {
    if (a.equals(b)) {
      return true; // as most restated recommendations are, compared at the speed of memory
    }
    int endA = KEPT_AT_END.lastIndexIn(a) + 1;
    int endB = KEPT_AT_END.lastIndexIn(b) + 1;
    if (endA == 0 || endB == 0) {
      return endA == endB;
    }
    int i = NOT_WHITESPACE.indexIn(a);
    int j = NOT_WHITESPACE.indexIn(b);
    while (i < endA && j < endB) {
      char x = a.charAt(i);
      char y = b.charAt(j);
      boolean spaceX = WHITESPACE.matches(x);
      if (spaceX != WHITESPACE.matches(y)) {
        return false;
      }
      if (spaceX) {
        i = NOT_WHITESPACE.indexIn(a, i);
        j = NOT_WHITESPACE.indexIn(b, j);
      } else if (x == y || compared(x) == compared(y)) {
        i++;
        j++;
      } else {
        return false;
      }
    }
    return i == endA && j == endB;
  }

  private static char compared(char c) {
    return QUOTES.matches(c) ? '\'' : Ascii.toLowerCase(c);
  }

  // governance/equalities-unjustified

  static void equalitiesUnjustified(BoardReport report, RuleContext context) {
    Optional<EqualitiesStatement> equalities = report.equalities();
    if (equalities.isEmpty()) {
      context.report("equalities");
    } else if (isBlank(equalities.get().statement())
        || equalities.get().impactAssessment() == ImpactAssessment.NOT_NEEDED
            && BARE_NOT_NEEDED.matcher(equalities.get().statement().orElse("").strip()).matches()) {
      // Not needed: the reason must be given. Carried out: the statement gives its outcome, which
      // the board must weigh under the public sector equality duty; a bare tick says neither, nor
      // does "Not applicable." alone.
      context.report("equalities.statement");
    }
  }

  /**
   * A statement that says no assessment is needed and nothing more: "Not applicable.", "N/A",
   * "None", "Not required.", "An equality impact assessment is not required."
   */
  private static final Pattern BARE_NOT_NEEDED =
      Pattern.compile(
          "(?i)(?:(?:an? )?(?:equality|equalities)(?: impact)?(?: assessment)?(?: \\(EIA\\))?"
              + "(?: is)?:? )?(?:not applicable|n/?a|none|nil|not required|not needed|not"
              + " relevant|not necessary|amherthnasol)[.!]?");

  // governance/decision-committee-missing

  static void decisionCommitteeMissing(BoardReport report, RuleContext context) {
    Board board = report.board();
    if (!board.sitsInCommon()) {
      return;
    }
    List<Recommendation> recommendations = report.recommendations();
    for (int i = 0; i < recommendations.size(); i++) {
      List<Decision> decisions = recommendations.get(i).decisions();
      for (int j = 0; j < decisions.size(); j++) {
        List<CommitteeId> takenBy = decisions.get(j).takenBy();
        if (takenBy.isEmpty()) {
          context
              .at("recommendations", i)
              .at("decisions", j)
              .report(
                  "takenBy",
                  MessageArguments.of(
                      "number", recommendations.get(i).number(), "committee", "(none named)"));
        }
        for (int k = 0; k < takenBy.size(); k++) {
          if (board.committee(takenBy.get(k)).isEmpty()) {
            context
                .at("recommendations", i)
                .at("decisions", j)
                .report(
                    "takenBy",
                    k,
                    MessageArguments.of(
                        "number", recommendations.get(i).number(), "committee", takenBy.get(k)));
          }
        }
      }
    }
  }

  private static boolean isBlank(Optional<String> text) {
    return text.isEmpty() || text.get().isBlank();
  }
}
