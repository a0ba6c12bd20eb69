package io.github.hls4j.examples.cli;

/**
 * The exit codes of the {@code hls} command, one for each kind of outcome, documented in {@code
 * docs/cli.md}. When one call meets several, it exits with the highest.
 */
enum ExitCode {
  /** Every input was read, and nothing at or above {@code --fail-on} was found. */
  OK(0),
  /** A finding at or above {@code --fail-on} was found. */
  FINDINGS(1),
  /**
   * The command line is wrong: no command, an unknown one, a bad option or value, or options that
   * do not go together.
   */
  USAGE(2),
  /** hls4j itself failed: a bug, to report with the command that caused it. */
  INTERNAL_ERROR(3),
  /**
   * An input cannot be read: a missing file, malformed JSON, no readable Word document, or a
   * template that cannot be read.
   */
  UNREADABLE_INPUT(4),
  /**
   * An output cannot be written: a folder that does not exist, a full disk, a folder where the file
   * should go.
   */
  UNWRITABLE_OUTPUT(5),
  /**
   * The report cannot be written into the Word template: the template has no place for a part of
   * it.
   */
  TEMPLATE_CANNOT_HOLD(6);

  private final int code;

  ExitCode(int code) {
    this.code = code;
  }

  /** Returns the number the process exits with. */
  int code() {
    return code;
  }
}
