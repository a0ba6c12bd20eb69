package io.github.hls4j.examples.cli;

import io.github.hls4j.digest.LearningDigest;
import io.github.hls4j.docx.ReportTemplate;
import io.github.hls4j.examples.cli.CommonOptions.OutputOption;
import io.github.hls4j.examples.cli.CommonOptions.TemplateOption;
import io.github.hls4j.examples.cli.Sources.UnreadableInput;
import io.github.hls4j.governance.BoardId;
import io.github.hls4j.governance.BoardReport;
import io.github.hls4j.health.HealthRound;
import io.github.hls4j.json.InvalidJsonException;
import io.github.hls4j.party.PartyId;
import io.github.hls4j.party.Person;
import io.github.hls4j.render.HtmlRenderer;
import io.github.hls4j.system.LearningSystem;
import io.github.hls4j.text.Printable;
import io.github.hls4j.validation.Profile;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code hls digest}: drafts a board's learning digest from a learning system. */
@Command(
    name = "digest",
    mixinStandardHelpOptions = true,
    description =
        "Drafts a board's learning digest from a learning system held as JSON: what was learned in a period, the barriers at the board's level, what is overdue, health, gaps, and recommendations tied to their sources.")
final class DigestCommand implements Callable<Integer> {
  @Spec private CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--board",
      required = true,
      paramLabel = "ID",
      description = "The board the paper goes to, by id.")
  String board = "";

  @Option(
      names = "--since",
      required = true,
      paramLabel = "DATE",
      description = "The first day of the period, such as 2025-01-01.")
  LocalDate since = LocalDate.MIN;

  @Option(
      names = "--until",
      paramLabel = "DATE",
      description = "The last day of the period (default: today).")
  @Nullable LocalDate until;

  @Option(
      names = "--meeting",
      paramLabel = "DATE",
      description =
          "The date of the meeting the paper goes to: what is overdue, and report-back dates, count from it.")
  @Nullable LocalDate meeting;

  @Option(
      names = "--publication",
      description =
          "An html page or Word document to publish: no findings beside it, no model ids, every enum in words.")
  boolean publication;

  @Option(
      names = "--bilingual",
      description =
          "An html page to publish with the paper in Welsh and in English side by side, Welsh on the left.")
  boolean bilingual;

  @Option(
      names = "--health",
      paramLabel = "FILE",
      description =
          "A health round as JSON; give it again for each round, oldest first. The last two are compared.")
  List<String> health = new ArrayList<>();

  @Option(
      names = "--lead-officer",
      paramLabel = "NAME",
      description =
          "The officer the paper goes out under, as \"Name / Role\" (default: Lead officer (to be named), in the paper's language).")
  @Nullable String leadOfficer;

  @Option(
      names = "--format",
      defaultValue = "markdown",
      description = "markdown, html, json or docx (default: ${DEFAULT-VALUE}).")
  DigestFormat format = DigestFormat.markdown;

  @Mixin TemplateOption template = new TemplateOption();

  @Mixin OutputOption output = new OutputOption();

  @Mixin LanguageOption language = new LanguageOption();

  @Mixin TextLanguageOption textLanguage = new TextLanguageOption();

  @Option(
      names = "--chart",
      paramLabel = "FILE",
      description =
          "Where to write the latest health round's chart, as SVG, to go beside the paper.")
  @Nullable Path chart;

  @Parameters(
      paramLabel = "FILE",
      description = "A learning system as JSON; - reads standard input.")
  String file = "-";

  /** Where today's date comes from, for a meeting given without {@code --until}. */
  Clock clock = Clock.systemDefaultZone();

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    if (publication && format != DigestFormat.html && format != DigestFormat.docx) {
      return Options.usage(
          spec,
          "--publication writes an html page or a Word document to publish: give it with --format html or docx");
    }
    if (meeting != null && meeting.isBefore(until != null ? until : LocalDate.now(clock))) {
      return Options.usage(
          spec,
          "--meeting ("
              + meeting
              + ") is before the end of the period, "
              + (until != null
                  ? "--until (" + until + ")"
                  : "today (" + LocalDate.now(clock) + ") when --until is not given")
              + ": the meeting the paper goes to must come after the period it covers");
    }
    LearningDigest digest;
    ReportTemplate layout;
    try {
      LearningSystem system = Sources.readJson(file, LearningSystem.class);
      if (system.board(BoardId.of(board)).isEmpty()) {
        return Options.usage(
            spec,
            "--board "
                + Printable.oneLine(board)
                + ": "
                + Printable.oneLine(name(file))
                + " holds no such board; its boards are "
                + boards(system));
      }
      List<HealthRound> rounds = new ArrayList<>();
      for (String round : health) {
        rounds.add(Sources.readJson(round, HealthRound.class));
      }
      layout = template.template();
      String officer =
          leadOfficer != null ? leadOfficer : language.words().phrase("digest.leadOfficer");
      Person lead = person(officer);
      if (lead == null) {
        return Options.usage(
            spec,
            "--lead-officer ("
                + Printable.oneLine(officer)
                + ") must give the officer's name, as \"Name / Role\"");
      }
      LearningDigest.Builder builder =
          LearningDigest.builder(system, BoardId.of(board))
              .since(since)
              .leadOfficer(lead)
              .recordsLanguage(textLanguage.locale())
              .healthRounds(rounds.toArray(HealthRound[]::new));
      if (until != null) {
        builder.until(until);
      }
      if (meeting != null) {
        builder.meeting(meeting);
      }
      digest = builder.build();
    } catch (UnreadableInput | InvalidJsonException e) {
      err.println("hls: " + Printable.oneLine(Sources.problem(e, language.locale())));
      err.flush();
      return ExitCode.UNREADABLE_INPUT.code();
    } catch (IllegalArgumentException e) {
      // what the options give: the board's id, the lead officer, the period
      err.println("hls: " + Printable.oneLine(String.valueOf(e.getMessage())));
      err.flush();
      return ExitCode.USAGE.code();
    }
    if (bilingual && format != DigestFormat.html) {
      err.println("hls: " + language.words().phrase("digest.bilingualNeedsHtml"));
      err.flush();
      return ExitCode.USAGE.code();
    }
    BoardReport paper = digest.draft(language.locale());
    int chartWritten = ExitCode.OK.code();
    if (chart != null && digest.healthChart().isPresent()) {
      try {
        Files.writeString(chart, digest.healthChart().get(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        chartWritten = Options.cannotWrite(spec, chart, e);
      }
    } else if (chart != null) {
      err.println(
          "hls: "
              + language
                  .words()
                  .format(
                      "digest.noChart",
                      java.util.Map.of("file", Printable.oneLine(chart.toString()))));
      err.flush();
      chartWritten = ExitCode.USAGE.code();
    }
    if (bilingual) {
      Locale welsh = Locale.forLanguageTag("cy");
      return Math.max(
          chartWritten,
          Papers.writeText(
              spec,
              HtmlRenderer.bilingual(
                  digest.draft(welsh),
                  welsh,
                  digest.draft(Locale.ENGLISH),
                  Locale.ENGLISH,
                  digest.quotations()),
              output.file));
    }
    return Math.max(
        chartWritten,
        Papers.write(
            spec,
            file,
            template.file,
            paper,
            format.paper(),
            layout,
            output.file,
            Profile.DECISION_READY,
            publication,
            language.locale(),
            language.locale(),
            digest.sourceNames(),
            digest.quotations()));
  }

  /**
   * A person from "Name / Role" (the role after the first slash), with an id made from the name;
   * null when the name is blank.
   */
  static @Nullable Person person(String text) {
    int slash = text.indexOf('/');
    String name = (slash < 0 ? text : text.substring(0, slash)).strip();
    if (name.isEmpty()) {
      return null;
    }
    Person.Builder person = Person.builder().id(PartyId.of(slug(name))).name(name);
    if (slash >= 0 && !text.substring(slash + 1).isBlank()) {
      person.roleTitle(text.substring(slash + 1).strip());
    }
    return person.build();
  }

  /**
   * The boards a system holds, by id, for a message: {@code somerset-board,
   * health-and-wellbeing-board}.
   */
  private static String boards(LearningSystem system) {
    Set<String> ids = new LinkedHashSet<>();
    system.boards().forEach(b -> ids.add(b.id().value()));
    system.reports().forEach(r -> ids.add(r.board().id().value()));
    return ids.isEmpty() ? "none" : Printable.oneLine(String.join(", ", ids));
  }

  private static String name(String file) {
    return file.equals("-") ? "standard input" : file;
  }

  private static String slug(String name) {
    String slug =
        name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
    return slug.isEmpty() ? "lead-officer" : slug;
  }
}
