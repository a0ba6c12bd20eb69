package io.github.hls4j.render;

import static io.github.hls4j.render.HtmlRenderer.e;

import com.google.common.escape.Escaper;
import com.google.common.html.HtmlEscapers;
import io.github.hls4j.governance.BackgroundPaper;
import io.github.hls4j.governance.BoardReport;
import io.github.hls4j.governance.Committee;
import io.github.hls4j.governance.Decision;
import io.github.hls4j.governance.GovernanceRules;
import io.github.hls4j.governance.ImpactAssessment;
import io.github.hls4j.governance.Implication;
import io.github.hls4j.governance.ListItem;
import io.github.hls4j.governance.Paragraph;
import io.github.hls4j.governance.Recommendation;
import io.github.hls4j.governance.ReportSection;
import io.github.hls4j.governance.SignOff;
import io.github.hls4j.internal.ConstantWords;
import io.github.hls4j.party.Person;
import io.github.hls4j.render.HtmlRenderer.Page;
import io.github.hls4j.strategy.AlignmentLink;
import io.github.hls4j.strategy.Priority;
import io.github.hls4j.strategy.StrategyAlignment;
import io.github.hls4j.validation.Phrasebook;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Writes the report's own parts on an {@link HtmlRenderer} page, from its details table to its
 * sign-off table, in the council template's order.
 */
final class ReportBody {

  private static final Escaper HTML = HtmlEscapers.htmlEscaper();

  private ReportBody() {}

  /**
   * Writes the report's parts; a publication leaves out the "drawn from" sources, empty optional
   * parts and a Word template's prompts.
   */
  static void write(
      BoardReport report, Page page, boolean publication, SourceNames sources, StringBuilder out) {
    Phrasebook w = page.words;
    out.append("<table>\n<caption>").append(e(w.phrase("report.details"))).append("</caption>\n");
    row(
        out,
        w.phrase("report.board"),
        page.t(report.board().name())
            + (report.board().sitsInCommon()
                ? " ("
                    + labelled(
                        w,
                        "report.committeesInCommon",
                        "committees",
                        report.board().committeesInCommon().stream()
                            .map(Committee::name)
                            .map(page::t)
                            .collect(Collectors.joining("; ")))
                    + ")"
                : ""));
    row(
        out,
        w.phrase("report.meetingDate"),
        e(report.meetingDate().map(page::date).orElse(w.phrase("report.notGiven"))));
    row(out, w.phrase("report.leadOfficer"), person(report.leadOfficer(), page));
    row(out, w.phrase("report.author"), person(report.author(), page));
    report
        .contact()
        .ifPresent(
            c ->
                row(
                    out,
                    w.phrase("report.contact"),
                    page.t(c.email().orElse(c.telephone().orElse("")))));
    out.append("</table>\n");
    heading(out, w.phrase("report.summary"));
    paragraphs(report.summary(), page, out);
    heading(out, w.phrase("report.recommendations"));
    report
        .recommendationsPreamble()
        .ifPresent(p -> out.append("<p>").append(page.t(p)).append("</p>\n"));
    out.append("<ol>\n");
    for (Recommendation r : report.recommendations()) {
      out.append("<li value=\"").append(r.number()).append("\">").append(page.t(r.action()));
      List<String> notes = new ArrayList<>();
      r.carriedOutBy()
          .ifPresent(b -> notes.add(labelled(w, "report.carriedOutBy", "by", page.t(b))));
      if (!r.dependsOn().isEmpty()) {
        notes.add(
            labelled(
                w,
                "report.dependsOn",
                "numbers",
                r.dependsOn().stream().map(String::valueOf).collect(Collectors.joining(", "))));
      }
      for (Decision d : r.decisions()) {
        StringBuilder note =
            new StringBuilder(
                labelled(
                    w,
                    "report.decision",
                    "outcome",
                    e(
                        w.find(Phrasebook.key("outcome", d.outcome().name()))
                            .orElse(ConstantWords.of(d.outcome().name())))));
        if (!d.takenBy().isEmpty()) {
          note.append(' ')
              .append(
                  labelled(
                      w,
                      "report.decisionBy",
                      "bodies",
                      d.takenBy().stream()
                          .map(
                              id ->
                                  report
                                      .board()
                                      .committee(id)
                                      .map(Committee::name)
                                      .map(page::t)
                                      .orElseGet(() -> e(w.phrase("report.unknownCommittee"))))
                          .collect(Collectors.joining(", "))));
        }
        d.date()
            .ifPresent(
                date ->
                    note.append(' ')
                        .append(labelled(w, "report.decisionOn", "date", e(page.date(date)))));
        notes.add(note.toString());
      }
      if (!r.basedOn().isEmpty() && !publication) {
        notes.add(
            labelled(
                w,
                "report.drawnFrom",
                "sources",
                r.basedOn().stream()
                    .map(ref -> page.w(Words.source(ref, sources, w)))
                    .collect(Collectors.joining(", "))));
      }
      if (!notes.isEmpty()) {
        out.append(" <em>(").append(String.join("; ", notes)).append(")</em>");
      }
      out.append("</li>\n");
    }
    out.append("</ol>\n");
    if (!publication || !report.reasons().isEmpty()) {
      heading(out, w.phrase("report.reasons"));
      paragraphs(report.reasons(), page, out);
    }
    if (!publication || !report.strategyAlignments().isEmpty()) {
      heading(out, w.phrase("report.strategyLinks"));
    }
    for (StrategyAlignment a : report.strategyAlignments()) {
      out.append("<h3>")
          .append(page.t(a.strategy().title()))
          .append("</h3>\n<table>\n<tr><th scope=\"col\">")
          .append(e(w.phrase("report.priority")))
          .append("</th><th scope=\"col\">")
          .append(e(w.phrase("report.ticked")))
          .append("</th><th scope=\"col\">")
          .append(e(w.phrase("report.rationale")))
          .append("</th></tr>\n");
      List<Priority> priorities = a.strategy().priorities();
      for (int i = 0; i < priorities.size(); i++) {
        Priority p = priorities.get(i);
        Optional<AlignmentLink> link = a.linkAt(i);
        out.append("<tr><td>")
            .append(page.t(p.title()))
            .append(p.description().map(d -> " – " + page.t(d)).orElse(""))
            .append("</td><td>")
            .append(link.isPresent() ? "&#10003; " + e(w.phrase("report.yes")) : "")
            .append("</td><td>")
            .append(link.flatMap(AlignmentLink::rationale).map(page::t).orElse(""))
            .append("</td></tr>\n");
      }
      out.append("</table>\n");
      a.statement().ifPresent(s -> out.append("<p>").append(page.t(s)).append("</p>\n"));
    }
    heading(out, w.phrase("report.implications"));
    for (Implication i : report.implications()) {
      out.append("<p><strong>")
          .append(
              i.areas().stream()
                  .sorted()
                  .map(a -> e(upper(w.find(Phrasebook.key("area", a.name())).orElse(a.name()))))
                  .collect(Collectors.joining(", ")))
          .append(":</strong> ")
          .append(page.t(i.statement()))
          .append("</p>\n");
    }
    heading(out, w.phrase("report.equalities"));
    report
        .equalities()
        .ifPresentOrElse(
            q -> {
              if (q.impactAssessment() != ImpactAssessment.UNDECIDED) {
                out.append("<p>")
                    .append(
                        e(
                            w.phrase(
                                q.impactAssessment() == ImpactAssessment.CARRIED_OUT
                                    ? "report.impactCarriedOut"
                                    : "report.impactNotNeeded")))
                    .append("</p>\n");
              }
              q.statement().ifPresent(s -> out.append("<p>").append(page.t(s)).append("</p>\n"));
            },
            () ->
                out.append("<p><em>")
                    .append(e(w.phrase("report.notStated")))
                    .append("</em></p>\n"));
    heading(out, w.phrase("report.risk"));
    report
        .riskAssessment()
        .ifPresentOrElse(
            r -> out.append("<p>").append(page.t(r.statement())).append("</p>\n"),
            () ->
                out.append("<p><em>")
                    .append(e(w.phrase("report.notStated")))
                    .append("</em></p>\n"));
    int number = 0;
    for (ReportSection s : report.sections()) {
      out.append("<h2>")
          .append(s.number())
          .append(". ")
          .append(page.t(s.heading()))
          .append("</h2>\n");
      for (Paragraph p : s.paragraphs()) {
        out.append("<p><strong>").append(e(p.number())).append("</strong> ");
        out.append(p.text().stream().map(page::t).collect(Collectors.joining("</p>\n<p>")));
        out.append("</p>\n");
        if (!p.items().isEmpty()) {
          out.append("<ul>\n");
          for (ListItem item : p.items()) {
            out.append("<li>")
                .append(page.t(item.label()))
                .append(' ')
                .append(page.t(item.text()))
                .append("</li>\n");
          }
          out.append("</ul>\n");
        }
      }
      number = Math.max(number, s.number());
    }
    if (!report.backgroundPapers().isEmpty()) {
      heading(out, w.format("report.backgroundPapers", Map.of("number", ++number)));
      out.append("<ul>\n");
      for (BackgroundPaper p : report.backgroundPapers()) {
        out.append("<li>").append(page.t(p.title()));
        p.link()
            .ifPresent(
                l ->
                    out.append(": ")
                        .append(page.t(l.text()))
                        .append(" (")
                        .append(where(l.target(), w))
                        .append(")"));
        out.append("</li>\n");
      }
      out.append("</ul>\n");
    }
    heading(out, w.format("report.signOff", Map.of("number", number + 1)));
    out.append("<table>\n<tr><th scope=\"col\">")
        .append(e(w.phrase("report.role")))
        .append("</th><th scope=\"col\">")
        .append(e(w.phrase("report.name")))
        .append("</th><th scope=\"col\">")
        .append(e(w.phrase("report.date")))
        .append("</th></tr>\n");
    for (SignOff s : report.signOffs()) {
      out.append("<tr><td>")
          .append(page.t(s.role().title()))
          .append("</td><td>")
          .append(s.name().map(page::t).orElse(""))
          .append("</td><td>")
          .append(
              s.date()
                  .map(page::date)
                  .map(HtmlRenderer::e)
                  .orElseGet(
                      () ->
                          s.dateText()
                              .filter(t -> !(publication && isTemplatePrompt(t)))
                              .map(t -> "<em>" + page.t(t) + "</em>")
                              .orElse("")))
          .append("</td></tr>\n");
    }
    out.append("</table>\n");
  }

  private static String labelled(Phrasebook w, String key, String argument, String html) {
    return HTML.escape(w.format(key, Map.of(argument, "\u0000"))).replace("\u0000", html);
  }

  /** Where a link goes, in words: its address, or that it has none a reader could follow. */
  private static String where(String target, Phrasebook w) {
    String t = target.strip();
    if (t.isEmpty() || t.equals("#")) {
      return e(w.phrase("report.linkNowhere"));
    }
    if (t.startsWith("#")) {
      return labelled(w, "report.linkInPaper", "anchor", e(t.substring(1)));
    }
    return labelled(
        w,
        MarkdownText.linkDestination(t).isPresent() ? "report.linkAt" : "report.linkGivenAs",
        "address",
        e(t));
  }

  private static String person(Person p, Page page) {
    return page.t(p.name()) + p.roleTitle().map(t -> ", " + page.t(t)).orElse("");
  }

  private static void row(StringBuilder out, String label, String html) {
    out.append("<tr><th scope=\"row\">")
        .append(e(label))
        .append("</th><td>")
        .append(html)
        .append("</td></tr>\n");
  }

  private static void heading(StringBuilder out, String text) {
    out.append("<h2>").append(e(text)).append("</h2>\n");
  }

  private static void paragraphs(List<String> paragraphs, Page page, StringBuilder out) {
    paragraphs.forEach(p -> out.append("<p>").append(page.t(p)).append("</p>\n"));
  }

  /** The words with the first letter in upper case, as a label stands: "Financial", "Ariannol". */
  private static String upper(String words) {
    return words.isEmpty()
        ? words
        : words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
  }

  /** Whether a cell holds nothing but a Word template's prompt, which a publication leaves out. */
  private static boolean isTemplatePrompt(String text) {
    String t = text.strip();
    return GovernanceRules.DEFAULT_PLACEHOLDER_TEXTS.stream().anyMatch(t::equalsIgnoreCase);
  }
}
