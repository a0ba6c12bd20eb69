package io.github.hls4j.json;

import io.github.hls4j.governance.BoardReport;
import io.github.hls4j.health.HealthRound;
import io.github.hls4j.learning.LearningCycle;
import io.github.hls4j.system.LearningSystem;
import io.github.hls4j.validation.ValidationResult;

/**
 * The document types of hls4j's JSON form, each with the model type it holds and its JSON Schema
 * (draft 2020-12), shipped in hls-core's jar so that a council web form in any language can check
 * the same shape.
 *
 * @since 0.1.0
 */
public enum JsonDocument {
  /** A {@link BoardReport}: {@code board-report.schema.json}. */
  BOARD_REPORT(BoardReport.class, "board-report"),
  /**
   * A {@link LearningSystem}, with its parties, stewards, cycles and escalations: {@code
   * learning-system.schema.json}.
   */
  LEARNING_SYSTEM(LearningSystem.class, "learning-system"),
  /** A {@link LearningCycle}: {@code learning-cycle.schema.json}. */
  LEARNING_CYCLE(LearningCycle.class, "learning-cycle"),
  /** A {@link HealthRound} of system-health self-assessments: {@code health-round.schema.json}. */
  HEALTH_ROUND(HealthRound.class, "health-round"),
  /**
   * A {@link ValidationResult}, the findings of a validation or of a Word import: {@code
   * findings.schema.json}.
   */
  FINDINGS(ValidationResult.class, "findings");

  private final Class<?> type;
  private final String name;

  JsonDocument(Class<?> type, String name) {
    this.type = type;
    this.name = name;
  }

  /**
   * Returns the model type a document of this kind holds.
   *
   * @return the type
   * @since 0.1.0
   */
  public Class<?> type() {
    return type;
  }

  /**
   * Returns the document type's name, such as {@code board-report}.
   *
   * @return the name
   * @since 0.1.0
   */
  public String documentName() {
    return name;
  }

  /**
   * Returns the class-path resource of the JSON Schema, such as {@code
   * io/github/hls4j/schema/board-report.schema.json}, for {@link ClassLoader#getResource}.
   *
   * @return the resource name
   * @since 0.1.0
   */
  public String schemaResource() {
    return "io/github/hls4j/schema/" + name + ".schema.json";
  }
}
