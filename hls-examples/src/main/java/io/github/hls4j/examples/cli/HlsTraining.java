package io.github.hls4j.examples.cli;

import io.github.hls4j.examples.SomersetReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;

/**
 * The training run of the {@code hls} distribution, made at build time: it runs each command once
 * on the Somerset report, as JSON and as Word, so that the class-data-sharing archive written as
 * the JVM exits holds the classes a real call loads. Not for users; see docs/cli.md.
 */
public final class HlsTraining {

  private HlsTraining() {}

  /**
   * Runs every command once, printing nothing.
   *
   * @param args not used
   * @throws IOException if the temporary file cannot be written
   */
  public static void main(String[] args) throws IOException {
    Path somerset = Files.createTempFile("somerset", ".json");
    Path word = Files.createTempFile("somerset", ".docx");
    try {
      Files.writeString(
          somerset, Hls.json().write(SomersetReport.report()), StandardCharsets.UTF_8);
      String file = somerset.toString();
      run("validate", file);
      run("validate", "--format", "json", "--profile", "draft", file);
      run("render", file);
      run("render", "--format", "html", file);
      run("rules");
      run("validate", "--help");
      run("validate", file + ".missing");
      run("render", "--format", "docx", "-o", word.toString(), file);
      run("validate", word.toString());
    } finally {
      Files.deleteIfExists(somerset);
      Files.deleteIfExists(word);
    }
  }

  private static void run(String... args) {
    CommandLine command = Hls.commandLine(CommandLine.Help.Ansi.OFF);
    PrintWriter nowhere = new PrintWriter(Writer.nullWriter());
    command.setOut(nowhere);
    command.setErr(nowhere);
    command.execute(args);
  }
}
