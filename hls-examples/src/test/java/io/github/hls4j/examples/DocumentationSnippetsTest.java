package io.github.hls4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps every Java snippet in README.md and docs/ identical to compiled, tested code: a fenced
 * block after {@code <!-- snippet: name -->} must equal the lines between {@code // snippet: name}
 * and {@code // end snippet} in the main or test code of any module, indentation aside.
 */
class DocumentationSnippetsTest {

  private static final Path ROOT = Path.of("..");
  private static final Pattern DOC_SNIPPET =
      Pattern.compile("<!-- snippet: ([a-z0-9-]+) -->\\s*```java\\n(.*?)```", Pattern.DOTALL);
  private static final Pattern CODE_SNIPPET =
      Pattern.compile("// snippet: ([a-z0-9-]+)\\n(.*?)\\n\\s*// end snippet", Pattern.DOTALL);

  @Test
  void everyDocumentedSnippet_isCompiledCode() throws IOException {
    Map<String, String> code = codeSnippets();
    List<Path> docs = new ArrayList<>();
    docs.add(ROOT.resolve("README.md"));
    try (Stream<Path> files = Files.walk(ROOT.resolve("docs"))) {
      files.filter(p -> p.toString().endsWith(".md")).forEach(docs::add);
    }
    int checked = 0;
    for (Path doc : docs) {
      Matcher m = DOC_SNIPPET.matcher(Files.readString(doc, StandardCharsets.UTF_8));
      while (m.find()) {
        assertThat(code).as("snippet %s of %s", m.group(1), doc).containsKey(m.group(1));
        assertThat(dedent(m.group(2)))
            .as("snippet %s of %s", m.group(1), doc)
            .isEqualTo(code.get(m.group(1)));
        checked++;
      }
    }
    assertThat(checked).as("snippets checked").isGreaterThanOrEqualTo(2);
  }

  private static Map<String, String> codeSnippets() throws IOException {
    List<Path> sources;
    try (Stream<Path> modules = Files.list(ROOT)) {
      sources =
          modules
              .flatMap(m -> Stream.of(m.resolve("src/main/java"), m.resolve("src/test/java")))
              .filter(Files::isDirectory)
              .collect(Collectors.toList());
    }
    Map<String, String> snippets = new LinkedHashMap<>();
    for (Path source : sources) {
      try (Stream<Path> files = Files.walk(source)) {
        for (Path file :
            files.filter(p -> p.toString().endsWith(".java")).collect(Collectors.toList())) {
          Matcher m = CODE_SNIPPET.matcher(Files.readString(file, StandardCharsets.UTF_8));
          while (m.find()) {
            snippets.put(m.group(1), dedent(m.group(2)));
          }
        }
      }
    }
    return snippets;
  }

  private static String dedent(String block) {
    List<String> lines = block.stripTrailing().lines().collect(Collectors.toList());
    int indent =
        lines.stream()
            .filter(l -> !l.isBlank())
            .mapToInt(l -> l.length() - l.stripLeading().length())
            .min()
            .orElse(0);
    return lines.stream()
        .map(l -> l.isBlank() ? "" : l.substring(indent))
        .collect(Collectors.joining("\n"));
  }
}
