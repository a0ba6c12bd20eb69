package io.github.hls4j.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./hls} script at the root of a clone, run in a clone of its own making: a stand-in
 * distribution whose files carry the reproducible build's old timestamp, and a stand-in {@code mvn}
 * that notes each build.
 */
class HlsScriptTest {

  private static final FileTime REPRODUCIBLE = FileTime.from(Instant.parse("1980-02-01T00:00:00Z"));
  private static final FileTime CLONED = FileTime.from(Instant.parse("2026-01-01T00:00:00Z"));

  @TempDir Path clone;
  private Path builds;
  private Path source;

  @BeforeEach
  void makeAClone() throws IOException {
    Path script = Files.copy(Path.of("..", "hls"), clone.resolve("hls"));
    executable(script);
    Files.writeString(clone.resolve("pom.xml"), "<project/>");
    Files.createDirectories(clone.resolve("hls-core/src/main/java"));
    Files.writeString(clone.resolve("hls-core/pom.xml"), "<project/>");
    source =
        Files.writeString(clone.resolve("hls-core/src/main/java/Report.java"), "class Report {}");
    builds = clone.resolve("builds.log");
    Files.writeString(builds, "");
    Path bin = Files.createDirectories(clone.resolve("tools"));
    // The stand-in Maven writes the distribution as the real build does: its files carry the old
    // reproducible timestamp, and the class-data archive the time of the build.
    executable(
        Files.writeString(
            bin.resolve("mvn"),
            String.join(
                "\n",
                "#!/usr/bin/env bash",
                "echo build >> '" + builds + "'",
                "mkdir -p '"
                    + clone
                    + "/hls-examples/target/hls/bin' '"
                    + clone
                    + "/hls-examples/target/hls/lib'",
                "printf '#!/usr/bin/env bash\\necho ran \"$@\"\\n' > '"
                    + clone
                    + "/hls-examples/target/hls/bin/hls'",
                "chmod +x '" + clone + "/hls-examples/target/hls/bin/hls'",
                "touch -d 1980-02-01T00:00:00Z '" + clone + "/hls-examples/target/hls/bin/hls'",
                "touch '" + clone + "/hls-examples/target/hls/lib/hls.jsa'",
                "")));
    for (Path file :
        new Path[] {clone.resolve("pom.xml"), clone.resolve("hls-core/pom.xml"), source}) {
      Files.setLastModifiedTime(file, CLONED);
    }
  }

  private static void executable(Path file) throws IOException {
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
  }

  private String run(String... args) throws IOException, InterruptedException {
    java.util.List<String> command =
        new java.util.ArrayList<>(java.util.List.of(clone.resolve("hls").toString()));
    command.addAll(java.util.List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().put("PATH", clone.resolve("tools") + ":" + System.getenv("PATH"));
    Process process = builder.start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(out).isZero();
    return out;
  }

  private long builds() throws IOException {
    return Files.readAllLines(builds).size();
  }

  @Test
  void firstCall_builds_andTheNextRunsWithoutBuilding_thoughTheDistributionsFilesAreOld()
      throws Exception {
    assertThat(run("rules")).contains("ran rules");
    assertThat(run("--version")).contains("ran --version").doesNotContain("building");

    assertThat(builds()).isEqualTo(1);
    assertThat(clone.resolve("hls-examples/target/hls.built")).exists();
  }

  @Test
  void sourceNewerThanTheLastBuild_rebuilds() throws Exception {
    run("rules");
    Files.setLastModifiedTime(source, FileTime.from(Instant.now().plusSeconds(60)));

    assertThat(run("rules")).contains("building");
    assertThat(builds()).isEqualTo(2);
  }

  @Test
  void afterAMavenBuild_withNoStamp_runsWithoutBuilding() throws Exception {
    // What `mvn verify` leaves: the distribution, its class-data archive written at build time, no
    // stamp.
    new ProcessBuilder(clone.resolve("tools/mvn").toString()).start().waitFor();
    Files.writeString(builds, "");

    assertThat(run("rules")).isEqualTo("ran rules\n");
    assertThat(builds()).isZero();
  }
}
