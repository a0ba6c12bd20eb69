package io.github.hls4j.digest;

import io.github.hls4j.digest.DigestFacts.BarrierFacts;
import io.github.hls4j.digest.DigestFacts.CycleFacts;
import io.github.hls4j.governance.SignOffRole;
import io.github.hls4j.learning.Experiment;
import io.github.hls4j.learning.LearningRecord;
import io.github.hls4j.learning.LearningSpace;
import io.github.hls4j.learning.Visibility;
import io.github.hls4j.stewardship.SystemSteward;
import io.github.hls4j.strategy.Priority;
import io.github.hls4j.system.LearningSystem;
import java.util.ArrayList;
import java.util.List;

/**
 * The text a digest's paper quotes from the system's records, as the records hold it: what the
 * wording puts inside its own sentences as written (a record, a lesson, an experiment's question, a
 * story, a barrier, an answer, a response, a share's purpose, a strategy's or a priority's title, a
 * steward's responsibility, a sign-off row of the board's template, a learning space's cadence).
 * Names (of cycles, organisations, stewards' holders, boards, learning spaces and health rounds)
 * are not among them: a page need not mark a proper name's language.
 */
final class RecordQuotes {

  private RecordQuotes() {}

  /** The passages of {@code facts}, with the responsibilities of {@code system}'s stewards. */
  static List<String> of(DigestFacts facts, LearningSystem system) {
    List<String> quoted = new ArrayList<>();
    for (CycleFacts c : facts.learned()) {
      for (LearningRecord r : c.records()) {
        quoted.add(r.whatHappened());
        r.learned().ifPresent(quoted::add);
      }
      for (Experiment e : c.experiments()) {
        quoted.add(e.question());
        e.learned().ifPresent(quoted::add);
      }
      quoted.addAll(c.stories());
      for (LearningSpace s : c.spaces()) {
        s.cadence().ifPresent(quoted::add);
      }
    }
    for (BarrierFacts b : facts.barriers()) {
      quoted.add(b.description());
      b.escalation().answer().ifPresent(quoted::add);
      for (Visibility v : b.escalation().madeVisible()) {
        v.response().ifPresent(quoted::add);
      }
    }
    facts.overdue().unanswered().forEach(b -> quoted.add(b.description()));
    facts.overdue().notFedBack().forEach(b -> quoted.add(b.description()));
    facts.overdue().responsesOwed().forEach(r -> quoted.add(r.barrier()));
    facts.concerns().forEach(c -> quoted.add(c.purpose()));
    facts.recommendations().forEach(r -> r.response().ifPresent(quoted::add));
    quoted.addAll(facts.uncovered());
    quoted.addAll(facts.servedOnlyByTicks());
    for (DigestFacts.Served s : facts.alignments()) {
      quoted.add(s.strategy().title());
      for (Priority p : s.strategy().priorities()) {
        quoted.add(p.title());
        p.description().ifPresent(quoted::add);
      }
    }
    for (SignOffRole role : facts.signOffRoles()) {
      quoted.add(role.title());
    }
    for (SystemSteward s : system.stewards()) {
      quoted.addAll(s.responsibilities());
    }
    return quoted;
  }
}
