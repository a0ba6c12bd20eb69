package io.github.hls4j.examples.cli;

import io.github.hls4j.docx.DocxImport;
import io.github.hls4j.examples.cli.CommonOptions.TemplateOption;
import io.github.hls4j.examples.cli.Sources.UnreadableInput;
import io.github.hls4j.render.Words;
import io.github.hls4j.text.Printable;
import io.github.hls4j.validation.Phrasebook;
import io.github.hls4j.validation.RuleMessages;
import io.github.hls4j.validation.Violation;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code hls import}: a board report read from Word, printed as JSON, with what could not be
 * mapped.
 */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description =
        "Reads a board report from a Word document (.docx) and prints it as JSON; what could not be mapped goes to standard error.")
final class ImportCommand implements Callable<Integer> {
  @Spec private CommandLine.Model.CommandSpec spec;

  @Mixin TemplateOption template = new TemplateOption();

  @Parameters(
      paramLabel = "FILE",
      description = "A board report as Word (or JSON); - reads standard input.")
  String file = "-";

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Phrasebook words = LanguageOption.words(spec);
    DocxImport read;
    try {
      read = Sources.report(file, () -> template.template());
    } catch (UnreadableInput e) {
      err.println("hls: " + e.message(words));
      err.flush();
      return ExitCode.UNREADABLE_INPUT.code();
    }
    Locale language = LanguageOption.locale(spec);
    Phrasebook severities = Words.of(language);
    Phrasebook messages = RuleMessages.phrasebook(language);
    for (Violation v : read.findings().violations()) {
      err.println(
          "hls: "
              + words.format(
                  "import.finding",
                  Map.of(
                      "file",
                      Printable.oneLine(file),
                      "severity",
                      severities.phrase(Phrasebook.key("text.severity", v.severity().name())),
                      "rule",
                      v.rule().toString(),
                      "path",
                      v.path().isEmpty() ? words.phrase("import.subject") : v.path(),
                      "message",
                      Printable.oneLine(RuleMessages.message(v, messages)))));
    }
    // As render does, show invisible and bidirectional characters as a backslash-u escape: inside a
    // JSON
    // string that is the JSON escape of the same character, so the document reads the same.
    out.println(Printable.visible(Hls.json().write(read.report()), true));
    out.flush();
    err.flush();
    return ExitCode.OK.code();
  }
}
