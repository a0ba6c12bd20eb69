package io.github.hls4j.examples.cli;

import io.github.hls4j.text.Printable;
import io.github.hls4j.validation.Phrasebook;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What keeps the command from taking an input, by kind: a missing file, a folder, a link that leads
 * nowhere, a document of another kind. It is worded only when printed, in the language of the run,
 * by the phrase of its kind ({@code input.} keys of {@code command.properties}); only what the
 * operating system says in its own words ({@link Kind#SYSTEM}) stays as the system gives it.
 */
final class InputProblem {

  /** The kinds of problem, each a phrase {@code input.KIND}. */
  enum Kind {
    /** No file of that name. */
    NO_SUCH_FILE,
    /** The file is there, but the user may not read it. */
    PERMISSION_DENIED,
    /** A folder named where a file belongs. */
    FOLDER,
    /** Another reason, in the operating system's words: {@code {why}}. */
    SYSTEM,
    /** A link whose target is not there. */
    LINK_NOWHERE,
    /** A link whose target, {@code {target}}, is not there. */
    LINK_NOWHERE_TO,
    /** A link whose target is there but cannot be read. */
    LINK_UNREADABLE,
    /** A link that leads to a folder above it. */
    LINK_CIRCLE_UP,
    /** A link that leads round in a circle through other links. */
    LINK_CIRCLE,
    /** A name that cannot be a file's on this system: {@code {why}}. */
    INVALID_NAME,
    /** A document of another kind, {@code {kind}}, than the one expected, {@code {expected}}. */
    OTHER_KIND,
    /** As {@link #OTHER_KIND}, with the commands that read the document, {@code {readBy}}. */
    OTHER_KIND_READ_BY
  }

  private final String file;
  private final Kind kind;
  private final Map<String, Object> arguments;

  private InputProblem(String file, Kind kind, Map<String, Object> arguments) {
    this.file = file;
    this.kind = kind;
    this.arguments = arguments;
  }

  /** A problem with no argument. */
  static InputProblem of(String file, Kind kind) {
    return new InputProblem(file, kind, Map.of());
  }

  /**
   * A file given as one kind of document that holds another: {@code it is a learning system, not a
   * board report; hls validate and hls digest read it}.
   */
  static InputProblem otherKind(String file, Document kind, Document expected) {
    Map<String, Object> arguments = new LinkedHashMap<>();
    arguments.put("kind", new Phrase(kind.key()));
    arguments.put("expected", new Phrase(expected.key()));
    kind.readByKey().ifPresent(key -> arguments.put("readBy", new Phrase(key)));
    return new InputProblem(
        file,
        arguments.containsKey("readBy") ? Kind.OTHER_KIND_READ_BY : Kind.OTHER_KIND,
        arguments);
  }

  /** A name that cannot be a file's on this system, with the system's reason. */
  static InputProblem invalidName(String file, java.nio.file.InvalidPathException e) {
    return new InputProblem(
        file, Kind.INVALID_NAME, Map.of("why", Printable.oneLine(String.valueOf(e.getReason()))));
  }

  /** What went wrong opening or walking {@code file}, told by the exception's type. */
  static InputProblem of(Path file, IOException e) {
    String name = file.toString();
    if (e instanceof FileSystemLoopException) {
      return of(name, Kind.LINK_CIRCLE_UP);
    }
    if (e instanceof FileSystemException fs
        && fs.getReason() != null
        && fs.getReason().contains("symbolic links")) {
      // ELOOP has no exception type of its own: the system's reason is all that tells it
      return of(name, Kind.LINK_CIRCLE);
    }
    if (e instanceof NoSuchFileException && Files.isSymbolicLink(file)) {
      try {
        String target = Printable.oneLine(Files.readSymbolicLink(file).toString());
        return new InputProblem(name, Kind.LINK_NOWHERE_TO, Map.of("target", target));
      } catch (IOException | UnsupportedOperationException unreadable) {
        return of(name, Kind.LINK_NOWHERE);
      }
    }
    if (e instanceof NoSuchFileException) {
      return of(name, Kind.NO_SUCH_FILE);
    }
    if (e instanceof AccessDeniedException) {
      return of(name, Kind.PERMISSION_DENIED);
    }
    if (Files.isDirectory(file)) {
      return of(name, Kind.FOLDER);
    }
    String why =
        e instanceof FileSystemException fs && fs.getReason() != null
            ? fs.getReason()
            : String.valueOf(e.getMessage());
    return new InputProblem(name, Kind.SYSTEM, Map.of("why", Printable.oneLine(why)));
  }

  /** The file, as given or as found under a folder. */
  String file() {
    return file;
  }

  /** The kind of problem. */
  Kind kind() {
    return kind;
  }

  /** The problem in one line, naming the file: {@code papers/gone.json: no such file}. */
  String in(Phrasebook words) {
    Map<String, Object> worded = new LinkedHashMap<>();
    arguments.forEach(
        (name, value) ->
            worded.put(name, value instanceof Phrase phrase ? words.phrase(phrase.key()) : value));
    return Printable.oneLine(file) + ": " + words.format(Phrasebook.key("input", kind), worded);
  }

  /** An argument that is itself a phrase, worded in the same language. */
  private record Phrase(String key) {}

  @Override
  public String toString() {
    return in(LanguageOption.words(java.util.Locale.ENGLISH));
  }
}
