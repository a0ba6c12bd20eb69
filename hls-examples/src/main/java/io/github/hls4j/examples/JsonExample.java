package io.github.hls4j.examples;

import io.github.hls4j.governance.BoardReport;
import io.github.hls4j.governance.GovernanceRules;
import io.github.hls4j.jackson.HlsJson;
import io.github.hls4j.jackson.HlsModule;
import io.github.hls4j.json.InvalidJsonException;
import io.github.hls4j.validation.Profile;
import io.github.hls4j.validation.ValidationResult;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reading and writing hls4j's JSON with Jackson 3: the hardened reader for files from outside, and
 * the module in a mapper of your own. The snippets in docs/json.md are taken from here.
 */
public final class JsonExample {

  private JsonExample() {}

  /**
   * Reads a board report from a file with the hardened reader, or says where it is wrong.
   *
   * @param file the file
   * @return the report written back as JSON, or the place and the problem
   * @throws IOException if the file cannot be opened
   */
  public static String readFromOutside(Path file) throws IOException {
    // snippet: json-hardened
    HlsJson json = HlsJson.create();
    try (InputStream in = Files.newInputStream(file)) {
      BoardReport report = json.read(in, file.toString(), BoardReport.class);
      return json.write(report);
    } catch (InvalidJsonException e) {
      // e.g. report.json:4:18: /meetingDate: BoardReport.meetingDate: expected a date such as
      // 2025-01-15, got "15/01/2025"
      return e.getMessage();
    }
    // end snippet
  }

  /**
   * Writes and reads the Somerset report through a mapper of the application's own.
   *
   * @return the report read back
   */
  public static BoardReport throughYourOwnMapper() {
    // snippet: json-module
    JsonMapper mapper = JsonMapper.builder().addModule(new HlsModule()).build();
    String text = mapper.writeValueAsString(SomersetReport.report());
    BoardReport report = mapper.readValue(text, BoardReport.class);
    // end snippet
    return report;
  }

  /**
   * Writes a report's findings at {@code DECISION_READY} as JSON, as a web service returns them,
   * and reads them back.
   *
   * @param report the report
   * @return the findings read back from their JSON, equal to those written
   */
  public static ValidationResult findingsAsJson(BoardReport report) {
    HlsJson json = HlsJson.create();
    // snippet: json-findings
    ValidationResult result = GovernanceRules.validator(Profile.DECISION_READY).validate(report);
    String text = json.write(result);
    ValidationResult again = json.read(text, "findings.json", ValidationResult.class);
    // end snippet
    return again;
  }
}
