package io.github.hls4j.examples.cli;

import io.github.hls4j.docx.DocxAnnotator;
import io.github.hls4j.docx.DocxImport;
import io.github.hls4j.docx.DocxReader;
import io.github.hls4j.docx.ReportTemplate;
import io.github.hls4j.docx.UnreadableDocumentException;
import io.github.hls4j.examples.cli.Sources.UnreadableInput;
import io.github.hls4j.governance.GovernanceRules;
import io.github.hls4j.text.Printable;
import io.github.hls4j.validation.Phrasebook;
import io.github.hls4j.validation.Profile;
import io.github.hls4j.validation.Severity;
import io.github.hls4j.validation.ValidationResult;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code hls annotate report.docx -o checked.docx}: validates a Word report and writes a copy of it
 * with each finding as a Word comment, anchored where the finding is, by {@link DocxAnnotator}.
 * Exit code 0 when no ERROR was found, 1 when one was, {@link ExitCode#UNREADABLE_INPUT} when the
 * report cannot be read and {@link ExitCode#UNWRITABLE_OUTPUT} when the copy cannot be written.
 */
@Command(
    name = "annotate",
    mixinStandardHelpOptions = true,
    description =
        "Validates a Word report (.docx) and writes a copy of it with each finding as a Word comment where it is:"
            + " its severity, rule and message. The document's content is left as it was.")
final class AnnotateCommand implements Callable<Integer> {

  @Spec private CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--profile",
      defaultValue = "DECISION_READY",
      description = "draft, decision_ready or published, in any case (default: ${DEFAULT-VALUE}).")
  Profile profile = Profile.DECISION_READY;

  @Mixin CommonOptions.TemplateOption template = new CommonOptions.TemplateOption();

  @Option(
      names = {"-o", "--output"},
      required = true,
      paramLabel = "FILE",
      description = "Where to write the annotated copy.")
  Path output = Path.of("");

  @Parameters(paramLabel = "FILE", description = "A board report as Word (.docx).")
  Path report = Path.of("");

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    String source = report.toString();
    Phrasebook words = LanguageOption.words(spec);
    byte[] document;
    ValidationResult found;
    try {
      ReportTemplate layout = template.template();
      document = Sources.bytes(source, DocxReader.MAX_DOCUMENT_BYTES + 1);
      DocxImport read = DocxReader.of(layout).read(new ByteArrayInputStream(document), source);
      found = read.with(GovernanceRules.validator(profile).validate(read.report()));
    } catch (UnreadableDocumentException e) {
      err.println("hls: " + Printable.oneLine(String.valueOf(e.getMessage())));
      err.flush();
      return ExitCode.UNREADABLE_INPUT.code();
    } catch (UnreadableInput e) {
      err.println("hls: " + e.message(words));
      err.flush();
      return ExitCode.UNREADABLE_INPUT.code();
    }
    ByteArrayOutputStream copy = new ByteArrayOutputStream();
    try {
      DocxAnnotator.annotate(document, source, found, copy);
      Files.write(output, copy.toByteArray());
    } catch (IOException e) {
      return Options.cannotWrite(spec, output, e);
    }
    out.println(
        words.format(
            "annotate.written",
            Map.of(
                "file",
                Printable.oneLine(source),
                "comments",
                count(words, "annotate.comment", found.size()),
                "output",
                Printable.oneLine(output.toString()),
                "errors",
                count(words, "summary.error", found.count(Severity.ERROR)),
                "warnings",
                count(words, "summary.warning", found.count(Severity.WARNING)),
                "infos",
                count(words, "summary.info", found.count(Severity.INFO)))));
    out.flush();
    return found.hasErrors() ? 1 : 0;
  }

  /** A count with its noun: {@code key} for one, {@code key + "s"} for any other number. */
  private static String count(Phrasebook words, String key, int count) {
    return words.format(count == 1 ? key : key + "s", Map.of("count", count));
  }
}
