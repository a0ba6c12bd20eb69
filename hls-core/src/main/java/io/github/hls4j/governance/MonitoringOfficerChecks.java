package io.github.hls4j.governance;

import com.google.common.base.Ascii;
import com.google.common.base.CharMatcher;
import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.hls4j.strategy.StrategyAlignment;
import io.github.hls4j.validation.FindingPath;
import io.github.hls4j.validation.MessageArguments;
import io.github.hls4j.validation.RuleContext;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The logic of the checks a Monitoring Officer makes of a report's substance, read from its words:
 * implications that name no money or law, "no risks" for a change of approach, recommendations with
 * nothing to hold anyone to, and counts that contradict the report's own tables ({@code
 * TruncatedTitles} reads cut-off titles). Each is a simple, documented reading of the text (see
 * {@code docs/rules.md}), so each gives a warning, never an error.
 */
final class MonitoringOfficerChecks {

  private MonitoringOfficerChecks() {}

  // governance/implication-vague

  /** A sum of money or a word for a budget, cost or spending. */
  private static final Pattern MONEY =
      Pattern.compile(
          "[£$€]\\s?\\d|\\d\\s?(?:k|m|bn|million|billion|thousand|pounds)\\b"
              + "|\\b(?:budgets?|budgetary|costs?|costed|costing|funding|funded|funds?|spend|spending|spent"
              + "|savings?|grants?|revenue|capital|expenditure|income|price|pooled|resources|resourced"
              + "|section 151|s151|medium term financial|mtfp|mtfs"
              // Welsh, with the mutated forms a noun takes after a preposition or an article
              + "|(?:c|g|ch|ngh)yllideb\\w*|(?:c|g|ch|ngh)ost(?:au)?|(?:c|g|ch|ngh)yllid\\w*|(?:g|)wariant|arbedion"
              + "|grantiau|refeniw|(?:c|g|ch|ngh)yfalaf|incwm|(?:a|)dnoddau|adran 151|\\d\\s?(?:miliwn|biliwn))\\b",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);

  /** Every match of {@link #MONEY} holds one of these words or a digit. */
  private static final KeywordPattern MONEY_SEARCH =
      new KeywordPattern(
          MONEY,
          "budget|cost|gost|chost|nghost|fund|spend|spent|saving|grant|revenue|capital|expenditure"
              + "|income|price|pooled|resource|medium term financial|mtfp|mtfs|yllid|wariant|arbedion"
              + "|refeniw|yfalaf|incwm|dnoddau",
          "",
          true);

  /** A law, statute, power or duty; "safe and legal" or "lawful" alone names none. */
  private static final Pattern LAW =
      Pattern.compile(
          "\\b(?:[Ll]aws?|[Ll]egislation|[Ll]egislative|[Ss]tatutes?|[Ss]tatutory|Act|Acts|[Ss]ection \\d+"
              + "|s\\.\\s?\\d+|[Rr]egulations?|[Pp]owers?|[Dd]uty|[Dd]uties|[Cc]onstitution"
              + "|[Tt]erms of [Rr]eference"
              // Welsh, with mutated forms: Deddf (Act) as "o Ddeddf", "ei Neddf"; adran (section);
              // a duty
              // as "ddyletswydd"; a power as "bŵer"
              + "|(?:D|Dd|N)eddf(?:au)?|(?:[Dd]d|[Dd]|[Nn])eddfwriaeth|[Aa]dran \\d+|(?:[Rr]h|[Rr])eoliad(?:au)?"
              + "|(?:[Pp]|[Bb]|[Mm]h?)(?:ŵ|w)er(?:au)?|(?:[Dd]|[Dd]d|[Nn])yletswydd(?:au)?|[Ss]tatudol"
              + "|(?:[Cc]|[Gg]|[Cc]h|[Nn]gh)yfraith|(?:[Cc]|[Gg]|[Cc]h|[Nn]gh)yfansoddiad|[Cc]ylch [Gg]orchwyl)\\b",
          Pattern.UNICODE_CHARACTER_CLASS);

  /** Every match of {@link #LAW} holds one of these words or a digit. */
  private static final KeywordPattern LAW_SEARCH =
      new KeywordPattern(
          LAW,
          "\\blaw|\\blegislat|\\bstatut|\\bstatud|\\bregulation|\\bpower|\\bduty|\\bduties"
              + "|\\bconstitution|\\bterms of reference|eddf|eoliad|\\bpŵer|\\bbŵer|\\bmŵer|\\bmhŵer"
              + "|\\bpwer|\\bbwer|\\bmwer|\\bmhwer|yletswydd|yfraith|yfansoddiad|\\bcylch gorchwyl",
          "\\bAct",
          true);

  /** An explicit statement that there is nothing to say in an area, which is a statement. */
  private static final Pattern NIL_FINANCIAL =
      Pattern.compile(
          "\\bno (?:direct |additional |new )?(?:financial|resource|budgetary|funding) implications?\\b"
              + "|\\b(?:dim|nid oes(?: unrhyw)?) (?:g|)oblygiadau (?:ariannol|adnoddau|cyllidebol)\\b",
          Pattern.CASE_INSENSITIVE);

  /** Every match of {@link #NIL_FINANCIAL} holds one of these words. */
  private static final KeywordPattern NIL_FINANCIAL_SEARCH =
      new KeywordPattern(NIL_FINANCIAL, "implication|oblygiadau", "", false);

  private static final Pattern NIL_LEGAL =
      Pattern.compile(
          "\\bno (?:direct |additional |new )?legal implications?\\b"
              + "|\\b(?:dim|nid oes(?: unrhyw)?) (?:g|)oblygiadau cyfreithiol\\b",
          Pattern.CASE_INSENSITIVE);

  /** Every match of {@link #NIL_LEGAL} holds one of these words. */
  private static final KeywordPattern NIL_LEGAL_SEARCH =
      new KeywordPattern(NIL_LEGAL, "legal implication|oblygiadau cyfreithiol", "", false);

  /** The words of the four searches above, looked for in one pass over a statement. */
  private static final KeywordPattern IMPLICATION_WORDS =
      KeywordPattern.ofWords(MONEY_SEARCH, NIL_FINANCIAL_SEARCH, LAW_SEARCH, NIL_LEGAL_SEARCH);

  private static final long FINANCIAL_WORDS = 0b0011;

  private static final long LEGAL_WORDS = 0b1100;

  static void implicationVague(
      BoardReport report, RuleContext context, PlaceholderSearch placeholders) {
    List<Implication> implications = report.implications();
    for (int i = 0; i < implications.size(); i++) {
      Implication implication = implications.get(i);
      boolean financial = implication.areas().contains(ImplicationArea.FINANCIAL);
      boolean legal = implication.areas().contains(ImplicationArea.LEGAL);
      String statement = implication.statement();
      if (!financial && !legal) {
        continue;
      }
      if (placeholders.first(statement) != null) {
        continue; // template text left in the statement: governance/placeholder-text reports it,
        // once
      }
      long holds =
          IMPLICATION_WORDS.groupsIn(
              statement, (financial ? FINANCIAL_WORDS : 0) | (legal ? LEGAL_WORDS : 0));
      if (financial
          && !finds(holds, 0, MONEY_SEARCH, statement)
          && !finds(holds, 1, NIL_FINANCIAL_SEARCH, statement)) {
        context
            .at("implications", i)
            .report(
                "statement",
                MessageArguments.of("area", "financial", "lacks", "sum of money, cost or budget"));
      }
      if (legal
          && !finds(holds, 2, LAW_SEARCH, statement)
          && !finds(holds, 3, NIL_LEGAL_SEARCH, statement)) {
        context
            .at("implications", i)
            .report(
                "statement",
                MessageArguments.of("area", "legal", "lacks", "law, statute, power or duty"));
      }
    }
  }

  /**
   * Whether a search finds a match in a text whose words, found by {@link KeywordPattern#groupsIn},
   * include its group's.
   */
  private static boolean finds(long holds, int group, KeywordPattern search, String text) {
    return (holds & (1L << group)) != 0 && search.findHolding(text);
  }

  // governance/no-risks-for-change

  /** A risk statement that says there are none. */
  private static final Pattern NO_RISKS =
      Pattern.compile(
          "\\bno\\s+(?:(?:current|known|significant|immediate|major|particular|new|material|specific|direct"
              + "|additional|further|other|obvious|foreseeable|key|real|identified)\\s+){0,2}risks?(?:\\s+(?:have\\s+been\\s+|are\\s+|were\\s+)?identified)?\\b"
              + "|^\\s*(?:none|nil|n/a|not applicable|dim|amherthnasol|dd/b)\\W*$"
              // Welsh: "Dim risgiau.", "Nid oes unrhyw risgiau wedi'u nodi", "dim risg sylweddol"
              + "|\\b(?:dim|nid oes(?:\\s+unrhyw)?)\\s+risg(?:iau)?(?:\\s+(?:sylweddol|hysbys|newydd|penodol|ychwanegol|amlwg|uniongyrchol)){0,2}"
              + "(?:\\s+(?:wedi(?:'u|’u)?\\s+(?:eu\\s+)?(?:nodi|canfod)))?\\b",
          Pattern.CASE_INSENSITIVE);

  /**
   * Every match of {@link #NO_RISKS} holds one of these words, and begins at the text's start or
   * with "no", "dim" or "nid".
   */
  static final KeywordPattern NO_RISKS_SEARCH =
      new KeywordPattern(
          NO_RISKS,
          "risk|risg|none|nil|n/a|not applicable|dim|amherthnasol|dd/b",
          "",
          false,
          "\\bno|\\bdim|\\bnid");

  /** Words that say a report proposes a change of approach. */
  private static final Pattern CHANGE =
      Pattern.compile(
          "\\b(?:new (?:approach|model|way)|changes?|changing|transform\\w*|re-?commission\\w*"
              + "|commission(?:s|ed|ing)?|redesign\\w*|restructur\\w*"
              // Welsh: "model newydd" (new model), "dull newydd", "ffordd newydd", newid (change),
              // trawsnewid, (ail-)gomisiynu in its mutated forms, ailgynllunio, ailstrwythuro
              + "|(?:model|dull|ffordd|f?fordd) newydd|newid\\w*|(?:t|d|nh|th)rawsnewid\\w*"
              + "|ail-?(?:g|c)omisiynu\\w*|(?:c|g|ch|ngh)omisiynu\\w*|ailgynllunio|ail-?strwythuro)\\b",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);

  /**
   * Every match of {@link #CHANGE} holds one of these words, and begins with one of the words of
   * the last list, the first word of each of its alternatives.
   */
  static final KeywordPattern CHANGE_SEARCH =
      new KeywordPattern(
          CHANGE,
          "new|chang|transform|commission|redesign|restructur|omisiynu|ailgynllunio|strwythuro",
          "",
          false,
          "\\bnew|\\bchang|\\btransform|\\bre|\\bcommission|\\bmodel|\\bdull|\\bffordd|\\bfordd"
              + "|\\btrawsnewid|\\bdrawsnewid|\\bnhrawsnewid|\\bthrawsnewid|\\bail|\\bcomisiynu"
              + "|\\bgomisiynu|\\bchomisiynu|\\bnghomisiynu");

  static void noRisksForChange(BoardReport report, RuleContext context) {
    Optional<RiskAssessment> assessment = report.riskAssessment();
    if (assessment.isEmpty() || !assessment.get().risks().isEmpty()) {
      return;
    }
    Matcher none = NO_RISKS_SEARCH.first(assessment.get().statement());
    if (none == null) {
      return;
    }
    Optional<String[]> change = changeWord(report);
    if (change.isPresent()) {
      context.report(
          "riskAssessment.statement",
          MessageArguments.of(
              "said",
              none.group().strip(),
              "change",
              change.get()[0],
              "changeAt",
              change.get()[1]));
    }
  }

  /**
   * Returns the first change word and its path: the risk statement, title, summary,
   * recommendations.
   */
  private static Optional<String[]> changeWord(BoardReport report) {
    Optional<String[]> found =
        change(
            FindingPath.of("riskAssessment", "statement"),
            report.riskAssessment().get().statement());
    if (found.isEmpty()) {
      found = change("title", report.title());
    }
    for (int i = 0; found.isEmpty() && i < report.summary().size(); i++) {
      found = change(FindingPath.of("summary", i), report.summary().get(i));
    }
    for (int i = 0; found.isEmpty() && i < report.recommendations().size(); i++) {
      found =
          change(
              FindingPath.of("recommendations", i, "action"),
              report.recommendations().get(i).action());
    }
    return found;
  }

  private static Optional<String[]> change(String path, String text) {
    Matcher m = CHANGE_SEARCH.first(text);
    return m != null ? Optional.of(new String[] {m.group(), path}) : Optional.empty();
  }

  // governance/recommendation-unplanned

  /** A date or a timescale. */
  private static final Pattern TIMESCALE =
      Pattern.compile(
          "\\b(?:(?-i:January|February|March|April|May|June|July|August|September|October|November|December)"
              + "|20\\d\\d|Q[1-4]|quarter|within \\w+ (?:days?|weeks?|months?|years?)"
              + "|by (?:the )?(?:end|next|spring|summer|autumn|winter|\\d)|next (?:meeting|year|month)"
              + "|deadline|timescales?|timetable|\\d{1,2}/\\d{1,2}/\\d{2,4}"
              // Welsh: the months, "erbyn" (by), "chwarter" (quarter), "o fewn …
              // diwrnod/wythnos/mis",
              // "cyfarfod nesaf" (next meeting), "amserlen" (timetable), "dyddiad cau" (deadline)
              + "|(?-i:Ionawr|Chwefror|Mawrth|Ebrill|Mai|Mehefin|Gorffennaf|Awst|Medi|Hydref|Tachwedd|Rhagfyr)"
              + "|erbyn|chwarter|o fewn \\w+ (?:diwrnod|niwrnod|wythnos|mis|fis|blynedd|mlynedd)\\w*"
              + "|(?:g|c)yfarfod nesaf|amserlen\\w*|dyddiad cau)\\b",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);

  /** Every match of {@link #TIMESCALE} holds one of these words or a digit. */
  private static final KeywordPattern TIMESCALE_SEARCH =
      new KeywordPattern(
          TIMESCALE,
          "quarter|within |by end|by the end|by next|by the next|by spring|by the spring|by summer"
              + "|by the summer|by autumn|by the autumn|by winter|by the winter|next meeting|next year"
              + "|next month|deadline|timescale|timetable|erbyn|chwarter|o fewn |yfarfod nesaf|amserlen"
              + "|dyddiad cau",
          "January|February|March|April|May|June|July|August|September|October|November|December"
              + "|Ionawr|Chwefror|Mawrth|Ebrill|Mai|Mehefin|Gorffennaf|Awst|Medi|Hydref|Tachwedd|Rhagfyr",
          true);

  /** A promise to come back to the board. */
  private static final Pattern REPORT_BACK =
      Pattern.compile(
          "\\b(?:reports?(?:ing)? back|(?:comes?|returns?|brings?\\s+\\w+) back|returns? to the"
              + "|reports? to (?:the|a) (?:\\w+ )?(?:board|committee|meeting|partnership)"
              + "|updates? (?:the )?(?:board|committee)|progress (?:report|update)s?|update reports?"
              + "|(?:further|follow-up|final) reports?|reports? to (?:the )?(?:cabinet|council)"
              // Welsh: "adrodd yn ôl" (report back), "adrodd [yr ateb] i'r Bwrdd", "dod yn ôl",
              // "dychwelyd i'r", "adroddiad pellach" (further report), "adroddiad cynnydd"
              // (progress report),
              // "diweddaru'r Bwrdd" (update the board), "dweud wrth y Bwrdd" (tell the board)
              + "|(?:adrodd|dod|ddod|dychwelyd|ddychwelyd)(?:\\s+\\S+){0,6}?\\s+yn\\s+[oô]l"
              + "|adrodd(?:\\s+\\S+){0,3}?\\s+(?:i'r|i’r|wrth y)\\s+(?:\\w+\\s+)?(?:bwrdd|fwrdd|cabinet|pwyllgor|bwyllgor|cyngor|gyngor|bartneriaeth)"
              + "|(?:a|h|)droddiad(?:au)? (?:pellach|cynnydd|dilynol|terfynol)|(?:d|)diweddaru'r (?:bwrdd|pwyllgor|cabinet)"
              + "|(?:d|)dweud wrth y (?:bwrdd|pwyllgor|cabinet))\\b",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);

  /** Every match of {@link #REPORT_BACK} holds one of these words. */
  private static final KeywordPattern REPORT_BACK_SEARCH =
      new KeywordPattern(
          REPORT_BACK,
          "back|return|report to|reports to|update|progress|further report|follow-up report"
              + "|final report|adrodd|dod|dychwelyd|droddiad|diweddaru|dweud",
          "",
          false);

  /** A body or a post that can own a recommendation, named in its text. */
  private static final Pattern OWNER =
      Pattern.compile(
          "\\b(?:groups?|officers?|director|directorate|board|team|partnership|council|lead|members|services?"
              + "|committee|chair|manager|executive|cabinet|portfolio holder|commissioners?|providers?|trust"
              + "|ICB|alliance|network|forum|steward|stewards|head of|chief"
              // Welsh, with mutated forms: grŵp, swyddog, cyfarwyddwr, bwrdd, tîm, partneriaeth,
              // cyngor,
              // arweinydd, aelodau, gwasanaeth, pwyllgor, cadeirydd, rheolwr, cabinet, comisiynydd,
              // darparwr, ymddiriedolaeth, bwrdd iechyd, pennaeth, prif
              + "|(?:g|)r[ŵw]p(?:iau)?|swyddog(?:ion)?|(?:c|g|ch|ngh)yfarwydd(?:wr|wyr|iaeth)|(?:b|f|m)wrdd|(?:t|d|nh|th)[îi]m"
              + "|(?:p|b|mh|ph)artneriaeth\\w*|(?:c|g|ch|ngh)yngor|arweinydd\\w*|aelod(?:au)?|(?:g|)wasanaeth\\w*"
              + "|(?:p|b|mh|ph)wyllgor\\w*|(?:c|g|ch|ngh)adeirydd|(?:rh|r)eolwr\\w*|(?:c|g|ch|ngh)abinet"
              + "|(?:c|g|ch|ngh)omisiynydd\\w*|(?:d|dd|n)arparwr\\w*|ymddiriedolaeth|(?:p|b|mh|ph)ennaeth|(?:p|b|mh|ph)rif)\\b",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);

  /** Every match of {@link #OWNER} holds one of these words. */
  private static final KeywordPattern OWNER_SEARCH =
      new KeywordPattern(
          OWNER,
          "group|officer|director|board|team|partnership|council|lead|members|service|committee"
              + "|chair|manager|executive|cabinet|portfolio holder|commissioner|provider|trust|icb"
              + "|alliance|network|forum|steward|head of|chief|rŵp|rwp|swyddog|yfarwydd|wrdd|tîm|tim"
              + "|dîm|dim|nhîm|nhim|thîm|thim|artneriaeth|yngor|arweinydd|aelod|wasanaeth|wyllgor"
              + "|adeirydd|eolwr|abinet|omisiynydd|arparwr|ymddiriedolaeth|ennaeth|rif",
          "",
          false);

  /**
   * A recommendation to note, receive or ratify asks for nothing to be done: what it is about has
   * happened already. Welsh: "nodi" (note), "derbyn" (receive), "cadarnhau" (ratify, confirm).
   */
  private static final Pattern TO_NOTE =
      Pattern.compile(
          "^\\W*(?:that\\s+|bod\\s+)?(?:\\S+\\s+){0,4}?(?:notes?|receives?|ratif(?:y|ies)|nodi|derbyn|cadarnhau)\\b",
          Pattern.CASE_INSENSITIVE);

  /** Every match of {@link #TO_NOTE} holds one of these words. */
  private static final KeywordPattern TO_NOTE_SEARCH =
      new KeywordPattern(TO_NOTE, "note|receive|ratif|nodi|derbyn|cadarnhau", "", false);

  /**
   * A recommendation to approve, endorse, agree, confirm or sign off; in Welsh "cymeradwyo",
   * "cefnogi".
   */
  private static final Pattern TO_APPROVE =
      Pattern.compile(
          "^\\W*(?:that\\s+|bod\\s+)?(?:\\S+\\s+){0,4}?(?:approves?|endorses?|agrees?|confirms?|signs?\\s+off"
              + "|(?:c|g|ch|ngh)ymeradwyo|(?:c|g|ch|ngh)efnogi|(?:c|g|ch|ngh)ytuno)\\b",
          Pattern.CASE_INSENSITIVE);

  /** Every match of {@link #TO_APPROVE} holds one of these words. */
  private static final KeywordPattern TO_APPROVE_SEARCH =
      new KeywordPattern(
          TO_APPROVE, "approve|endorse|agree|confirm|sign|ymeradwyo|efnogi|ytuno", "", false);

  /**
   * Words that say what is approved was done already: "as submitted", "already", "retrospective",
   * "action taken", "was submitted"; in Welsh "fel y'i cyflwynwyd", "eisoes", "ôl-weithredol".
   */
  private static final Pattern DONE_ALREADY =
      Pattern.compile(
          "\\b(?:as submitted|already|retrospective(?:ly)?|(?:actions?|decisions?) taken"
              + "|(?:was|were|has been|have been) (?:submitted|taken|made|published|signed|returned)"
              + "|fel y['’]i cyflwynwyd|eisoes|[oô]l-weithredol)(?!\\w)",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);

  /** Every match of {@link #DONE_ALREADY} holds one of these words. */
  private static final KeywordPattern DONE_ALREADY_SEARCH =
      new KeywordPattern(
          DONE_ALREADY,
          "as submitted|already|retrospective|taken|was |were |been |cyflwynwyd|eisoes"
              + "|l-weithredol",
          "",
          false);

  /** The words of a recommendation's searches but the owner's, looked for in one pass. */
  private static final KeywordPattern RECOMMENDATION_WORDS =
      KeywordPattern.ofWords(
          TO_NOTE_SEARCH,
          TO_APPROVE_SEARCH,
          DONE_ALREADY_SEARCH,
          REPORT_BACK_SEARCH,
          TIMESCALE_SEARCH);

  private static final long ALL_RECOMMENDATION_WORDS = 0b11111;

  static void recommendationUnplanned(BoardReport report, RuleContext context) {
    List<Recommendation> recommendations = report.recommendations();
    // A timescale and a report-back are often given once for the whole set, in a recommendation
    // of their own ("asks for a further report in September 2025"): one said anywhere serves all.
    // A recommendation that asks nothing done lends its date only with a report-back: the
    // "quarter 2" of a return it ratifies is no timescale for the others.
    boolean timescaleForAll = false;
    boolean reportBackForAll = false;
    boolean[] nothingDone = new boolean[recommendations.size()];
    for (int i = 0; i < recommendations.size(); i++) {
      String action = recommendations.get(i).action();
      long holds = RECOMMENDATION_WORDS.groupsIn(action, ALL_RECOMMENDATION_WORDS);
      nothingDone[i] = asksNothingDone(holds, action);
      boolean reportBack = finds(holds, 3, REPORT_BACK_SEARCH, action);
      if (reportBack || !nothingDone[i]) {
        timescaleForAll = timescaleForAll || finds(holds, 4, TIMESCALE_SEARCH, action);
        reportBackForAll |= reportBack;
      }
    }
    for (int i = 0; i < recommendations.size(); i++) {
      Recommendation r = recommendations.get(i);
      String action = r.action();
      if (nothingDone[i]) {
        continue;
      }
      ImmutableList.Builder<String> missing = ImmutableList.builder();
      if (r.carriedOutBy().filter(by -> !by.isBlank()).isEmpty() && !OWNER_SEARCH.find(action)) {
        missing.add("who carries it out");
      }
      if (!timescaleForAll) {
        missing.add("by when");
      }
      if (!reportBackForAll) {
        missing.add("when it comes back to the board");
      }
      List<String> lacks = missing.build();
      if (!lacks.isEmpty()) {
        context.report(
            "recommendations",
            i,
            MessageArguments.of(
                "number", r.number(), "missing", and(lacks), "count", lacks.size()));
      }
    }
  }

  /**
   * Whether a recommendation notes, receives or ratifies, or approves what is done already, given
   * the groups of {@link #RECOMMENDATION_WORDS} its action holds.
   */
  private static boolean asksNothingDone(long holds, String action) {
    return finds(holds, 0, TO_NOTE_SEARCH, action)
        || (finds(holds, 1, TO_APPROVE_SEARCH, action)
            && finds(holds, 2, DONE_ALREADY_SEARCH, action));
  }

  private static String and(List<String> words) {
    return words.size() == 1
        ? words.get(0)
        : String.join(", ", words.subList(0, words.size() - 1))
            + " and "
            + words.get(words.size() - 1);
  }

  // governance/count-contradicts-table

  /**
   * A count of priorities or recommendations: a number (a word up to twenty or digits), then, for
   * priorities, at most "of the" and a strategy's name of up to six words.
   */
  static final Pattern COUNT =
      Pattern.compile(
          "\\b(\\d{1,3}|"
              + String.join("|", CountWords.NUMBER_WORDS)
              + ")\\s+"
              + "(?:(recommendations)|(of\\s+(?:the|its|our)\\s+)?((?:[\\w'’-]+\\s+){0,6}?)(priorities))\\b",
          Pattern.CASE_INSENSITIVE);

  private static final ImmutableSet<String> NAME_FILLERS =
      ImmutableSet.of("the", "of", "in", "and", "strategy", "strategic", "our", "s", "its", "&");

  static void countContradictsTable(BoardReport report, RuleContext context) {
    // Counts are read in the report's own prose: its summary, its reasons and its sections.
    ReportText texts = ReportText.of(report, context);
    for (int i = 0; i < texts.size(); i++) {
      if (texts.isIn(i, "summary") || texts.isIn(i, "reasons") || texts.isIn(i, "sections")) {
        counts(report, texts, i, context);
      }
    }
  }

  /** Reports each count in text {@code i} that differs from the table it counts. */
  private static void counts(BoardReport report, ReportText texts, int i, RuleContext context) {
    forEachCount(texts.text(i), m -> count(report, m, texts.path(i), context));
  }

  /**
   * Hands {@code action} a matcher at each match of {@link #COUNT} in a text, in order, as a search
   * through the text would find them. The expression runs only on the runs of a count's characters
   * that hold "priorities" or "recommendations", and in them only where a count's number may begin
   * ({@link CountWords#numberIn}), each place tried as the search would try it: seeing the
   * characters around it, and going on after a match from its end.
   */
  static void forEachCount(String text, Consumer<Matcher> action) {
    Matcher m = null;
    for (int hit = CountWords.indexIn(text, 0); hit >= 0; ) {
      int end = CountWords.runEnd(text, hit);
      if (m == null) {
        m = COUNT.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
      }
      for (int at = CountWords.numberIn(text, CountWords.countStart(text, hit), end); at >= 0; ) {
        m.region(at, end);
        if (m.lookingAt()) {
          int matchEnd = m.end();
          action.accept(m);
          at = CountWords.numberIn(text, matchEnd, end);
        } else {
          at = CountWords.numberIn(text, at + 1, end);
        }
      }
      hit = CountWords.indexIn(text, Math.max(end, hit + 1));
    }
  }

  private static void count(BoardReport report, Matcher m, String at, RuleContext context) {
    int said = number(m.group(1));
    if (m.group(2) != null) {
      int counted = report.recommendations().size();
      if (said != counted) {
        context.report(at, arguments(m.group(1), said, counted, "recommendations"));
      }
      return;
    }
    Optional<StrategyAlignment> table = table(report, m.group(4), m.group(3) != null);
    if (table.isPresent()) {
      int counted = table.get().links().size();
      if (said != counted) {
        context.report(
            at,
            arguments(
                m.group(1), said, counted, "priorities of " + table.get().strategy().title()));
      }
    }
  }

  private static MessageArguments arguments(String said, int count, int counted, String what) {
    return MessageArguments.of("said", said, "count", count, "counted", counted, "what", what);
  }

  private static int number(String said) {
    int word = CountWords.NUMBER_WORDS.indexOf(Ascii.toLowerCase(said));
    return word >= 0 ? word : Integer.parseInt(said);
  }

  /**
   * Returns the alignment table a count of priorities refers to: the one strategy whose title holds
   * every word of the name before "priorities", or, when no name is given, the report's only table
   * if the count reads "of the priorities" (a bare "3 priorities" may count a part of them, such as
   * those "served by nothing").
   */
  private static Optional<StrategyAlignment> table(BoardReport report, String name, boolean ofThe) {
    List<String> words = significant(name);
    List<StrategyAlignment> tables = report.strategyAlignments();
    if (words.isEmpty()) {
      return ofThe && tables.size() == 1 ? Optional.of(tables.get(0)) : Optional.empty();
    }
    StrategyAlignment found = null;
    for (StrategyAlignment table : tables) {
      if (significant(table.strategy().title()).containsAll(words)) {
        if (found != null) {
          return Optional.empty();
        }
        found = table;
      }
    }
    return Optional.ofNullable(found);
  }

  private static List<String> significant(String text) {
    ImmutableList.Builder<String> words = ImmutableList.builder();
    for (String w :
        Splitter.on(CharMatcher.javaLetterOrDigit().negate()).omitEmptyStrings().split(text)) {
      String lower = w.toLowerCase(Locale.ROOT);
      if (!NAME_FILLERS.contains(lower)) {
        words.add(lower);
      }
    }
    return words.build();
  }
}
