package io.github.hls4j.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.hls4j.examples.SomersetReport;
import io.github.hls4j.governance.BoardReport;
import io.github.hls4j.governance.GovernanceRules;
import io.github.hls4j.render.FindingsPage;
import io.github.hls4j.render.HtmlRenderer;
import io.github.hls4j.render.Places;
import io.github.hls4j.validation.Profile;
import io.github.hls4j.validation.ValidationResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks hls4j's pages against WCAG 2.2 A and AA with axe-core in headless Chromium: the report
 * page, the findings page and the digest page in English and in Welsh, and the health chart. Each
 * page prints one line, such as {@code axe-core 4.14.1: report.html (cy): 0 violations}, so that
 * the build log shows the check ran. Skipped, with a message, where Chromium or axe-core is absent:
 * {@code .ci/run} installs both (axe-core with npm into {@code .ci/axe}); elsewhere name axe.min.js
 * with {@code -Dhls4j.axe=PATH}.
 */
class AccessibilityInBrowserTest {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path AXE =
      Path.of(
          System.getProperty(
              "hls4j.axe",
              Path.of("..", ".ci", "axe", "node_modules", "axe-core", "axe.min.js").toString()));
  private static final List<String> TAGS =
      List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
  private static final Path GOLDEN = Path.of("..", "hls-json", "src", "test", "golden");

  @TempDir static Path dir;

  /**
   * Where each page's line goes too, for {@code .ci/run} to print: this module's test output goes
   * to files.
   */
  private static final Path LOG = Path.of("target", "axe-core.log");

  @BeforeAll
  static void startTheLog() throws IOException {
    assertThat(GOLDEN.resolve("somerset-learning.json")).exists();
    Files.createDirectories(LOG.getParent());
    String line =
        !Files.isExecutable(CHROMIUM)
            ? "axe-core: skipped: Chromium is not installed\n"
            : !Files.isReadable(AXE)
                ? "axe-core: skipped: axe-core is not installed at " + AXE + "\n"
                : "";
    Files.writeString(LOG, line, StandardCharsets.UTF_8);
  }

  /** Every page in English and in Welsh. */
  static Stream<Arguments> pages() {
    return Stream.of("en", "cy")
        .flatMap(
            language ->
                Stream.of(
                    Arguments.of("report.html", language),
                    Arguments.of("findings.html", language),
                    Arguments.of("chart.html", language),
                    Arguments.of("digest.html", language)))
        .collect(
            java.util.stream.Collectors.collectingAndThen(
                java.util.stream.Collectors.toList(),
                all -> {
                  all.add(
                      Arguments.of(
                          "digest-bilingual.html", "cy")); // Welsh and English side by side
                  return all.stream();
                }));
  }

  @ParameterizedTest(name = "{0} ({1})")
  @MethodSource("pages")
  void page_passesAxeCoresWcag22AaRules(String name, String language) throws Exception {
    assumeTrue(
        Files.isExecutable(CHROMIUM),
        "Chromium is not installed: apt-get install chromium to check the pages' accessibility");
    assumeTrue(
        Files.isReadable(AXE),
        "axe-core is not installed at "
            + AXE
            + ": npm install --prefix .ci/axe axe-core@4.14.1 (as .ci/run does)");
    String page = page(name, Locale.forLanguageTag(language));
    assertThat(page).contains("<html lang=\"" + (language.equals("en") ? "en-GB" : "cy") + "\">");

    Result result = axe(page, name.replace(".html", "") + "-" + language + ".html");

    StringBuilder lines =
        new StringBuilder(
            "axe-core "
                + result.version
                + ": "
                + name
                + " ("
                + language
                + "): "
                + result.violations.size()
                + " violations\n");
    result.violations.forEach(v -> lines.append("  ").append(v).append('\n'));
    System.out.print(lines);
    Files.writeString(LOG, lines, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
    assertThat(result.error).as("axe-core's run").isEmpty();
    assertThat(result.violations).as("WCAG 2.2 AA violations of %s (%s)", name, language).isEmpty();
  }

  private static String page(String name, Locale language) throws IOException {
    BoardReport somerset = SomersetReport.report();
    ValidationResult found = GovernanceRules.validator(Profile.DECISION_READY).validate(somerset);
    switch (name) {
      case "report.html":
        return HtmlRenderer.render(somerset, found, language);
      case "findings.html":
        return FindingsPage.render(
            somerset,
            somerset.title(),
            Places.of(language).describeAll(somerset, found),
            Profile.DECISION_READY,
            language);
      case "digest.html":
        return digest("html", language);
      case "digest-bilingual.html":
        return digest("bilingual", language);
      default:
        String svg = digest("chart", language).replaceFirst("^<\\?xml[^>]*>\\s*", "");
        String lang = language.getLanguage().equals("en") ? "en-GB" : language.getLanguage();
        // The chart's words are English: marked so on a Welsh page.
        return "<!DOCTYPE html>\n<html lang=\""
            + lang
            + "\">\n<head>\n<meta charset=\"utf-8\">\n<title>hls4j health chart</title>\n</head>\n"
            + "<body>\n<main>\n<h1>hls4j</h1>\n<div lang=\"en\">"
            + svg
            + "</div>\n</main>\n</body>\n</html>\n";
    }
  }

  /** The Somerset digest's page, or its health chart, as {@code hls digest} writes them. */
  private static String digest(String what, Locale language) throws IOException {
    Path out =
        dir.resolve("digest-" + what + "-" + language + (what.equals("chart") ? ".svg" : ".html"));
    Path page = dir.resolve("digest-page-" + what + "-" + language + ".html");
    List<String> args =
        new ArrayList<>(
            List.of(
                "digest",
                GOLDEN.resolve("somerset-learning.json").toString(),
                "--board",
                "somerset-board",
                "--since",
                "2025-01-01",
                "--until",
                "2025-05-31",
                "--health",
                GOLDEN.resolve("somerset-health-autumn.json").toString(),
                "--health",
                GOLDEN.resolve("somerset-health-spring.json").toString(),
                "--lead-officer",
                "Alice Munro / Consultant in Public Health",
                "--lang",
                language.getLanguage(),
                "--format",
                "html",
                "-o",
                page.toString(),
                "--chart",
                dir.resolve("chart-" + language + ".svg").toString()));
    if (what.equals("bilingual")) {
      args.add("--bilingual");
    }
    Run run = Run.hls(args.toArray(String[]::new));
    assertThat(run.exit()).as(run.err()).isZero();
    if (what.equals("chart")) {
      return Files.readString(dir.resolve("chart-" + language + ".svg"), StandardCharsets.UTF_8);
    }
    Files.copy(page, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    return Files.readString(page, StandardCharsets.UTF_8);
  }

  /**
   * What axe-core found on a page: its version, the violations one a line, and any error of its
   * own.
   */
  private record Result(String version, List<String> violations, String error) {}

  private static Result axe(String page, String name) throws IOException, InterruptedException {
    String runner =
        "<script>"
            + Files.readString(AXE, StandardCharsets.UTF_8).replace("</script", "<\\/script")
            + "</script>\n<script>"
            + "function hlsReport(text){var pre=document.createElement('pre');pre.id='axe-result';pre.textContent=text;document.body.appendChild(pre);}"
            + "axe.run(document,{runOnly:{type:'tag',values:"
            + json(TAGS)
            + "},resultTypes:['violations']})"
            + ".then(function(r){hlsReport('version='+axe.version+'\\n'+r.violations.map(function(v){return 'violation='+v.id+' ('+v.impact+'): '+v.help+' at '"
            + "+v.nodes.map(function(n){return n.target.join(' ');}).join('; ');}).join('\\n'));})"
            + ".catch(function(e){hlsReport('error='+e);});</script>\n";
    int body = page.lastIndexOf("</body>");
    Path file = dir.resolve("axe-" + name);
    Files.writeString(
        file, page.substring(0, body) + runner + page.substring(body), StandardCharsets.UTF_8);
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
                "--user-data-dir=" + dir.resolve("profile-" + name),
                "--virtual-time-budget=30000",
                "--dump-dom",
                file.toUri().toString()));
    Process process =
        new ProcessBuilder(command)
            .redirectError(dir.resolve("chromium-" + name + ".log").toFile())
            .start();
    String dom = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
    }
    Matcher m = Pattern.compile("(?s)<pre id=\"axe-result\">(.*?)</pre>").matcher(dom);
    assertThat(m.find())
        .as(
            "axe-core reported on %s; Chromium's log is %s",
            name, dir.resolve("chromium-" + name + ".log"))
        .isTrue();
    String text =
        m.group(1)
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&amp;", "&");
    String version = "";
    String error = "";
    List<String> violations = new ArrayList<>();
    for (String line : text.split("\n")) {
      if (line.startsWith("version=")) {
        version = line.substring("version=".length());
      } else if (line.startsWith("violation=")) {
        violations.add(line.substring("violation=".length()));
      } else if (line.startsWith("error=")) {
        error = line.substring("error=".length());
      }
    }
    return new Result(version, violations, error);
  }

  private static String json(List<String> words) {
    return "[" + String.join(",", words.stream().map(w -> "'" + w + "'").toList()) + "]";
  }
}
