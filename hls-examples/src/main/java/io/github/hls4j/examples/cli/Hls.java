package io.github.hls4j.examples.cli;

import io.github.hls4j.examples.SomersetReport;
import io.github.hls4j.governance.BoardReport;
import io.github.hls4j.governance.GovernanceRules;
import io.github.hls4j.jackson.HlsJson;
import io.github.hls4j.json.InvalidJsonException;
import io.github.hls4j.render.HtmlRenderer;
import io.github.hls4j.render.MarkdownRenderer;
import io.github.hls4j.validation.Profile;
import io.github.hls4j.validation.RuleCatalog;
import io.github.hls4j.validation.RuleDescriptor;
import io.github.hls4j.validation.ValidationResult;
import io.github.hls4j.validation.Violation;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code hls} command: validates and renders board reports held as JSON, lists the rules, and
 * prints the Somerset report as JSON.
 *
 * <p>Exit codes of {@code validate}: 0 when no errors were found, 1 when errors were found, 2 when
 * an input cannot be read (with a message naming the file and the line and column).
 */
@Command(
    name = "hls",
    mixinStandardHelpOptions = true,
    version = "hls 0.1.0-SNAPSHOT",
    description = "Checks and renders Human Learning Systems artefacts held as JSON.",
    subcommands = {Hls.Validate.class, Hls.Render.class, Hls.Rules.class, Hls.Example.class})
public final class Hls implements Runnable {

  /** Exit code when an input cannot be read. */
  static final int UNREADABLE = 2;

  /** hls4j's JSON form, hardened for files from anywhere. */
  static final HlsJson JSON = HlsJson.create();

  @Spec private CommandLine.Model.CommandSpec spec;

  /**
   * Runs the command.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  static CommandLine commandLine() {
    return new CommandLine(new Hls());
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Output formats of {@code validate} and {@code rules}. */
  enum Format {
    text,
    json
  }

  /** Output formats of {@code render}. */
  enum RenderFormat {
    markdown,
    html
  }

  static BoardReport read(String file) {
    try (InputStream in = file.equals("-") ? System.in : Files.newInputStream(Path.of(file))) {
      return JSON.read(in, file, BoardReport.class);
    } catch (NoSuchFileException e) {
      throw new InvalidJsonException(file, 0, 0, "", "no such file");
    } catch (IOException e) {
      throw new InvalidJsonException(file, 0, 0, "", "cannot be read: " + e.getMessage());
    }
  }

  @Command(name = "validate", mixinStandardHelpOptions = true, description = "Validates board reports held as JSON.")
  static final class Validate implements Callable<Integer> {
    @Spec private CommandLine.Model.CommandSpec spec;

    @Option(names = "--profile", defaultValue = "DECISION_READY", description = "DRAFT, DECISION_READY or PUBLISHED (default: ${DEFAULT-VALUE}).")
    Profile profile = Profile.DECISION_READY;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    Format format = Format.text;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Board reports as JSON; - reads standard input.")
    List<String> files = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      var validator = GovernanceRules.validator(profile);
      boolean unreadable = false;
      boolean errors = false;
      ArrayNode json = JSON.mapper().createArrayNode();
      for (String file : files) {
        BoardReport report;
        try {
          report = read(file);
        } catch (InvalidJsonException e) {
          err.println("hls: " + e.getMessage());
          unreadable = true;
          continue;
        }
        ValidationResult result = validator.validate(report);
        errors |= result.hasErrors();
        if (format == Format.json) {
          ObjectNode node = json.addObject().put("file", file).put("profile", profile.name());
          ArrayNode violations = node.putArray("violations");
          for (Violation v : result.violations()) {
            ObjectNode o = violations.addObject()
                .put("rule", v.rule().toString())
                .put("severity", v.severity().name())
                .put("path", v.path())
                .put("message", v.message())
                .put("messageKey", v.messageKey());
            v.arguments().forEach(o.putObject("arguments")::put);
          }
        } else {
          out.println(file + " at " + profile + ": " + result);
          out.println();
        }
      }
      if (format == Format.json) {
        out.println(JSON.write(json));
      }
      out.flush();
      err.flush();
      return unreadable ? UNREADABLE : errors ? 1 : 0;
    }
  }

  @Command(name = "render", mixinStandardHelpOptions = true, description = "Renders a board report held as JSON.")
  static final class Render implements Callable<Integer> {
    @Spec private CommandLine.Model.CommandSpec spec;

    @Option(names = "--format", defaultValue = "markdown", description = "markdown or html (default: ${DEFAULT-VALUE}).")
    RenderFormat format = RenderFormat.markdown;

    @Option(names = "--profile", defaultValue = "DECISION_READY", description = "For the findings beside an html page (default: ${DEFAULT-VALUE}).")
    Profile profile = Profile.DECISION_READY;

    @Parameters(paramLabel = "FILE", description = "A board report as JSON; - reads standard input.")
    String file = "-";

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      BoardReport report;
      try {
        report = read(file);
      } catch (InvalidJsonException e) {
        err.println("hls: " + e.getMessage());
        err.flush();
        return UNREADABLE;
      }
      out.print(
          format == RenderFormat.html
              ? HtmlRenderer.render(report, GovernanceRules.validator(profile).validate(report))
              : MarkdownRenderer.render(report));
      out.flush();
      return 0;
    }
  }

  @Command(name = "rules", mixinStandardHelpOptions = true, description = "Lists every built-in rule.")
  static final class Rules implements Callable<Integer> {
    @Spec private CommandLine.Model.CommandSpec spec;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    Format format = Format.text;

    @Override
    public Integer call() throws IOException {
      PrintWriter out = spec.commandLine().getOut();
      List<RuleDescriptor> rules = RuleCatalog.builtIn().descriptors();
      if (format == Format.json) {
        ArrayNode json = JSON.mapper().createArrayNode();
        for (RuleDescriptor d : rules) {
          ArrayNode profiles = json.addObject()
              .put("id", d.id().toString())
              .put("severity", d.defaultSeverity().name())
              .put("summary", d.summary())
              .putArray("profiles");
          d.profiles().forEach(p -> profiles.add(p.name()));
        }
        out.println(JSON.write(json));
      } else {
        for (RuleDescriptor d : rules) {
          out.printf("%-48s %-8s %s%n", d.id(), d.defaultSeverity(), d.summary());
        }
      }
      out.flush();
      return 0;
    }
  }

  @Command(name = "example", mixinStandardHelpOptions = true, description = "Prints an example as JSON: somerset.")
  static final class Example implements Callable<Integer> {
    @Spec private CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "NAME", description = "The example: somerset.")
    String name = "somerset";

    @Override
    public Integer call() throws IOException {
      if (!name.equals("somerset")) {
        spec.commandLine().getErr().println("hls: no example called " + name + "; try somerset");
        spec.commandLine().getErr().flush();
        return UNREADABLE;
      }
      spec.commandLine().getOut().println(JSON.write(SomersetReport.report()));
      spec.commandLine().getOut().flush();
      return 0;
    }
  }
}
