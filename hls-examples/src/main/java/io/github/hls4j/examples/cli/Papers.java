package io.github.hls4j.examples.cli;

import io.github.hls4j.docx.DocxWriter;
import io.github.hls4j.docx.ReportTemplate;
import io.github.hls4j.governance.BoardReport;
import io.github.hls4j.governance.GovernanceRules;
import io.github.hls4j.render.HtmlRenderer;
import io.github.hls4j.render.MarkdownRenderer;
import io.github.hls4j.validation.Printable;
import io.github.hls4j.validation.Profile;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a board report, or a digest's paper, in a {@link PaperFormat}, to a file or standard output. */
final class Papers {

  private Papers() {}

  /**
   * Writes a report as Markdown, HTML (with its findings at {@code profile}), JSON or Word, to
   * {@code output} or standard output. Returns the exit code: {@link ExitCode#TEMPLATE_CANNOT_HOLD}
   * when the Word template has no place for a part of the report.
   */
  static int write(CommandLine.Model.CommandSpec spec, BoardReport report, PaperFormat format, ReportTemplate layout,
      @Nullable Path output, Profile profile) throws IOException {
    return write(spec, report, format, layout, output, profile, false, java.util.Locale.ENGLISH);
  }

  /**
   * Writes a report as {@link #write(CommandLine.Model.CommandSpec, BoardReport, PaperFormat, ReportTemplate, Path, Profile)}
   * does; an html page to publish has no findings beside it, and its words are in a language.
   */
  static int write(CommandLine.Model.CommandSpec spec, BoardReport report, PaperFormat format, ReportTemplate layout,
      @Nullable Path output, Profile profile, boolean publication, java.util.Locale language) throws IOException {
    return write(spec, report, format, layout, output, profile, publication, language, java.util.Locale.ENGLISH);
  }

  /**
   * Writes a report as {@link #write(CommandLine.Model.CommandSpec, BoardReport, PaperFormat, ReportTemplate, Path,
   * Profile, boolean, java.util.Locale)} does, with the report's own text marked as being in a language on an html page.
   */
  static int write(CommandLine.Model.CommandSpec spec, BoardReport report, PaperFormat format, ReportTemplate layout,
      @Nullable Path output, Profile profile, boolean publication, java.util.Locale language, java.util.Locale reportLanguage)
      throws IOException {
    if (format == PaperFormat.DOCX) {
      try (OutputStream out = output == null ? new UnclosedOutput(System.out) : Files.newOutputStream(output)) {
        DocxWriter.of(layout).write(report, out);
      } catch (IllegalArgumentException e) {
        spec.commandLine().getErr().println("hls: " + Printable.oneLine(String.valueOf(e.getMessage())));
        spec.commandLine().getErr().flush();
        return ExitCode.TEMPLATE_CANNOT_HOLD.code();
      } catch (IOException | java.io.UncheckedIOException e) {
        return Options.cannotWrite(spec, output, e);
      }
      return ExitCode.OK.code();
    }
    String text = switch (format) {
      case HTML -> publication
          ? HtmlRenderer.publication(report, language, reportLanguage)
          : HtmlRenderer.render(report, GovernanceRules.validator(profile).validate(report), language, reportLanguage);
      case JSON -> Hls.json().write(report) + "\n";
      case MARKDOWN -> MarkdownRenderer.render(report);
      case DOCX -> throw new AssertionError(format);
    };
    if (output != null) {
      try {
        Files.writeString(output, text, StandardCharsets.UTF_8);
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
