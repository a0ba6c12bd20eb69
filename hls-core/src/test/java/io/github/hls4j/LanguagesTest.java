package io.github.hls4j;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.Maps;
import io.github.hls4j.digest.DigestWording;
import io.github.hls4j.render.Words;
import io.github.hls4j.validation.Phrasebook;
import io.github.hls4j.validation.RuleCatalog;
import io.github.hls4j.validation.RuleDescriptor;
import io.github.hls4j.validation.RuleMessages;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Keeps the English and Welsh phrasebooks of hls-core complete and in agreement: the same keys, the
 * same argument names, every built-in rule's message, and no English words in the Welsh phrases.
 */
class LanguagesTest {

  private static final Pattern ARGUMENT = Pattern.compile("\\{([A-Za-z]+)}");

  /**
   * Common English words that have no place in a Welsh phrase ("at", "a" and "i" are Welsh words
   * too).
   */
  static final Set<String> ENGLISH_WORDS =
      Set.of(
          "the",
          "and",
          "of",
          "is",
          "are",
          "has",
          "have",
          "not",
          "no",
          "with",
          "without",
          "for",
          "from",
          "by",
          "to",
          "in",
          "on",
          "this",
          "that",
          "which",
          "table",
          "row",
          "report",
          "recommendation",
          "recommendations",
          "date",
          "section",
          "paragraph",
          "error",
          "warning",
          "finding",
          "findings",
          "rule",
          "where",
          "what",
          "who",
          "when",
          "signed",
          "sign-off",
          "board",
          "priority",
          "priorities",
          "link");

  static Stream<Arguments> phrasebooks() {
    return Stream.of(
        Arguments.of(
            "validation/messages",
            own(RuleMessages.class, "messages", ""),
            own(RuleMessages.class, "messages", "cy")),
        Arguments.of(
            "render/words", own(Words.class, "words", ""), own(Words.class, "words", "cy")),
        Arguments.of(
            "digest/DigestWords",
            own(DigestWording.class, "DigestWords", ""),
            own(DigestWording.class, "DigestWords", "cy")),
        Arguments.of(
            "internal/problems",
            own(io.github.hls4j.internal.Checks.class, "problems", ""),
            own(io.github.hls4j.internal.Checks.class, "problems", "cy")));
  }

  private static Map<String, String> own(Class<?> anchor, String name, String language) {
    return Phrasebook.readOwn(anchor::getResourceAsStream, name, language);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("phrasebooks")
  void welsh_hasEveryEnglishKey_andNoOther(
      String name, Map<String, String> english, Map<String, String> welsh) {
    assertThat(english).isNotEmpty();
    assertThat(new TreeSet<>(Maps.filterKeys(welsh, key -> !isDualForm(key, english)).keySet()))
        .as(name)
        .isEqualTo(new TreeSet<>(english.keySet()));
  }

  /** A Welsh count may add the dual, key.two, beside the key.other of the English. */
  private static boolean isDualForm(String key, Map<String, String> english) {
    return key.endsWith(".two")
        && !english.containsKey(key)
        && english.containsKey(key.substring(0, key.length() - ".two".length()) + ".other");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("phrasebooks")
  void welsh_dualForm_usesNoArgumentItsOtherFormLacks(
      String name, Map<String, String> english, Map<String, String> welsh) {
    welsh.forEach(
        (key, phrase) -> {
          if (isDualForm(key, english)) {
            String other = english.get(key.substring(0, key.length() - ".two".length()) + ".other");
            assertThat(arguments(other)).as("%s: %s", name, key).containsAll(arguments(phrase));
          }
        });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("phrasebooks")
  void welsh_usesTheSameArgumentNames(
      String name, Map<String, String> english, Map<String, String> welsh) {
    english.forEach(
        (key, phrase) ->
            assertThat(arguments(welsh.getOrDefault(key, "")))
                .as("%s: %s", name, key)
                .isEqualTo(arguments(phrase)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("phrasebooks")
  void welsh_phrasesHoldNoEnglishWords(
      String name, Map<String, String> english, Map<String, String> welsh) {
    welsh.forEach(
        (key, phrase) -> {
          String words =
              ARGUMENT.matcher(phrase).replaceAll(" ").replaceAll("https?:\\S*|[a-z]+:", " ");
          for (String word : words.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}-]+")) {
            assertThat(ENGLISH_WORDS)
                .as("%s: %s has the English word \"%s\"", name, key, word)
                .doesNotContain(word);
          }
        });
  }

  @org.junit.jupiter.api.Test
  void messages_englishPhraseOfEveryBuiltInRule_isItsTemplate() {
    Map<String, String> english = own(RuleMessages.class, "messages", "");
    for (RuleDescriptor rule : RuleCatalog.builtIn().descriptors()) {
      assertThat(english)
          .as(rule.id().toString())
          .containsEntry(rule.id().toString(), rule.messageTemplate());
      rule.messageForms()
          .forEach(
              (form, template) ->
                  assertThat(english)
                      .as("%s form %s", rule.id(), form)
                      .containsEntry(rule.messageKey(form), template));
    }
  }

  @org.junit.jupiter.api.Test
  void messages_summaryOfEveryBuiltInRule_isItsDescriptorsInEnglish_andInWelsh() {
    Map<String, String> english = own(RuleMessages.class, "messages", "");
    Map<String, String> welsh = own(RuleMessages.class, "messages", "cy");
    for (RuleDescriptor rule : RuleCatalog.builtIn().descriptors()) {
      String key = Phrasebook.key("summary", rule.id());
      assertThat(english).as(key).containsEntry(key, rule.summary());
      assertThat(welsh).as(key).containsKey(key);
      assertThat(welsh.get(key)).as(key).isNotBlank().isNotEqualTo(rule.summary());
    }
  }

  private static Set<String> arguments(String phrase) {
    Set<String> names = new TreeSet<>();
    Matcher m = ARGUMENT.matcher(phrase);
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }

  @org.junit.jupiter.api.Test
  void glossary_everyTermHasItsWelshAndASource() throws java.io.IOException {
    java.util.List<String> rows =
        java.nio.file.Files.readAllLines(
            java.nio.file.Path.of("..", "docs", "glossary-cy.tsv"),
            java.nio.charset.StandardCharsets.UTF_8);

    assertThat(rows.get(0)).isEqualTo("english\twelsh\tsource\tnote");
    assertThat(rows).hasSizeGreaterThan(40);
    for (String row : rows.subList(1, rows.size())) {
      String[] cells = row.split("\t", -1);
      assertThat(cells).as(row).hasSize(4);
      assertThat(cells[0]).as(row).isNotBlank();
      assertThat(cells[1]).as(row).isNotBlank();
      assertThat(cells[2]).as(row).isNotBlank();
    }
  }
}
