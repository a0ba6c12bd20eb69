package io.github.hls4j.digest;

import static io.github.hls4j.digest.DigestWording.constants;
import static io.github.hls4j.digest.DigestWording.isoDate;
import static io.github.hls4j.digest.DigestWording.upper;

import io.github.hls4j.digest.DigestFacts.BarrierFacts;
import io.github.hls4j.digest.DigestFacts.CycleFacts;
import io.github.hls4j.digest.DigestFacts.Power;
import io.github.hls4j.governance.ListItem;
import io.github.hls4j.governance.Paragraph;
import io.github.hls4j.learning.Escalation;
import io.github.hls4j.learning.Experiment;
import io.github.hls4j.learning.LearningRecord;
import io.github.hls4j.learning.LearningSpace;
import io.github.hls4j.learning.Visibility;
import io.github.hls4j.validation.Phrasebook;
import io.github.hls4j.validation.RuleMessages;
import io.github.hls4j.validation.Violation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes the sections of a digest's paper on the system itself: what was learned, the barriers,
 * what is overdue, the concerns and the gaps.
 */
final class PaperSections {

  private final DigestWords words;

  private final DigestFacts facts;

  PaperSections(DigestWords words, DigestFacts facts) {
    this.words = words;
    this.facts = facts;
  }

  List<Paragraph.Builder> whatWasLearned() {
    List<Paragraph.Builder> paragraphs = new ArrayList<>();
    if (facts.learned().isEmpty()) {
      return paragraphs;
    }
    Map<String, List<String>> byTheme = new LinkedHashMap<>();
    for (CycleFacts c : facts.learned()) {
      for (String theme :
          c.themes().isEmpty() ? List.of(words.get("learned.noTheme")) : c.themes()) {
        byTheme
            .computeIfAbsent(theme, t -> new ArrayList<>())
            .add(c.name() + " (" + words.count("records", c.records().size()) + ")");
      }
    }
    Paragraph.Builder themes = Paragraph.builder().addText(words.get("learned.byTheme"));
    byTheme.forEach(
        (theme, cycles) ->
            themes.addItems(
                ListItem.of(
                    "", words.get("learned.theme", "theme", theme, "cycles", words.list(cycles)))));
    paragraphs.add(themes);
    for (CycleFacts c : facts.learned()) {
      Paragraph.Builder p =
          Paragraph.builder()
              .addText(
                  words.get(
                      "learned.cycle",
                      "name",
                      c.name(),
                      "scale",
                      words.of("scale", c.scale()),
                      "phase",
                      c.phase()
                          .map(ph -> words.get("learned.phase", "phase", words.of("phase", ph)))
                          .orElse(""),
                      "records",
                      words.count("records", c.records().size())));
      where(c).ifPresent(p::addText);
      Labels label = new Labels();
      for (LearningRecord r : c.records()) {
        p.addItems(
            ListItem.of(
                label.next(),
                words.get(
                        "learned.record",
                        "kind",
                        words.of("record", r.kind()),
                        "date",
                        r.recordedOn().orElseThrow(),
                        "what",
                        DigestWords.sentence(r.whatHappened()))
                    + r.learned()
                        .map(l -> words.get("learned.lesson", "lesson", DigestWords.sentence(l)))
                        .orElse("")));
      }
      for (Experiment e : c.experiments()) {
        p.addItems(
            ListItem.of(
                label.next(),
                words.get(
                        "learned.experiment",
                        "decision",
                        words.of("decided", e.decision().orElseThrow()),
                        "question",
                        DigestWords.sentence(e.question()))
                    + e.learned()
                        .map(l -> words.get("learned.lesson", "lesson", DigestWords.sentence(l)))
                        .orElse("")));
      }
      for (String story : c.stories()) {
        p.addItems(ListItem.of(label.next(), words.get("learned.story", "story", story.strip())));
      }
      paragraphs.add(p);
    }
    return paragraphs;
  }

  private Optional<String> where(CycleFacts c) {
    List<String> spaces = new ArrayList<>();
    for (LearningSpace s : c.spaces()) {
      spaces.add(
          s.cadence()
              .map(cadence -> words.get("learned.space", "name", s.name(), "cadence", cadence))
              .orElse(s.name()));
    }
    if (spaces.isEmpty() && c.partners().isEmpty()) {
      return Optional.empty();
    }
    String partners = words.list(c.partners());
    String where =
        spaces.isEmpty()
            ? words.get("learned.where.partnersOnly", "partners", partners)
            : words.get("learned.where.spaces", "spaces", words.list(spaces))
                + (c.partners().isEmpty()
                    ? ""
                    : words.get("learned.where.partners", "partners", partners));
    return Optional.of(upper(where) + ".");
  }

  List<Paragraph.Builder> barriers() {
    List<Paragraph.Builder> paragraphs = new ArrayList<>();
    for (BarrierFacts b : facts.barriers()) {
      Escalation e = b.escalation();
      String route =
          b.power() == Power.PARTNER && b.answerer().isEmpty()
              ? words.get("barrier.PARTNER.none")
              : words.get(
                  String.join(".", "barrier", b.power().name()),
                  "answerer",
                  b.answerer().orElse(""));
      String status =
          switch (e.status()) {
            case OPEN -> words.get("barrier.OPEN", "date", e.respondBy());
            case ANSWERED ->
                words.get(
                    "barrier.ANSWERED",
                    "date",
                    answered(e),
                    "answer",
                    DigestWords.sentence(e.answer().orElse("")));
            case CLOSED ->
                words.get("barrier.CLOSED", "answer", DigestWords.sentence(e.answer().orElse("")));
          };
      Paragraph.Builder p =
          Paragraph.builder()
              .addText(
                  words.get(
                          "barrier",
                          "barrier",
                          b.description(),
                          "level",
                          words.of("level", b.level()),
                          "kind",
                          words.of("kind", b.kind()),
                          "organisation",
                          b.organisation(),
                          "cycle",
                          b.raisedBy(),
                          "date",
                          e.raisedOn())
                      + " "
                      + route
                      + " "
                      + status);
      Labels label = new Labels();
      for (Visibility v : e.madeVisible()) {
        p.addItems(
            ListItem.of(
                label.next(),
                v.response()
                    .map(
                        r ->
                            words.get(
                                "visible.answered",
                                "to",
                                v.to(),
                                "date",
                                v.on(),
                                "response",
                                DigestWords.sentence(r)))
                    .orElse(
                        words.get(
                            "visible.waiting",
                            "to",
                            v.to(),
                            "date",
                            v.on(),
                            "due",
                            v.respondBy()))));
      }
      paragraphs.add(p);
    }
    return paragraphs;
  }

  private String answered(Escalation e) {
    return e.answeredOn().map(words::day).orElse(words.get("barrier.unrecorded"));
  }

  List<Paragraph.Builder> overdue() {
    List<Paragraph.Builder> paragraphs = new ArrayList<>();
    DigestFacts.Overdue o = facts.overdue();
    if (!o.unanswered().isEmpty()) {
      Paragraph.Builder p = Paragraph.builder().addText(words.get("overdue.unanswered"));
      o.unanswered()
          .forEach(
              b ->
                  p.addItems(
                      ListItem.of(
                          "",
                          words.get(
                              "overdue.unanswered.item",
                              "barrier",
                              b.description(),
                              "date",
                              b.escalation().respondBy(),
                              "with",
                              b.answerer()
                                  .map(a -> words.get("overdue.with", "answerer", a))
                                  .orElse("")))));
      paragraphs.add(p);
    }
    if (!o.notFedBack().isEmpty()) {
      Paragraph.Builder p = Paragraph.builder().addText(words.get("overdue.notFedBack"));
      o.notFedBack()
          .forEach(
              b ->
                  p.addItems(
                      ListItem.of(
                          "",
                          words.get(
                              "overdue.notFedBack.item",
                              "barrier",
                              b.description(),
                              "date",
                              answered(b.escalation()),
                              "cycle",
                              b.raisedBy()))));
      paragraphs.add(p);
    }
    if (!o.responsesOwed().isEmpty()) {
      Paragraph.Builder p = Paragraph.builder().addText(words.get("overdue.owed"));
      o.responsesOwed()
          .forEach(
              r ->
                  p.addItems(
                      ListItem.of(
                          "",
                          words.get(
                              "overdue.owed.item",
                              "to",
                              r.to(),
                              "barrier",
                              r.barrier(),
                              "date",
                              r.due()))));
      paragraphs.add(p);
    }
    if (!o.reviews().isEmpty()) {
      Paragraph.Builder p = Paragraph.builder().addText(words.get("overdue.reviews"));
      o.reviews()
          .forEach(
              r ->
                  p.addItems(
                      ListItem.of(
                          "",
                          words.get(
                              "overdue.reviews.item",
                              "cycle",
                              r.cycle(),
                              "date",
                              r.due(),
                              "owner",
                              r.owner()))));
      paragraphs.add(p);
    }
    return paragraphs;
  }

  List<Paragraph.Builder> concerns() {
    List<Paragraph.Builder> paragraphs = new ArrayList<>();
    if (!facts.concerns().isEmpty()) {
      Paragraph.Builder p = Paragraph.builder().addText(words.get("concerns"));
      facts
          .concerns()
          .forEach(
              c ->
                  p.addItems(
                      ListItem.of(
                          "",
                          words.get(
                              "concerns.item",
                              "from",
                              c.from(),
                              "to",
                              c.to(),
                              "purpose",
                              c.purpose()))));
      paragraphs.add(p);
    }
    if (!facts.errors().isEmpty()) {
      Phrasebook messages = RuleMessages.phrasebook(words.locale());
      Paragraph.Builder p =
          Paragraph.builder().addText(words.count("concerns.errors", facts.errors().size()));
      for (Violation v : facts.errors()) {
        p.addItems(
            ListItem.of(
                "",
                words.get(
                    "concerns.error",
                    "message",
                    DigestWords.sentence(RuleMessages.message(dated(v), messages)))));
      }
      paragraphs.add(p);
    }
    return paragraphs;
  }

  /**
   * The finding with each argument that is a date written as the paper writes dates, and each
   * constant in it, such as {@code FUNDING_REGIME} or {@code [THRESHOLD]}, in words.
   */
  private Violation dated(Violation v) {
    Map<String, String> arguments = new LinkedHashMap<>();
    v.arguments()
        .forEach(
            (name, value) -> {
              if (name.equals("kind") && words.has(String.join(".", "kind", value))) {
                // a barrier's kind, in words
                arguments.put(name, words.get(String.join(".", "kind", value)));
              } else {
                arguments.put(
                    name, isoDate(value).map(words::day).orElseGet(() -> constants(value)));
              }
            });
    return Violation.of(
        v.rule(), v.severity(), v.path(), v.messageKey(), v.messageTemplate(), arguments);
  }

  List<Paragraph.Builder> gaps() {
    List<Paragraph.Builder> paragraphs = new ArrayList<>();
    titled(paragraphs, "gaps.uncovered", facts.uncovered());
    titled(paragraphs, "gaps.onlyTicked", facts.servedOnlyByTicks());
    if (!facts.unansweredQuestions().isEmpty()) {
      Paragraph.Builder p = Paragraph.builder().addText(words.get("gaps.questions"));
      facts
          .unansweredQuestions()
          .forEach(
              (steward, questions) ->
                  p.addItems(
                      ListItem.of(
                          "",
                          words.get(
                              "gaps.question.item",
                              "steward",
                              steward,
                              "questions",
                              words.list(
                                  questions.stream()
                                      .map(q -> words.of("question", q))
                                      .toList())))));
      paragraphs.add(p);
    }
    return paragraphs;
  }

  private void titled(List<Paragraph.Builder> into, String key, List<String> titles) {
    if (!titles.isEmpty()) {
      Paragraph.Builder p = Paragraph.builder().addText(words.get(key));
      titles.forEach(t -> p.addItems(ListItem.of("", words.get("item.title", "title", t))));
      into.add(p);
    }
  }

  /** Labels of list items: (a) to (z), then round again. */
  private static final class Labels {
    private char label = 'a';

    String next() {
      String out = "(" + label + ")";
      label = label == 'z' ? 'a' : (char) (label + 1);
      return out;
    }
  }
}
