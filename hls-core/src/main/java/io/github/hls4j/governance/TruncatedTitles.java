package io.github.hls4j.governance;

import com.google.common.base.Ascii;
import com.google.common.base.CharMatcher;
import com.google.common.collect.ImmutableSet;
import io.github.hls4j.validation.MessageArguments;
import io.github.hls4j.validation.RuleContext;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The logic of the Monitoring Officer's check for background papers' titles that are cut off
 * part-way, read from the titles' words, their links and the rest of the report's text.
 */
final class TruncatedTitles {

  private TruncatedTitles() {}

  // governance/truncated-title

  /** Words after which a single capital letter is a label, not a fragment: "Appendix A". */
  private static final ImmutableSet<String> LETTERED =
      ImmutableSet.of(
          "appendix",
          "annex",
          "annexe",
          "part",
          "plan",
          "schedule",
          "section",
          "table",
          "figure",
          "phase",
          "option",
          "stage",
          "version",
          "enc",
          "category",
          "grade",
          "class",
          "tier",
          "type",
          "level",
          "block",
          "zone",
          "area",
          "site",
          "unit",
          "item",
          "vitamin",
          "hepatitis",
          "group");

  private static final CharMatcher WORD = CharMatcher.javaLetterOrDigit();

  private static final CharMatcher SEPARATORS = WORD.negate();

  /**
   * Words that the titles of councils' papers often end with; a title's last word of four letters
   * or more that only begins one of them ("Respo", "Strat") is cut off.
   */
  private static final ImmutableSet<String> TITLE_WORDS =
      ImmutableSet.of(
          "accommodation",
          "account",
          "accounts",
          "action",
          "actions",
          "adults",
          "allocations",
          "analysis",
          "annual",
          "appendix",
          "assessment",
          "assessments",
          "authority",
          "budget",
          "business",
          "cabinet",
          "capital",
          "carers",
          "children",
          "commissioning",
          "committee",
          "communities",
          "community",
          "consultation",
          "contract",
          "council",
          "decision",
          "decisions",
          "delivery",
          "development",
          "directions",
          "disabilities",
          "education",
          "engagement",
          "environment",
          "equalities",
          "equality",
          "evaluation",
          "evidence",
          "executive",
          "finance",
          "financial",
          "framework",
          "government",
          "guidance",
          "health",
          "homelessness",
          "housing",
          "improvement",
          "information",
          "inspection",
          "integrated",
          "integration",
          "investigation",
          "learning",
          "management",
          "meeting",
          "minutes",
          "monitoring",
          "neighbourhood",
          "ombudsman",
          "options",
          "outcomes",
          "overview",
          "partnership",
          "partnerships",
          "performance",
          "planning",
          "policies",
          "policy",
          "population",
          "prevention",
          "procurement",
          "programme",
          "proposals",
          "protocol",
          "quarterly",
          "recommendations",
          "regional",
          "regulations",
          "report",
          "reports",
          "residents",
          "resilience",
          "response",
          "responses",
          "revenue",
          "review",
          "safeguarding",
          "scrutiny",
          "services",
          "spotlight",
          "statement",
          "strategic",
          "strategy",
          "summary",
          "support",
          "transformation",
          "transport",
          "update",
          "wellbeing",
          "workforce");

  /**
   * Whole words of four letters or more that begin a longer title word, and short forms that titles
   * use: never a fragment.
   */
  private static final ImmutableSet<String> WHOLE_WORDS =
      ImmutableSet.of(
          "care",
          "need",
          "needs",
          "plan",
          "plans",
          "fund",
          "part",
          "over",
          "view",
          "form",
          "rest",
          "info",
          "govt",
          "dept",
          "mgmt",
          "mental",
          "public",
          "social",
          "joint",
          "local",
          "year",
          "years",
          "act",
          "acts",
          "data",
          "area",
          "areas",
          "city",
          "home",
          "homes",
          "life",
          "lives",
          "work",
          "team",
          "unit",
          "adult",
          "child",
          "board",
          "delivering",
          "equal",
          "integrate",
          "inform",
          "manage",
          "perform",
          "prevent",
          "response",
          "report",
          "review",
          "support",
          "strategy",
          "services",
          "service",
          "transport",
          "update",
          "policy",
          "contract",
          "account",
          "assess",
          "develop");

  static void truncatedTitle(BoardReport report, RuleContext context) {
    List<BackgroundPaper> papers = report.backgroundPapers();
    for (int i = 0; i < papers.size(); i++) {
      BackgroundPaper paper = papers.get(i);
      String @Nullable [] lastTwo = lastTwoWords(paper.title());
      if (lastTwo == null) {
        continue;
      }
      String before = lastTwo[0];
      String last = lastTwo[1];
      Optional<String> continued = paper.link().flatMap(link -> continuation(before, last, link));
      if (continued.isPresent()) {
        context
            .at("backgroundPapers", i)
            .report(
                "title",
                MessageArguments.of(
                    "title",
                    paper.title(),
                    "fragment",
                    last,
                    "evidence",
                    "its link continues it as \"" + continued.get() + "\""));
      } else if (startsLongerWord(last, report, context)) {
        context
            .at("backgroundPapers", i)
            .report(
                "title",
                MessageArguments.of(
                    "title",
                    paper.title(),
                    "fragment",
                    last,
                    "evidence",
                    "it stops part-way through a word"));
      } else if (last.length() == 1
          && Character.isUpperCase(last.charAt(0))
          && !last.equals("A")
          && !last.equals("I")
          && !LETTERED.contains(Ascii.toLowerCase(before))) {
        context
            .at("backgroundPapers", i)
            .report(
                "title",
                MessageArguments.of(
                    "title",
                    paper.title(),
                    "fragment",
                    last,
                    "evidence",
                    "it ends in a single capital letter"));
      }
    }
  }

  /**
   * Whether a word of the report's own prose, other than its background papers' titles, is {@code
   * lower} once lower-cased. The word is looked for in the texts, where gathering every word of the
   * report into a set would cost more than the one or two words a report's titles ever ask about.
   */
  private static boolean inReport(String lower, BoardReport report, RuleContext context) {
    ReportText texts = ReportText.of(report, context);
    for (int i = 0; i < texts.size(); i++) {
      if (!(texts.isIn(i, "backgroundPapers") && texts.isProperty(i, "title"))
          && hasWord(texts.text(i), lower)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a word of {@code text}, a run of letters and digits, is {@code lower} once lower-cased.
   * A word of ASCII is compared in place; only a word with other letters, whose lower case may
   * differ in length, is lower-cased to compare.
   */
  static boolean hasWord(String text, String lower) {
    int end = 0;
    while (true) {
      int start = WORD.indexIn(text, end);
      if (start < 0) {
        return false;
      }
      end = SEPARATORS.indexIn(text, start);
      if (end < 0) {
        end = text.length();
      }
      int length = end - start;
      if (isAscii(text, start, end)
          ? length == lower.length()
              && isAscii(lower, 0, length)
              && text.regionMatches(true, start, lower, 0, length)
          : text.substring(start, end).toLowerCase(Locale.ROOT).equals(lower)) {
        return true;
      }
    }
  }

  private static boolean isAscii(String text, int start, int end) {
    for (int i = start; i < end; i++) {
      if (text.charAt(i) >= 128) {
        return false;
      }
    }
    return true;
  }

  private static boolean startsLongerWord(String last, BoardReport report, RuleContext context) {
    if (last.length() < 4
        || !CharMatcher.javaLetter().matchesAllOf(last)
        || Ascii.toUpperCase(last).equals(last)) {
      return false;
    }
    String lower = last.toLowerCase(Locale.ROOT);
    if (WHOLE_WORDS.contains(lower) || TITLE_WORDS.contains(lower)) {
      return false;
    }
    for (String word : TITLE_WORDS) {
      if (word.startsWith(lower)) {
        return !inReport(lower, report, context);
      }
    }
    return false;
  }

  /**
   * Returns a title's last two words, read back from its end, the last second; or null if it has
   * fewer or does not end in a letter or digit. A word is a run of letters and digits.
   */
  static String @Nullable [] lastTwoWords(String title) {
    int lastEnd = wordEnd(title, title.length());
    int lastStart = wordStart(title, lastEnd);
    int beforeEnd = wordEnd(title, lastStart);
    if (beforeEnd == 0 || !WORD.matches(lastChar(title))) {
      return null;
    }
    return new String[] {
      title.substring(wordStart(title, beforeEnd), beforeEnd), title.substring(lastStart, lastEnd)
    };
  }

  /** Returns where the last word of {@code text} before {@code from} ends, or 0 if none does. */
  private static int wordEnd(String text, int from) {
    int end = from;
    while (end > 0 && !WORD.matches(text.charAt(end - 1))) {
      end--;
    }
    return end;
  }

  /** Returns where the word of {@code text} that ends at {@code end} begins. */
  private static int wordStart(String text, int end) {
    int start = end;
    while (start > 0 && WORD.matches(text.charAt(start - 1))) {
      start--;
    }
    return start;
  }

  private static char lastChar(String text) {
    String stripped = text.strip();
    return stripped.isEmpty() ? ' ' : stripped.charAt(stripped.length() - 1);
  }

  /**
   * Returns the longer word the link's text or its target's file name has where the title's last
   * word ends: the title's last two words appear there, the last one running on into more letters.
   */
  private static Optional<String> continuation(String before, String last, Link link) {
    Optional<String> found = continuationIn(link.text(), before, last);
    return found.isPresent() ? found : continuationIn(fileName(link.target()), before, last);
  }

  /**
   * Returns the first word of {@code source} that follows {@code before} (ASCII case aside) and is
   * {@code last} continued (case aside).
   */
  static Optional<String> continuationIn(String source, String before, String last) {
    int previousStart = -1;
    int previousEnd = -1;
    for (int start = WORD.indexIn(source); start >= 0; start = WORD.indexIn(source, start)) {
      int end = SEPARATORS.indexIn(source, start);
      end = end < 0 ? source.length() : end;
      if (previousStart >= 0
          && sameIgnoringAsciiCase(source, previousStart, previousEnd, before)
          && end - start > last.length()
          && source.regionMatches(true, start, last, 0, last.length())) {
        return Optional.of(source.substring(start, end));
      }
      previousStart = start;
      previousEnd = end;
      start = end;
    }
    return Optional.empty();
  }

  /**
   * Whether {@code text} from {@code start} to {@code end} is {@code word}, as {@link
   * Ascii#equalsIgnoreCase} says.
   */
  private static boolean sameIgnoringAsciiCase(String text, int start, int end, String word) {
    if (end - start != word.length()) {
      return false;
    }
    for (int i = start; i < end; i++) {
      if (Ascii.toLowerCase(text.charAt(i)) != Ascii.toLowerCase(word.charAt(i - start))) {
        return false;
      }
    }
    return true;
  }

  private static String fileName(String target) {
    String path = target;
    int query = path.indexOf('?');
    if (query >= 0) {
      path = path.substring(0, query);
    }
    int slash = path.lastIndexOf('/');
    return (slash >= 0 ? path.substring(slash + 1) : path).replace("%20", " ");
  }
}
