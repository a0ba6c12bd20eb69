package io.github.hls4j.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Each kind of command line picocli refuses gives one line, worded by hls4j, that names the option
 * or argument and the value, then a pointer to the command's help, with exit code 2.
 */
class UsageErrorsTest {

  /**
   * A command line (its arguments separated by {@code |}), then what its first line of standard
   * error must name (separated by {@code |}).
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "validate|--bogus|x.json; Unknown option|'--bogus'",
        "render|a.json|b.json; Unexpected argument|'b.json'",
        "validate|--format; Missing value|'--format'|text, json or html",
        "validate|--fail-on|--quiet|x.json; Missing value|'--fail-on'|error or warning",
        "validate; Missing required parameter|'FILE'",
        "digest|x.json; Missing required options|'--board=ID'|'--since=DATE'",
        "validate|--format|pdf|x.json; Invalid value|'--format'|'pdf'|text, json or html",
        "validate|--profile|final|x.json; '--profile'|'final'|draft, decision_ready or published",
        "digest|x.json|--board|b|--since|2025-02-30; '--since'|'2025-02-30'|2025-01-31",
        "validate|--quiet=yes|x.json; '--quiet'|'yes'|true or false",
        "validate|--format|json|--format|text|x.json; '--format'|more than once",
        "validate|--format|p\u001Bdf|x.json; '--format'|'p\\u001Bdf'",
      })
  void problem_eachKind_namesTheOptionAndTheValue_inOneLine_thenThePointerToHelp(
      String commandLine, String named) {
    String[] args = commandLine.split("\\|");

    Run run = Run.hls(args);

    assertThat(run.exit()).isEqualTo(ExitCode.USAGE.code());
    assertThat(run.out()).isEmpty();
    assertThat(run.err().lines()).hasSize(2);
    assertThat(run.err().lines().findFirst().orElseThrow())
        .contains(named.split("\\|"))
        .doesNotContain("\u001B", "Exception", "java.", "<");
    assertThat(run.err().lines().skip(1).findFirst().orElseThrow())
        .isEqualTo("Try 'hls " + args[0] + " --help' for more information.");
  }

  @Test
  void problem_mistypedOption_keepsPicocliSuggestions() {
    Run run = Run.hls("validate", "--fail-o", "x.json");

    assertThat(run.exit()).isEqualTo(ExitCode.USAGE.code());
    assertThat(run.err().lines())
        .containsExactly(
            "Unknown option: '--fail-o'",
            "Did you mean: --fail-on?",
            "Try 'hls validate --help' for more information.");
  }

  @Test
  void problem_unknownCommand_namesIt_suggestsCommands_andPrintsTheUsage() {
    Run run = Run.hls("valdate", "report.json");

    assertThat(run.exit()).isEqualTo(ExitCode.USAGE.code());
    assertThat(run.out()).isEmpty();
    List<String> lines = run.err().lines().toList();
    assertThat(lines.get(0)).isEqualTo("Unknown command: 'valdate'");
    assertThat(lines.get(1)).startsWith("Did you mean: hls validate");
    assertThat(lines.get(2)).startsWith("Usage: hls");
  }

  @Test
  void problem_langGivenAfterTheError_isStillTheLanguageOfTheError() {
    Run run = Run.hls("validate", "--bogus", "x.json", "--lang", "cy");

    assertThat(run.exit()).isEqualTo(ExitCode.USAGE.code());
    assertThat(run.err().lines())
        .containsExactly(
            "Opsiwn anhysbys: '--bogus'",
            "Rhowch gynnig ar 'hls validate --help' am ragor o wybodaeth.");
  }

  @Command(name = "pick")
  static final class Pick implements Callable<Integer> {
    static final class OneOf {
      @Option(names = "--since")
      @Nullable LocalDate since;

      @Option(names = "--file")
      @Nullable Path file;
    }

    @ArgGroup(exclusive = true)
    @Nullable OneOf oneOf;

    @Option(names = "--count")
    int count;

    @Override
    public Integer call() {
      return 0;
    }
  }

  private static Run pick(String... args) {
    CommandLine command = new CommandLine(new Pick());
    Options.register(command);
    StringWriter err = new StringWriter();
    command.setErr(new PrintWriter(err));
    return new Run(command.execute(args), "", err.toString());
  }

  @Test
  void problem_optionsThatGoOneAtATime_namesTheOptionsGiven() {
    Run run = pick("--since", "2025-01-01", "--file", "a.json");

    assertThat(run.exit()).isEqualTo(ExitCode.USAGE.code());
    assertThat(run.err().lines().findFirst().orElseThrow())
        .contains("'--since'", "'--file'", "do not go together");
  }

  @Test
  void problem_wholeNumber_saysWhatWasExpected() {
    Run run = pick("--count", "three");

    assertThat(run.err().lines().findFirst().orElseThrow())
        .contains("'--count'", "'three'", "a whole number such as 3");
  }

  @Test
  void expected_isToldByTheOptionsType() {
    assertThat(UsageErrors.expected(FindingsOutput.Format.class))
        .isEqualTo(UsageErrors.Expected.CHOICE);
    assertThat(UsageErrors.expected(LocalDate.class)).isEqualTo(UsageErrors.Expected.DATE);
    assertThat(UsageErrors.expected(Path.class)).isEqualTo(UsageErrors.Expected.FILE);
    assertThat(UsageErrors.expected(int.class)).isEqualTo(UsageErrors.Expected.WHOLE_NUMBER);
    assertThat(UsageErrors.expected(boolean.class)).isEqualTo(UsageErrors.Expected.FLAG);
    assertThat(UsageErrors.expected(String.class)).isEqualTo(UsageErrors.Expected.LABEL);
  }
}
