package io.github.hls4j.learning;

import io.github.hls4j.internal.Checks;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Something a cycle learned: an insight, a success, an error, a surprise or a barrier, with its
 * evidence. An error is recorded for what happened and what was learned; the model has no place
 * for blame. Personal data lives only in evidence marked as such, so that {@link #redacted()} can
 * make a copy that can be shared without it.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class LearningRecord {

  LearningRecord() {}

  /**
   * Returns a new builder. The kind and what happened are required; the sensitivity defaults to
   * {@link Sensitivity#OFFICIAL}.
   *
   * @return a builder
   * @since 0.1.0
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns what the record is about.
   *
   * @return the kind
   * @since 0.1.0
   */
  public abstract RecordKind kind();

  /**
   * Returns what happened.
   *
   * @return the account
   * @since 0.1.0
   */
  public abstract String whatHappened();

  /**
   * Returns what was learned.
   *
   * @return the learning, if recorded
   * @since 0.1.0
   */
  public abstract Optional<String> learned();

  /**
   * Returns the evidence: stories and numbers both count.
   *
   * @return an unmodifiable list
   * @since 0.1.0
   */
  public abstract List<Evidence> evidence();

  /**
   * Returns the record's classification.
   *
   * @return the sensitivity
   * @since 0.1.0
   */
  @Value.Default
  public Sensitivity sensitivity() {
    return Sensitivity.OFFICIAL;
  }

  /**
   * Returns the note a redacted copy carries to say what was removed.
   *
   * @return the note, on a redacted copy
   * @since 0.1.0
   */
  public abstract Optional<String> redactionNote();

  /**
   * Returns whether any evidence holds personal data.
   *
   * @return {@code true} if the record holds personal data
   * @since 0.1.0
   */
  public boolean containsPersonalData() {
    return evidence().stream().anyMatch(Evidence::personalData);
  }

  /**
   * Returns a copy without the evidence that holds personal data, saying so in its {@link
   * #redactionNote()}; the record itself when it holds none.
   *
   * @return the shareable copy
   * @since 0.1.0
   */
  public LearningRecord redacted() {
    if (!containsPersonalData()) {
      return this;
    }
    List<Evidence> kept = evidence().stream().filter(e -> !e.personalData()).toList();
    int removed = evidence().size() - kept.size();
    return builder()
        .from(this)
        .evidence(kept)
        .redactionNote("Redacted: " + removed + " piece(s) of evidence holding personal data removed")
        .build();
  }

  @Value.Check
  void check() {
    Checks.notBlank("LearningRecord", "whatHappened", whatHappened());
  }

  /**
   * Builds a {@link LearningRecord}. A builder is single-threaded.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableLearningRecord.Builder {
    Builder() {}
  }
}
