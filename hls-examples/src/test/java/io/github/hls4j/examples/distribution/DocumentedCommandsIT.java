package io.github.hls4j.examples.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command in the {@code sh} blocks of {@code docs/cli.md} and {@code docs/digest.md}, run as
 * written, in order, in one empty folder, by the built distribution: the data they need is what
 * {@code hls example} prints, or what an earlier command wrote.
 */
class DocumentedCommandsIT {

  private static final Path HOME = Path.of("target", "hls").toAbsolutePath();
  private static final Pattern SH_BLOCK = Pattern.compile("```sh\n(.*?)```", Pattern.DOTALL);

  @TempDir Path dir;

  /** The commands of a page's {@code sh} blocks: continued lines joined, comments dropped. */
  static List<String> commands(Path page) throws IOException {
    List<String> commands = new ArrayList<>();
    Matcher block = SH_BLOCK.matcher(Files.readString(page, StandardCharsets.UTF_8));
    while (block.find()) {
      for (String line : block.group(1).replace("\\\n", " ").split("\n")) {
        String command = line.replaceFirst("\\s+#\\s.*$", "").strip();
        if (!command.isEmpty()) {
          commands.add(command);
        }
      }
    }
    return commands;
  }

  private record Run(int exit, String err) {}

  private Run run(String command) throws IOException, InterruptedException {
    ProcessBuilder builder =
        new ProcessBuilder("bash", "-c", command.replace("./hls ", HOME.resolve("bin/hls") + " "))
            .directory(dir.toFile());
    builder.environment().put("NO_COLOR", "1");
    Path err = Files.createTempFile("hls-err", ".txt");
    Process process =
        builder.redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(err.toFile()).start();
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).as(command).isTrue();
    return new Run(process.exitValue(), Files.readString(err, StandardCharsets.UTF_8));
  }

  @Test
  void everyDocumentedCommand_runsOnTheExamples_withoutAnUnreadableInput() throws Exception {
    List<String> commands = new ArrayList<>(commands(Path.of("..", "docs", "cli.md")));
    commands.addAll(commands(Path.of("..", "docs", "digest.md")));
    assertThat(commands).hasSizeGreaterThan(15).anyMatch(c -> c.startsWith("./hls digest"));

    for (String command : commands) {
      Run run = run(command);

      // 0: nothing found, 1: findings (the Somerset report has errors); never 2 (unreadable) or 3.
      assertThat(run.exit()).as("%s%n%s", command, run.err()).isBetween(0, 1);
      assertThat(run.err()).as(command).doesNotContain("Exception").doesNotContain("no such file");
    }
    assertThat(dir.resolve("digest.docx")).isNotEmptyFile();
    assertThat(Files.readString(dir.resolve("health.svg"))).contains("<svg");
    assertThat(run("./hls validate -V").err()).isEmpty();
  }

  @Test
  void commands_joinsContinuedLines_andDropsComments() throws IOException {
    Path page =
        Files.writeString(
            dir.resolve("page.md"),
            "text\n```sh\n./hls a b   # a comment\n./hls c \\\n    d\n```\n```java\nnot run\n```\n");

    assertThat(commands(page)).containsExactly("./hls a b", "./hls c      d");
  }
}
