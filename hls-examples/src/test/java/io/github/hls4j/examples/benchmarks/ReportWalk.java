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
 * The floor: the cheapest pass that touches every field of a board report once, reading every
 * character of its text, so that the cost of validation can be stated as a multiple of it. A rule
 * such as {@code governance/placeholder-text} must read every character, so a floor that read only
 * lengths would not be a pass over the same data.
 */
final class ReportWalk {

  private ReportWalk() {}

  static long walk(BoardReport r) {
    long h = chars(r.id().value()) + chars(r.title()) + chars(r.board().name());
    h += r.meetingDate().map(d -> d.getDayOfYear()).orElse(0);
    h +=
        chars(r.leadOfficer().name())
            + chars(r.author().name())
            + text(r.leadOfficer().roleTitle());
    h += r.contact().map(c -> text(c.email()) + text(c.telephone())).orElse(0);
    h += texts(r.summary()) + text(r.recommendationsPreamble()) + texts(r.reasons());
    for (Recommendation rec : r.recommendations()) {
      h +=
          rec.number()
              + chars(rec.action())
              + text(rec.carriedOutBy())
              + rec.dependsOn().size()
              + rec.decisions().size();
    }
    for (StrategyAlignment a : r.strategyAlignments()) {
      h += a.strategy().priorities().size() + text(a.statement());
      for (AlignmentLink l : a.links()) {
        h += chars(l.priority().value()) + text(l.rationale());
      }
    }
    for (Implication i : r.implications()) {
      h += i.areas().size() + chars(i.statement());
    }
    h += r.equalities().map(e -> e.impactAssessment().ordinal() + text(e.statement())).orElse(0);
    h += r.riskAssessment().map(k -> chars(k.statement()) + texts(k.risks())).orElse(0);
    for (ReportSection s : r.sections()) {
      h += s.number() + chars(s.heading()) + s.kind().ordinal();
      for (Paragraph p : s.paragraphs()) {
        h += chars(p.number()) + texts(p.text());
        for (ListItem item : p.items()) {
          h += chars(item.label()) + chars(item.text());
        }
      }
    }
    for (BackgroundPaper b : r.backgroundPapers()) {
      h += chars(b.title()) + b.link().map(l -> chars(l.text()) + chars(l.target())).orElse(0);
    }
    for (SignOff s : r.signOffs()) {
      h +=
          chars(s.role().title())
              + s.role().kind().ordinal()
              + text(s.name())
              + text(s.dateText())
              + s.date().map(d -> d.getDayOfYear()).orElse(0);
    }
    return h;
  }

  private static int chars(String text) {
    int sum = 0;
    for (int i = 0; i < text.length(); i++) {
      sum += text.charAt(i);
    }
    return sum;
  }

  private static int text(Optional<String> text) {
    return text.map(ReportWalk::chars).orElse(0);
  }

  private static int texts(List<String> texts) {
    int n = 0;
    for (String t : texts) {
      n += chars(t);
    }
    return n;
  }
}
