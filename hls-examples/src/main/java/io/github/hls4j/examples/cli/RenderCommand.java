package io.github.hls4j.examples.cli;

import com.google.common.base.Suppliers;
import io.github.hls4j.docx.DocxImport;
import io.github.hls4j.docx.ReportTemplate;
import io.github.hls4j.examples.cli.CommonOptions.OutputOption;
import io.github.hls4j.examples.cli.CommonOptions.TemplateOption;
import io.github.hls4j.examples.cli.Sources.UnreadableInput;
import io.github.hls4j.render.Quotations;
import io.github.hls4j.render.SourceNames;
import io.github.hls4j.validation.Phrasebook;
import io.github.hls4j.validation.Profile;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code hls render}: a board report as Markdown, HTML or Word. */
@Command(
    name = "render",
    mixinStandardHelpOptions = true,
    description = "Renders a board report held as JSON or Word, as Markdown, HTML or Word.")
final class RenderCommand implements Callable<Integer> {
  @Spec private CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--format",
      defaultValue = "markdown",
      description = "markdown, html or docx (default: ${DEFAULT-VALUE}).")
  RenderFormat format = RenderFormat.markdown;

  @Option(
      names = "--profile",
      defaultValue = "DECISION_READY",
      description = "For the findings beside an html page (default: ${DEFAULT-VALUE}).")
  Profile profile = Profile.DECISION_READY;

  @Option(
      names = "--publication",
      description =
          "An html page or Word document to publish: no findings beside it, no model ids, every enum in words.")
  boolean publication;

  @Mixin TemplateOption template = new TemplateOption();

  @Mixin OutputOption output = new OutputOption();

  @Mixin TextLanguageOption textLanguage = new TextLanguageOption();

  @Parameters(
      paramLabel = "FILE",
      description = "A board report as JSON or Word; - reads standard input.")
  String file = "-";

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    Phrasebook words = LanguageOption.words(spec);
    if (publication && format != RenderFormat.html && format != RenderFormat.docx) {
      return Options.usage(spec, words.phrase("usage.publicationFormat"));
    }
    DocxImport read;
    ReportTemplate layout;
    try {
      layout = template.template();
      read = Sources.report(file, Suppliers.ofInstance(layout));
    } catch (UnreadableInput e) {
      err.println("hls: " + e.message(words));
      err.flush();
      return ExitCode.UNREADABLE_INPUT.code();
    }
    return Papers.write(
        spec,
        file,
        template.file,
        read.report(),
        format.paper(),
        layout,
        output.file,
        profile,
        publication,
        LanguageOption.locale(spec),
        textLanguage.locale(read.language()),
        SourceNames.none(),
        Quotations.none());
  }
}
