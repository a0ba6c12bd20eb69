package io.github.hls4j.examples.cli;

import com.google.common.base.Strings;
import io.github.hls4j.docx.ImportRules;
import io.github.hls4j.render.Words;
import io.github.hls4j.validation.Phrasebook;
import io.github.hls4j.validation.RuleCatalog;
import io.github.hls4j.validation.RuleDescriptor;
import io.github.hls4j.validation.RuleMessages;
import io.github.hls4j.validation.Severity;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.node.ArrayNode;

/**
 * {@code hls rules}: every rule that {@code hls validate} can report, its severity and summary in
 * the language of {@code --lang}; the JSON form keeps the English.
 */
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
      Locale locale = LanguageOption.locale(spec);
      Phrasebook messages = RuleMessages.phrasebook(locale);
      Phrasebook words = Words.of(locale);
      Map<Severity, String> severities = new EnumMap<>(Severity.class);
      for (Severity severity : Severity.values()) {
        severities.put(
            severity,
            words
                .find(Phrasebook.key("text", "severity", severity.name()))
                .orElse(severity.name()));
      }
      int width = severities.values().stream().mapToInt(String::length).max().orElse(0) + 1;
      for (RuleDescriptor d : rules) {
        out.println(
            String.join(
                " ",
                Strings.padEnd(d.id().toString(), 48, ' '),
                Strings.padEnd(severities.get(d.defaultSeverity()), width, ' '),
                messages.find(Phrasebook.key("summary", d.id())).orElse(d.summary())));
      }
    }
    out.flush();
    return ExitCode.OK.code();
  }
}
