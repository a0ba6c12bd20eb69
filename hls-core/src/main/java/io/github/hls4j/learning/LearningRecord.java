package io.github.hls4j.learning;

import io.github.hls4j.internal.Checks;
import io.github.hls4j.internal.FreeText;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Something a cycle learned: an insight, a success, an error, a surprise or a barrier, with its
 * evidence. An error is recorded for what happened and what was learned; the model has no place for
 * blame. Personal data lives only in evidence marked as such, so that {@link #redacted()} can make
 * a copy that can be shared without it.
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
   * Returns the record's id, by which a recommendation's source ({@code SourceRef} of kind {@code
   * LEARNING_RECORD}) can point to it. A record written without one, as hls4j 0.1 wrote them, has
   * none.
   *
   * @return the id, if given
   * @since 0.1.0
   */
  public abstract Optional<RecordId> id();

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
  @FreeText
  public abstract String whatHappened();

  /**
   * Returns what was learned.
   *
   * @return the learning, if recorded
   * @since 0.1.0
   */
  @FreeText
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
  @FreeText
  public abstract Optional<String> redactionNote();

  /**
   * Returns the day the record was made, so that what a cycle learned in a period can be told
   * apart; a learning digest reports only dated records.
   *
   * @return the date, if the record has one
   * @since 0.1.0
   */
  public abstract Optional<LocalDate> recordedOn();

  /**
   * Returns whether any evidence holds personal data.
   *
   * @return {@code true} if the record holds personal data
   * @since 0.1.0
   */
  public boolean containsPersonalData() {
    for (Evidence e : evidence()) {
      if (e.personalData()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns a copy fit to leave the organisation: without the evidence that holds personal data,
   * and with every personal identifier written into its text (an NHS number, an e-mail address, a
   * postcode…; see {@link PersonalIdentifiers}) replaced by its kind, saying what was removed in
   * its {@link #redactionNote()}; the record itself when there is nothing to remove.
   *
   * @return the shareable copy
   * @since 0.1.0
   */
  public LearningRecord redacted() {
    List<Evidence> kept = new ArrayList<>();
    int removedEvidence = 0;
    int removedIdentifiers = 0;
    for (Evidence e : evidence()) {
      if (e.personalData()) {
        removedEvidence++;
        continue;
      }
      int found = PersonalIdentifiers.find(e.text()).size();
      removedIdentifiers += found;
      kept.add(found == 0 ? e : Evidence.of(e.kind(), PersonalIdentifiers.remove(e.text()), false));
    }
    removedIdentifiers += PersonalIdentifiers.find(whatHappened()).size();
    removedIdentifiers += learned().map(l -> PersonalIdentifiers.find(l).size()).orElse(0);
    if (removedEvidence == 0 && removedIdentifiers == 0) {
      return this;
    }
    return builder()
        .from(this)
        .whatHappened(PersonalIdentifiers.remove(whatHappened()))
        .learned(learned().map(PersonalIdentifiers::remove))
        .evidence(kept)
        .redactionNote(
            "Redacted: "
                + removedEvidence
                + " piece(s) of evidence holding personal data and "
                + removedIdentifiers
                + " personal identifier(s) in the text removed")
        .build();
  }

  /**
   * Returns the record's kind, sensitivity and how much evidence it holds, never its text: what
   * happened and what was learned may name people, and a string form reaches logs.
   *
   * @return a description without personal data
   */
  @Override
  public String toString() {
    long personal = evidence().stream().filter(Evidence::personalData).count();
    return "LearningRecord{kind="
        + kind()
        + ", sensitivity="
        + sensitivity()
        + ", evidence="
        + evidence().size()
        + " ("
        + personal
        + " personal), text withheld"
        + (redactionNote().isPresent() ? ", redacted" : "")
        + "}";
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
