package io.github.hls4j.docx;

import static java.util.Objects.requireNonNull;

/**
 * Thrown when a file cannot be read as a Word document at all: not a .docx, damaged, encrypted, a
 * binary .doc, macro-enabled, over the size limits, or holding XML that hls4j refuses. A document
 * that can be read never throws this: what the reader cannot map becomes an import finding instead.
 *
 * <p>The message names the file and the problem: {@code "board.doc: cannot be read: it is a Word
 * 97-2003 binary document (.doc); save it as .docx"}. Instances are immutable.
 *
 * @since 0.1.0
 */
public final class UnreadableDocumentException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String source;
  private final String problem;

  /**
   * Creates the exception.
   *
   * @param source the file's name, as given
   * @param problem what is wrong, in words
   * @since 0.1.0
   */
  public UnreadableDocumentException(String source, String problem) {
    super(
        requireNonNull(source, "source")
            + ": cannot be read: "
            + requireNonNull(problem, "problem"));
    this.source = source;
    this.problem = problem;
  }

  /**
   * Returns the file's name, as given.
   *
   * @return the source
   * @since 0.1.0
   */
  public String source() {
    return source;
  }

  /**
   * Returns what is wrong with the file.
   *
   * @return the problem
   * @since 0.1.0
   */
  public String problem() {
    return problem;
  }
}
