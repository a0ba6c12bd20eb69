package io.github.hls4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps every path of a finding typed: no rule, check, renderer or planter of hls4j's main code
 * builds one by joining strings such as {@code "signOffs[" + i + "].date"}. They go through {@code
 * RuleContext.at(property, index)} or {@code FindingPath}, which the model's description checks.
 */
class NoHandBuiltPathsTest {

  /** The code that builds paths from typed steps, and the walk that gives each text its path. */
  private static final Set<String> PATH_BUILDERS =
      Set.of("validation/Paths.java", "validation/FindingPath.java", "internal/TextWalk.java");

  /**
   * A text ending in an opening bracket or a property and a dot, joined to something; or something
   * joined to a text starting with a closing bracket and a dot, or with a dot and a property.
   */
  private static final Pattern HAND_BUILT =
      Pattern.compile(
          "\"[A-Za-z]*\\[\"\\s*\\+"
              + "|\\+\\s*\"\\]\\."
              + "|\"[a-z][A-Za-z]*\\.\"\\s*\\+"
              + "|\\+\\s*\"\\.[a-z][A-Za-z]*\"");

  private static final Path MAIN = Path.of("src/main/java/io/github/hls4j");

  @Test
  void pattern_findsPathsJoinedFromStrings() {
    assertThat(HAND_BUILT.matcher("context.report(\"signOffs[\" + i + \"].date\", args);").find())
        .isTrue();
    assertThat(HAND_BUILT.matcher("return prefix + \"[\" + i + \"]\";").find()).isTrue();
    assertThat(HAND_BUILT.matcher("String p = \"equalities.\" + name;").find()).isTrue();
    assertThat(HAND_BUILT.matcher("String p = owner + \".statement\";").find()).isTrue();
    assertThat(HAND_BUILT.matcher("context.at(\"signOffs\", i).report(\"date\", args);").find())
        .isFalse();
    assertThat(HAND_BUILT.matcher("return \"Report[id=\" + id;").find()).isFalse();
    assertThat(HAND_BUILT.matcher("+ \"]\";").find()).isFalse();
  }

  @Test
  void mainCode_buildsNoPathFromStrings() throws IOException {
    List<String> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(MAIN)) {
      for (Path file :
          (Iterable<Path>) files.filter(f -> f.toString().endsWith(".java"))::iterator) {
        String name = MAIN.relativize(file).toString().replace('\\', '/');
        if (PATH_BUILDERS.contains(name)) {
          continue;
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
          String line = lines.get(i).strip();
          if (!line.startsWith("*") && !line.startsWith("//") && HAND_BUILT.matcher(line).find()) {
            found.add(name + ":" + (i + 1) + ": " + line);
          }
        }
      }
    }
    assertThat(found).as("paths built by joining strings").isEmpty();
  }
}
