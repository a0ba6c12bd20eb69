package io.github.hls4j.examples.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The inputs of {@code hls validate}. */
final class Inputs {

  private Inputs() {}

  /**
   * Returns the files to read: each argument as given, or, for a folder, every {@code *.json} and
   * {@code *.docx} under it in path order.
   */
  static List<String> expand(List<String> arguments) {
    List<String> files = new ArrayList<>();
    for (String argument : arguments) {
      Path path = Path.of(argument);
      if (!argument.equals("-") && Files.isDirectory(path)) {
        try (Stream<Path> under = Files.walk(path)) {
          files.addAll(
              under.filter(Files::isRegularFile)
                  .filter(f -> isReport(f.getFileName().toString().toLowerCase(Locale.ROOT)))
                  .sorted()
                  .map(Path::toString)
                  .collect(Collectors.toList()));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      } else {
        files.add(argument);
      }
    }
    return files;
  }

  private static boolean isReport(String name) {
    return name.endsWith(".json") || name.endsWith(".docx");
  }
}
