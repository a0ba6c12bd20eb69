package io.github.hls4j.examples.cli;

import io.github.hls4j.docx.DocxReader;
import io.github.hls4j.docx.TemplateDraft;
import io.github.hls4j.docx.UnreadableDocumentException;
import io.github.hls4j.text.Printable;
import io.github.hls4j.validation.Phrasebook;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code hls template}: works with templates, the descriptions of a council's Word layout that
 * {@code --template} names. {@code hls template draft blank.docx > my-council.json} drafts one from
 * the council's blank template, its guesses listed in the file's {@code toCheck} and on standard
 * error.
 */
@Command(
    name = "template",
    mixinStandardHelpOptions = true,
    description =
        "Works with templates, the descriptions of a council's Word layout: draft drafts one from a blank template.",
    subcommands = {TemplateCommand.Draft.class})
final class TemplateCommand implements Callable<Integer> {

  @Spec private CommandLine.Model.CommandSpec spec;

  /** With no subcommand: the usage, on standard error, and {@link ExitCode#USAGE}. */
  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    err.println("hls: " + LanguageOption.words(spec).phrase("template.sayWhatToDo"));
    spec.commandLine().usage(err, spec.commandLine().getColorScheme());
    err.flush();
    return ExitCode.USAGE.code();
  }

  @Command(
      name = "draft",
      mixinStandardHelpOptions = true,
      description =
          "Drafts a template from a council's blank report template (.docx): its labels, headings, tick tables and sign-off table."
              + " Each guess is listed in the template's \"toCheck\" and on standard error, with what could not be placed.")
  static final class Draft implements Callable<Integer> {
    @Spec private CommandLine.Model.CommandSpec spec;

    @Mixin CommonOptions.OutputOption output = new CommonOptions.OutputOption();

    @Parameters(
        paramLabel = "FILE",
        description = "The council's blank report template, as Word (.docx).")
    Path blank = Path.of("");

    @Override
    public Integer call() throws IOException {
      PrintWriter err = spec.commandLine().getErr();
      Phrasebook words = LanguageOption.words(spec);
      TemplateDraft draft;
      try {
        byte[] bytes = Sources.bytes(blank.toString(), DocxReader.MAX_DOCUMENT_BYTES + 1);
        draft = TemplateDraft.of(new ByteArrayInputStream(bytes), blank.toString());
      } catch (UnreadableDocumentException e) {
        err.println("hls: " + Printable.oneLine(String.valueOf(e.getMessage())));
        err.flush();
        return ExitCode.UNREADABLE_INPUT.code();
      } catch (Sources.UnreadableInput e) {
        err.println("hls: " + e.message(words));
        err.flush();
        return ExitCode.UNREADABLE_INPUT.code();
      }
      String source = Printable.oneLine(blank.toString());
      for (String guess : draft.toCheck()) {
        err.println(
            "hls: "
                + words.format(
                    "template.check", Map.of("file", source, "guess", Printable.oneLine(guess))));
      }
      for (String text : draft.unplaced()) {
        err.println(
            "hls: "
                + words.format(
                    "template.notPlaced", Map.of("file", source, "text", Printable.oneLine(text))));
      }
      err.flush();
      if (output.file != null) {
        try {
          Files.writeString(output.file, draft.json(), StandardCharsets.UTF_8);
        } catch (IOException e) {
          return Options.cannotWrite(spec, output.file, e);
        }
      } else {
        PrintWriter out = spec.commandLine().getOut();
        out.print(draft.json());
        out.flush();
      }
      return ExitCode.OK.code();
    }
  }
}
