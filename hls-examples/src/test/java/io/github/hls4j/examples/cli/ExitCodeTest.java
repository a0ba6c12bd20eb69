package io.github.hls4j.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class ExitCodeTest {

  @Test
  void values_eachHaveTheirOwnCode_keepingZeroOneAndThree() {
    assertThat(Arrays.stream(ExitCode.values()).map(ExitCode::code)).doesNotHaveDuplicates();
    assertThat(ExitCode.OK.code()).isZero();
    assertThat(ExitCode.FINDINGS.code()).isEqualTo(1);
    assertThat(ExitCode.INTERNAL_ERROR.code()).isEqualTo(3);
  }

  @Test
  void cliPage_tableListsEveryCodeByItsName() throws Exception {
    String page = Files.readString(Path.of("..", "docs", "cli.md"), StandardCharsets.UTF_8);
    Matcher row = Pattern.compile("(?m)^\\| (\\d+) \\| `(\\w+)` \\|").matcher(page);
    java.util.Map<String, Integer> documented = new java.util.TreeMap<>();
    while (row.find()) {
      documented.put(row.group(2), Integer.valueOf(row.group(1)));
    }

    java.util.Map<String, Integer> codes = new java.util.TreeMap<>();
    for (ExitCode code : ExitCode.values()) {
      codes.put(code.name(), code.code());
    }
    assertThat(documented).isEqualTo(codes);
  }

  @Test
  void help_listsEveryCode() {
    CommandLine command = Hls.commandLine();

    assertThat(command.getCommandSpec().usageMessage().exitCodeList().keySet())
        .containsExactlyElementsOf(
            Arrays.stream(ExitCode.values()).map(c -> Integer.toString(c.code())).toList());
  }
}
