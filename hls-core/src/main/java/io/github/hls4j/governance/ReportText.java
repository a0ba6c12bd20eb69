package io.github.hls4j.governance;

import io.github.hls4j.party.Person;
import io.github.hls4j.strategy.AlignmentLink;
import io.github.hls4j.strategy.StrategyAlignment;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Visits every piece of free text in a board report, with its path. Paths are built only when a
 * visitor asks for one, so that a walk that finds nothing builds no strings.
 */
final class ReportText {

  /** Receives one piece of text and, on demand, its path. */
  interface Visitor {
    void visit(Supplier<String> path, String text);
  }

  private ReportText() {}

  static void forEach(BoardReport report, Visitor visitor) {
    visitor.visit(() -> "title", report.title());
    person(() -> "leadOfficer", report.leadOfficer(), visitor);
    person(() -> "author", report.author(), visitor);
    list(() -> "summary", report.summary(), visitor);
    optional(() -> "recommendationsPreamble", report.recommendationsPreamble(), visitor);
    List<Recommendation> recommendations = report.recommendations();
    for (int i = 0; i < recommendations.size(); i++) {
      Supplier<String> at = indexed("recommendations", i);
      Recommendation r = recommendations.get(i);
      visitor.visit(() -> at.get() + ".action", r.action());
      optional(() -> at.get() + ".carriedOutBy", r.carriedOutBy(), visitor);
    }
    list(() -> "reasons", report.reasons(), visitor);
    List<StrategyAlignment> alignments = report.strategyAlignments();
    for (int i = 0; i < alignments.size(); i++) {
      Supplier<String> at = indexed("strategyAlignments", i);
      List<AlignmentLink> links = alignments.get(i).links();
      for (int j = 0; j < links.size(); j++) {
        int link = j;
        optional(() -> at.get() + ".links[" + link + "].rationale", links.get(j).rationale(), visitor);
      }
      optional(() -> at.get() + ".statement", alignments.get(i).statement(), visitor);
    }
    List<Implication> implications = report.implications();
    for (int i = 0; i < implications.size(); i++) {
      Supplier<String> at = indexed("implications", i);
      visitor.visit(() -> at.get() + ".statement", implications.get(i).statement());
    }
    report.equalities().ifPresent(e -> optional(() -> "equalities.statement", e.statement(), visitor));
    report
        .riskAssessment()
        .ifPresent(
            r -> {
              visitor.visit(() -> "riskAssessment.statement", r.statement());
              list(() -> "riskAssessment.risks", r.risks(), visitor);
            });
    sections(report.sections(), visitor);
    List<BackgroundPaper> papers = report.backgroundPapers();
    for (int i = 0; i < papers.size(); i++) {
      Supplier<String> at = indexed("backgroundPapers", i);
      visitor.visit(() -> at.get() + ".title", papers.get(i).title());
      papers.get(i).link().ifPresent(l -> visitor.visit(() -> at.get() + ".link.text", l.text()));
    }
    List<SignOff> signOffs = report.signOffs();
    for (int i = 0; i < signOffs.size(); i++) {
      Supplier<String> at = indexed("signOffs", i);
      optional(() -> at.get() + ".name", signOffs.get(i).name(), visitor);
      optional(() -> at.get() + ".dateText", signOffs.get(i).dateText(), visitor);
    }
  }

  private static void sections(List<ReportSection> sections, Visitor visitor) {
    for (int i = 0; i < sections.size(); i++) {
      Supplier<String> section = indexed("sections", i);
      visitor.visit(() -> section.get() + ".heading", sections.get(i).heading());
      List<Paragraph> paragraphs = sections.get(i).paragraphs();
      for (int j = 0; j < paragraphs.size(); j++) {
        int p = j;
        Supplier<String> paragraph = () -> section.get() + ".paragraphs[" + p + "]";
        list(() -> paragraph.get() + ".text", paragraphs.get(j).text(), visitor);
        List<ListItem> items = paragraphs.get(j).items();
        for (int k = 0; k < items.size(); k++) {
          int item = k;
          visitor.visit(() -> paragraph.get() + ".items[" + item + "].text", items.get(k).text());
        }
      }
    }
  }

  private static Supplier<String> indexed(String property, int index) {
    return () -> property + "[" + index + "]";
  }

  private static void person(Supplier<String> path, Person person, Visitor visitor) {
    visitor.visit(() -> path.get() + ".name", person.name());
    optional(() -> path.get() + ".roleTitle", person.roleTitle(), visitor);
  }

  private static void list(Supplier<String> path, List<String> texts, Visitor visitor) {
    for (int i = 0; i < texts.size(); i++) {
      int index = i;
      visitor.visit(() -> path.get() + "[" + index + "]", texts.get(i));
    }
  }

  private static void optional(Supplier<String> path, Optional<String> text, Visitor visitor) {
    text.ifPresent(t -> visitor.visit(path, t));
  }
}
