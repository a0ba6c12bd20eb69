package io.github.hls4j.validation;

/**
 * The purpose a subject is validated for. Each rule declares the profiles in which it applies (see
 * {@link RuleDescriptor#profiles()}); a {@link Validator} is built for one profile.
 *
 * @since 0.1.0
 */
public enum Profile {
  /** Work in progress: only what no draft should get wrong, such as broken numbering. */
  DRAFT,
  /** What a board or committee must have before it decides: sign-offs, statements, links. */
  DECISION_READY,
  /** What may be published: everything that {@link #DECISION_READY} asks for. */
  PUBLISHED
}
