package io.github.hls4j.render;

import static java.util.Objects.requireNonNull;

import io.github.hls4j.governance.SourceRef;
import io.github.hls4j.learning.CycleId;
import io.github.hls4j.learning.Escalation;
import io.github.hls4j.learning.LearningCycle;
import io.github.hls4j.party.Party;
import io.github.hls4j.stewardship.StewardId;
import io.github.hls4j.strategy.Priority;
import io.github.hls4j.strategy.PriorityId;
import io.github.hls4j.system.LearningSystem;
import java.util.Optional;

/**
 * Names the items a drafted recommendation was drawn from ({@link
 * io.github.hls4j.governance.Recommendation#basedOn()}), so that a page says "drawn from: the
 * escalation ‘Funding regime …’" rather than the model's id. A report holds its sources by kind and
 * id only; the names come from the learning system they refer to, when the page is rendered. A
 * source the names do not know is shown by its kind and id ({@link SourceRef#describe()}).
 *
 * <pre>{@code
 * String markdown = MarkdownRenderer.render(paper, SourceNames.of(system));
 * }</pre>
 *
 * <p>A learning digest gives names redacted as its paper is: {@code
 * io.github.hls4j.digest.LearningDigest#sourceNames()}.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface SourceNames {

  /**
   * Returns the name of the item a reference points at, as a reader knows it: an escalation's
   * barrier, a learning cycle's name, a priority's title, the name of a steward's holder.
   *
   * @param source the reference
   * @return the name, or empty when the item is not known
   * @since 0.1.0
   */
  Optional<String> name(SourceRef source);

  /**
   * Returns names that know no item: every source is shown by its kind and id.
   *
   * @return the names
   * @since 0.1.0
   */
  static SourceNames none() {
    return source -> Optional.empty();
  }

  /**
   * Returns the names of the items of a learning system, as the model holds them (not redacted).
   *
   * @param system the system the sources refer to
   * @return the names
   * @throws NullPointerException if {@code system} is null
   * @since 0.1.0
   */
  static SourceNames of(LearningSystem system) {
    requireNonNull(system, "system");
    return source -> {
      requireNonNull(source, "source");
      switch (source.kind()) {
        case ESCALATION:
          return system.escalations().stream()
              .filter(e -> e.id().value().equals(source.id()))
              .findFirst()
              .map(Escalation::barrier)
              .map(b -> b.description());
        case LEARNING_CYCLE:
          return system.cycle(CycleId.of(source.id())).map(LearningCycle::name);
        case PRIORITY:
          return system.priority(PriorityId.of(source.id())).map(Priority::title);
        case STEWARD:
          return system
              .steward(StewardId.of(source.id()))
              .flatMap(s -> system.party(s.heldBy()))
              .map(Party::name);
        default:
          return Optional.empty();
      }
    };
  }
}
