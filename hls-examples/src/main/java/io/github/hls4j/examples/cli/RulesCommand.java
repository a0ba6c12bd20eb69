package io.github.hls4j.examples.cli;

import io.github.hls4j.docx.ImportRules;
import io.github.hls4j.validation.RuleCatalog;
import io.github.hls4j.validation.RuleDescriptor;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.node.ArrayNode;

/** {@code hls rules}: every rule that {@code hls validate} can report. */
@Command(
    name = "rules",
    mixinStandardHelpOptions = true,
    description =
        "Lists every rule hls validate can report: the built-in rules and the import rules of Word documents.")
final class RulesCommand implements Callable<Integer> {
  @Spec private CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--format",
      defaultValue = "text",
      description = "text or json (default: ${DEFAULT-VALUE}).")
  Format format = Format.text;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    List<RuleDescriptor> rules = new ArrayList<>(RuleCatalog.builtIn().descriptors());
    rules.addAll(ImportRules.catalog().descriptors());
    if (format == Format.json) {
      ArrayNode json = Hls.json().mapper().createArrayNode();
      for (RuleDescriptor d : rules) {
        ArrayNode profiles =
            json.addObject()
                .put("id", d.id().toString())
                .put("severity", d.defaultSeverity().name())
                .put("summary", d.summary())
                .putArray("profiles");
        d.profiles().forEach(p -> profiles.add(p.name()));
      }
      out.println(Hls.json().write(json));
    } else {
      for (RuleDescriptor d : rules) {
        out.printf("%-48s %-8s %s%n", d.id(), d.defaultSeverity(), d.summary());
      }
    }
    out.flush();
    return ExitCode.OK.code();
  }
}
