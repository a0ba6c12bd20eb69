package io.github.hls4j.examples.benchmarks;

import io.github.hls4j.governance.BackgroundPaper;
import io.github.hls4j.governance.BoardReport;
import io.github.hls4j.governance.Implication;
import io.github.hls4j.governance.ListItem;
import io.github.hls4j.governance.Paragraph;
import io.github.hls4j.governance.Recommendation;
import io.github.hls4j.governance.ReportSection;
import io.github.hls4j.governance.SignOff;
import io.github.hls4j.strategy.AlignmentLink;
import io.github.hls4j.strategy.StrategyAlignment;
import java.util.List;
import java.util.Optional;

/**
 * The floor: the cheapest pass that touches every field of a board report once, so that the cost of
 * validation can be stated as a multiple of it.
 */
final class ReportWalk {

  private ReportWalk() {}

  static long walk(BoardReport r) {
    long h = r.id().value().length() + r.title().length() + r.board().name().length();
    h += r.meetingDate().map(d -> d.getDayOfYear()).orElse(0);
    h += r.leadOfficer().name().length() + r.author().name().length() + text(r.leadOfficer().roleTitle());
    h += r.contact().flatMap(c -> c.email()).map(String::length).orElse(0);
    h += texts(r.summary()) + text(r.recommendationsPreamble()) + texts(r.reasons());
    for (Recommendation rec : r.recommendations()) {
      h += rec.number() + rec.action().length() + text(rec.carriedOutBy()) + rec.dependsOn().size() + rec.decisions().size();
    }
    for (StrategyAlignment a : r.strategyAlignments()) {
      h += a.strategy().priorities().size() + text(a.statement());
      for (AlignmentLink l : a.links()) {
        h += l.priority().value().length() + text(l.rationale());
      }
    }
    for (Implication i : r.implications()) {
      h += i.areas().size() + i.statement().length();
    }
    h += r.equalities().map(e -> e.impactAssessment().ordinal() + text(e.statement())).orElse(0);
    h += r.riskAssessment().map(k -> k.statement().length() + texts(k.risks())).orElse(0);
    for (ReportSection s : r.sections()) {
      h += s.number() + s.heading().length() + s.kind().ordinal();
      for (Paragraph p : s.paragraphs()) {
        h += p.number().length() + texts(p.text());
        for (ListItem item : p.items()) {
          h += item.label().length() + item.text().length();
        }
      }
    }
    for (BackgroundPaper b : r.backgroundPapers()) {
      h += b.title().length() + b.link().map(l -> l.text().length() + l.target().length()).orElse(0);
    }
    for (SignOff s : r.signOffs()) {
      h += s.role().title().length() + s.role().kind().ordinal() + text(s.name()) + text(s.dateText())
          + s.date().map(d -> d.getDayOfYear()).orElse(0);
    }
    return h;
  }

  private static int text(Optional<String> text) {
    return text.map(String::length).orElse(0);
  }

  private static int texts(List<String> texts) {
    int n = 0;
    for (String t : texts) {
      n += t.length();
    }
    return n;
  }
}
