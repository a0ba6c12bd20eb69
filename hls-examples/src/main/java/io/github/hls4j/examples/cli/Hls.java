package io.github.hls4j.examples.cli;

import io.github.hls4j.jackson.HlsJson;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.Spec;

/**
 * The {@code hls} command: validates, imports and renders board reports held as JSON or as Word
 * documents, drafts a board's learning digest, lists the rules, and prints the Somerset report as
 * JSON.
 *
 * <p>Each command is a class of its own ({@code ValidateCommand}, {@code RenderCommand}, …), named
 * once in the list below. The exit codes are {@link ExitCode}'s, one for each kind of outcome
 * ({@code docs/cli.md}). Enum options are read in any case ({@code --profile draft}). Colour is
 * used only on a terminal, and never when {@code NO_COLOR} is set.
 */
@Command(
    name = "hls",
    mixinStandardHelpOptions = true,
    version = "hls 0.1.0-SNAPSHOT",
    description =
        "Checks and renders board reports held as JSON or as Word documents, and drafts learning digests.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:nothing at or above --fail-on was found",
      "1:a finding at or above --fail-on was found",
      "2:the command line is wrong",
      "3:hls4j itself failed (a bug; HLS_DEBUG=1 prints where)",
      "4:an input cannot be read",
      "5:an output cannot be written",
      "6:the report cannot be written into the Word template",
    },
    subcommands = {
      ValidateCommand.class,
      ImportCommand.class,
      RenderCommand.class,
      DigestCommand.class,
      RulesCommand.class,
      ExampleCommand.class,
      TemplateCommand.class,
      AnnotateCommand.class,
    })
public final class Hls implements Callable<Integer> {

  /**
   * hls4j's JSON form, hardened for files from anywhere; made on first use, so that a command
   * without JSON starts sooner.
   */
  static HlsJson json() {
    return JsonHolder.JSON;
  }

  private static final class JsonHolder {
    static final HlsJson JSON = HlsJson.create();
  }

  @Spec private CommandLine.Model.CommandSpec spec;

  /** {@code --lang}, here and on every command under {@code hls}. */
  @CommandLine.Mixin LanguageOption language = new LanguageOption();

  /**
   * Runs the command.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    System.exit(commandLine(Ansi.AUTO, args).execute(args));
  }

  static CommandLine commandLine() {
    return commandLine(Ansi.OFF);
  }

  /**
   * Returns the command line, with colour as asked, unless {@code NO_COLOR} is set, its usage help
   * in the language of {@code args}.
   */
  static CommandLine commandLine(Ansi ansi, String... args) {
    Ansi colour = colour(ansi, System.getenv("NO_COLOR"));
    CommandLine command = new CommandLine(new Hls());
    // The usage help's language is known before the command line is parsed: --lang, else the user's
    // locale's.
    command.setResourceBundle(
        ResourceBundle.getBundle(
            "io.github.hls4j.examples.cli.help",
            LanguageOption.locale(LanguageOption.asked(args), Locale.getDefault())));
    command.setCaseInsensitiveEnumValuesAllowed(true);
    command.setColorScheme(CommandLine.Help.defaultColorScheme(colour));
    Options.register(command);
    return command;
  }

  /**
   * Colour only where asked (on a terminal, for {@code AUTO}) and never when {@code NO_COLOR} is
   * set to anything.
   */
  static Ansi colour(Ansi asked, @Nullable String noColor) {
    if (noColor != null && !noColor.isEmpty()) {
      return Ansi.OFF;
    }
    return asked.enabled() ? Ansi.ON : Ansi.OFF;
  }

  /** With no subcommand: the usage, on standard error, and {@link ExitCode#USAGE}. */
  @Override
  public Integer call() {
    spec.commandLine()
        .getErr()
        .println("hls: " + LanguageOption.words(spec).phrase("hls.sayWhatToDo"));
    spec.commandLine().usage(spec.commandLine().getErr(), spec.commandLine().getColorScheme());
    spec.commandLine().getErr().flush();
    return ExitCode.USAGE.code();
  }
}
