package io.github.hls4j.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

class OptionsTest {

  @Command(name = "broken", version = "broken 1")
  static final class Broken implements Callable<Integer> {
    @Override
    public Integer call() {
      throw new IllegalStateException("a rule table is missing");
    }
  }

  @Test
  void failed_unexpectedFailure_isOneLine_withExitCodeThree_andNoStackTrace() {
    CommandLine command = new CommandLine(new Broken());
    Options.register(command);
    StringWriter err = new StringWriter();
    command.setErr(new PrintWriter(err));

    int exit = command.execute();

    assertThat(exit).isEqualTo(ExitCode.INTERNAL_ERROR.code());
    assertThat(err.toString().lines()).hasSize(1);
    assertThat(err.toString())
        .startsWith("hls: broken failed inside hls4j, which is a bug: a rule table is missing")
        .doesNotContain("\tat ")
        .doesNotContain("IllegalStateException");
  }

  @Test
  void date_notADate_saysWhatWasExpected() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Options.date("15/01/2025"))
        .isInstanceOf(CommandLine.TypeConversionException.class)
        .hasMessage("expected a date as year-month-day, such as 2025-01-31, got '15/01/2025'");
  }

  @Test
  void path_withANul_saysWhatWasExpected() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Options.path("a\u0000b"))
        .isInstanceOf(CommandLine.TypeConversionException.class)
        .hasMessageStartingWith("expected a file name, such as paper.docx, got 'a\\u0000b'");
  }
}
