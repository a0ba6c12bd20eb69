package io.github.hls4j.governance;

import io.github.hls4j.party.Person;
import io.github.hls4j.strategy.AlignmentLink;
import io.github.hls4j.strategy.StrategyAlignment;
import java.util.List;
import java.util.Optional;

/** Visits every piece of free text in a board report, with its path. */
final class ReportText {

  /** Receives one piece of text and its path. */
  interface Visitor {
    void visit(String path, String text);
  }

  private ReportText() {}

  static void forEach(BoardReport report, Visitor visitor) {
    visitor.visit("title", report.title());
    person("leadOfficer", report.leadOfficer(), visitor);
    person("author", report.author(), visitor);
    list("summary", report.summary(), visitor);
    optional("recommendationsPreamble", report.recommendationsPreamble(), visitor);
    List<Recommendation> recommendations = report.recommendations();
    for (int i = 0; i < recommendations.size(); i++) {
      Recommendation r = recommendations.get(i);
      visitor.visit("recommendations[" + i + "].action", r.action());
      optional("recommendations[" + i + "].carriedOutBy", r.carriedOutBy(), visitor);
    }
    list("reasons", report.reasons(), visitor);
    List<StrategyAlignment> alignments = report.strategyAlignments();
    for (int i = 0; i < alignments.size(); i++) {
      List<AlignmentLink> links = alignments.get(i).links();
      for (int j = 0; j < links.size(); j++) {
        optional(
            "strategyAlignments[" + i + "].links[" + j + "].rationale",
            links.get(j).rationale(),
            visitor);
      }
      optional("strategyAlignments[" + i + "].statement", alignments.get(i).statement(), visitor);
    }
    List<Implication> implications = report.implications();
    for (int i = 0; i < implications.size(); i++) {
      visitor.visit("implications[" + i + "].statement", implications.get(i).statement());
    }
    report
        .equalities()
        .ifPresent(e -> optional("equalities.statement", e.statement(), visitor));
    report
        .riskAssessment()
        .ifPresent(
            r -> {
              visitor.visit("riskAssessment.statement", r.statement());
              list("riskAssessment.risks", r.risks(), visitor);
            });
    sections(report.sections(), visitor);
    List<BackgroundPaper> papers = report.backgroundPapers();
    for (int i = 0; i < papers.size(); i++) {
      String path = "backgroundPapers[" + i + "]";
      visitor.visit(path + ".title", papers.get(i).title());
      papers.get(i).link().ifPresent(l -> visitor.visit(path + ".link.text", l.text()));
    }
    List<SignOff> signOffs = report.signOffs();
    for (int i = 0; i < signOffs.size(); i++) {
      optional("signOffs[" + i + "].name", signOffs.get(i).name(), visitor);
      optional("signOffs[" + i + "].dateText", signOffs.get(i).dateText(), visitor);
    }
  }

  private static void sections(List<ReportSection> sections, Visitor visitor) {
    for (int i = 0; i < sections.size(); i++) {
      String section = "sections[" + i + "]";
      visitor.visit(section + ".heading", sections.get(i).heading());
      List<Paragraph> paragraphs = sections.get(i).paragraphs();
      for (int j = 0; j < paragraphs.size(); j++) {
        String paragraph = section + ".paragraphs[" + j + "]";
        list(paragraph + ".text", paragraphs.get(j).text(), visitor);
        List<ListItem> items = paragraphs.get(j).items();
        for (int k = 0; k < items.size(); k++) {
          visitor.visit(paragraph + ".items[" + k + "].text", items.get(k).text());
        }
      }
    }
  }

  private static void person(String path, Person person, Visitor visitor) {
    visitor.visit(path + ".name", person.name());
    optional(path + ".roleTitle", person.roleTitle(), visitor);
  }

  private static void list(String path, List<String> texts, Visitor visitor) {
    for (int i = 0; i < texts.size(); i++) {
      visitor.visit(path + "[" + i + "]", texts.get(i));
    }
  }

  private static void optional(String path, Optional<String> text, Visitor visitor) {
    text.ifPresent(t -> visitor.visit(path, t));
  }
}
