package io.github.hls4j.examples.cli;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import io.github.hls4j.digest.LearningDigest;
import io.github.hls4j.docx.DocxImport;
import io.github.hls4j.docx.DocxReader;
import io.github.hls4j.docx.DocxWriter;
import io.github.hls4j.docx.ImportRules;
import io.github.hls4j.docx.ReportTemplate;
import io.github.hls4j.docx.UnreadableDocumentException;
import io.github.hls4j.governance.BoardId;
import io.github.hls4j.governance.BoardReport;
import io.github.hls4j.governance.GovernanceRules;
import io.github.hls4j.health.HealthRound;
import io.github.hls4j.jackson.HlsJson;
import io.github.hls4j.json.InvalidJsonException;
import io.github.hls4j.party.PartyId;
import io.github.hls4j.party.Person;
import io.github.hls4j.render.HtmlRenderer;
import io.github.hls4j.render.MarkdownRenderer;
import io.github.hls4j.system.LearningSystem;
import io.github.hls4j.validation.Printable;
import io.github.hls4j.validation.Profile;
import io.github.hls4j.validation.RuleCatalog;
import io.github.hls4j.validation.RuleDescriptor;
import io.github.hls4j.validation.Severity;
import io.github.hls4j.validation.ValidationResult;
import io.github.hls4j.validation.Violation;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine;
import tools.jackson.databind.node.ArrayNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * The {@code hls} command: validates, imports and renders board reports held as JSON or as Word
 * documents, drafts a board's learning digest, lists the rules, and prints the Somerset report as
 * JSON.
 *
 * <p>Exit codes of {@code validate}: 0 when nothing at or above {@code --fail-on} was found, 1 when
 * something was, 2 when an input cannot be read (with a message naming the file, the line and
 * column), an output cannot be written, or the command line is wrong; 3 when hls4j itself fails
 * (a bug). Enum options are read in any case ({@code --profile
 * draft}). Colour is used only on a terminal, and never when {@code NO_COLOR} is set.
 */
@Command(
    name = "hls",
    mixinStandardHelpOptions = true,
    version = "hls 0.1.0-SNAPSHOT",
    description = "Checks and renders board reports held as JSON or as Word documents, and drafts learning digests.",
    subcommands = {Hls.Validate.class, Hls.Import.class, Hls.Render.class, Hls.Digest.class, Hls.Rules.class, Hls.Example.class,
        TemplateCommand.class})
public final class Hls implements Callable<Integer> {

  /** Exit code when an input cannot be read. */
  static final int UNREADABLE = 2;

  /** hls4j's JSON form, hardened for files from anywhere; made on first use, so that a command without JSON starts sooner. */
  static HlsJson json() {
    return JsonHolder.JSON;
  }

  private static final class JsonHolder {
    static final HlsJson JSON = HlsJson.create();
  }

  @Spec private CommandLine.Model.CommandSpec spec;

  /**
   * Runs the command.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    System.exit(commandLine(Ansi.AUTO).execute(args));
  }

  static CommandLine commandLine() {
    return commandLine(Ansi.OFF);
  }

  /** Returns the command line, with colour as asked, unless {@code NO_COLOR} is set. */
  static CommandLine commandLine(Ansi ansi) {
    Ansi colour = colour(ansi, System.getenv("NO_COLOR"));
    CommandLine command = new CommandLine(new Hls());
    command.setCaseInsensitiveEnumValuesAllowed(true);
    command.setColorScheme(CommandLine.Help.defaultColorScheme(colour));
    Options.register(command);
    return command;
  }

  /** Colour only where asked (on a terminal, for {@code AUTO}) and never when {@code NO_COLOR} is set to anything. */
  static Ansi colour(Ansi asked, @Nullable String noColor) {
    if (noColor != null && !noColor.isEmpty()) {
      return Ansi.OFF;
    }
    return asked.enabled() ? Ansi.ON : Ansi.OFF;
  }

  /** With no subcommand: the usage, on standard error, and exit code 2. */
  @Override
  public Integer call() {
    spec.commandLine().getErr().println("hls: say what to do: validate, import, render, digest, template, rules or example");
    spec.commandLine().usage(spec.commandLine().getErr(), spec.commandLine().getColorScheme());
    spec.commandLine().getErr().flush();
    return UNREADABLE;
  }

  /** Output formats of {@code validate} and {@code rules}. */
  enum Format {
    text,
    json
  }

  /** Output formats of {@code render}. */
  enum RenderFormat {
    markdown,
    html,
    docx
  }

  /** An input that cannot be read: a file that is missing, malformed JSON or no readable Word document. */
  static final class UnreadableInput extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UnreadableInput(RuntimeException cause) {
      super(cause.getMessage(), cause);
    }
  }

  /**
   * Reads a board report, as JSON or as a Word document: the content decides, not the file's name.
   * A zip package or an OLE2 file goes to the Word reader, which explains what it cannot open;
   * anything else is read as JSON, with no import findings. The template is asked for only for
   * Word.
   */
  static DocxImport read(String file, Supplier<ReportTemplate> layout) {
    byte[] bytes = bytes(file, DocxReader.MAX_DOCUMENT_BYTES + 1);
    try {
      if (isJson(bytes)) {
        Document kind = Document.of(bytes);
        if (kind != Document.REPORT) {
          throw kind.notAReport(file);
        }
        return new DocxImport(json().read(new ByteArrayInputStream(bytes), file, BoardReport.class), ValidationResult.empty());
      }
      return DocxReader.of(layout.get()).read(new ByteArrayInputStream(bytes), file);
    } catch (InvalidJsonException | UnreadableDocumentException e) {
      throw new UnreadableInput(e);
    }
  }

  /** Whether the bytes are a zip package (.docx) or an OLE2 file (.doc, or an encrypted .docx): Word's business. */
  private static boolean isJson(byte[] bytes) {
    boolean zip = bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
    boolean ole2 = bytes.length >= 4 && (bytes[0] & 0xFF) == 0xD0 && (bytes[1] & 0xFF) == 0xCF
        && (bytes[2] & 0xFF) == 0x11 && (bytes[3] & 0xFF) == 0xE0;
    return !zip && !ole2;
  }

  /** The {@code --template} option of the commands that read or write Word. */
  static final class TemplateOption {
    @Option(
        names = "--template",
        paramLabel = "FILE",
        description = "The Word template's description, as JSON, for reading or writing Word (default: the built-in Somerset template).")
    @Nullable String file;

    /** The template named, or the built-in Somerset one. */
    ReportTemplate template() {
      return file == null ? ReportTemplate.somerset() : ReportTemplate.read(Path.of(file));
    }
  }

  /** The {@code --output} option of the commands that write a document. */
  static final class OutputOption {
    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Where to write; standard output if not given.")
    @Nullable Path file;
  }

  @Command(
      name = "validate",
      mixinStandardHelpOptions = true,
      description = "Validates board reports held as JSON or Word (.docx), file by file or every *.json and *.docx under a folder.")
  static final class Validate implements Callable<Integer> {
    @Spec private CommandLine.Model.CommandSpec spec;

    @Option(names = "--profile", defaultValue = "DECISION_READY", description = "draft, decision_ready or published, in any case (default: ${DEFAULT-VALUE}).")
    Profile profile = Profile.DECISION_READY;

    @Option(names = "--format", defaultValue = "text", description = "text, json or html: a findings page for officers, one per report (default: ${DEFAULT-VALUE}).")
    FindingsOutput.Format format = FindingsOutput.Format.text;

    @Mixin LanguageOption language = new LanguageOption();

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "With --format html: the page's file, or a folder for one page per report; standard output if not given.")
    @Nullable Path output;

    @Option(names = "--fail-on", defaultValue = "error", paramLabel = "SEVERITY", description = "error or warning: the least severe finding that makes the exit code 1 (default: ${DEFAULT-VALUE}).")
    FailOn failOn = FailOn.error;

    @Option(names = {"-q", "--quiet"}, description = "Prints only the summary line.")
    boolean quiet;

    @Mixin TemplateOption template = new TemplateOption();

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Board reports as JSON or Word, or folders holding them; - reads standard input.")
    List<String> files = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      var validator = GovernanceRules.validator(profile);
      Summary summary = new Summary();
      List<String> json = format == FindingsOutput.Format.json ? new ArrayList<>() : null;
      FindingsOutput findings = new FindingsOutput(language.locale());
      Supplier<ReportTemplate> layout = Suppliers.memoize(() -> template.template());
      if (template.file != null) {
        try {
          layout.get(); // a template named is read, and refused, even when every input is JSON
        } catch (InvalidJsonException e) {
          err.println("hls: " + Printable.oneLine(String.valueOf(e.getMessage())));
          err.flush();
          return UNREADABLE;
        }
      }
      Inputs inputs = Inputs.expand(files);
      for (String problem : inputs.problems()) {
        err.println("hls: " + problem);
        summary.unreadable++;
      }
      if (!inputs.leftOut().isEmpty()) {
        err.println("hls: " + inputs.leftOutLine());
      }
      for (String file : inputs.files()) {
        DocxImport read;
        try {
          read = read(file, layout);
        } catch (UnreadableInput e) {
          err.println("hls: " + Printable.oneLine(e.getMessage()));
          summary.unreadable++;
          continue;
        }
        ValidationResult result = findings.describe(read.report(), read.with(validator.validate(read.report())));
        summary.add(result);
        if (quiet) {
          continue;
        }
        if (json != null) {
          json.add(findingsJson(file, profile, result));
        } else if (format == FindingsOutput.Format.html) {
          findings.page(file, read.report(), profile, result);
        } else {
          out.println(findings.text(file, profile, result));
          out.println();
        }
      }
      if (json != null && !quiet) {
        out.println(json.isEmpty() ? "[]" : "[\n" + String.join(",\n", json) + "\n]");
      }
      String pages = quiet ? null : findings.writePages(output, out);
      if (pages != null) {
        err.println("hls: " + pages);
        summary.unreadable++;
      }
      if (format == FindingsOutput.Format.text || quiet) {
        out.println(findings.summary(summary.reports, summary.withErrors, summary.unreadable, summary.errors,
            summary.warnings, summary.infos, spec.commandLine().getColorScheme().ansi()));
      }
      out.flush();
      err.flush();
      if (summary.unreadable > 0) {
        return UNREADABLE;
      }
      return summary.fails(failOn) ? 1 : 0;
    }
  }

  /**
   * One file's findings in {@code validate --format json}: its name and profile on the object's
   * first line, then the result exactly as {@link HlsJson#write} writes a {@link ValidationResult}
   * (what a web service returns), so that the two cannot differ by a byte.
   */
  static String findingsJson(String file, Profile profile, ValidationResult result) {
    return "{\"file\": " + json().mapper().writeValueAsString(file) + ", \"profile\": \"" + profile.name()
        + "\", \"result\": " + json().write(result) + "}";
  }

  /** The least severe finding that makes {@code validate} exit with 1. */
  enum FailOn {
    error,
    warning
  }

  /** What {@code validate} found over all its inputs. */
  static final class Summary {
    int reports;
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

    /** One line, such as {@code 3 reports, 1 unreadable: 12 errors, 4 warnings, 0 infos}. */
    String line(Ansi ansi) {
      String counts =
          String.format(
              Locale.ROOT,
              "%d %s, %d with errors, %d unreadable: %s, %s, %d infos",
              reports,
              reports == 1 ? "report" : "reports",
              withErrors,
              unreadable,
              ansi.string(errors > 0 ? "@|bold,red " + errors + " errors|@" : errors + " errors"),
              ansi.string(warnings > 0 ? "@|yellow " + warnings + " warnings|@" : warnings + " warnings"),
              infos);
      return counts;
    }
  }

  @Command(name = "render", mixinStandardHelpOptions = true, description = "Renders a board report held as JSON or Word, as Markdown, HTML or Word.")
  static final class Render implements Callable<Integer> {
    @Spec private CommandLine.Model.CommandSpec spec;

    @Option(names = "--format", defaultValue = "markdown", description = "markdown, html or docx (default: ${DEFAULT-VALUE}).")
    RenderFormat format = RenderFormat.markdown;

    @Option(names = "--profile", defaultValue = "DECISION_READY", description = "For the findings beside an html page (default: ${DEFAULT-VALUE}).")
    Profile profile = Profile.DECISION_READY;

    @Mixin TemplateOption template = new TemplateOption();

    @Mixin OutputOption output = new OutputOption();

    @Mixin LanguageOption language = new LanguageOption();

    @Parameters(paramLabel = "FILE", description = "A board report as JSON or Word; - reads standard input.")
    String file = "-";

    @Override
    public Integer call() throws IOException {
      PrintWriter err = spec.commandLine().getErr();
      BoardReport report;
      ReportTemplate layout;
      try {
        layout = template.template();
        report = read(file, Suppliers.ofInstance(layout)).report();
      } catch (UnreadableInput | InvalidJsonException e) {
        err.println("hls: " + Printable.oneLine(e.getMessage()));
        err.flush();
        return UNREADABLE;
      }
      return write(spec, report, format.name(), layout, output.file, profile, language.locale());
    }
  }

  /**
   * Writes a report as Markdown, HTML (with its findings at {@code profile}), JSON or Word, to
   * {@code output} or standard output. Returns the exit code: 2 when the template cannot hold it.
   */
  static int write(CommandLine.Model.CommandSpec spec, BoardReport report, String format, ReportTemplate layout,
      @Nullable Path output, Profile profile) throws IOException {
    return write(spec, report, format, layout, output, profile, Locale.ENGLISH);
  }

  /** Writes a report as {@link #write(CommandLine.Model.CommandSpec, BoardReport, String, ReportTemplate, Path, Profile)} does, an HTML page in a language. */
  static int write(CommandLine.Model.CommandSpec spec, BoardReport report, String format, ReportTemplate layout,
      @Nullable Path output, Profile profile, Locale language) throws IOException {
    if (format.equals("docx")) {
      try (OutputStream out = output == null ? new UnclosedOutput(System.out) : Files.newOutputStream(output)) {
        DocxWriter.of(layout).write(report, out);
      } catch (IllegalArgumentException e) {
        spec.commandLine().getErr().println("hls: " + Printable.oneLine(String.valueOf(e.getMessage())));
        spec.commandLine().getErr().flush();
        return UNREADABLE;
      } catch (IOException | java.io.UncheckedIOException e) {
        return Options.cannotWrite(spec, output, e);
      }
      return 0;
    }
    String text = switch (format) {
      case "html" -> HtmlRenderer.render(report, GovernanceRules.validator(profile).validate(report), language);
      case "json" -> json().write(report) + "\n";
      default -> MarkdownRenderer.render(report);
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
    return 0;
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

  @Command(name = "import", mixinStandardHelpOptions = true, description = "Reads a board report from a Word document (.docx) and prints it as JSON; what could not be mapped goes to standard error.")
  static final class Import implements Callable<Integer> {
    @Spec private CommandLine.Model.CommandSpec spec;

    @Mixin TemplateOption template = new TemplateOption();

    @Parameters(paramLabel = "FILE", description = "A board report as Word (or JSON); - reads standard input.")
    String file = "-";

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      DocxImport read;
      try {
        read = read(file, () -> template.template());
      } catch (UnreadableInput e) {
        err.println("hls: " + Printable.oneLine(e.getMessage()));
        err.flush();
        return UNREADABLE;
      }
      for (Violation v : read.findings().violations()) {
        err.println("hls: " + Printable.oneLine(file) + ": " + Printable.oneLine(v.toString()));
      }
      // As render does, show invisible and bidirectional characters as a backslash-u escape: inside a JSON
      // string that is the JSON escape of the same character, so the document reads the same.
      out.println(Printable.visible(json().write(read.report()), true));
      out.flush();
      err.flush();
      return 0;
    }
  }

  /** Output formats of {@code digest}. */
  enum DigestFormat {
    markdown,
    html,
    json,
    docx
  }

  @Command(
      name = "digest",
      mixinStandardHelpOptions = true,
      description = "Drafts a board's learning digest from a learning system held as JSON: what was learned in a period, the barriers at the board's level, what is overdue, health, gaps, and recommendations tied to their sources.")
  static final class Digest implements Callable<Integer> {
    @Spec private CommandLine.Model.CommandSpec spec;

    @Option(names = "--board", required = true, paramLabel = "ID", description = "The board the paper goes to, by id.")
    String board = "";

    @Option(names = "--since", required = true, paramLabel = "DATE", description = "The first day of the period, such as 2025-01-01.")
    LocalDate since = LocalDate.MIN;

    @Option(names = "--until", paramLabel = "DATE", description = "The last day of the period (default: today).")
    @Nullable LocalDate until;

    @Option(names = "--health", paramLabel = "FILE", description = "A health round as JSON; give it again for each round, oldest first. The last two are compared.")
    List<String> health = new ArrayList<>();

    @Option(names = "--lead-officer", paramLabel = "NAME", defaultValue = "Lead officer (to be named)", description = "The officer the paper goes out under, as \"Name / Role\" (default: ${DEFAULT-VALUE}).")
    String leadOfficer = "Lead officer (to be named)";

    @Option(names = "--format", defaultValue = "markdown", description = "markdown, html, json or docx (default: ${DEFAULT-VALUE}).")
    DigestFormat format = DigestFormat.markdown;

    @Mixin TemplateOption template = new TemplateOption();

    @Mixin OutputOption output = new OutputOption();

    @Option(names = "--chart", paramLabel = "FILE", description = "Where to write the latest health round's chart, as SVG, to go beside the paper.")
    @Nullable Path chart;

    @Parameters(paramLabel = "FILE", description = "A learning system as JSON; - reads standard input.")
    String file = "-";

    @Override
    public Integer call() throws IOException {
      PrintWriter err = spec.commandLine().getErr();
      LearningDigest digest;
      ReportTemplate layout;
      try {
        LearningSystem system = readJson(file, LearningSystem.class);
        List<HealthRound> rounds = new ArrayList<>();
        for (String round : health) {
          rounds.add(readJson(round, HealthRound.class));
        }
        layout = template.template();
        LearningDigest.Builder builder = LearningDigest.builder(system, BoardId.of(board))
            .since(since)
            .leadOfficer(person(leadOfficer))
            .healthRounds(rounds.toArray(HealthRound[]::new));
        if (until != null) {
          builder.until(until);
        }
        digest = builder.build();
      } catch (UnreadableInput | InvalidJsonException | IllegalArgumentException e) {
        err.println("hls: " + Printable.oneLine(String.valueOf(e.getMessage())));
        err.flush();
        return UNREADABLE;
      }
      BoardReport paper = digest.draft();
      int chartWritten = 0;
      if (chart != null && digest.healthChart().isPresent()) {
        try {
          Files.writeString(chart, digest.healthChart().get(), StandardCharsets.UTF_8);
        } catch (IOException e) {
          chartWritten = Options.cannotWrite(spec, chart, e);
        }
      } else if (chart != null) {
        err.println("hls: " + Printable.oneLine(chart.toString()) + ": no chart written: the chart is of the latest health round, and --health names none");
        err.flush();
        chartWritten = UNREADABLE;
      }
      return Math.max(chartWritten, write(spec, paper, format.name(), layout, output.file, Profile.DECISION_READY));
    }

    /** A person from "Name / Role", with an id made from the name. */
    private static Person person(String text) {
      int slash = text.indexOf(" / ");
      String name = (slash < 0 ? text : text.substring(0, slash)).strip();
      Person.Builder person = Person.builder().id(PartyId.of(slug(name))).name(name);
      if (slash >= 0 && !text.substring(slash + 3).isBlank()) {
        person.roleTitle(text.substring(slash + 3).strip());
      }
      return person.build();
    }

    private static String slug(String name) {
      String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
      return slug.isEmpty() ? "lead-officer" : slug;
    }
  }

  /** Reads a JSON document of one of hls4j's types, or says why it cannot. */
  static <T> T readJson(String file, Class<T> type) {
    byte[] bytes = bytes(file, HlsJson.MAX_DOCUMENT_LENGTH + 1);
    try {
      return json().read(new ByteArrayInputStream(bytes), file, type);
    } catch (InvalidJsonException e) {
      throw new UnreadableInput(e);
    }
  }

  /** Reads at most {@code limit} bytes of a file, or of standard input for {@code -}; the readers say when that is too many. */
  private static byte[] bytes(String file, int limit) {
    try (InputStream in = file.equals("-") ? System.in : Files.newInputStream(Path.of(file))) {
      return in.readNBytes(limit);
    } catch (NoSuchFileException e) {
      throw new UnreadableInput(new InvalidJsonException(file, 0, 0, "", "no such file"));
    } catch (IOException e) {
      throw new UnreadableInput(new InvalidJsonException(file, 0, 0, "", "cannot be read: " + e.getMessage()));
    }
  }

  @Command(name = "rules", mixinStandardHelpOptions = true, description = "Lists every rule hls validate can report: the built-in rules and the import rules of Word documents.")
  static final class Rules implements Callable<Integer> {
    @Spec private CommandLine.Model.CommandSpec spec;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    Format format = Format.text;

    @Override
    public Integer call() throws IOException {
      PrintWriter out = spec.commandLine().getOut();
      List<RuleDescriptor> rules = new ArrayList<>(RuleCatalog.builtIn().descriptors());
      rules.addAll(ImportRules.catalog().descriptors());
      if (format == Format.json) {
        ArrayNode json = json().mapper().createArrayNode();
        for (RuleDescriptor d : rules) {
          ArrayNode profiles = json.addObject()
              .put("id", d.id().toString())
              .put("severity", d.defaultSeverity().name())
              .put("summary", d.summary())
              .putArray("profiles");
          d.profiles().forEach(p -> profiles.add(p.name()));
        }
        out.println(json().write(json));
      } else {
        for (RuleDescriptor d : rules) {
          out.printf("%-48s %-8s %s%n", d.id(), d.defaultSeverity(), d.summary());
        }
      }
      out.flush();
      return 0;
    }
  }

  @Command(
      name = "example",
      mixinStandardHelpOptions = true,
      description = "Prints an example as JSON: the Somerset report, learning system and health rounds, and a council's Word template; --list names them.")
  static final class Example implements Callable<Integer> {
    @Spec private CommandLine.Model.CommandSpec spec;

    @Option(names = {"-l", "--list"}, description = "Lists the examples, one a line: its name, then what it is.")
    boolean list;

    @Parameters(paramLabel = "NAME", arity = "0..1", description = "The example (default: ${DEFAULT-VALUE}); hls example --list names them all.", defaultValue = "somerset")
    String name = "somerset";

    @Override
    public Integer call() throws IOException {
      PrintWriter out = spec.commandLine().getOut();
      if (list) {
        for (Examples example : Examples.values()) {
          out.printf(Locale.ROOT, "%-24s %s%n", example.title(), example.description());
        }
        out.flush();
        return 0;
      }
      java.util.Optional<Examples> example = Examples.named(name);
      if (example.isEmpty()) {
        spec.commandLine().getErr().println("hls: no example called " + Printable.oneLine(name) + "; hls example --list names them");
        spec.commandLine().getErr().flush();
        return UNREADABLE;
      }
      out.print(example.get().json());
      out.flush();
      return 0;
    }
  }
}
