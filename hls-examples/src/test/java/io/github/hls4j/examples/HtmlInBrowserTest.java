package io.github.hls4j.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.hls4j.governance.BoardReport;
import io.github.hls4j.governance.GovernanceRules;
import io.github.hls4j.render.HtmlRenderer;
import io.github.hls4j.validation.Profile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the Somerset report's HTML page in headless Chromium: the page loads, a screenshot is taken
 * (kept at {@code hls-examples/target/somerset-report.png} for a person to look at), and a script
 * payload in the report stays text in the browser's DOM. Skipped, with a message, where Chromium is
 * not installed ({@code apt-get install chromium}).
 */
class HtmlInBrowserTest {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

  private static List<String> chromium(Path profile, String... args) {
    List<String> command =
        new ArrayList<>(
            List.of(
                CHROMIUM.toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--user-data-dir=" + profile));
    command.addAll(List.of(args));
    return command;
  }

  private static String run(List<String> command, Path log)
      throws IOException, InterruptedException {
    Process process =
        new ProcessBuilder(command).redirectErrorStream(false).redirectError(log.toFile()).start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
    }
    return out;
  }

  @Test
  void somersetPage_rendersInChromium_andAScriptPayloadStaysText(@TempDir Path dir)
      throws Exception {
    assumeTrue(
        Files.isExecutable(CHROMIUM),
        "Chromium is not installed: apt-get install chromium to check the HTML page in a browser");
    BoardReport report =
        BoardReport.builder()
            .from(SomersetReport.report())
            .title("Somerset <script>document.title='owned'</script>")
            .build();
    Path page = dir.resolve("somerset.html");
    Files.writeString(
        page,
        HtmlRenderer.render(
            report, GovernanceRules.validator(Profile.DECISION_READY).validate(report)));
    Path screenshot = Path.of("target", "somerset-report.png").toAbsolutePath();
    Files.createDirectories(screenshot.getParent());
    Files.deleteIfExists(screenshot);

    run(
        chromium(
            dir.resolve("profile-1"),
            "--window-size=1000,2400",
            "--screenshot=" + screenshot,
            page.toUri().toString()),
        dir.resolve("shot.log"));
    String dom =
        run(
            chromium(dir.resolve("profile-2"), "--dump-dom", page.toUri().toString()),
            dir.resolve("dom.log"));

    assertThat(screenshot).exists();
    byte[] png = Files.readAllBytes(screenshot);
    assertThat(png.length).isGreaterThan(20_000);
    assertThat(new String(png, 1, 3, StandardCharsets.US_ASCII)).isEqualTo("PNG");
    assertThat(dom)
        .contains("<title>Somerset &lt;script&gt;document.title='owned'&lt;/script&gt;</title>");
    assertThat(dom).doesNotContain("<script").contains("governance/signoff-undated");
  }
}
