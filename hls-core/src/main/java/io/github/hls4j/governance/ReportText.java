package io.github.hls4j.governance;

import io.github.hls4j.party.Person;
import io.github.hls4j.strategy.AlignmentLink;
import io.github.hls4j.strategy.StrategyAlignment;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Visits every piece of free text in a board report, with its path. The walk keeps the path in one
 * buffer, adding a property on the way in and cutting it on the way out; a path becomes a string
 * only when a visitor asks for it, so a walk that finds nothing builds no strings and allocates
 * nothing per field.
 */
final class ReportText implements Supplier<String> {

  /** Receives one piece of text and, on demand, its path. */
  interface Visitor {
    /**
     * Visits a text. The path supplier is valid only during this call.
     *
     * @param path gives the text's path, such as {@code recommendations[0].action}
     * @param text the text
     */
    void visit(Supplier<String> path, String text);
  }

  private final StringBuilder path = new StringBuilder(64);
  private final Visitor visitor;

  private ReportText(Visitor visitor) {
    this.visitor = visitor;
  }

  static void forEach(BoardReport report, Visitor visitor) {
    new ReportText(visitor).report(report);
  }

  /** Returns the path of the text being visited. */
  @Override
  public String get() {
    return path.toString();
  }

  private void report(BoardReport report) {
    text("title", report.title());
    person("leadOfficer", report.leadOfficer());
    person("author", report.author());
    list("summary", report.summary());
    optional("recommendationsPreamble", report.recommendationsPreamble());
    List<Recommendation> recommendations = report.recommendations();
    for (int i = 0; i < recommendations.size(); i++) {
      int mark = enter("recommendations", i);
      text("action", recommendations.get(i).action());
      optional("carriedOutBy", recommendations.get(i).carriedOutBy());
      path.setLength(mark);
    }
    list("reasons", report.reasons());
    List<StrategyAlignment> alignments = report.strategyAlignments();
    for (int i = 0; i < alignments.size(); i++) {
      int mark = enter("strategyAlignments", i);
      List<AlignmentLink> links = alignments.get(i).links();
      for (int j = 0; j < links.size(); j++) {
        int link = enter("links", j);
        optional("rationale", links.get(j).rationale());
        path.setLength(link);
      }
      optional("statement", alignments.get(i).statement());
      path.setLength(mark);
    }
    List<Implication> implications = report.implications();
    for (int i = 0; i < implications.size(); i++) {
      int mark = enter("implications", i);
      text("statement", implications.get(i).statement());
      path.setLength(mark);
    }
    if (report.equalities().isPresent()) {
      int mark = enter("equalities");
      optional("statement", report.equalities().get().statement());
      path.setLength(mark);
    }
    if (report.riskAssessment().isPresent()) {
      int mark = enter("riskAssessment");
      text("statement", report.riskAssessment().get().statement());
      list("risks", report.riskAssessment().get().risks());
      path.setLength(mark);
    }
    sections(report.sections());
    List<BackgroundPaper> papers = report.backgroundPapers();
    for (int i = 0; i < papers.size(); i++) {
      int mark = enter("backgroundPapers", i);
      text("title", papers.get(i).title());
      if (papers.get(i).link().isPresent()) {
        enter("link");
        text("text", papers.get(i).link().get().text());
      }
      path.setLength(mark);
    }
    List<SignOff> signOffs = report.signOffs();
    for (int i = 0; i < signOffs.size(); i++) {
      int mark = enter("signOffs", i);
      optional("name", signOffs.get(i).name());
      optional("dateText", signOffs.get(i).dateText());
      path.setLength(mark);
    }
  }

  private void sections(List<ReportSection> sections) {
    for (int i = 0; i < sections.size(); i++) {
      int section = enter("sections", i);
      text("heading", sections.get(i).heading());
      List<Paragraph> paragraphs = sections.get(i).paragraphs();
      for (int j = 0; j < paragraphs.size(); j++) {
        int paragraph = enter("paragraphs", j);
        list("text", paragraphs.get(j).text());
        List<ListItem> items = paragraphs.get(j).items();
        for (int k = 0; k < items.size(); k++) {
          int item = enter("items", k);
          text("text", items.get(k).text());
          path.setLength(item);
        }
        path.setLength(paragraph);
      }
      path.setLength(section);
    }
  }

  private void person(String property, Person person) {
    int mark = enter(property);
    text("name", person.name());
    optional("roleTitle", person.roleTitle());
    path.setLength(mark);
  }

  private void list(String property, List<String> texts) {
    for (int i = 0; i < texts.size(); i++) {
      int mark = enter(property, i);
      visitor.visit(this, texts.get(i));
      path.setLength(mark);
    }
  }

  private void optional(String property, Optional<String> text) {
    if (text.isPresent()) {
      text(property, text.get());
    }
  }

  private void text(String property, String text) {
    int mark = enter(property);
    visitor.visit(this, text);
    path.setLength(mark);
  }

  /** Adds a property to the path and returns the length to cut it back to. */
  private int enter(String property) {
    int mark = path.length();
    if (mark > 0) {
      path.append('.');
    }
    path.append(property);
    return mark;
  }

  private int enter(String property, int index) {
    int mark = enter(property);
    path.append('[').append(index).append(']');
    return mark;
  }
}
