package io.github.hls4j.examples.cli;

import io.github.hls4j.docx.DocxWriter;
import io.github.hls4j.docx.ReportTemplate;
import io.github.hls4j.governance.BoardReport;
import io.github.hls4j.governance.GovernanceRules;
import io.github.hls4j.render.HtmlRenderer;
import io.github.hls4j.render.MarkdownRenderer;
import io.github.hls4j.render.Quotations;
import io.github.hls4j.render.SourceNames;
import io.github.hls4j.text.Printable;
import io.github.hls4j.validation.Phrasebook;
import io.github.hls4j.validation.Profile;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;

/**
 * Writes a board report, or a digest's paper, in a {@link PaperFormat}, to a file or standard
 * output.
 */
final class Papers {

  private Papers() {}

  /**
   * Writes a report as Markdown, HTML (with its findings at {@code profile}), JSON or Word, to
   * {@code output} or standard output. Returns the exit code: {@link ExitCode#TEMPLATE_CANNOT_HOLD}
   * when the Word template has no place for a part of the report.
   */
  static int write(
      CommandLine.Model.CommandSpec spec,
      BoardReport report,
      PaperFormat format,
      ReportTemplate layout,
      @Nullable Path output,
      Profile profile)
      throws IOException {
    return write(
        spec, "-", null, report, format, layout, output, profile, false, java.util.Locale.ENGLISH);
  }

  /**
   * Writes a report as {@link #write(CommandLine.Model.CommandSpec, BoardReport, PaperFormat,
   * ReportTemplate, Path, Profile)} does; an html page or Word document to publish has no findings
   * beside it and no model ids, and its words are in a language. {@code source} is the input the
   * report comes from and {@code templateFile} the {@code --template} given, if any, for the
   * message when the template cannot hold the report.
   */
  static int write(
      CommandLine.Model.CommandSpec spec,
      String source,
      @Nullable String templateFile,
      BoardReport report,
      PaperFormat format,
      ReportTemplate layout,
      @Nullable Path output,
      Profile profile,
      boolean publication,
      java.util.Locale language)
      throws IOException {
    return write(
        spec,
        source,
        templateFile,
        report,
        format,
        layout,
        output,
        profile,
        publication,
        language,
        java.util.Locale.ENGLISH,
        SourceNames.none(),
        Quotations.none());
  }

  /**
   * Writes a report as {@link #write(CommandLine.Model.CommandSpec, String, String, BoardReport,
   * PaperFormat, ReportTemplate, Path, Profile, boolean, java.util.Locale)} does, with the report's
   * own text marked as being in a language on an html page, its recommendations' sources named by
   * their names on a working Markdown or html page, and each passage it quotes in another language
   * marked with that language, such as the English records a Welsh digest quotes. A file is written
   * whole or not at all: into a temporary file beside it, moved into place once complete, and
   * deleted when writing fails, so that no partial or empty file is left behind.
   */
  static int write(
      CommandLine.Model.CommandSpec spec,
      String source,
      @Nullable String templateFile,
      BoardReport report,
      PaperFormat format,
      ReportTemplate layout,
      @Nullable Path output,
      Profile profile,
      boolean publication,
      java.util.Locale language,
      java.util.Locale reportLanguage,
      SourceNames sources,
      Quotations quoted)
      throws IOException {
    if (format == PaperFormat.DOCX) {
      DocxWriter writer =
          publication ? DocxWriter.of(layout).publication(language) : DocxWriter.of(layout);
      try {
        if (output == null) {
          try (OutputStream out = new UnclosedOutput(System.out)) {
            writer.write(report, out);
          }
        } else {
          whole(output, out -> writer.write(report, out));
        }
      } catch (IllegalArgumentException e) {
        Phrasebook words = LanguageOption.words(spec);
        java.util.Map<String, String> arguments = new java.util.HashMap<>();
        arguments.put(
            "file",
            source.equals("-") ? words.phrase("input.standard") : Printable.oneLine(source));
        arguments.put("problem", Printable.oneLine(String.valueOf(e.getMessage())));
        if (templateFile != null) {
          arguments.put("template", Printable.oneLine(templateFile));
        }
        spec.commandLine()
            .getErr()
            .println(
                "hls: "
                    + words.format(
                        templateFile == null
                            ? "paper.templateCannotHold"
                            : "paper.templateCannotHoldOwn",
                        arguments));
        spec.commandLine().getErr().flush();
        return ExitCode.TEMPLATE_CANNOT_HOLD.code();
      } catch (IOException | java.io.UncheckedIOException e) {
        return Options.cannotWrite(spec, output, e);
      }
      return ExitCode.OK.code();
    }
    String text =
        switch (format) {
          case HTML ->
              publication
                  ? HtmlRenderer.publication(report, language, reportLanguage, quoted)
                  : HtmlRenderer.render(
                      report,
                      GovernanceRules.validator(profile).validate(report),
                      language,
                      reportLanguage,
                      sources,
                      quoted);
          case JSON -> Hls.json().write(report) + "\n";
          case MARKDOWN -> MarkdownRenderer.render(report, sources, language);
          case DOCX -> throw new AssertionError(format);
        };
    return writeText(spec, text, output);
  }

  /** Writes a page to {@code output} or standard output; returns the exit code. */
  static int writeText(CommandLine.Model.CommandSpec spec, String text, @Nullable Path output) {
    if (output != null) {
      try {
        whole(output, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
      } catch (IOException e) {
        return Options.cannotWrite(spec, output, e);
      }
    } else {
      PrintWriter out = spec.commandLine().getOut();
      out.print(text);
      out.flush();
    }
    return ExitCode.OK.code();
  }

  /** What writes a document's bytes. */
  @FunctionalInterface
  interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  /**
   * Writes a file whole or not at all: into a temporary file in the same folder, then moved over
   * {@code output}; the temporary file is deleted when anything fails, and the failure rethrown. A
   * device or a pipe ({@code /dev/stdout}) is written directly.
   */
  static void whole(Path file, Content content) throws IOException {
    // through a link, to the file it names, so that the link stays
    Path output = Files.isSymbolicLink(file) && Files.exists(file) ? file.toRealPath() : file;
    Path folder = output.toAbsolutePath().getParent();
    if (folder == null
        || Files.exists(output) && !Files.isRegularFile(output) && !Files.isDirectory(output)) {
      // a device or a pipe, such as /dev/stdout, is written as it is, never replaced
      try (OutputStream out = Files.newOutputStream(output)) {
        content.writeTo(out);
      }
      return;
    }
    if (!Files.isDirectory(folder) || Files.isDirectory(output)) {
      // the ordinary write says why: no such folder, or a folder where the file should be
      Files.newOutputStream(output).close();
    }
    // created as any new file is, so that the paper gets the permissions an ordinary write gives
    Path temporary =
        folder.resolve("." + output.getFileName() + "." + java.util.UUID.randomUUID() + ".part");
    boolean moved = false;
    try {
      try (OutputStream out =
          Files.newOutputStream(
              temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
        content.writeTo(out);
      }
      if (Files.isRegularFile(output)) {
        try {
          Files.setPosixFilePermissions(temporary, Files.getPosixFilePermissions(output));
        } catch (UnsupportedOperationException | IOException e) {
          // not a POSIX file system, or not ours to change: the new file keeps the default
          // permissions
        }
      }
      try {
        Files.move(
            temporary, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (java.nio.file.AtomicMoveNotSupportedException e) {
        Files.move(temporary, output, StandardCopyOption.REPLACE_EXISTING);
      }
      moved = true;
    } finally {
      if (!moved) {
        Files.deleteIfExists(temporary);
      }
    }
  }

  /** Standard output for a document, flushed but never closed. */
  private static final class UnclosedOutput extends java.io.FilterOutputStream {
    UnclosedOutput(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
