package io.github.hls4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A user without Jackson (or Immutables) on the class path compiles against hls-core, builds a
 * model and validates it: the JSON annotations cost them nothing.
 */
class WithoutJacksonTest {

  private static final String CONSUMER =
      "import io.github.hls4j.governance.*;\n"
          + "import io.github.hls4j.party.*;\n"
          + "import io.github.hls4j.validation.*;\n"
          + "public class Consumer {\n"
          + "  public static void main(String[] args) {\n"
          + "    BoardReport report = BoardReport.builder()\n"
          + "        .id(ReportId.of(\"r\")).title(\"A report\")\n"
          + "        .board(Board.builder().id(BoardId.of(\"b\")).name(\"Board\").build())\n"
          + "        .leadOfficer(Person.builder().id(PartyId.of(\"l\")).name(\"Lead\").build())\n"
          + "        .author(Person.builder().id(PartyId.of(\"a\")).name(\"Author\").build())\n"
          + "        .build();\n"
          + "    ValidationResult result = GovernanceRules.validator(Profile.DECISION_READY).validate(report);\n"
          + "    System.out.print(result.violations().size() + \" \" + result.hasErrors());\n"
          + "  }\n"
          + "}\n";

  @Test
  void consumerWithOnlyHlsCoreAndGuava_buildsAndValidates(@TempDir Path dir) throws Exception {
    String classPath =
        Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
            .filter(
                entry ->
                    entry.replace('\\', '/').endsWith("hls-core/target/classes")
                        || entry.contains("guava-")
                        || entry.contains("failureaccess")
                        || entry.contains("jspecify"))
            .filter(entry -> !entry.contains("testlib"))
            .collect(Collectors.joining(File.pathSeparator));
    assertThat(classPath).doesNotContain("jackson").doesNotContain("immutables").contains("hls-core");
    Path source = dir.resolve("Consumer.java");
    Files.writeString(source, CONSUMER, StandardCharsets.UTF_8);

    int compiled =
        ToolProvider.getSystemJavaCompiler()
            .run(null, null, null, "-proc:none", "-cp", classPath, "-d", dir.toString(), source.toString());
    assertThat(compiled).isZero();

    Process run =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                dir + File.pathSeparator + classPath,
                "Consumer")
            .redirectErrorStream(true)
            .start();
    String output = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

    assertThat(run.waitFor()).as(output).isZero();
    // equalities-unjustified, signoff-missing (no table), unaligned: the rules ran
    assertThat(output).isEqualTo("3 true");
    assertThat(List.of(classPath.split(File.pathSeparator))).noneMatch(e -> e.contains("jackson"));
  }
}
