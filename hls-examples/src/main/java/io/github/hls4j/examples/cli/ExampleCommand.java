package io.github.hls4j.examples.cli;

import io.github.hls4j.text.Printable;
import io.github.hls4j.validation.Phrasebook;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code hls example}: the examples as JSON. */
@Command(
    name = "example",
    mixinStandardHelpOptions = true,
    description =
        "Prints an example as JSON: the Somerset report, learning system and health rounds, and a council's Word template; --list names them.")
final class ExampleCommand implements Callable<Integer> {
  @Spec private CommandLine.Model.CommandSpec spec;

  @Option(
      names = {"-l", "--list"},
      description = "Lists the examples, one a line: its name, then what it is.")
  boolean list;

  @Parameters(
      paramLabel = "NAME",
      arity = "0..1",
      description = "The example (default: ${DEFAULT-VALUE}); hls example --list names them all.",
      defaultValue = "somerset")
  String name = "somerset";

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    if (list) {
      Phrasebook words = LanguageOption.words(spec);
      for (Examples example : Examples.values()) {
        out.printf(Locale.ROOT, "%-24s %s%n", example.title(), words.phrase(example.key()));
      }
      out.flush();
      return ExitCode.OK.code();
    }
    java.util.Optional<Examples> example = Examples.named(name);
    if (example.isEmpty()) {
      spec.commandLine()
          .getErr()
          .println(
              "hls: "
                  + LanguageOption.words(spec)
                      .format(
                          "example.unknown", java.util.Map.of("name", Printable.oneLine(name))));
      spec.commandLine().getErr().flush();
      return ExitCode.USAGE.code();
    }
    out.print(example.get().json());
    out.flush();
    return ExitCode.OK.code();
  }
}
