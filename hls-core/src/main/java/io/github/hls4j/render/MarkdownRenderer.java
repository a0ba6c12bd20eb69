package io.github.hls4j.render;

import static java.util.Objects.requireNonNull;

import com.google.common.base.Joiner;
import io.github.hls4j.governance.BackgroundPaper;
import io.github.hls4j.governance.Board;
import io.github.hls4j.governance.BoardReport;
import io.github.hls4j.governance.Committee;
import io.github.hls4j.governance.CommitteeId;
import io.github.hls4j.governance.Decision;
import io.github.hls4j.governance.ImpactAssessment;
import io.github.hls4j.governance.Implication;
import io.github.hls4j.governance.ImplicationArea;
import io.github.hls4j.governance.ListItem;
import io.github.hls4j.governance.Paragraph;
import io.github.hls4j.governance.Recommendation;
import io.github.hls4j.governance.ReportSection;
import io.github.hls4j.governance.SignOff;
import io.github.hls4j.health.HealthProfile;
import io.github.hls4j.party.Person;
import io.github.hls4j.strategy.AlignmentLink;
import io.github.hls4j.strategy.AlignmentMatrix;
import io.github.hls4j.strategy.Priority;
import io.github.hls4j.strategy.StrategyAlignment;
import io.github.hls4j.system.LearningSystem;
import io.github.hls4j.validation.Phrasebook;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Writes Markdown, one {@code render} method per subject. A {@link BoardReport} is written in the
 * council template's order: the header table, summary, recommendations, reasons, strategy
 * priorities, implications, equalities, risk, the numbered sections, background papers and the
 * sign-off table. Background papers and sign-off are numbered after the last section. A {@link
 * HealthProfile} is written as a table of median and spread per behaviour, a {@link LearningSystem}
 * as its stewardship map, an {@link AlignmentMatrix} as its table and gaps. Text from the model is
 * escaped so that it reads as written.
 *
 * <pre>{@code
 * String markdown = MarkdownRenderer.render(report);
 * String welsh = MarkdownRenderer.render(report, Locale.forLanguageTag("cy"));
 * }</pre>
 *
 * <p>The renderer's own headings and labels are in the language asked for ({@link Words}); the
 * report's own text is written as it is. Dates are written as the language writes them: 15 January
 * 2025, 15 Ionawr 2025.
 *
 * <p>The renderer is a pure function of its arguments and is thread-safe.
 *
 * @since 0.1.0
 */
public final class MarkdownRenderer {

  private MarkdownRenderer() {}

  /**
   * Returns an alignment matrix as Markdown: a row per priority under its strategy, a column per
   * item, a tick (✓) where the item serves the priority and a numbered note where it says why, and
   * the coverage of each priority; then the gaps, the unaligned items, the items that tick
   * everything and, when there are any, the links with no row. Priority titles are cut at 48
   * characters so the table reads on a 100-column screen when the item labels are short.
   *
   * @param matrix the matrix
   * @return the Markdown text, ending with a line break
   * @since 0.1.0
   */
  public static String render(AlignmentMatrix matrix) {
    return AlignmentMarkdown.render(matrix);
  }

  /**
   * Returns the stewardship map of a learning system as Markdown: who stewards the system, of what
   * type and at what scale, with which responsibilities and remit; then its working groups, where
   * their members come from and whom they report to. Names are resolved through the system; an id
   * it does not hold is shown as the id.
   *
   * @param system the system
   * @return the Markdown text, ending with a line break
   * @since 0.1.0
   */
  public static String render(LearningSystem system) {
    return StewardshipMarkdown.render(system);
  }

  /**
   * Returns a health profile as a Markdown table: per behaviour, the number of voices, the median,
   * the range, the interquartile range and each stakeholder group's median; then the behaviours
   * that groups see at least three points apart. {@link SvgRenderer#render(HealthProfile)} draws
   * the same profile as a chart.
   *
   * @param profile the profile
   * @return the Markdown text, ending with a line break
   * @since 0.1.0
   */
  public static String render(HealthProfile profile) {
    return HealthMarkdown.render(profile);
  }

  /**
   * Returns the change in each behaviour's median between two health profiles as a Markdown table.
   *
   * @param before the earlier profile
   * @param after the later profile
   * @return the Markdown text, ending with a line break
   * @since 0.1.0
   */
  public static String renderChange(HealthProfile before, HealthProfile after) {
    requireNonNull(before, "before");
    requireNonNull(after, "after");
    return HealthMarkdown.change(before, after);
  }

  /**
   * Returns the report as Markdown.
   *
   * @param report the report
   * @return the Markdown text, ending with a line break
   * @since 0.1.0
   */
  public static String render(BoardReport report) {
    return render(report, SourceNames.none(), Locale.ENGLISH);
  }

  /**
   * Returns the report as Markdown, with each recommendation's sources named by their names, such
   * as "drawn from: the escalation ‘Funding regime …’" ({@link SourceNames}); a source the names do
   * not know is shown by its kind and id.
   *
   * @param report the report
   * @param sources the names of the items its recommendations were drawn from
   * @return the Markdown text, ending with a line break
   * @since 0.1.0
   */
  public static String render(BoardReport report, SourceNames sources) {
    return render(report, sources, Locale.ENGLISH);
  }

  /**
   * Returns the report as Markdown with the renderer's headings and labels in a language, such as a
   * learning digest's paper drafted in Welsh.
   *
   * @param report the report
   * @param language the language of the headings and labels, such as {@code cy}
   * @return the Markdown text, ending with a line break
   * @since 0.1.0
   */
  public static String render(BoardReport report, Locale language) {
    return render(report, SourceNames.none(), language);
  }

  /**
   * Returns the report as Markdown with the renderer's headings and labels in a language, and each
   * recommendation's sources named by their names in that language.
   *
   * @param report the report
   * @param sources the names of the items its recommendations were drawn from
   * @param language the language of the headings and labels, such as {@code cy}
   * @return the Markdown text, ending with a line break
   * @since 0.1.0
   */
  public static String render(BoardReport report, SourceNames sources, Locale language) {
    requireNonNull(report, "report");
    requireNonNull(sources, "sources");
    Phrasebook w = Words.of(requireNonNull(language, "language"));
    StringBuilder out = new StringBuilder(4096);
    out.append("# ").append(text(report.title())).append("\n\n");
    header(report, w, out);
    heading(out, w.phrase("report.summary"));
    paragraphs(report.summary(), out);
    heading(out, w.phrase("report.recommendations"));
    report.recommendationsPreamble().ifPresent(p -> out.append(text(p)).append("\n\n"));
    for (Recommendation r : report.recommendations()) {
      recommendation(r, report.board(), sources, w, out);
    }
    if (!report.recommendations().isEmpty()) {
      out.append('\n');
    }
    heading(out, w.phrase("report.reasons"));
    paragraphs(report.reasons(), out);
    heading(out, w.phrase("report.strategyLinks"));
    for (StrategyAlignment alignment : report.strategyAlignments()) {
      alignment(alignment, w, out);
    }
    heading(out, w.phrase("report.implications"));
    for (Implication implication : report.implications()) {
      out.append("**")
          .append(areas(implication, w))
          .append(":** ")
          .append(text(implication.statement()))
          .append("\n\n");
    }
    heading(out, w.phrase("report.equalities"));
    report
        .equalities()
        .ifPresentOrElse(
            e -> {
              if (e.impactAssessment() != ImpactAssessment.UNDECIDED) {
                out.append(
                        w.phrase(
                            e.impactAssessment() == ImpactAssessment.CARRIED_OUT
                                ? "report.impactCarriedOut"
                                : "report.impactNotNeeded"))
                    .append("\n\n");
              }
              e.statement().ifPresent(s -> out.append(text(s)).append("\n\n"));
            },
            () -> out.append('_').append(w.phrase("report.notStated")).append("_\n\n"));
    heading(out, w.phrase("report.risk"));
    report
        .riskAssessment()
        .ifPresentOrElse(
            r -> {
              out.append(text(r.statement())).append("\n\n");
              bullets(r.risks(), out);
            },
            () -> out.append('_').append(w.phrase("report.notStated")).append("_\n\n"));
    int number = 0;
    for (ReportSection section : report.sections()) {
      section(section, out);
      number = Math.max(number, section.number());
    }
    if (!report.backgroundPapers().isEmpty()) {
      backgroundPapers(report.backgroundPapers(), ++number, w, out);
    }
    signOffs(report.signOffs(), number + 1, w, out);
    return out.toString();
  }

  private static void header(BoardReport report, Phrasebook w, StringBuilder out) {
    out.append("| | |\n|---|---|\n");
    row(out, w.phrase("report.board"), board(report.board(), w));
    row(
        out,
        w.phrase("report.meetingDate"),
        report.meetingDate().map(d -> date(d, w)).orElse(w.phrase("report.notGiven")));
    row(out, w.phrase("report.leadOfficer"), person(report.leadOfficer()));
    row(out, w.phrase("report.author"), person(report.author()));
    report
        .contact()
        .ifPresent(
            c -> {
              List<String> parts =
                  List.of(c.email().orElse(""), c.telephone().orElse("")).stream()
                      .filter(s -> !s.isEmpty())
                      .collect(Collectors.toList());
              row(out, w.phrase("report.contact"), text(Joiner.on(", ").join(parts)));
            });
    out.append('\n');
  }

  private static String board(Board board, Phrasebook w) {
    if (!board.sitsInCommon()) {
      return text(board.name());
    }
    return text(board.name())
        + " ("
        + w.format(
            "report.committeesInCommon",
            Map.of(
                "committees",
                board.committeesInCommon().stream()
                    .map(Committee::name)
                    .map(MarkdownRenderer::text)
                    .collect(Collectors.joining("; "))))
        + ")";
  }

  /** A date as the language writes it: 15 January 2025, 15 Ionawr 2025. */
  private static String date(LocalDate date, Phrasebook w) {
    return Dates.longDate(date, w.locale());
  }

  /**
   * Returns the name of a committee of the board, or its id when the board has no such committee.
   */
  private static String committeeName(Board board, CommitteeId id) {
    return board.committee(id).map(Committee::name).orElse(id.value());
  }

  private static String person(Person person) {
    return text(person.name()) + person.roleTitle().map(t -> ", " + text(t)).orElse("");
  }

  private static void row(StringBuilder out, String label, String value) {
    out.append("| ").append(label).append(" | ").append(value).append(" |\n");
  }

  private static void heading(StringBuilder out, String heading) {
    out.append("## ").append(heading).append("\n\n");
  }

  private static void paragraphs(List<String> paragraphs, StringBuilder out) {
    for (String p : paragraphs) {
      out.append(text(p)).append("\n\n");
    }
  }

  private static void bullets(List<String> items, StringBuilder out) {
    for (String item : items) {
      out.append("- ").append(text(item)).append('\n');
    }
    if (!items.isEmpty()) {
      out.append('\n');
    }
  }

  private static void recommendation(
      Recommendation r, Board board, SourceNames sources, Phrasebook w, StringBuilder out) {
    out.append(r.number()).append(". ").append(text(r.action()));
    List<String> notes = new ArrayList<>();
    r.carriedOutBy()
        .ifPresent(b -> notes.add(w.format("report.carriedOutBy", Map.of("by", text(b)))));
    if (!r.dependsOn().isEmpty()) {
      notes.add(
          w.format("report.dependsOn", Map.of("numbers", Joiner.on(", ").join(r.dependsOn()))));
    }
    for (Decision d : r.decisions()) {
      StringBuilder note =
          new StringBuilder(
              w.format(
                  "report.decision",
                  Map.of(
                      "outcome",
                      w.find(Phrasebook.key("outcome", d.outcome().name()))
                          .orElse(MarkdownText.words(d.outcome().name())))));
      if (!d.takenBy().isEmpty()) {
        note.append(' ')
            .append(
                w.format(
                    "report.decisionBy",
                    Map.of(
                        "bodies",
                        d.takenBy().stream()
                            .map(id -> committeeName(board, id))
                            .map(MarkdownRenderer::text)
                            .collect(Collectors.joining(", ")))));
      }
      d.date()
          .ifPresent(
              date ->
                  note.append(' ')
                      .append(w.format("report.decisionOn", Map.of("date", date(date, w)))));
      notes.add(note.toString());
    }
    if (!r.basedOn().isEmpty()) {
      notes.add(
          w.format(
              "report.drawnFrom",
              Map.of(
                  "sources",
                  r.basedOn().stream()
                      .map(ref -> text(Words.source(ref, sources, w)))
                      .collect(Collectors.joining(", ")))));
    }
    if (!notes.isEmpty()) {
      out.append(" _(").append(String.join("; ", notes)).append(")_");
    }
    out.append('\n');
  }

  private static void alignment(StrategyAlignment alignment, Phrasebook w, StringBuilder out) {
    out.append("### ").append(text(alignment.strategy().title())).append("\n\n");
    out.append("| ")
        .append(w.phrase("report.priority"))
        .append(" | ")
        .append(w.phrase("report.ticked"))
        .append(" | ")
        .append(w.phrase("report.rationale"))
        .append(" |\n|---|:---:|---|\n");
    List<Priority> priorities = alignment.strategy().priorities();
    for (int i = 0; i < priorities.size(); i++) {
      Priority priority = priorities.get(i);
      Optional<AlignmentLink> link = alignment.linkAt(i);
      out.append("| ")
          .append(text(priority.title()))
          .append(priority.description().map(d -> " – " + text(d)).orElse(""))
          .append(" | ")
          .append(link.isPresent() ? "✓" : "")
          .append(" | ")
          .append(link.flatMap(AlignmentLink::rationale).map(MarkdownRenderer::text).orElse(""))
          .append(" |\n");
    }
    out.append('\n');
    alignment.statement().ifPresent(s -> out.append(text(s)).append("\n\n"));
  }

  private static String areas(Implication implication, Phrasebook w) {
    return implication.areas().stream()
        .sorted()
        .map(area -> area(area, w))
        .collect(Collectors.joining(", "));
  }

  /** An implication's area as a label: Financial, Social value; Ariannol, Gwerth cymdeithasol. */
  static String area(ImplicationArea area, Phrasebook w) {
    String words =
        w.find(Phrasebook.key("area", area.name())).orElse(MarkdownText.words(area.name()));
    return words.isEmpty()
        ? words
        : words.substring(0, 1).toUpperCase(w.locale()) + words.substring(1);
  }

  private static void section(ReportSection section, StringBuilder out) {
    heading(out, section.number() + ". " + text(section.heading()));
    for (Paragraph p : section.paragraphs()) {
      out.append("**").append(text(p.number())).append("**");
      if (p.isEmpty()) {
        out.append("\n\n");
        continue;
      }
      String separator = " ";
      for (String block : p.text()) {
        out.append(separator).append(text(block)).append("\n\n");
        separator = "";
      }
      if (!p.items().isEmpty() && p.text().isEmpty()) {
        out.append("\n\n");
      }
      for (ListItem item : p.items()) {
        out.append("- ");
        if (!item.label().isEmpty()) {
          out.append(text(item.label())).append(' ');
        }
        out.append(text(item.text())).append('\n');
      }
      if (!p.items().isEmpty()) {
        out.append('\n');
      }
    }
  }

  private static void backgroundPapers(
      List<BackgroundPaper> papers, int number, Phrasebook w, StringBuilder out) {
    heading(out, w.format("report.backgroundPapers", Map.of("number", number)));
    for (BackgroundPaper paper : papers) {
      out.append("- ").append(text(paper.title()));
      paper
          .link()
          .ifPresent(
              l -> {
                Optional<String> destination = MarkdownText.linkDestination(l.target());
                if (destination.isPresent()) {
                  out.append(": [")
                      .append(text(l.text()))
                      .append("](")
                      .append(destination.get())
                      .append(')');
                } else {
                  // Only https, http and mailto targets are live links; any other is shown as text.
                  out.append(": ")
                      .append(text(l.text()))
                      .append(" (")
                      .append(text(l.target()))
                      .append(')');
                }
              });
      out.append('\n');
    }
    out.append('\n');
  }

  private static void signOffs(
      List<SignOff> signOffs, int number, Phrasebook w, StringBuilder out) {
    heading(out, w.format("report.signOff", Map.of("number", number)));
    out.append("| ")
        .append(w.phrase("report.role"))
        .append(" | ")
        .append(w.phrase("report.name"))
        .append(" | ")
        .append(w.phrase("report.date"))
        .append(" |\n|---|---|---|\n");
    for (SignOff s : signOffs) {
      out.append("| ")
          .append(text(s.role().title()))
          .append(" | ")
          .append(s.name().map(MarkdownRenderer::text).orElse(""))
          .append(" | ")
          .append(
              s.date()
                  .map(d -> date(d, w))
                  .orElseGet(() -> s.dateText().map(t -> "_" + text(t) + "_").orElse("")))
          .append(" |\n");
    }
  }

  private static String text(String text) {
    return MarkdownText.escape(text);
  }
}
