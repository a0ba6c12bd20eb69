package io.github.hls4j.examples.cli;

import io.github.hls4j.text.Printable;
import io.github.hls4j.validation.Phrasebook;
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
import java.util.Map;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.TypeConversionException;

/**
 * What the command says about its own options and outputs: the version on every command, values
 * read with a message that says what was expected (never a Java class name), outputs that cannot be
 * written, and an unexpected failure, each in one line.
 */
final class Options {

  private Options() {}

  /**
   * Gives every command the root's version, the converters below, and the one-line handler of
   * unexpected failures.
   */
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

  /**
   * Gives each command under {@code command}, however deep ({@code hls template draft}), the
   * version.
   */
  private static void giveVersion(CommandLine command, String[] version) {
    for (CommandLine sub : command.getSubcommands().values()) {
      sub.getCommandSpec().version(version);
      giveVersion(sub, version);
    }
  }

  /**
   * A command line that cannot be parsed: the problem in one line, picocli's suggestions for a
   * mistyped command or option, and a pointer to the command's {@code --help}, on standard error,
   * in the language of the usage help ({@link UsageErrors}); the whole usage only for an unknown
   * command; {@link ExitCode#USAGE}.
   */
  private static int invalid(CommandLine.ParameterException e, String[] args) {
    CommandLine command = e.getCommandLine();
    PrintWriter err = command.getErr();
    UsageErrors usage = new UsageErrors(LanguageOption.words(command.getCommandSpec()));
    err.println(usage.problem(e, args));
    usage.suggestions(e).ifPresent(err::println);
    if (e instanceof CommandLine.UnmatchedArgumentException && command.getParent() == null) {
      command.usage(err, command.getColorScheme());
    } else {
      err.println(usage.tryHelp(command));
    }
    err.flush();
    return ExitCode.USAGE.code();
  }

  /**
   * Says, in one line on standard error, that options do not go together or a value does not fit
   * the input ({@code hls: --board nope: system.json holds no such board; …}); returns {@link
   * ExitCode#USAGE}.
   */
  static int usage(CommandLine.Model.CommandSpec spec, String problem) {
    PrintWriter err = spec.commandLine().getErr();
    err.println("hls: " + problem);
    err.flush();
    return ExitCode.USAGE.code();
  }

  /** A date in ISO form, such as 2025-01-31. */
  static LocalDate date(String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new TypeConversionException(
          "expected a date as year-month-day, such as 2025-01-31, got '"
              + Printable.oneLine(text)
              + "'");
    }
  }

  /** A file's name. */
  static Path path(String text) {
    try {
      return Path.of(text);
    } catch (InvalidPathException e) {
      throw new TypeConversionException(
          "expected a file name, such as paper.docx, got '"
              + Printable.oneLine(text)
              + "' ("
              + e.getReason()
              + ")");
    }
  }

  /** A whole number, such as 3. */
  static Integer wholeNumber(String text) {
    try {
      return Integer.valueOf(text.strip());
    } catch (NumberFormatException e) {
      throw new TypeConversionException(
          "expected a whole number such as 3, got '" + Printable.oneLine(text) + "'");
    }
  }

  /**
   * Says, in one line on standard error, that an output cannot be written and why; returns {@link
   * ExitCode#UNWRITABLE_OUTPUT}.
   */
  static int cannotWrite(
      CommandLine.Model.CommandSpec spec, @Nullable Path output, Exception failure) {
    IOException e =
        failure instanceof UncheckedIOException unchecked
            ? unchecked.getCause()
            : (IOException) failure;
    Phrasebook words = LanguageOption.words(spec);
    String file = output == null ? words.phrase("output.standard") : output.toString();
    PrintWriter err = spec.commandLine().getErr();
    err.println(
        "hls: "
            + words.format(
                "output.cannotBeWritten",
                Map.of("file", Printable.oneLine(file), "why", why(output, e, words))));
    err.flush();
    return ExitCode.UNWRITABLE_OUTPUT.code();
  }

  private static String why(@Nullable Path output, IOException e, Phrasebook words) {
    Path folder = output == null ? null : output.toAbsolutePath().getParent();
    if (e instanceof NoSuchFileException && folder != null && !Files.isDirectory(folder)) {
      return words.format(
          "output.noFolder", Map.of("folder", Printable.oneLine(folder.toString())));
    }
    if (e instanceof AccessDeniedException) {
      return words.phrase("output.permissionDenied");
    }
    if (e instanceof FileSystemException fs && fs.getReason() != null) {
      return Printable.oneLine(fs.getReason());
    }
    return Printable.oneLine(String.valueOf(e.getMessage()));
  }

  /**
   * An unexpected failure inside hls4j: one line and {@link ExitCode#INTERNAL_ERROR}, with the
   * stack trace only when {@code HLS_DEBUG} is set.
   */
  private static int failed(Exception e, CommandLine command, CommandLine.ParseResult parsed) {
    PrintWriter err = command.getErr();
    err.println(
        "hls: "
            + LanguageOption.words(command.getCommandSpec())
                .format(
                    "hls.bug",
                    Map.of(
                        "command",
                        command.getCommandName(),
                        "problem",
                        Printable.oneLine(String.valueOf(e.getMessage())))));
    String debug = System.getenv("HLS_DEBUG");
    if (debug != null && !debug.isEmpty()) {
      e.printStackTrace(err);
    }
    err.flush();
    return ExitCode.INTERNAL_ERROR.code();
  }
}
