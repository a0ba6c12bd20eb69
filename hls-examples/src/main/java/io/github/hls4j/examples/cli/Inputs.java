package io.github.hls4j.examples.cli;

import io.github.hls4j.text.Printable;
import io.github.hls4j.validation.Phrasebook;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The inputs of {@code hls validate}: each argument as given, and for a folder every board report
 * under it, in path order. What a folder holds besides reports (a learning system, a health round,
 * a template) is left out, and said; what cannot be walked (a folder that cannot be read, a link
 * that leads nowhere or round in a circle) is a problem, one line each.
 */
final class Inputs {

  /** How much of a file is read to tell what it holds. */
  private static final int SNIFF_BYTES = 64 * 1024;

  private final List<String> files;
  private final Map<String, Document> leftOut;
  private final List<InputProblem> problems;
  private final List<String> empty;

  private Inputs(
      List<String> files,
      Map<String, Document> leftOut,
      List<InputProblem> problems,
      List<String> empty) {
    this.files = List.copyOf(files);
    this.leftOut = leftOut;
    this.problems = List.copyOf(problems);
    this.empty = List.copyOf(empty);
  }

  /**
   * The files to read as board reports: each file argument, and the reports found under each
   * folder.
   */
  List<String> files() {
    return files;
  }

  /**
   * The files found under a folder that hold something other than a board report, and what each
   * holds.
   */
  Map<String, Document> leftOut() {
    return leftOut;
  }

  /**
   * What could not be walked, one problem each, naming the file: {@code papers/loop: a link that
   * leads round in a circle}.
   */
  List<InputProblem> problems() {
    return problems;
  }

  /**
   * The folders given that hold no {@code *.json} or {@code *.docx} file at all, and no problem:
   * nothing under them to validate.
   */
  List<String> empty() {
    return empty;
  }

  /**
   * One line saying which files were left out and why, such as {@code left out 2 files that are no
   * board report: papers/county.json (a Word template), papers/system.json (a learning system)}.
   */
  String leftOutLine(Phrasebook words) {
    List<String> each = new ArrayList<>();
    for (Map.Entry<String, Document> e : leftOut.entrySet()) {
      each.add(
          words.format(
              "validate.leftOut.file",
              Map.of(
                  "file",
                  Printable.oneLine(e.getKey()),
                  "kind",
                  words.phrase(e.getValue().key()))));
    }
    return words.format(
        Phrasebook.key("validate", "leftOut", leftOut.size() == 1 ? "one" : "other"),
        Map.of("count", leftOut.size(), "files", String.join(", ", each)));
  }

  /**
   * Returns the inputs of the arguments: each argument as given, or, for a folder, every {@code
   * *.json} and {@code *.docx} under it that holds a board report, following links, in path order.
   */
  static Inputs expand(List<String> arguments) {
    List<String> files = new ArrayList<>();
    Map<String, Document> leftOut = new TreeMap<>();
    List<InputProblem> problems = new ArrayList<>();
    List<String> empty = new ArrayList<>();
    for (String argument : arguments) {
      Path path;
      try {
        path = Path.of(argument);
      } catch (java.nio.file.InvalidPathException e) {
        files.add(argument);
        continue;
      }
      if (!argument.equals("-") && Files.isDirectory(path)) {
        Walk walk = new Walk();
        try {
          Files.walkFileTree(
              path, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, walk);
        } catch (IOException e) {
          walk.problems.add(InputProblem.of(path, e));
        }
        if (walk.found.isEmpty() && walk.problems.isEmpty()) {
          empty.add(argument);
        }
        walk.found.sort(Comparator.naturalOrder());
        for (Path found : walk.found) {
          Document kind = sniff(found);
          if (kind == Document.REPORT) {
            files.add(found.toString());
          } else {
            leftOut.put(found.toString(), kind);
          }
        }
        walk.problems.sort(Comparator.comparing(InputProblem::file));
        problems.addAll(walk.problems);
      } else {
        files.add(argument);
      }
    }
    return new Inputs(files, leftOut, problems, empty);
  }

  /**
   * What a file holds, from its first bytes; a report when it cannot be told, so that the report
   * reader says what is wrong.
   */
  private static Document sniff(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return Document.of(in.readNBytes(SNIFF_BYTES));
    } catch (IOException e) {
      return Document.REPORT;
    }
  }

  /** Collects the files with a report's ending, and what cannot be walked. */
  static final class Walk extends SimpleFileVisitor<Path> {
    final List<Path> found = new ArrayList<>();
    final List<InputProblem> problems = new ArrayList<>();

    @Override
    public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
      if (attributes.isSymbolicLink()) {
        // With links followed, a link is visited as a link only when what it names cannot be read.
        try {
          file.toRealPath();
          problems.add(InputProblem.of(file.toString(), InputProblem.Kind.LINK_UNREADABLE));
        } catch (IOException e) {
          problems.add(InputProblem.of(file, e));
        }
      } else if (attributes.isRegularFile()
          && isReport(file.getFileName().toString().toLowerCase(Locale.ROOT))) {
        found.add(file);
      }
      return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFileFailed(Path file, IOException e) {
      problems.add(InputProblem.of(file, e));
      return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult postVisitDirectory(
        Path folder, @org.jspecify.annotations.Nullable IOException e) {
      if (e != null) {
        problems.add(InputProblem.of(folder, e));
      }
      return FileVisitResult.CONTINUE;
    }
  }

  private static boolean isReport(String name) {
    return name.endsWith(".json") || name.endsWith(".docx");
  }
}
