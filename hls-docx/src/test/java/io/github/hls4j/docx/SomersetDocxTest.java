package io.github.hls4j.docx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hls4j.governance.BoardReport;
import io.github.hls4j.governance.GovernanceRules;
import io.github.hls4j.governance.Recommendation;
import io.github.hls4j.governance.ReportId;
import io.github.hls4j.validation.Profile;
import io.github.hls4j.validation.ValidationResult;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The hand-made Somerset document reads back as the Somerset report, with the same findings. */
class SomersetDocxTest {

  private static DocxImport read;
  private static BoardReport golden;

  @BeforeAll
  static void read() throws IOException {
    if (Boolean.getBoolean("hls4j.writeFixtures")) {
      SomersetDocument.main(new String[0]);
    }
    read = DocxReader.of(ReportTemplate.somerset()).read(SomersetDocument.FIXTURE);
    golden = SomersetDocument.golden();
  }

  @Test
  void fixture_isTheHandMadeDocument() throws IOException {
    assertThat(entries(Files.readAllBytes(SomersetDocument.FIXTURE)))
        .as("somerset.docx; rewrite it with -Dhls4j.writeFixtures=true")
        .isEqualTo(entries(SomersetDocument.bytes()));
  }

  /** A zip's entries and their contents, which do not depend on the compressor. */
  private static Map<String, String> entries(byte[] zip) throws IOException {
    Map<String, String> entries = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        entries.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    return entries;
  }

  @Test
  void read_somerset_mapsEveryPart() {
    assertThat(read.findings().violations()).isEmpty();
  }

  @Test
  void read_somerset_givesTheFindingsOfTheSomersetModel() {
    var validator = GovernanceRules.validator(Profile.DECISION_READY);
    ValidationResult fromWord = validator.validate(read.report());
    ValidationResult fromJson = validator.validate(golden);

    assertThat(fromWord.violations()).hasSize(18).isEqualTo(fromJson.violations());
    // The document has no owner field: each recommendation's own subject names who carries it out.
    assertThat(fromWord.withRule(GovernanceRules.RECOMMENDATION_UNPLANNED.id()).violations())
        .extracting(v -> v.arguments().get("missing"))
        .containsOnly("by when and when it comes back to the board");
  }

  @Test
  void with_somersetFindings_eachCarriesItsPlaceInTheDocument() {
    ValidationResult located =
        read.with(GovernanceRules.validator(Profile.DECISION_READY).validate(read.report()));

    assertThat(located.violations())
        .hasSize(18)
        .allSatisfy(v -> assertThat(v.location()).as(v.toString()).isPresent());
    assertThat(located.violations())
        .filteredOn(v -> v.path().startsWith("signOffs["))
        .allSatisfy(
            v ->
                assertThat(v.location().get().description())
                    .as(v.toString())
                    .matches("table \\d+, row \\d+, cell \\d+"));
  }

  @Test
  void read_somerset_isTheSomersetModel_butForWhatWordDoesNotHold() {
    BoardReport expected =
        BoardReport.builder()
            .from(golden)
            .id(ReportId.of("somerset"))
            .recommendations(
                golden.recommendations().stream().map(SomersetDocxTest::asWritten).toList())
            .build();

    assertThat(read.report()).isEqualTo(expected);
  }

  /** The document states no recommendation's dependencies or who carries it out. */
  private static Recommendation asWritten(Recommendation r) {
    return Recommendation.builder().number(r.number()).action(r.action()).build();
  }

  @Test
  void read_somerset_takesTheSignOffPromptsAsDateText() {
    assertThat(read.report().signOffs())
        .extracting(s -> s.dateText().orElse(""))
        .isEqualTo(
            List.of(
                "Click or tap to enter a date.",
                "Click or tap to enter a date.",
                "Click or tap to enter a date.",
                "Click or tap to enter a date.",
                "Click or tap to enter a date."));
  }
}
