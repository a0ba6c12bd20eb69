package io.github.hls4j.docx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hls4j.validation.Profile;
import io.github.hls4j.validation.RuleDescriptor;
import io.github.hls4j.validation.RuleId;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Keeps the import findings' table of {@code docs/rules.md} and {@link ImportRules#catalog()} in
 * agreement.
 */
class ImportRulesTest {

  private static final Path RULES_MD = Path.of("..", "docs", "rules.md");

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
  void rulesMd_listsEveryImportFinding() throws IOException {
    List<String> documented =
        Files.readAllLines(RULES_MD, StandardCharsets.UTF_8).stream()
            .filter(line -> line.matches("^\\| `import/[^`]+` \\| (ERROR|WARNING|INFO) \\|.*"))
            .toList();
    List<String> catalogued =
        ImportRules.catalog().descriptors().stream().map(ImportRulesTest::row).toList();

    assertThat(documented)
        .as(
            "import rows of docs/rules.md; the catalogue's rows are:%n%s",
            String.join("\n", catalogued))
        .isEqualTo(catalogued);
  }

  @Test
  void catalog_holdsOnlyImportIds() {
    assertThat(ImportRules.catalog().descriptors())
        .extracting(RuleDescriptor::id)
        .extracting(RuleId::namespace)
        .containsOnly("import");
    assertThat(ImportRules.catalog().size()).isEqualTo(10);
  }

  @Test
  void quote_cutsLongTextAndKeepsShortText() {
    assertThat(ImportRules.quote("  a   b ")).isEqualTo("a b");
    assertThat(ImportRules.quote("x".repeat(61))).isEqualTo("x".repeat(60) + "…");
    assertThat(ImportRules.quote("x".repeat(59) + "\uD83D\uDE00" + "y"))
        .isEqualTo("x".repeat(59) + "…");
  }

  @Test
  void messages_everyImportFinding_isInEnglishAsItsTemplate_andInWelsh() {
    java.util.Locale welsh = java.util.Locale.forLanguageTag("cy");
    for (RuleDescriptor d : ImportRules.catalog().descriptors()) {
      String id = d.id().toString();
      assertThat(
              io.github.hls4j.validation.RuleMessages.phrasebook(java.util.Locale.ENGLISH).find(id))
          .as(id)
          .hasValue(d.messageTemplate());
      assertThat(io.github.hls4j.validation.RuleMessages.phrasebook(welsh).isEnglishFallback(id))
          .as(id)
          .isFalse();
    }
  }

  @Test
  void message_welshMissingPart_translatesThePart() {
    io.github.hls4j.validation.Violation missing =
        ImportRules.finding(
            ImportRules.MISSING_PART, "body", java.util.Map.of("part", "lead officer's name"));

    assertThat(
            io.github.hls4j.validation.RuleMessages.message(
                missing,
                io.github.hls4j.validation.RuleMessages.phrasebook(
                    java.util.Locale.forLanguageTag("cy"))))
        .isEqualTo("Nid oes gan y ddogfen enw'r swyddog arweiniol");
  }
}
