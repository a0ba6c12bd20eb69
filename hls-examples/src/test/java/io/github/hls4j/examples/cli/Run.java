package io.github.hls4j.examples.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/**
 * One run of the {@code hls} command in this JVM, as the command tests see it: the exit code and
 * what was printed on standard output and standard error.
 */
record Run(int exit, String out, String err) {

  /** Runs {@code hls} with {@code args}, its output and errors captured. */
  static Run hls(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine command = Hls.commandLine(CommandLine.Help.Ansi.OFF, args);
    command.setOut(new PrintWriter(out));
    command.setErr(new PrintWriter(err));
    int exit = command.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }
}
