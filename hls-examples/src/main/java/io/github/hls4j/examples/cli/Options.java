package io.github.hls4j.examples.cli;

import io.github.hls4j.validation.Printable;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.TypeConversionException;

/**
 * What the command says about its own options and outputs: the version on every command, values
 * read with a message that says what was expected (never a Java class name), outputs that cannot
 * be written, and an unexpected failure, each in one line.
 */
final class Options {

  private Options() {}

  /** Gives every command the root's version, the converters below, and the one-line handler of unexpected failures. */
  static void register(CommandLine command) {
    giveVersion(command, command.getCommandSpec().version());
    command.registerConverter(LocalDate.class, Options::date);
    command.registerConverter(Path.class, Options::path);
    // One converter for both: two identical method references would give the class-data archive
    // two identical lambda proxies, which JDK 17's -Xshare:dump cannot take.
    CommandLine.ITypeConverter<Integer> wholeNumber = Options::wholeNumber;
    command.registerConverter(Integer.class, wholeNumber);
    command.registerConverter(int.class, wholeNumber);
    command.setExecutionExceptionHandler(Options::failed);
    command.setParameterExceptionHandler(Options::invalid);
  }

  /** Gives each command under {@code command}, however deep ({@code hls template draft}), the version. */
  private static void giveVersion(CommandLine command, String[] version) {
    for (CommandLine sub : command.getSubcommands().values()) {
      sub.getCommandSpec().version(version);
      giveVersion(sub, version);
    }
  }

  /**
   * A command line that cannot be parsed: the problem, picocli's suggestions for a mistyped
   * command or option, and always the usage, on standard error; {@link ExitCode#USAGE}.
   */
  private static int invalid(CommandLine.ParameterException e, String[] args) {
    CommandLine command = e.getCommandLine();
    PrintWriter err = command.getErr();
    err.println(e.getMessage());
    CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
    command.usage(err, command.getColorScheme());
    err.flush();
    return ExitCode.USAGE.code();
  }

  /** A date in ISO form, such as 2025-01-31. */
  static LocalDate date(String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new TypeConversionException(
          "expected a date as year-month-day, such as 2025-01-31, got '" + Printable.oneLine(text) + "'");
    }
  }

  /** A file's name. */
  static Path path(String text) {
    try {
      return Path.of(text);
    } catch (InvalidPathException e) {
      throw new TypeConversionException(
          "expected a file name, such as paper.docx, got '" + Printable.oneLine(text) + "' (" + e.getReason() + ")");
    }
  }

  /** A whole number, such as 3. */
  static Integer wholeNumber(String text) {
    try {
      return Integer.valueOf(text.strip());
    } catch (NumberFormatException e) {
      throw new TypeConversionException("expected a whole number such as 3, got '" + Printable.oneLine(text) + "'");
    }
  }

  /** Says, in one line on standard error, that an output cannot be written and why; returns {@link ExitCode#UNWRITABLE_OUTPUT}. */
  static int cannotWrite(CommandLine.Model.CommandSpec spec, @Nullable Path output, Exception failure) {
    IOException e = failure instanceof UncheckedIOException unchecked ? unchecked.getCause() : (IOException) failure;
    String file = output == null ? "standard output" : output.toString();
    PrintWriter err = spec.commandLine().getErr();
    err.println("hls: " + Printable.oneLine(file) + ": cannot be written: " + why(output, e));
    err.flush();
    return ExitCode.UNWRITABLE_OUTPUT.code();
  }

  private static String why(@Nullable Path output, IOException e) {
    Path folder = output == null ? null : output.toAbsolutePath().getParent();
    if (e instanceof NoSuchFileException && folder != null && !Files.isDirectory(folder)) {
      return "the folder " + Printable.oneLine(folder.toString()) + " does not exist";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileSystemException fs && fs.getReason() != null) {
      return Printable.oneLine(fs.getReason());
    }
    return Printable.oneLine(String.valueOf(e.getMessage()));
  }

  /**
   * An unexpected failure inside hls4j: one line and {@link ExitCode#INTERNAL_ERROR}, with the stack trace only when
   * {@code HLS_DEBUG} is set.
   */
  private static int failed(Exception e, CommandLine command, CommandLine.ParseResult parsed) {
    PrintWriter err = command.getErr();
    err.println("hls: " + command.getCommandName() + " failed inside hls4j, which is a bug: "
        + Printable.oneLine(String.valueOf(e.getMessage())) + " (set HLS_DEBUG=1 to see where)");
    String debug = System.getenv("HLS_DEBUG");
    if (debug != null && !debug.isEmpty()) {
      e.printStackTrace(err);
    }
    err.flush();
    return ExitCode.INTERNAL_ERROR.code();
  }
}
