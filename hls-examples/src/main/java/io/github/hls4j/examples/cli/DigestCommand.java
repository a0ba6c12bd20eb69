package io.github.hls4j.examples.cli;

import io.github.hls4j.examples.cli.CommonOptions.OutputOption;
import io.github.hls4j.examples.cli.CommonOptions.TemplateOption;
import io.github.hls4j.examples.cli.Sources.UnreadableInput;
import io.github.hls4j.digest.LearningDigest;
import io.github.hls4j.docx.ReportTemplate;
import io.github.hls4j.governance.BoardId;
import io.github.hls4j.governance.BoardReport;
import io.github.hls4j.health.HealthRound;
import io.github.hls4j.json.InvalidJsonException;
import io.github.hls4j.party.PartyId;
import io.github.hls4j.party.Person;
import io.github.hls4j.system.LearningSystem;
import io.github.hls4j.validation.Printable;
import io.github.hls4j.validation.Profile;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code hls digest}: drafts a board's learning digest from a learning system. */
@Command(
    name = "digest",
    mixinStandardHelpOptions = true,
    description = "Drafts a board's learning digest from a learning system held as JSON: what was learned in a period, the barriers at the board's level, what is overdue, health, gaps, and recommendations tied to their sources.")
final class DigestCommand implements Callable<Integer> {
  @Spec private CommandLine.Model.CommandSpec spec;

  @Option(names = "--board", required = true, paramLabel = "ID", description = "The board the paper goes to, by id.")
  String board = "";

  @Option(names = "--since", required = true, paramLabel = "DATE", description = "The first day of the period, such as 2025-01-01.")
  LocalDate since = LocalDate.MIN;

  @Option(names = "--until", paramLabel = "DATE", description = "The last day of the period (default: today).")
  @Nullable LocalDate until;

  @Option(names = "--meeting", paramLabel = "DATE", description = "The date of the meeting the paper goes to: what is overdue, and report-back dates, count from it.")
  @Nullable LocalDate meeting;

  @Option(names = "--publication", description = "An html page to publish: no findings beside it and no model ids.")
  boolean publication;

  @Option(names = "--health", paramLabel = "FILE", description = "A health round as JSON; give it again for each round, oldest first. The last two are compared.")
  List<String> health = new ArrayList<>();

  @Option(names = "--lead-officer", paramLabel = "NAME", defaultValue = "Lead officer (to be named)", description = "The officer the paper goes out under, as \"Name / Role\" (default: ${DEFAULT-VALUE}).")
  String leadOfficer = "Lead officer (to be named)";

  @Option(names = "--format", defaultValue = "markdown", description = "markdown, html, json or docx (default: ${DEFAULT-VALUE}).")
  DigestFormat format = DigestFormat.markdown;

  @Mixin TemplateOption template = new TemplateOption();

  @Mixin OutputOption output = new OutputOption();

  @Mixin LanguageOption language = new LanguageOption();

  @Option(names = "--chart", paramLabel = "FILE", description = "Where to write the latest health round's chart, as SVG, to go beside the paper.")
  @Nullable Path chart;

  @Parameters(paramLabel = "FILE", description = "A learning system as JSON; - reads standard input.")
  String file = "-";

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    LearningDigest digest;
    ReportTemplate layout;
    try {
      LearningSystem system = Sources.readJson(file, LearningSystem.class);
      List<HealthRound> rounds = new ArrayList<>();
      for (String round : health) {
        rounds.add(Sources.readJson(round, HealthRound.class));
      }
      layout = template.template();
      LearningDigest.Builder builder = LearningDigest.builder(system, BoardId.of(board))
          .since(since)
          .leadOfficer(person(leadOfficer))
          .healthRounds(rounds.toArray(HealthRound[]::new));
      if (until != null) {
        builder.until(until);
      }
      if (meeting != null) {
        builder.meeting(meeting);
      }
      digest = builder.build();
    } catch (UnreadableInput | InvalidJsonException e) {
      err.println("hls: " + Printable.oneLine(String.valueOf(e.getMessage())));
      err.flush();
      return ExitCode.UNREADABLE_INPUT.code();
    } catch (IllegalArgumentException e) {
      // what the options give: the board's id, the lead officer, the period
      err.println("hls: " + Printable.oneLine(String.valueOf(e.getMessage())));
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
      err.println("hls: " + Printable.oneLine(chart.toString()) + ": no chart written: the chart is of the latest health round, and --health names none");
      err.flush();
      chartWritten = ExitCode.USAGE.code();
    }
    return Math.max(chartWritten, Papers.write(spec, paper, format.paper(), layout, output.file, Profile.DECISION_READY, publication, language.locale(),
        language.locale()));
  }

  /** A person from "Name / Role", with an id made from the name. */
  private static Person person(String text) {
    int slash = text.indexOf(" / ");
    String name = (slash < 0 ? text : text.substring(0, slash)).strip();
    Person.Builder person = Person.builder().id(PartyId.of(slug(name))).name(name);
    if (slash >= 0 && !text.substring(slash + 3).isBlank()) {
      person.roleTitle(text.substring(slash + 3).strip());
    }
    return person.build();
  }

  private static String slug(String name) {
    String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
    return slug.isEmpty() ? "lead-officer" : slug;
  }
}
