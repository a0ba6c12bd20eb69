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

/** The inputs of {@code hls validate}, and text made safe for a terminal. */
final class Inputs {

  private Inputs() {}

  /**
   * Returns the files to read: each argument as given, or, for a folder, every {@code *.json}
   * under it in path order.
   */
  static List<String> expand(List<String> arguments) {
    List<String> files = new ArrayList<>();
    for (String argument : arguments) {
      Path path = Path.of(argument);
      if (!argument.equals("-") && Files.isDirectory(path)) {
        try (Stream<Path> under = Files.walk(path)) {
          files.addAll(
              under.filter(Files::isRegularFile)
                  .filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json"))
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

  /**
   * Returns text as it may be shown on a terminal: control characters, bidirectional controls,
   * zero-width characters and unpaired surrogates shown as {@code \\uXXXX}, so that a file name or
   * a value cannot move the cursor, retitle the window or forge a line.
   */
  static String printable(String text) {
    StringBuilder shown = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean paired =
          Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
      boolean unsafe =
          Character.isISOControl(c)
              || Character.getType(c) == Character.FORMAT
              || (Character.isSurrogate(c) && !paired && !(Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1))));
      if (unsafe && shown == null) {
        shown = new StringBuilder(text.substring(0, i));
      }
      if (shown != null) {
        shown.append(unsafe ? String.format(Locale.ROOT, "\\u%04X", (int) c) : String.valueOf(c));
      }
    }
    return shown == null ? text : shown.toString();
  }
}
