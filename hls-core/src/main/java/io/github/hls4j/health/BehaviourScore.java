package io.github.hls4j.health;

import com.google.common.collect.ImmutableMap;
import io.github.hls4j.internal.Checks;
import io.github.hls4j.internal.FreeText;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How present one behaviour is, as one assessor sees it: a score from 1 to 10 and the story behind
 * it. A score outside 1–10 cannot be built.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class BehaviourScore {

  /** The lowest score. */
  public static final int MIN = 1;

  /** The highest score. */
  public static final int MAX = 10;

  BehaviourScore() {}

  /**
   * Returns a score with its story.
   *
   * @param behaviour the behaviour
   * @param score from 1 to 10
   * @param story why the assessor gives this score
   * @return the score
   * @throws IllegalArgumentException if {@code score} is outside 1–10
   * @since 0.1.0
   */
  public static BehaviourScore of(SystemBehaviour behaviour, int score, String story) {
    return ImmutableBehaviourScore.builder().behaviour(behaviour).score(score).story(story).build();
  }

  /**
   * Returns a score without a story.
   *
   * @param behaviour the behaviour
   * @param score from 1 to 10
   * @return the score
   * @throws IllegalArgumentException if {@code score} is outside 1–10
   * @since 0.1.0
   */
  public static BehaviourScore of(SystemBehaviour behaviour, int score) {
    return ImmutableBehaviourScore.builder().behaviour(behaviour).score(score).build();
  }

  /**
   * Returns the behaviour scored.
   *
   * @return the behaviour
   * @since 0.1.0
   */
  public abstract SystemBehaviour behaviour();

  /**
   * Returns the score, from 1 to 10.
   *
   * @return the score
   * @since 0.1.0
   */
  public abstract int score();

  /**
   * Returns the story behind the score.
   *
   * @return the story, if told
   * @since 0.1.0
   */
  @FreeText
  public abstract Optional<String> story();

  @Value.Check
  void check() {
    Checks.refuse(
        score() >= MIN && score() <= MAX,
        "model/range-for",
        "BehaviourScore",
        "score",
        score(),
        ImmutableMap.of("minimum", MIN, "maximum", MAX, "behaviour", behaviour()));
  }
}
