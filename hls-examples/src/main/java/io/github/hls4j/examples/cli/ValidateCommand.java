package io.github.hls4j.examples.cli;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import io.github.hls4j.docx.DocxImport;
import io.github.hls4j.docx.ReportTemplate;
import io.github.hls4j.examples.cli.CommonOptions.TemplateOption;
import io.github.hls4j.examples.cli.Sources.UnreadableInput;
import io.github.hls4j.governance.GovernanceRules;
import io.github.hls4j.health.HealthRound;
import io.github.hls4j.health.HealthRules;
import io.github.hls4j.jackson.HlsJson;
import io.github.hls4j.system.LearningSystem;
import io.github.hls4j.system.SystemRules;
import io.github.hls4j.text.Printable;
import io.github.hls4j.validation.Phrasebook;
import io.github.hls4j.validation.Profile;
import io.github.hls4j.validation.Severity;
import io.github.hls4j.validation.ValidationResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code hls validate}: checks board reports held as JSON or Word, and learning systems and health
 * rounds held as JSON, and sums up what it found.
 */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description =
        "Validates board reports held as JSON or Word (.docx), file by file or every *.json and *.docx under a folder; a learning system or a health round named as a file is validated by its own rules.")
final class ValidateCommand implements Callable<Integer> {
  @Spec private CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--profile",
      defaultValue = "DECISION_READY",
      description = "draft, decision_ready or published, in any case (default: ${DEFAULT-VALUE}).")
  Profile profile = Profile.DECISION_READY;

  @Option(
      names = "--format",
      defaultValue = "text",
      description =
          "text, json or html: a findings page for officers, one per report (default: ${DEFAULT-VALUE}).")
  FindingsOutput.Format format = FindingsOutput.Format.text;

  @Mixin TextLanguageOption textLanguage = new TextLanguageOption();

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description =
          "With --format html: the page's file, or a folder for one page per report; standard output if not given.")
  @Nullable Path output;

  @Option(
      names = "--fail-on",
      defaultValue = "error",
      paramLabel = "SEVERITY",
      description =
          "error or warning: the least severe finding that makes the exit code 1 (default: ${DEFAULT-VALUE}).")
  FailOn failOn = FailOn.error;

  @Option(
      names = {"-q", "--quiet"},
      description = "Prints only the summary line.")
  boolean quiet;

  @Mixin TemplateOption template = new TemplateOption();

  @Parameters(
      arity = "1..*",
      paramLabel = "FILE",
      description =
          "Board reports as JSON or Word, or folders holding them, learning systems or health rounds as JSON; - reads standard input.")
  List<String> files = new ArrayList<>();

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    var validator = GovernanceRules.validator(profile);
    Summary summary = new Summary();
    List<String> json = format == FindingsOutput.Format.json ? new ArrayList<>() : null;
    FindingsOutput findings = new FindingsOutput(LanguageOption.locale(spec));
    Phrasebook words = LanguageOption.words(spec);
    Supplier<ReportTemplate> layout = Suppliers.memoize(() -> template.template());
    if (template.file != null) {
      try {
        layout.get(); // a template named is read, and refused, even when every input is JSON
      } catch (UnreadableInput e) {
        err.println("hls: " + e.message(words));
        err.flush();
        return ExitCode.UNREADABLE_INPUT.code();
      }
    }
    Inputs inputs = Inputs.expand(files);
    for (InputProblem problem : inputs.problems()) {
      err.println("hls: " + problem.in(words));
      summary.unreadable++;
    }
    if (!inputs.leftOut().isEmpty()) {
      err.println("hls: " + inputs.leftOutLine(words));
    }
    for (String folder : inputs.empty()) {
      err.println(
          "hls: "
              + words.format("validate.emptyFolder", Map.of("folder", Printable.oneLine(folder))));
    }
    for (String file : inputs.files()) {
      Object read;
      try {
        read = Sources.validatable(file, layout);
      } catch (UnreadableInput e) {
        err.println("hls: " + e.message(words));
        summary.unreadable++;
        continue;
      }
      Object subject;
      String title;
      ValidationResult found;
      Locale ownLanguage = textLanguage.locale();
      if (read instanceof LearningSystem system) {
        subject = system;
        title = system.place();
        found = SystemRules.validator(profile, Clock.systemDefaultZone()).validate(system);
        summary.others++;
      } else if (read instanceof HealthRound round) {
        subject = round;
        title = round.name();
        found = HealthRules.validator(profile).validate(round);
        summary.others++;
      } else {
        DocxImport report = (DocxImport) read;
        subject = report.report();
        title = report.report().title();
        found = report.with(validator.validate(report.report()));
        ownLanguage = textLanguage.locale(report.language());
      }
      ValidationResult result = findings.describe(subject, found);
      summary.add(result);
      if (quiet) {
        continue;
      }
      if (json != null) {
        json.add(findingsJson(file, profile, result));
      } else if (format == FindingsOutput.Format.html) {
        findings.page(file, subject, title, profile, result, ownLanguage);
      } else {
        out.println(findings.text(file, profile, result));
        out.println();
      }
    }
    if (json != null && !quiet) {
      out.println(json.isEmpty() ? "[]" : "[\n" + String.join(",\n", json) + "\n]");
    }
    String pages;
    try {
      pages = quiet ? null : findings.writePages(output, out);
    } catch (IOException e) {
      return Options.cannotWrite(spec, output, e);
    }
    if (pages != null) {
      err.println("hls: " + pages);
      err.flush();
      return ExitCode.USAGE.code();
    }
    if (format == FindingsOutput.Format.text || quiet) {
      out.println(
          findings.summary(
              summary.reports,
              summary.others > 0,
              summary.withErrors,
              summary.unreadable,
              summary.errors,
              summary.warnings,
              summary.infos,
              spec.commandLine().getColorScheme().ansi()));
    }
    out.flush();
    err.flush();
    if (summary.unreadable > 0) {
      return ExitCode.UNREADABLE_INPUT.code();
    }
    return (summary.fails(failOn) ? ExitCode.FINDINGS : ExitCode.OK).code();
  }

  /**
   * One file's findings in {@code validate --format json}: its name and profile on the object's
   * first line, then the result exactly as {@link HlsJson#write} writes a {@link ValidationResult}
   * (what a web service returns), so that the two cannot differ by a byte.
   */
  static String findingsJson(String file, Profile profile, ValidationResult result) {
    return "{\"file\": "
        + Hls.json().mapper().writeValueAsString(file)
        + ", \"profile\": \""
        + profile.name()
        + "\", \"result\": "
        + Hls.json().write(result)
        + "}";
  }

  /** The least severe finding that makes {@code validate} exit with 1. */
  enum FailOn {
    error,
    warning
  }

  /** What {@code validate} found over all its inputs. */
  static final class Summary {
    int reports;

    /** How many of them are learning systems or health rounds. */
    int others;

    int unreadable;
    int withErrors;
    int errors;
    int warnings;
    int infos;

    void add(ValidationResult result) {
      reports++;
      withErrors += result.hasErrors() ? 1 : 0;
      errors += result.count(Severity.ERROR);
      warnings += result.count(Severity.WARNING);
      infos += result.count(Severity.INFO);
    }

    boolean fails(FailOn failOn) {
      return errors > 0 || (failOn == FailOn.warning && warnings > 0);
    }
  }
}
