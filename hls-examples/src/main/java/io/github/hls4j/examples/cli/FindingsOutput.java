package io.github.hls4j.examples.cli;

import io.github.hls4j.render.FindingsPage;
import io.github.hls4j.render.FindingsText;
import io.github.hls4j.render.Places;
import io.github.hls4j.render.Words;
import io.github.hls4j.text.Printable;
import io.github.hls4j.validation.Phrasebook;
import io.github.hls4j.validation.Profile;
import io.github.hls4j.validation.RuleMessages;
import io.github.hls4j.validation.ValidationResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Help.Ansi;

/**
 * What {@code hls validate} writes for each report, in the language asked for: the findings with
 * their places in words as text, as JSON, or as a findings page for officers.
 */
final class FindingsOutput {

  /** Output formats of {@code validate}. */
  enum Format {
    text,
    json,
    html
  }

  private final Locale locale;
  private final Phrasebook words;
  private final Phrasebook command;
  private final Places places;
  private final List<Page> pages = new ArrayList<>();

  /** The output in {@code locale}. */
  FindingsOutput(Locale locale) {
    this.locale = locale;
    this.words = Words.of(locale);
    this.command = LanguageOption.words(locale);
    this.places = Places.of(words);
  }

  /**
   * The findings of a board report, a learning system or a health round, each with its place in
   * words.
   */
  ValidationResult describe(Object subject, ValidationResult result) {
    return places.describeAll(subject, result);
  }

  /** One file's findings as text: a heading line, then the table with the places. */
  String text(String file, Profile profile, ValidationResult result) {
    return command.format(
            "validate.header", Map.of("file", Printable.oneLine(file), "profile", profile(profile)))
        + " "
        + FindingsText.render(result, locale);
  }

  private String profile(Profile profile) {
    return locale.getLanguage().equals("en")
        ? profile.name()
        : words.find("profile." + profile.name()).orElse(profile.name());
  }

  /**
   * Keeps one file's findings page, to be written by {@link #writePages}, of a document whose own
   * text is in {@code textLanguage}.
   */
  void page(
      String file,
      Object subject,
      String title,
      Profile profile,
      ValidationResult result,
      Locale textLanguage) {
    pages.add(
        new Page(
            file,
            FindingsPage.render(
                subject,
                title,
                result,
                profile,
                words,
                RuleMessages.phrasebook(locale),
                textLanguage)));
  }

  /**
   * Writes the pages: the only one to standard output or to {@code output}; several into the folder
   * {@code output}, each named after its file. Returns a problem to report, or null.
   */
  @Nullable String writePages(@Nullable Path output, java.io.PrintWriter out) throws IOException {
    if (pages.isEmpty()) {
      return null;
    }
    if (pages.size() == 1 && (output == null || !Files.isDirectory(output))) {
      if (output == null) {
        out.print(pages.get(0).html);
      } else {
        Files.writeString(output, pages.get(0).html, StandardCharsets.UTF_8);
      }
      return null;
    }
    if (output == null) {
      return command.format("validate.pagesNeedFolder", Map.of("count", pages.size()));
    }
    Files.createDirectories(output);
    for (Page page : pages) {
      Files.writeString(output.resolve(page.name()), page.html, StandardCharsets.UTF_8);
    }
    return null;
  }

  /**
   * The summary line over every file, such as {@code 1 report, 1 with errors, 0 unreadable: 6
   * errors, 12 warnings, 0 infos}; "documents" rather than "reports" when a learning system or a
   * health round is among them.
   */
  String summary(
      int reports,
      boolean notOnlyReports,
      int withErrors,
      int unreadable,
      int errors,
      int warnings,
      int infos,
      Ansi ansi) {
    String errorText =
        command.format(errors == 1 ? "summary.error" : "summary.errors", Map.of("count", errors));
    String warningText =
        command.format(
            warnings == 1 ? "summary.warning" : "summary.warnings", Map.of("count", warnings));
    return command.format(
        "summary.line",
        Map.of(
            "reports",
                command.format(
                    (notOnlyReports ? "summary.document" : "summary.report")
                        + (reports == 1 ? "" : "s"),
                    Map.of("count", reports)),
            "withErrors", withErrors,
            "unreadable", unreadable,
            "errors", ansi.string(errors > 0 ? "@|bold,red " + errorText + "|@" : errorText),
            "warnings", ansi.string(warnings > 0 ? "@|yellow " + warningText + "|@" : warningText),
            "infos",
                command.format(
                    infos == 1 ? "summary.info" : "summary.infos", Map.of("count", infos))));
  }

  /** A findings page and the input it is of. */
  private record Page(String file, String html) {
    String name() {
      String base =
          Path.of(file.equals("-") ? "standard-input" : file)
              .getFileName()
              .toString()
              .replaceAll("\\.(json|docx)$", "");
      return base + ".findings.html";
    }
  }
}
