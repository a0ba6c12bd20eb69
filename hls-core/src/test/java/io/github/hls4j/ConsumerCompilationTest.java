package io.github.hls4j;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.reflect.ClassPath;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A user's program that touches every public type of hls-core compiles with {@code -Xlint:all
 * -Werror}, with only hls-core's run-time dependencies present (Guava and JSpecify: no Jackson, no
 * Immutables), on the class path and on the module path, and runs. hls-core's class files name no
 * JSON library.
 */
class ConsumerCompilationTest {

  private static final Path CLASSES = Path.of("target", "classes");

  /** hls-core's classes and its run-time dependencies, from this test's class path. */
  private static List<String> runtime() {
    List<String> entries =
        Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
            .filter(
                entry ->
                    Path.of(entry)
                            .toAbsolutePath()
                            .normalize()
                            .equals(CLASSES.toAbsolutePath().normalize())
                        || (entry.contains("guava-") && !entry.contains("testlib"))
                        || entry.contains("failureaccess")
                        || entry.contains("jspecify"))
            .collect(Collectors.toList());
    assertThat(String.join(File.pathSeparator, entries))
        .doesNotContain("jackson")
        .doesNotContain("immutables");
    return entries;
  }

  /** The exported packages, from hls-core's module descriptor. */
  private static Set<String> exported() throws IOException {
    try (InputStream in = Files.newInputStream(CLASSES.resolve("module-info.class"))) {
      return ModuleDescriptor.read(in).exports().stream()
          .filter(e -> !e.isQualified())
          .map(ModuleDescriptor.Exports::source)
          .collect(Collectors.toSet());
    }
  }

  /** A statement per public type that makes javac read it: a builder, a factory or its class. */
  private static String touchEveryType() throws IOException {
    Set<String> exported = exported();
    StringBuilder body = new StringBuilder();
    int count = 0;
    for (ClassPath.ClassInfo info :
        ClassPath.from(ConsumerCompilationTest.class.getClassLoader())
            .getTopLevelClassesRecursive("io.github.hls4j")) {
      if (!exported.contains(info.getPackageName())
          || info.getSimpleName().endsWith("Test")
          || !isMain(info)) {
        continue;
      }
      Class<?> type = info.load();
      if (!Modifier.isPublic(type.getModifiers())) {
        continue;
      }
      String name = type.getCanonicalName();
      body.append("    touched.add(").append(name).append(".class);\n");
      if (has(type, "builder")) {
        body.append("    touched.add(").append(name).append(".builder());\n");
      }
      if (type.isEnum()) {
        body.append("    touched.add(").append(name).append(".values());\n");
      }
      count++;
    }
    assertThat(count).isGreaterThan(100);
    return body.toString();
  }

  private static boolean isMain(ClassPath.ClassInfo info) {
    return Files.exists(CLASSES.resolve(info.getResourceName()));
  }

  private static boolean has(Class<?> type, String method) {
    return Stream.of(type.getMethods())
        .anyMatch(
            m ->
                m.getName().equals(method)
                    && m.getParameterCount() == 0
                    && Modifier.isStatic(m.getModifiers()));
  }

  private static String consumer(String packageLine) throws IOException {
    return packageLine
        + "public class Consumer {\n"
        + "  public static void main(String[] args) {\n"
        + "    java.util.List<Object> touched = new java.util.ArrayList<>();\n"
        + touchEveryType()
        + "    System.out.print(touched.size());\n"
        + "  }\n"
        + "}\n";
  }

  private static String compile(List<String> options, Path... sources) {
    ByteArrayOutputStream messages = new ByteArrayOutputStream();
    List<String> arguments = new ArrayList<>(List.of("-Xlint:all", "-Werror", "-proc:none"));
    arguments.addAll(options);
    Stream.of(sources).map(Path::toString).forEach(arguments::add);
    int exit =
        ToolProvider.getSystemJavaCompiler()
            .run(
                null,
                new PrintStream(messages, true, StandardCharsets.UTF_8),
                new PrintStream(messages, true, StandardCharsets.UTF_8),
                arguments.toArray(String[]::new));
    String output = messages.toString(StandardCharsets.UTF_8);
    assertThat(exit).as(output).isZero();
    return output;
  }

  private static String run(List<String> command) throws Exception {
    List<String> line =
        new ArrayList<>(
            List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    line.addAll(command);
    Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor()).as(output).isZero();
    return output;
  }

  @Test
  void consumerOnTheClassPath_compilesWithoutAWarning_andRuns(@TempDir Path dir) throws Exception {
    String classPath = String.join(File.pathSeparator, runtime());
    Path source = dir.resolve("Consumer.java");
    Files.writeString(source, consumer(""), StandardCharsets.UTF_8);

    String output = compile(List.of("-cp", classPath, "-d", dir.toString()), source);

    assertThat(output).isEmpty();
    assertThat(run(List.of("-cp", dir + File.pathSeparator + classPath, "Consumer")))
        .matches("\\d{3,}");
  }

  @Test
  void consumerOnTheModulePath_compilesWithoutAWarning_andRuns(@TempDir Path dir) throws Exception {
    String modulePath = String.join(File.pathSeparator, runtime());
    Path sources = Files.createDirectories(dir.resolve("src").resolve("consumer"));
    Path out = dir.resolve("out");
    Files.writeString(
        sources.resolve("Consumer.java"), consumer("package consumer;\n"), StandardCharsets.UTF_8);
    Files.writeString(
        dir.resolve("src").resolve("module-info.java"),
        "module consumer { requires io.github.hls4j.core; }\n");

    String output =
        compile(
            List.of("--module-path", modulePath, "-d", out.toString()),
            dir.resolve("src").resolve("module-info.java"),
            sources.resolve("Consumer.java"));

    assertThat(output).isEmpty();
    assertThat(
            run(
                List.of(
                    "--module-path",
                    out + File.pathSeparator + modulePath,
                    "-m",
                    "consumer/consumer.Consumer")))
        .matches("\\d{3,}");
  }

  @Test
  void classFiles_nameNoJsonLibrary() throws IOException {
    List<Path> named;
    try (Stream<Path> files = Files.walk(CLASSES)) {
      named =
          files
              .filter(f -> f.toString().endsWith(".class"))
              .filter(f -> mentionsJackson(f))
              .collect(Collectors.toList());
    }

    assertThat(named).isEmpty();
  }

  private static boolean mentionsJackson(Path classFile) {
    try {
      String text = new String(Files.readAllBytes(classFile), StandardCharsets.ISO_8859_1);
      return text.contains("com/fasterxml/jackson") || text.contains("tools/jackson");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
