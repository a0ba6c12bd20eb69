package io.github.hls4j.digest;

import static java.util.Objects.requireNonNull;

import io.github.hls4j.digest.DigestFacts.Ask;
import io.github.hls4j.digest.DigestFacts.BarrierFacts;
import io.github.hls4j.digest.DigestFacts.Power;
import io.github.hls4j.digest.DigestFacts.RecommendationFacts;
import io.github.hls4j.governance.BoardReport;
import io.github.hls4j.governance.EqualitiesStatement;
import io.github.hls4j.governance.ImpactAssessment;
import io.github.hls4j.governance.Implication;
import io.github.hls4j.governance.ImplicationArea;
import io.github.hls4j.governance.ListItem;
import io.github.hls4j.governance.Paragraph;
import io.github.hls4j.governance.Recommendation;
import io.github.hls4j.governance.ReportId;
import io.github.hls4j.governance.ReportSection;
import io.github.hls4j.governance.RiskAssessment;
import io.github.hls4j.governance.SectionKind;
import io.github.hls4j.governance.SignOff;
import io.github.hls4j.governance.SignOffRole;
import io.github.hls4j.governance.SignOffRoleKind;
import io.github.hls4j.strategy.AlignmentLink;
import io.github.hls4j.strategy.StrategyAlignment;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns a digest's {@link DigestFacts} into the paper: every word it writes comes from the resource
 * bundle {@code io/github/hls4j/digest/DigestWords} (UTF-8, named arguments such as {@code
 * {barrier}}), read for the locale given, so that a wording in another language, or in a council's
 * own phrases, is a bundle and not code.
 *
 * <pre>{@code
 * BoardReport paper = DigestWording.of(Locale.UK).paper(digest.facts());
 * }</pre>
 *
 * <p>Where only a person can write a part (implications, equalities under the Public Sector
 * Equality Duty, risks, options and resources), the paper holds a gap marked {@code [To be
 * completed]} that names what the recommendations touch and who completes it; the board-report
 * rules report that marker ({@code governance/placeholder-text}), so the paper is not ready for a
 * decision until a person fills it. The paper is not redacted here: {@link LearningDigest#draft()}
 * redacts what this returns.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class DigestWording {

  private final DigestWords words;

  private DigestWording(DigestWords words) {
    this.words = words;
  }

  /**
   * Returns the wording of the bundle for {@code locale}; English is the base bundle, and {@code
   * Locale.ENGLISH} or {@code Locale.UK} give it whatever the machine's default locale.
   *
   * @param locale the locale, such as {@code Locale.UK} or {@code new Locale("cy")}
   * @return the wording
   * @since 0.1.0
   */
  public static DigestWording of(Locale locale) {
    return new DigestWording(DigestWords.of(locale));
  }

  /**
   * Returns the wording of the given bundle, such as a council's own phrases; it must hold every
   * key of the base bundle {@code io/github/hls4j/digest/DigestWords}, or have it as its parent,
   * including {@code date.pattern} and {@code date.locale} (the language of month names, such as
   * {@code en-GB}).
   *
   * @param bundle the words
   * @return the wording
   * @throws java.util.MissingResourceException if the bundle has no date pattern or date locale
   * @since 0.1.0
   */
  public static DigestWording of(ResourceBundle bundle) {
    return new DigestWording(new DigestWords(requireNonNull(bundle, "bundle")));
  }

  /**
   * Writes the paper of the facts.
   *
   * @param facts the facts a digest selected
   * @return the board report, unsigned and unredacted
   * @throws IllegalArgumentException if the bundle lacks a key the paper needs
   * @since 0.1.0
   */
  public BoardReport paper(DigestFacts facts) {
    return new Paper(requireNonNull(facts, "facts")).report();
  }

  /** One paper: its sections, numbered as they are kept. */
  private final class Paper {
    private final DigestFacts facts;
    private final List<ReportSection> sections = new ArrayList<>();
    private final Map<String, Integer> numbers = new LinkedHashMap<>();

    Paper(DigestFacts facts) {
      this.facts = facts;
    }

    BoardReport report() {
      PaperSections parts = new PaperSections(words, facts);
      add("learned", SectionKind.BACKGROUND, parts.whatWasLearned());
      add("barriers", SectionKind.OTHER, parts.barriers());
      add("overdue", SectionKind.OTHER, parts.overdue());
      add("concerns", SectionKind.OTHER, parts.concerns());
      facts
          .health()
          .ifPresent(
              h ->
                  add(
                      "health",
                      SectionKind.PRIORITIES_AND_OUTCOMES,
                      new HealthWording(words).paragraphs(h)));
      add("gaps", SectionKind.OTHER, parts.gaps());
      add("request", SectionKind.REQUEST_OF_THE_BOARD, request());
      String bodies = bodies();
      BoardReport.Builder paper = BoardReport.builder();
      facts.meeting().ifPresent(paper::meetingDate);
      return paper
          .id(ReportId.of("learning-digest-" + facts.board().id().value() + "-" + facts.until()))
          .title(
              words.get(
                  "title", "place", facts.place(), "since", facts.since(), "until", facts.until()))
          .board(facts.board())
          .leadOfficer(facts.leadOfficer())
          .author(facts.author())
          .summary(summary())
          .recommendationsPreamble(preamble())
          .recommendations(recommendations())
          .addReasons(
              words.get("reasons.stewards"),
              words.get("reasons.sources"),
              words.get("reasons.options"))
          .strategyAlignments(alignments())
          .implications(implications())
          .equalities(
              EqualitiesStatement.builder()
                  .impactAssessment(ImpactAssessment.UNDECIDED)
                  .statement(equalities())
                  .build())
          .riskAssessment(RiskAssessment.builder().statement(words.get("risk")).build())
          .sections(sections)
          .signOffs(signOffs(bodies))
          .build();
    }

    /** Adds a section, unless it has nothing to say. */
    private void add(String key, SectionKind kind, List<Paragraph.Builder> paragraphs) {
      if (paragraphs.isEmpty()) {
        return;
      }
      int number = sections.size() + 1;
      List<Paragraph> numbered = new ArrayList<>();
      for (Paragraph.Builder p : paragraphs) {
        numbered.add(p.number(number + "." + (numbered.size() + 1)).build());
      }
      numbers.put(key, number);
      sections.add(
          ReportSection.builder()
              .number(number)
              .heading(words.get(String.join(".", "section", key)))
              .kind(kind)
              .paragraphs(numbered)
              .build());
    }

    private String preamble() {
      return words.count("preamble", facts.decidingBodies().size(), "bodies", bodies());
    }

    /**
     * The deciding bodies, each named as a sentence names a board: "the Somerset Health and
     * Wellbeing Board".
     */
    private String bodies() {
      return words.list(facts.decidingBodies().stream().map(this::named).toList());
    }

    /**
     * A board's, committee's or working group's name as a sentence names it, with the article of
     * {@code named.group} ("the Human Learning Systems working group"), unless the name has it.
     */
    private String named(String name) {
      String named = words.get("named.group", "name", name);
      int at = named.indexOf(name);
      String article = at > 0 ? named.substring(0, at) : "";
      return article.isBlank() || name.regionMatches(true, 0, article, 0, article.length())
          ? name
          : named;
    }

    private List<String> summary() {
      List<String> summary = new ArrayList<>();
      summary.add(
          words.get(
              "summary.intro",
              "bodies",
              bodies(),
              "place",
              facts.place(),
              "since",
              facts.since(),
              "until",
              facts.until()));
      int records = facts.learned().stream().mapToInt(c -> c.records().size()).sum();
      summary.add(
          words.count(
              "summary.records", records, "cycles", words.count("cycles", facts.learned().size())));
      if (facts.heldBack() > 0) {
        summary.add(words.count("summary.heldBack", facts.heldBack()));
      }
      if (facts.undated() > 0) {
        summary.add(words.count("summary.undated", facts.undated()));
      }
      Map<Enum<?>, Long> decisions =
          facts.learned().stream()
              .flatMap(c -> c.experiments().stream())
              .collect(
                  Collectors.groupingBy(
                      e -> e.decision().orElseThrow(), LinkedHashMap::new, Collectors.counting()));
      if (!decisions.isEmpty()) {
        summary.add(
            words.get(
                "summary.experiments",
                "decisions",
                words.list(
                    decisions.entrySet().stream()
                        .map(
                            d ->
                                words.get(
                                    "decisions.item",
                                    "n",
                                    d.getValue(),
                                    "decision",
                                    words.of(
                                        d.getValue() == 1 ? "decided" : "decision", d.getKey())))
                        .toList())));
      }
      if (!facts.barriers().isEmpty()) {
        long visible =
            facts.barriers().stream().filter(b -> !b.escalation().madeVisible().isEmpty()).count();
        summary.add(
            words.count(
                "summary.barriers",
                facts.barriers().size(),
                "visible",
                words.count("summary.visible", visible)));
      }
      List<String> overdue = new ArrayList<>();
      countIf(overdue, "overdue.unanswered", facts.overdue().unanswered().size());
      countIf(overdue, "overdue.notFedBack", facts.overdue().notFedBack().size());
      countIf(overdue, "overdue.owed", facts.overdue().responsesOwed().size());
      countIf(overdue, "overdue.reviews", facts.overdue().reviews().size());
      if (!overdue.isEmpty()) {
        summary.add(
            words.get("summary.overdue", "date", facts.asOf(), "items", words.list(overdue)));
      }
      if (!facts.concerns().isEmpty()) {
        summary.add(
            words.count(
                "summary.concerns",
                facts.concerns().size(),
                "section",
                numbers.getOrDefault("concerns", 0)));
      }
      if (!facts.errors().isEmpty()) {
        summary.add(
            words.count(
                "summary.errors",
                facts.errors().size(),
                "section",
                numbers.getOrDefault("concerns", 0)));
      }
      if (facts.health().isPresent()) {
        summary.add(words.get("summary.health", "section", numbers.getOrDefault("health", 0)));
      }
      if (!facts.uncovered().isEmpty()) {
        summary.add(words.count("summary.uncovered", facts.uncovered().size()));
      }
      summary.add(words.get("summary.draft"));
      return summary;
    }

    private void countIf(List<String> into, String key, int n) {
      if (n > 0) {
        into.add(words.count(key, n));
      }
    }

    private List<Recommendation> recommendations() {
      List<Recommendation> out = new ArrayList<>();
      for (RecommendationFacts r : facts.recommendations()) {
        String body =
            r.ask() == Ask.CHAIR_WRITES
                ? words.get("chair")
                : r.body()
                    .map(b -> r.bodyIsGroup() ? named(b) : b)
                    .orElse(words.get("body.default"));
        String action =
            words.get(
                String.join(".", "ask", r.ask().name()),
                "subject",
                r.subject(),
                "body",
                body,
                "to",
                r.to().orElse(""),
                "raisedBy",
                r.raisedBy().orElse(facts.place()),
                "on",
                r.on().map(words::day).orElse(words.get("barrier.unrecorded")),
                "by",
                r.by().map(words::day).orElse(""),
                "response",
                r.response().map(String::strip).orElse(""));
        Recommendation.Builder built =
            Recommendation.builder()
                .number(r.number())
                .action(action)
                .basedOn(r.basedOn())
                .carriedOutBy(upper(body));
        out.add(built.build());
      }
      return out;
    }

    private List<StrategyAlignment> alignments() {
      List<StrategyAlignment> alignments = new ArrayList<>();
      for (DigestFacts.Served s : facts.alignments()) {
        StrategyAlignment.Builder a = StrategyAlignment.builder().strategy(s.strategy());
        s.priorities()
            .forEach(
                (priority, cycles) ->
                    a.addLink(
                        AlignmentLink.builder()
                            .priority(priority)
                            .rationale(words.get("served", "cycles", words.list(cycles)))
                            .build()));
        alignments.add(a.build());
      }
      return alignments;
    }

    private List<Implication> implications() {
      Map<ImplicationArea, Set<Integer>> touched = new EnumMap<>(ImplicationArea.class);
      Map<ImplicationArea, Set<String>> topics = new EnumMap<>(ImplicationArea.class);
      for (RecommendationFacts r : facts.recommendations()) {
        for (ImplicationArea area : r.areas()) {
          touched.computeIfAbsent(area, a -> new LinkedHashSet<>()).add(r.number());
          r.barrierKind()
              .ifPresent(
                  k -> topics.computeIfAbsent(area, a -> new LinkedHashSet<>()).add(topic(r)));
        }
      }
      List<Implication> implications = new ArrayList<>();
      for (ImplicationArea area : ImplicationArea.values()) {
        String statement;
        Set<Integer> numbers = touched.get(area);
        if (numbers == null) {
          statement =
              words.get(
                  "implication.untouched",
                  "area",
                  words.of("area", area),
                  "officer",
                  words.of("officer", area));
        } else {
          String key = numbers.size() == 1 ? "implication.touched.one" : "implication.touched";
          statement =
              words.get(
                  key,
                  "numbers",
                  words.list(numbers.stream().map(String::valueOf).toList()),
                  "topics",
                  words.list(List.copyOf(topics.getOrDefault(area, Set.of()))),
                  "officer",
                  words.of("officer", area));
        }
        implications.add(Implication.builder().addAreas(area).statement(statement).build());
      }
      return implications;
    }

    private String topic(RecommendationFacts r) {
      String topic = words.of("topic", r.barrierKind().orElseThrow());
      Optional<String> organisation =
          facts.barriers().stream()
              .filter(b -> b.description().equals(r.subject()) && b.power() != Power.NATIONAL)
              .map(BarrierFacts::organisation)
              .findFirst();
      return organisation
          .map(o -> words.get("topic.of", "topic", topic, "organisation", o))
          .orElse(topic);
    }

    private String equalities() {
      Set<String> topics = new LinkedHashSet<>();
      facts.recommendations().stream()
          .filter(r -> r.barrierKind().isPresent())
          .forEach(r -> topics.add(topic(r)));
      return topics.isEmpty()
          ? words.get("equalities.none")
          : words.get("equalities", "topics", words.list(List.copyOf(topics)));
    }

    private List<SignOff> signOffs(String bodies) {
      List<SignOff> signOffs = new ArrayList<>();
      for (SignOffRole role : facts.signOffRoles()) {
        signOffs.add(SignOff.builder().role(role).build());
      }
      if (signOffs.isEmpty()) {
        signOffs.add(
            SignOff.builder()
                .role(SignOffRole.required(words.get("signoff.lead"), SignOffRoleKind.LEAD_OFFICER))
                .build());
        signOffs.add(
            SignOff.builder()
                .role(
                    SignOffRole.required(
                        words.get("signoff.chair", "board", bodies), SignOffRoleKind.CHAIR))
                .build());
      }
      return signOffs;
    }

    private List<Paragraph.Builder> request() {
      Paragraph.Builder p = Paragraph.builder().addText(preamble());
      List<Recommendation> recommendations = recommendations();
      if (recommendations.isEmpty()) {
        p.addText(words.get("request.nothing"));
      }
      for (Recommendation r : recommendations) {
        p.addItems(ListItem.of("(" + r.number() + ")", r.action()));
      }
      return List.of(p);
    }
  }

  /**
   * Constants of the model written as words, "[THRESHOLD, RULE]" as "threshold, rule"; "NHS" and
   * "HR" stay.
   */
  static String constants(String value) {
    String text =
        value.length() > 1
                && value.startsWith("[")
                && value.endsWith("]")
                && CONSTANT.matcher(value).find()
            ? value.substring(1, value.length() - 1)
            : value;
    java.util.regex.Matcher constant = CONSTANT.matcher(text);
    StringBuilder out = new StringBuilder(text.length());
    while (constant.find()) {
      String c = constant.group();
      constant.appendReplacement(
          out,
          java.util.regex.Matcher.quoteReplacement(
              c.length() <= 5 && c.indexOf('_') < 0 && !c.equals("TARGET")
                  ? c
                  : io.github.hls4j.internal.ConstantWords.of(c)));
    }
    constant.appendTail(out);
    return out.toString();
  }

  /** A model constant as the model writes it: upper-case letters and underscores. */
  private static final java.util.regex.Pattern CONSTANT =
      java.util.regex.Pattern.compile("\\b[A-Z][A-Z_]*[A-Z]\\b");

  /** The date a text is, when it is nothing but a date written year-month-day. */
  static Optional<java.time.LocalDate> isoDate(String text) {
    if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
      return Optional.empty();
    }
    try {
      return Optional.of(java.time.LocalDate.parse(text));
    } catch (java.time.format.DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /** The text with its first letter in upper case. */
  static String upper(String text) {
    return text.isEmpty()
        ? text
        : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
  }
}
