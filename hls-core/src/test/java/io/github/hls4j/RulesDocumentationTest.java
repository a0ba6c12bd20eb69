package io.github.hls4j;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hls4j.validation.Profile;
import io.github.hls4j.validation.RuleCatalog;
import io.github.hls4j.validation.RuleDescriptor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Keeps {@code docs/rules.md} and {@link RuleCatalog#builtIn()} in agreement. */
class RulesDocumentationTest {

  private static final Path RULES_MD = Path.of("..", "docs", "rules.md");
  private static final Pattern SEVERITY_CELL =
      Pattern.compile("^\\| `[^`]+` \\| (ERROR|WARNING|INFO) \\|");

  static String row(RuleDescriptor d) {
    return "| `"
        + d.id()
        + "` | "
        + d.defaultSeverity()
        + " | "
        + d.profiles().stream().map(Profile::name).collect(Collectors.joining(", "))
        + " | "
        + d.summary().replace("|", "\\|")
        + " |";
  }

  @Test
  void rulesTable_listsEveryBuiltInRuleWithItsSeverityProfilesAndSummary() throws IOException {
    List<String> documented =
        Files.readAllLines(RULES_MD, StandardCharsets.UTF_8).stream()
            .filter(line -> line.startsWith("| `"))
            .takeWhile(line -> SEVERITY_CELL.matcher(line).find())
            .collect(Collectors.toList());
    List<String> catalogued =
        RuleCatalog.builtIn().descriptors().stream()
            .map(RulesDocumentationTest::row)
            .collect(Collectors.toList());

    assertThat(documented)
        .as(
            "rule rows of docs/rules.md; the catalogue's rows are:%n%s",
            String.join("\n", catalogued))
        .isEqualTo(catalogued);
  }

  @Test
  void ruleExplanations_haveAHeadingForEveryBuiltInRule_forTheFindingsPagesLinks()
      throws IOException {
    List<String> headings =
        Files.readAllLines(RULES_MD, StandardCharsets.UTF_8).stream()
            .filter(line -> line.startsWith("### `"))
            .collect(Collectors.toList());

    for (var d : RuleCatalog.builtIn().descriptors()) {
      assertThat(headings).as("docs/rules.md explains %s", d.id()).contains("### `" + d.id() + "`");
    }
  }
}
