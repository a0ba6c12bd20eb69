package io.github.hls4j.docx;

import static io.github.hls4j.docx.ImportRules.finding;
import static io.github.hls4j.docx.ImportRules.quote;

import io.github.hls4j.governance.BackgroundPaper;
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
import io.github.hls4j.governance.SignOffRoleKind;
import io.github.hls4j.party.ContactDetails;
import io.github.hls4j.party.PartyId;
import io.github.hls4j.party.Person;
import io.github.hls4j.strategy.AlignmentLink;
import io.github.hls4j.strategy.Strategy;
import io.github.hls4j.strategy.StrategyAlignment;
import io.github.hls4j.strategy.StrategyId;
import io.github.hls4j.validation.FindingPath;
import io.github.hls4j.validation.Location;
import io.github.hls4j.validation.RuleDescriptor;
import io.github.hls4j.validation.ValidationResult;
import io.github.hls4j.validation.Violation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * What the readers of a document's parts have read so far, where each part was read, and the import
 * findings; built into a {@link BoardReport} at the end. Single-use and single-threaded.
 */
final class ReportDraft {

  final ReportTemplate template;
  private final List<Violation> findings = new ArrayList<>();

  /** Where each part of the report was read from, by its path in the model. */
  final Map<String, Location> places = new LinkedHashMap<>();

  /**
   * Recommendation numbers as the document writes them ("2.3", "(d)"), by their paths in the model.
   */
  final Map<String, String> numbersAsWritten = new LinkedHashMap<>();

  @Nullable Location titlePlace;

  @Nullable String title;
  @Nullable Person leadOfficer;
  @Nullable String leadOfficerRole;
  @Nullable Person author;
  @Nullable String authorRole;
  @Nullable ContactDetails contact;
  @Nullable LocalDate meetingDate;
  final List<String> summary = new ArrayList<>();
  final List<String> preamble = new ArrayList<>();
  final List<RecommendationDraft> recommendations = new ArrayList<>();
  final List<String> reasons = new ArrayList<>();
  final Map<StrategyId, AlignmentDraft> alignments = new LinkedHashMap<>();
  final List<String> implications = new ArrayList<>();

  /** For each line of {@link #implications}, the index of the implication it belongs to. */
  final List<Integer> implicationGroups = new ArrayList<>();

  /** The areas of each implication, in order. */
  final List<Set<ImplicationArea>> implicationGroupAreas = new ArrayList<>();

  /**
   * The areas of the implications part just started, until its first line opens a new implication.
   */
  @Nullable Set<ImplicationArea> pendingImplicationAreas;

  /**
   * Adds a line of the implications, to a new implication when a label has just started one;
   * returns its index.
   */
  int implication(String text) {
    Set<ImplicationArea> started = pendingImplicationAreas;
    if (started != null || implicationGroupAreas.isEmpty()) {
      implicationGroupAreas.add(started == null ? template.implicationAreas() : started);
      pendingImplicationAreas = null;
    }
    int group = implicationGroupAreas.size() - 1;
    implications.add(text);
    implicationGroups.add(group);
    return group;
  }

  final List<String> equalities = new ArrayList<>();
  final List<String> risks = new ArrayList<>();
  final List<SectionDraft> sections = new ArrayList<>();
  final List<BackgroundPaper> papers = new ArrayList<>();
  final List<SignOff> signOffs = new ArrayList<>();

  ReportDraft(ReportTemplate template) {
    this.template = template;
  }

  // Findings and places

  void unplaced(String path, String text) {
    report(ImportRules.UNPLACED_TEXT, path, Map.of("quote", quote(text)));
  }

  void report(RuleDescriptor rule, String path, Map<String, String> arguments) {
    findings.add(finding(rule, path, arguments));
  }

  /**
   * Keeps where the part at {@code path} of the model was read: {@code pointer} in the document,
   * quoting {@code text}.
   */
  void place(String path, String pointer, String text) {
    places.put(path, Locations.of(pointer, text));
  }

  /** Builds a value, or reports what the model refused and gives nothing. */
  <T> Optional<T> attempt(String path, String text, Supplier<T> build) {
    try {
      return Optional.of(build.get());
    } catch (IllegalArgumentException | IllegalStateException e) {
      report(
          ImportRules.MALFORMED_VALUE,
          path,
          Map.of("quote", quote(text), "problem", String.valueOf(e.getMessage())));
      return Optional.empty();
    }
  }

  boolean isPrompt(String text) {
    return Labels.matches(template.prompts(), text);
  }

  /** The last section read; there is one whenever the reader is in a section. */
  SectionDraft section() {
    return sections.get(sections.size() - 1);
  }

  // The report

  /** The report read, with its import findings and places, and its text's language. */
  DocxImport build(ReportId id, Optional<Locale> language) {
    BoardReport report;
    try {
      report = report(id);
    } catch (IllegalArgumentException | IllegalStateException e) {
      // What the parts allowed, the whole refused: keep what every report needs, and say why.
      report(
          ImportRules.MALFORMED_VALUE,
          Locations.BODY,
          Map.of("quote", "", "problem", String.valueOf(e.getMessage())));
      report = minimal(id);
    }
    if (titlePlace != null) {
      places.put("title", titlePlace);
      places.put("", titlePlace);
    }
    places.putIfAbsent("", Locations.of(Locations.BODY, ""));
    return new DocxImport(
        report,
        Locations.locate(ValidationResult.of(findings), Map.of()),
        places,
        numbersAsWritten,
        signOffLayout(),
        !template.strategyRows().isEmpty() || !template.tickTables().isEmpty(),
        language);
  }

  private DocxImport.SignOffLayout signOffLayout() {
    ReportTemplate.SignOffTable signOff = template.signOff();
    if (signOff.table()) {
      return DocxImport.SignOffLayout.TABLE;
    }
    return signOff.lines().isEmpty()
        ? DocxImport.SignOffLayout.NOT_RECORDED
        : DocxImport.SignOffLayout.LINES;
  }

  private BoardReport report(ReportId id) {
    BoardReport.Builder report = BoardReport.builder().id(id).board(template.board());
    String t = title;
    report.title(t == null ? missing("title", "(no title)") : t);
    Person lead = leadOfficer;
    report.leadOfficer(lead == null ? leadOfficerByRole() : lead);
    Person writer = author;
    String writerRole = authorRole;
    report.author(
        writer == null
            ? (writerRole == null ? standIn("author") : byRole("author", writerRole, null))
            : writer);
    if (contact != null) {
      report.contact(contact);
    }
    if (meetingDate != null) {
      report.meetingDate(meetingDate);
    }
    report.summary(summary).reasons(reasons);
    if (!preamble.isEmpty()) {
      report.recommendationsPreamble(String.join(" ", preamble));
    }
    int recommendation = 0;
    for (RecommendationDraft r : recommendations) {
      Map<Integer, String> written = new HashMap<>();
      List<Integer> dependsOn =
          RecommendationText.dependencies(r.action, template.dependencyPhrases(), written);
      Optional<Recommendation> built =
          attempt(
              r.path,
              r.action,
              () ->
                  Recommendation.builder()
                      .number(r.number)
                      .action(r.action)
                      .dependsOn(dependsOn)
                      .build());
      if (built.isPresent()) {
        report.addRecommendations(built.get());
        int at = recommendation++;
        place(FindingPath.of("recommendations", at), r.path, r.action);
        if (!r.label.isEmpty()) {
          numbersAsWritten.put(FindingPath.of("recommendations", at), r.label);
        }
        for (int j = 0; j < dependsOn.size(); j++) {
          String label = written.get(dependsOn.get(j));
          if (label != null) {
            numbersAsWritten.put(FindingPath.of("recommendations", at, "dependsOn", j), label);
          }
        }
      }
    }
    int alignmentAt = 0;
    for (AlignmentDraft a : alignments.values()) {
      int at = alignmentAt++;
      places.put(FindingPath.of("strategyAlignments", at), a.place);
      for (int i = 0; i < a.linkPlaces.size(); i++) {
        places.put(FindingPath.of("strategyAlignments", at, "links", i), a.linkPlaces.get(i));
      }
      Location statementPlace = a.statementPlace;
      if (statementPlace != null) {
        places.put(FindingPath.of("strategyAlignments", at, "statement"), statementPlace);
      }
      StrategyAlignment.Builder alignment =
          StrategyAlignment.builder().strategy(a.strategy).links(a.links);
      if (!a.statement.isEmpty()) {
        alignment.statement(String.join("\n", a.statement));
      }
      report.addStrategyAlignments(alignment.build());
    }
    for (int g = 0; g < implicationGroupAreas.size(); g++) {
      List<String> lines = new ArrayList<>();
      for (int i = 0; i < implications.size(); i++) {
        if (implicationGroups.get(i) == g) {
          lines.add(implications.get(i));
        }
      }
      report.addImplications(
          Implication.builder()
              .areas(implicationGroupAreas.get(g))
              .statement(String.join("\n", lines))
              .build());
    }
    if (!equalities.isEmpty()) {
      String statement = String.join("\n", equalities);
      report.equalities(
          EqualitiesStatement.builder()
              .impactAssessment(impactAssessment(statement))
              .statement(statement)
              .build());
    }
    if (!risks.isEmpty()) {
      report.riskAssessment(RiskAssessment.builder().statement(String.join("\n", risks)).build());
    }
    int section = 0;
    for (SectionDraft s : sections) {
      if (s.holdsSignOff && s.paragraphs.isEmpty()) {
        continue; // a heading over the sign-off table alone, such as "AUDIT TRAIL"
      }
      int at = section;
      Optional<ReportSection> built = attempt(s.path, s.heading, () -> s.build(at));
      if (built.isPresent()) {
        report.addSections(built.get());
        section++;
      }
    }
    report.backgroundPapers(papers).signOffs(signOffs);
    return report.build();
  }

  private BoardReport minimal(ReportId id) {
    String t = title;
    Person lead = leadOfficer;
    Person writer = author;
    return BoardReport.builder()
        .id(id)
        .board(template.board())
        .title(t == null ? "(no title)" : t)
        .leadOfficer(lead == null ? standIn("lead officer") : lead)
        .author(writer == null ? standIn("author") : writer)
        .build();
  }

  /**
   * The answer the statement gives; a statement that gives none claims no assessment was carried
   * out.
   */
  private ImpactAssessment impactAssessment(String statement) {
    for (ImpactAssessment answer :
        List.of(ImpactAssessment.NOT_NEEDED, ImpactAssessment.CARRIED_OUT)) {
      List<String> phrases = template.impactAssessment().get(answer);
      if (phrases != null && Labels.mentions(statement, phrases)) {
        return answer;
      }
    }
    return ImpactAssessment.NOT_NEEDED;
  }

  /**
   * The lead officer when the header gives only a role ("Report of: Director of Public Health"):
   * the person who signs as lead officer, with that role, or a stand-in.
   */
  private Person leadOfficerByRole() {
    String role = leadOfficerRole;
    if (role == null) {
      return standIn("lead officer");
    }
    String signer = null;
    for (SignOff s : signOffs) {
      if (s.role().kind() == SignOffRoleKind.LEAD_OFFICER && s.name().isPresent()) {
        signer = s.name().get();
        break;
      }
    }
    return byRole("lead officer", role, signer);
  }

  private Person byRole(String part, String role, @Nullable String name) {
    String named = name == null ? missing(part + "'s name", "(not named)") : name;
    return Person.builder()
        .id(
            PartyId.of(
                name == null
                    ? ReportMapper.slug(part, "person") + "-not-named"
                    : ReportMapper.slug(name, "person")))
        .name(named)
        .roleTitle(role)
        .build();
  }

  private String missing(String part, String standIn) {
    report(ImportRules.MISSING_PART, Locations.BODY, Map.of("part", part));
    return standIn;
  }

  private Person standIn(String part) {
    String name = missing(part, "(not given)");
    return Person.builder()
        .id(PartyId.of(ReportMapper.slug(part, "person") + "-not-given"))
        .name(name)
        .build();
  }

  /** A recommendation as read, before it is built. */
  static final class RecommendationDraft {
    final int number;
    String action;
    final String path;

    /** The number as the document writes it ("2.3", "(c)"), or empty when it is just the number. */
    String label = "";

    RecommendationDraft(int number, String action, String path) {
      this.number = number;
      this.action = action;
      this.path = path;
    }

    RecommendationDraft(int number, String action, String path, String written) {
      this(number, action, path);
      String label = RecommendationText.asWritten(written);
      this.label = label.equals(String.valueOf(number)) ? "" : label;
    }
  }

  /** A strategy's ticks and statement as read, and where. */
  static final class AlignmentDraft {
    final Strategy strategy;
    final Location place;
    final List<AlignmentLink> links = new ArrayList<>();
    final List<Location> linkPlaces = new ArrayList<>();
    final List<String> statement = new ArrayList<>();
    @Nullable Location statementPlace;

    AlignmentDraft(Strategy strategy, Location place) {
      this.strategy = strategy;
      this.place = place;
    }
  }

  /** A numbered paragraph as read. */
  static final class ParagraphDraft {
    final String number;
    final String path;
    final List<String> text = new ArrayList<>();
    final List<Location> textPlaces = new ArrayList<>();
    final List<ListItem> items = new ArrayList<>();
    final List<Location> itemPlaces = new ArrayList<>();

    /**
     * Whether the number was given by the reader, to a paragraph under a heading written without
     * one.
     */
    boolean synthetic;

    ParagraphDraft(String number, String path) {
      this.number = number;
      this.path = path;
    }
  }

  /** A section as read. */
  final class SectionDraft {
    final int number;
    final String heading;
    final SectionKind kind;
    final String path;
    final List<ParagraphDraft> paragraphs = new ArrayList<>();

    /**
     * Whether the section starts at a styled heading, so that its paragraphs may have no numbers.
     */
    boolean byHeading;

    /**
     * Whether the sign-off table sits inside the section, under a label of its own ("9. AUDIT
     * TRAIL", then "Consultation"): the section is not empty for holding only it.
     */
    boolean holdsSignOff;

    SectionDraft(int number, String heading, SectionKind kind, String path) {
      this.number = number;
      this.heading = heading;
      this.kind = kind;
      this.path = path;
    }

    @Nullable ParagraphDraft current() {
      return paragraphs.isEmpty() ? null : paragraphs.get(paragraphs.size() - 1);
    }

    /** Starts a paragraph written without a number, numbered after the section's others. */
    void unnumbered(String path) {
      ParagraphDraft draft = new ParagraphDraft(number + "." + (paragraphs.size() + 1), path);
      draft.synthetic = true;
      paragraphs.add(draft);
    }

    void text(String text, String path) {
      ParagraphDraft current = current();
      if (current != null && !text.isEmpty()) {
        current.text.add(text);
        current.textPlaces.add(Locations.of(path, text));
      }
    }

    void item(String label, String text, String path) {
      ParagraphDraft current = current();
      if (current == null) {
        unplaced(path, label + " " + text);
      } else {
        attempt(path, text, () -> ListItem.of(label, text))
            .ifPresent(
                item -> {
                  current.items.add(item);
                  current.itemPlaces.add(Locations.of(path, label + " " + text));
                });
      }
    }

    /**
     * Builds the section, keeping where each of its parts was read as those of the report's section
     * {@code at}.
     */
    ReportSection build(int at) {
      ReportSection.Builder section =
          ReportSection.builder().number(number).heading(heading).kind(kind);
      Map<String, Location> found = new LinkedHashMap<>();
      found.put(FindingPath.of("sections", at), Locations.of(path, heading));
      found.put(FindingPath.of("sections", at, "heading"), Locations.of(path, heading));
      int built = 0;
      for (ParagraphDraft p : paragraphs) {
        Optional<Paragraph> paragraph =
            attempt(
                p.path,
                p.number,
                () -> Paragraph.builder().number(p.number).text(p.text).items(p.items).build());
        if (paragraph.isPresent()) {
          section.addParagraphs(paragraph.get());
          int in = built++;
          found.put(
              FindingPath.of("sections", at, "paragraphs", in),
              Locations.of(p.path, p.text.isEmpty() ? p.number : p.text.get(0)));
          for (int i = 0; i < p.textPlaces.size(); i++) {
            found.put(
                FindingPath.of("sections", at, "paragraphs", in, "text", i), p.textPlaces.get(i));
          }
          for (int i = 0; i < p.itemPlaces.size(); i++) {
            found.put(
                FindingPath.of("sections", at, "paragraphs", in, "items", i), p.itemPlaces.get(i));
          }
        }
      }
      ReportSection result = section.build();
      places.putAll(found);
      return result;
    }
  }
}
