package io.github.hls4j.health;

import com.google.common.math.Quantiles;
import io.github.hls4j.internal.Checks;
import java.util.Collection;
import java.util.Collections;
import org.immutables.value.Value;

/**
 * The scores one behaviour received, summed up without losing disagreement: how many voices, the
 * median, the lowest and highest, and the quartiles.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class ScoreSpread {

  ScoreSpread() {}

  /**
   * Returns the spread of some scores.
   *
   * @param scores the scores, at least one
   * @return the spread
   * @throws IllegalArgumentException if {@code scores} is empty
   * @since 0.1.0
   */
  public static ScoreSpread of(Collection<Integer> scores) {
    Checks.notEmpty("ScoreSpread", "scores", scores);
    return ImmutableScoreSpread.builder()
        .voices(scores.size())
        .min(Collections.min(scores))
        .max(Collections.max(scores))
        .median(Quantiles.median().compute(scores))
        .lowerQuartile(Quantiles.quartiles().index(1).compute(scores))
        .upperQuartile(Quantiles.quartiles().index(3).compute(scores))
        .build();
  }

  /**
   * Returns how many scores there are.
   *
   * @return the number of voices
   * @since 0.1.0
   */
  public abstract int voices();

  /**
   * Returns the lowest score.
   *
   * @return the minimum
   * @since 0.1.0
   */
  public abstract int min();

  /**
   * Returns the highest score.
   *
   * @return the maximum
   * @since 0.1.0
   */
  public abstract int max();

  /**
   * Returns the median score.
   *
   * @return the median
   * @since 0.1.0
   */
  public abstract double median();

  /**
   * Returns the first quartile, by linear interpolation.
   *
   * @return the lower quartile
   * @since 0.1.0
   */
  public abstract double lowerQuartile();

  /**
   * Returns the third quartile, by linear interpolation.
   *
   * @return the upper quartile
   * @since 0.1.0
   */
  public abstract double upperQuartile();

  /**
   * Returns the interquartile range, the spread of the middle half of the scores.
   *
   * @return the upper quartile less the lower
   * @since 0.1.0
   */
  public double interquartileRange() {
    return upperQuartile() - lowerQuartile();
  }
}
