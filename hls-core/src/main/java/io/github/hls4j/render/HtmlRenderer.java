package io.github.hls4j.render;

import static java.util.Objects.requireNonNull;

import com.google.common.escape.Escaper;
import com.google.common.html.HtmlEscapers;
import io.github.hls4j.validation.Printable;
import io.github.hls4j.governance.BackgroundPaper;
import io.github.hls4j.governance.BoardReport;
import io.github.hls4j.governance.Committee;
import io.github.hls4j.governance.ImpactAssessment;
import io.github.hls4j.governance.Implication;
import io.github.hls4j.governance.ListItem;
import io.github.hls4j.governance.Paragraph;
import io.github.hls4j.governance.Recommendation;
import io.github.hls4j.governance.ReportSection;
import io.github.hls4j.governance.SignOff;
import io.github.hls4j.party.Person;
import io.github.hls4j.strategy.AlignmentLink;
import io.github.hls4j.strategy.Priority;
import io.github.hls4j.strategy.StrategyAlignment;
import io.github.hls4j.validation.ValidationResult;
import io.github.hls4j.validation.Location;
import io.github.hls4j.validation.Violation;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Writes a {@link BoardReport} as a standalone HTML page in the council template's order, with a
 * validation result beside it when given. Every piece of text from the model is escaped with
 * Guava's {@link HtmlEscapers}; the page has no scripts, and its style sheet prints well. Links
 * are shown as text with their targets, never as live links, so that a target such as {@code
 * javascript:} can do nothing.
 *
 * <p>The renderer is a pure function of its arguments and is thread-safe.
 *
 * @since 0.1.0
 */
public final class HtmlRenderer {

  private static final Escaper HTML = HtmlEscapers.htmlEscaper();

  private static final String STYLE =
      "body{font-family:Arial,Helvetica,sans-serif;max-width:60em;margin:2em auto;line-height:1.45;color:#111}"
          + "table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #999;padding:.3em .5em;"
          + "vertical-align:top;text-align:left}.ERROR{color:#a00}.WARNING{color:#8a5a00}"
          + "aside{border:2px solid #555;padding:0 1em;margin:1em 0}@media print{aside{break-inside:avoid}}";

  private HtmlRenderer() {}

  /**
   * Returns the report as a standalone HTML page.
   *
   * @param report the report
   * @return the page
   * @since 0.1.0
   */
  public static String render(BoardReport report) {
    return render(report, Optional.empty());
  }

  /**
   * Returns the report as a standalone HTML page with the findings of its validation beside it.
   *
   * @param report the report
   * @param result what validation found
   * @return the page
   * @since 0.1.0
   */
  public static String render(BoardReport report, ValidationResult result) {
    return render(report, Optional.of(requireNonNull(result, "result")));
  }

  private static String render(BoardReport report, Optional<ValidationResult> result) {
    requireNonNull(report, "report");
    StringBuilder out = new StringBuilder(16_384);
    out.append("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
        .append(e(report.title()))
        .append("</title>\n<style>")
        .append(STYLE)
        .append("</style>\n</head>\n<body>\n<h1>")
        .append(e(report.title()))
        .append("</h1>\n");
    result.ifPresent(r -> findings(r, out));
    out.append("<table>\n");
    row(out, "Board", e(report.board().name())
        + (report.board().sitsInCommon()
            ? " (committees in common: "
                + report.board().committeesInCommon().stream().map(Committee::name).map(HtmlRenderer::e).collect(Collectors.joining("; "))
                + ")"
            : ""));
    row(out, "Meeting date", report.meetingDate().map(Object::toString).orElse("not given"));
    row(out, "Lead officer", person(report.leadOfficer()));
    row(out, "Author", person(report.author()));
    report.contact().ifPresent(c -> row(out, "Contact", e(c.email().orElse(c.telephone().orElse("")))));
    out.append("</table>\n");
    heading(out, "Summary");
    paragraphs(report.summary(), out);
    heading(out, "Recommendations");
    report.recommendationsPreamble().ifPresent(p -> out.append("<p>").append(e(p)).append("</p>\n"));
    out.append("<ol>\n");
    for (Recommendation r : report.recommendations()) {
      out.append("<li value=\"").append(r.number()).append("\">").append(e(r.action()));
      r.carriedOutBy().ifPresent(b -> out.append(" <em>(carried out by: ").append(e(b)).append(")</em>"));
      if (!r.basedOn().isEmpty()) {
        out.append(" <em>(drawn from: ")
            .append(r.basedOn().stream().map(ref -> e(ref.describe())).collect(Collectors.joining(", ")))
            .append(")</em>");
      }
      out.append("</li>\n");
    }
    out.append("</ol>\n");
    heading(out, "Reasons for recommendations");
    paragraphs(report.reasons(), out);
    heading(out, "Links to strategy priorities");
    for (StrategyAlignment a : report.strategyAlignments()) {
      out.append("<h3>").append(e(a.strategy().title())).append("</h3>\n<table>\n");
      List<Priority> priorities = a.strategy().priorities();
      for (int i = 0; i < priorities.size(); i++) {
        Priority p = priorities.get(i);
        Optional<AlignmentLink> link = a.linkAt(i);
        out.append("<tr><td>").append(e(p.title())).append("</td><td>")
            .append(link.isPresent() ? "&#10003;" : "").append("</td><td>")
            .append(link.flatMap(AlignmentLink::rationale).map(HtmlRenderer::e).orElse(""))
            .append("</td></tr>\n");
      }
      out.append("</table>\n");
      a.statement().ifPresent(s -> out.append("<p>").append(e(s)).append("</p>\n"));
    }
    heading(out, "Implications");
    for (Implication i : report.implications()) {
      out.append("<p><strong>")
          .append(i.areas().stream().sorted().map(Enum::name).collect(Collectors.joining(", ")))
          .append(":</strong> ").append(e(i.statement())).append("</p>\n");
    }
    heading(out, "Equalities implications");
    report.equalities().ifPresentOrElse(
        q -> {
          out.append("<p>Equalities impact assessment: ")
              .append(q.impactAssessment() == ImpactAssessment.CARRIED_OUT ? "carried out" : "not needed")
              .append(".</p>\n");
          q.statement().ifPresent(s -> out.append("<p>").append(e(s)).append("</p>\n"));
        },
        () -> out.append("<p><em>Not stated.</em></p>\n"));
    heading(out, "Risk assessment");
    report.riskAssessment().ifPresentOrElse(
        r -> out.append("<p>").append(e(r.statement())).append("</p>\n"),
        () -> out.append("<p><em>Not stated.</em></p>\n"));
    int number = 0;
    for (ReportSection s : report.sections()) {
      heading(out, s.number() + ". " + s.heading());
      for (Paragraph p : s.paragraphs()) {
        out.append("<p><strong>").append(e(p.number())).append("</strong> ");
        out.append(p.text().stream().map(HtmlRenderer::e).collect(Collectors.joining("</p>\n<p>")));
        out.append("</p>\n");
        if (!p.items().isEmpty()) {
          out.append("<ul>\n");
          for (ListItem item : p.items()) {
            out.append("<li>").append(e(item.label())).append(' ').append(e(item.text())).append("</li>\n");
          }
          out.append("</ul>\n");
        }
      }
      number = Math.max(number, s.number());
    }
    heading(out, (number + 1) + ". Background papers");
    out.append("<ul>\n");
    for (BackgroundPaper p : report.backgroundPapers()) {
      out.append("<li>").append(e(p.title()));
      p.link().ifPresent(l -> out.append(": ").append(e(l.text())).append(" &lt;").append(e(l.target())).append("&gt;"));
      out.append("</li>\n");
    }
    out.append("</ul>\n");
    heading(out, (number + 2) + ". Report sign-off");
    out.append("<table>\n<tr><th>Role</th><th>Name</th><th>Date</th></tr>\n");
    for (SignOff s : report.signOffs()) {
      out.append("<tr><td>").append(e(s.role().title())).append("</td><td>")
          .append(s.name().map(HtmlRenderer::e).orElse("")).append("</td><td>")
          .append(s.date().map(Object::toString).orElseGet(() -> s.dateText().map(t -> "<em>" + e(t) + "</em>").orElse("")))
          .append("</td></tr>\n");
    }
    return out.append("</table>\n</body>\n</html>\n").toString();
  }

  private static void findings(ValidationResult result, StringBuilder out) {
    out.append("<aside>\n<h2>Validation</h2>\n<p>").append(e(result.toString().lines().findFirst().orElse(""))).append("</p>\n");
    if (!result.isEmpty()) {
      boolean located = result.violations().stream().anyMatch(v -> v.location().isPresent());
      out.append("<table>\n<tr><th>Severity</th><th>Rule</th><th>Where</th>")
          .append(located ? "<th>In the document</th>" : "").append("<th>Finding</th></tr>\n");
      for (Violation v : result.violations()) {
        out.append("<tr class=\"").append(v.severity().name()).append("\"><td>").append(v.severity().name())
            .append("</td><td>").append(e(v.rule().toString())).append("</td><td>").append(e(v.path()));
        if (located) {
          out.append("</td><td>").append(v.location().map(HtmlRenderer::location).orElse(""));
        }
        out.append("</td><td>").append(e(v.message())).append("</td></tr>\n");
      }
      out.append("</table>\n");
    }
    out.append("</aside>\n");
  }

  /** A finding's place in the document, and the text there in quotation marks. */
  private static String location(Location at) {
    return e(at.description()) + (at.quote().isEmpty() ? "" : " <q>" + e(at.quote()) + "</q>");
  }

  private static String person(Person p) {
    return e(p.name()) + p.roleTitle().map(t -> ", " + e(t)).orElse("");
  }

  private static void row(StringBuilder out, String label, String html) {
    out.append("<tr><th>").append(label).append("</th><td>").append(html).append("</td></tr>\n");
  }

  private static void heading(StringBuilder out, String text) {
    out.append("<h2>").append(e(text)).append("</h2>\n");
  }

  private static void paragraphs(List<String> paragraphs, StringBuilder out) {
    paragraphs.forEach(p -> out.append("<p>").append(e(p)).append("</p>\n"));
  }

  private static String e(String text) {
    return HTML.escape(Printable.visible(text, true));
  }
}
