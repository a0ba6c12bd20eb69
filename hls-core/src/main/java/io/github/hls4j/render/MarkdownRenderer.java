package io.github.hls4j.render;

import static java.util.Objects.requireNonNull;

import com.google.common.base.Joiner;
import io.github.hls4j.governance.BackgroundPaper;
import io.github.hls4j.governance.Board;
import io.github.hls4j.governance.BoardReport;
import io.github.hls4j.governance.Committee;
import io.github.hls4j.governance.Decision;
import io.github.hls4j.governance.CommitteeId;
import io.github.hls4j.governance.ImpactAssessment;
import io.github.hls4j.governance.Implication;
import io.github.hls4j.governance.ImplicationArea;
import io.github.hls4j.governance.ListItem;
import io.github.hls4j.governance.Paragraph;
import io.github.hls4j.governance.Recommendation;
import io.github.hls4j.governance.ReportSection;
import io.github.hls4j.governance.SignOff;
import io.github.hls4j.party.Person;
import io.github.hls4j.strategy.AlignmentLink;
import io.github.hls4j.strategy.Priority;
import io.github.hls4j.strategy.StrategyAlignment;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Writes a {@link BoardReport} as Markdown in the council template's order: the header table,
 * summary, recommendations, reasons, strategy priorities, implications, equalities, risk, the
 * numbered sections, background papers and the sign-off table. Background papers and sign-off
 * are numbered after the last section. Text from the model is escaped so that it reads as
 * written.
 *
 * <pre>{@code
 * String markdown = MarkdownRenderer.render(report);
 * }</pre>
 *
 * <p>The renderer is a pure function of the report and is thread-safe.
 *
 * @since 0.1.0
 */
public final class MarkdownRenderer {

  private MarkdownRenderer() {}

  /**
   * Returns the report as Markdown.
   *
   * @param report the report
   * @return the Markdown text, ending with a line break
   * @since 0.1.0
   */
  public static String render(BoardReport report) {
    requireNonNull(report, "report");
    StringBuilder out = new StringBuilder(4096);
    out.append("# ").append(text(report.title())).append("\n\n");
    header(report, out);
    heading(out, "Summary");
    paragraphs(report.summary(), out);
    heading(out, "Recommendations");
    report.recommendationsPreamble().ifPresent(p -> out.append(text(p)).append("\n\n"));
    for (Recommendation r : report.recommendations()) {
      recommendation(r, report.board(), out);
    }
    if (!report.recommendations().isEmpty()) {
      out.append('\n');
    }
    heading(out, "Reasons for recommendations");
    paragraphs(report.reasons(), out);
    heading(out, "Links to strategy priorities");
    for (StrategyAlignment alignment : report.strategyAlignments()) {
      alignment(alignment, out);
    }
    heading(out, "Implications");
    for (Implication implication : report.implications()) {
      out.append("**")
          .append(areas(implication))
          .append(":** ")
          .append(text(implication.statement()))
          .append("\n\n");
    }
    heading(out, "Equalities implications");
    report
        .equalities()
        .ifPresentOrElse(
            e -> {
              out.append("Equalities impact assessment: ")
                  .append(e.impactAssessment() == ImpactAssessment.CARRIED_OUT
                      ? "carried out." : "not needed.")
                  .append("\n\n");
              e.statement().ifPresent(s -> out.append(text(s)).append("\n\n"));
            },
            () -> out.append("_Not stated._\n\n"));
    heading(out, "Risk assessment");
    report
        .riskAssessment()
        .ifPresentOrElse(
            r -> {
              out.append(text(r.statement())).append("\n\n");
              bullets(r.risks(), out);
            },
            () -> out.append("_Not stated._\n\n"));
    int number = 0;
    for (ReportSection section : report.sections()) {
      section(section, out);
      number = Math.max(number, section.number());
    }
    if (!report.backgroundPapers().isEmpty()) {
      backgroundPapers(report.backgroundPapers(), ++number, out);
    }
    signOffs(report.signOffs(), number + 1, out);
    return out.toString();
  }

  private static void header(BoardReport report, StringBuilder out) {
    out.append("| | |\n|---|---|\n");
    row(out, "Board", board(report.board()));
    row(out, "Meeting date", report.meetingDate().map(Object::toString).orElse("not given"));
    row(out, "Lead officer", person(report.leadOfficer()));
    row(out, "Author", person(report.author()));
    report
        .contact()
        .ifPresent(
            c -> {
              List<String> parts =
                  List.of(c.email().orElse(""), c.telephone().orElse("")).stream()
                      .filter(s -> !s.isEmpty())
                      .collect(Collectors.toList());
              row(out, "Contact", text(Joiner.on(", ").join(parts)));
            });
    out.append('\n');
  }

  private static String board(Board board) {
    if (!board.sitsInCommon()) {
      return text(board.name());
    }
    return text(board.name())
        + " (committees in common: "
        + board.committeesInCommon().stream()
            .map(Committee::name)
            .map(MarkdownRenderer::text)
            .collect(Collectors.joining("; "))
        + ")";
  }

  /** Returns the name of a committee of the board, or its id when the board has no such committee. */
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

  private static void recommendation(Recommendation r, Board board, StringBuilder out) {
    out.append(r.number()).append(". ").append(text(r.action()));
    List<String> notes = new ArrayList<>();
    r.carriedOutBy().ifPresent(b -> notes.add("carried out by: " + text(b)));
    if (!r.dependsOn().isEmpty()) {
      notes.add("depends on: " + Joiner.on(", ").join(r.dependsOn()));
    }
    for (Decision d : r.decisions()) {
      StringBuilder note = new StringBuilder("decision: ").append(MarkdownText.words(d.outcome().name()));
      if (!d.takenBy().isEmpty()) {
        note.append(" by ")
            .append(
                d.takenBy().stream()
                    .map(id -> committeeName(board, id))
                    .map(MarkdownRenderer::text)
                    .collect(Collectors.joining(", ")));
      }
      d.date().ifPresent(date -> note.append(" on ").append(date));
      notes.add(note.toString());
    }
    if (!r.basedOn().isEmpty()) {
      notes.add("drawn from: " + r.basedOn().stream().map(ref -> text(ref.describe())).collect(Collectors.joining(", ")));
    }
    if (!notes.isEmpty()) {
      out.append(" _(").append(String.join("; ", notes)).append(")_");
    }
    out.append('\n');
  }

  private static void alignment(StrategyAlignment alignment, StringBuilder out) {
    out.append("### ").append(text(alignment.strategy().title())).append("\n\n");
    out.append("| Priority | Ticked | Rationale |\n|---|:---:|---|\n");
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

  private static String areas(Implication implication) {
    return implication.areas().stream()
        .sorted()
        .map(MarkdownRenderer::area)
        .collect(Collectors.joining(", "));
  }

  static String area(ImplicationArea area) {
    return switch (area) {
      case FINANCIAL -> "Financial";
      case LEGAL -> "Legal";
      case HR -> "HR";
      case SOCIAL_VALUE -> "Social value";
      case PARTNERSHIP -> "Partnership";
    };
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

  private static void backgroundPapers(List<BackgroundPaper> papers, int number, StringBuilder out) {
    heading(out, number + ". Background papers");
    for (BackgroundPaper paper : papers) {
      out.append("- ").append(text(paper.title()));
      paper
          .link()
          .ifPresent(
              l -> {
                Optional<String> destination = MarkdownText.linkDestination(l.target());
                if (destination.isPresent()) {
                  out.append(": [").append(text(l.text())).append("](").append(destination.get()).append(')');
                } else {
                  // Only https, http and mailto targets are live links; any other is shown as text.
                  out.append(": ").append(text(l.text())).append(" (").append(text(l.target())).append(')');
                }
              });
      out.append('\n');
    }
    out.append('\n');
  }

  private static void signOffs(List<SignOff> signOffs, int number, StringBuilder out) {
    heading(out, number + ". Report sign-off");
    out.append("| Role | Name | Date |\n|---|---|---|\n");
    for (SignOff s : signOffs) {
      out.append("| ")
          .append(text(s.role().title()))
          .append(" | ")
          .append(s.name().map(MarkdownRenderer::text).orElse(""))
          .append(" | ")
          .append(
              s.date()
                  .map(Object::toString)
                  .orElseGet(() -> s.dateText().map(t -> "_" + text(t) + "_").orElse("")))
          .append(" |\n");
    }
  }

  private static String text(String text) {
    return MarkdownText.escape(text);
  }
}
