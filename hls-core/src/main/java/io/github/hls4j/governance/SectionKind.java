package io.github.hls4j.governance;

/**
 * What a numbered section of a {@link BoardReport} is for, in the council template's order.
 * Background papers and the sign-off table are held as {@link BoardReport#backgroundPapers()} and
 * {@link BoardReport#signOffs()} and numbered after the last section when rendered.
 *
 * @since 0.1.0
 */
public enum SectionKind {
  /** Background: why the report is brought. */
  BACKGROUND,
  /** The strategy priorities and outcomes the work serves. */
  PRIORITIES_AND_OUTCOMES,
  /** The consultations undertaken. */
  CONSULTATIONS,
  /** The request of the board and its members: the recommendations restated for decision. */
  REQUEST_OF_THE_BOARD,
  /** Any other section. */
  OTHER
}
