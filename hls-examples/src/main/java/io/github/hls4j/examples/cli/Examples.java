package io.github.hls4j.examples.cli;

import io.github.hls4j.examples.SomersetHealth;
import io.github.hls4j.examples.SomersetLearning;
import io.github.hls4j.examples.SomersetReport;
import io.github.hls4j.examples.SomersetSystem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The examples {@code hls example} prints, as JSON: the data every command of {@code docs/cli.md}
 * and {@code docs/digest.md} runs on. The Somerset models are the example programs' own (the same
 * as hls-json's golden files, byte for byte); the county template is a council's Word layout.
 */
enum Examples {
  SOMERSET("somerset", () -> Hls.json().write(SomersetReport.report())),
  SOMERSET_LEARNING("somerset-learning", () -> Hls.json().write(SomersetLearning.system())),
  SOMERSET_SYSTEM("somerset-system", () -> Hls.json().write(SomersetSystem.system())),
  SOMERSET_HEALTH_AUTUMN("somerset-health-autumn", () -> Hls.json().write(SomersetHealth.autumn())),
  SOMERSET_HEALTH_SPRING("somerset-health-spring", () -> Hls.json().write(SomersetHealth.spring())),
  COUNTY_TEMPLATE("county-template", () -> resource("county-template.json"));

  private final String title;
  private final Supplier<String> json;

  Examples(String title, Supplier<String> json) {
    this.title = title;
    this.json = json;
  }

  /** The name to give {@code hls example}. */
  String title() {
    return title;
  }

  /**
   * The key of what it is, in words, in {@code command.properties}: {@code
   * example.list.somerset-health-autumn}.
   */
  String key() {
    return io.github.hls4j.validation.Phrasebook.key("example", "list", title);
  }

  /** The example as JSON, ending with a line break. */
  String json() {
    String text = json.get();
    return text.endsWith("\n") ? text : text + "\n";
  }

  /** The example with this name, if there is one. */
  static Optional<Examples> named(String name) {
    return Arrays.stream(values()).filter(e -> e.title.equals(name)).findFirst();
  }

  private static String resource(String name) {
    try (InputStream in = Examples.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(
            "the example " + name + " is missing from the command's jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
