package io.github.hls4j.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.hls4j.governance.BoardReport;
import io.github.hls4j.governance.EqualitiesStatement;
import io.github.hls4j.governance.Implication;
import io.github.hls4j.governance.Recommendation;
import io.github.hls4j.governance.ReportSection;
import io.github.hls4j.governance.RiskAssessment;
import io.github.hls4j.governance.SectionKind;
import io.github.hls4j.party.PartyId;
import io.github.hls4j.party.Person;
import io.github.hls4j.strategy.AlignmentLink;
import io.github.hls4j.strategy.Priority;
import io.github.hls4j.strategy.Strategy;
import io.github.hls4j.strategy.StrategyAlignment;
import io.github.hls4j.testing.ReportGenerator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Generated report → .docx → read back: the same report, up to what the layout does not hold (the
 * normalisations of {@code docs/word.md}), and no import findings.
 */
class RoundTripPropertiesTest {

  private static final int EXAMPLES = Integer.getInteger("hls4j.examples", 60);

  @Test
  void writeThenRead_givesTheNormalisedReport() {
    qt().withExamples(EXAMPLES)
        .forAll(longs().all())
        .assuming(
            seed -> distinctPriorityTitles(ReportGenerator.validReport(new SplittableRandom(seed))))
        .checkAssert(
            seed -> {
              BoardReport report = ReportGenerator.validReport(new SplittableRandom(seed));
              ReportTemplate template = templateFor(report);

              DocxImport read = roundTrip(report, template);

              assertThat(read.findings().violations()).isEmpty();
              assertThat(read.report()).isEqualTo(normalised(report, template));
            });
  }

  @Test
  void writeThenRead_theSomersetReportThroughItsOwnTemplate() throws Exception {
    BoardReport somerset = SomersetDocument.golden();

    DocxImport read = roundTrip(somerset, ReportTemplate.somerset());

    assertThat(read.findings().violations()).isEmpty();
    assertThat(read.report()).isEqualTo(normalised(somerset, ReportTemplate.somerset()));
  }

  static DocxImport roundTrip(BoardReport report, ReportTemplate template) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    DocxWriter.of(template).write(report, out);
    return DocxReader.of(template)
        .read(new ByteArrayInputStream(out.toByteArray()), "written.docx");
  }

  private static boolean distinctPriorityTitles(BoardReport report) {
    List<String> titles =
        report.strategyAlignments().get(0).strategy().priorities().stream()
            .map(Priority::title)
            .toList();
    return titles.stream().distinct().count() == titles.size();
  }

  /** Somerset's template with a row for the generated report's strategy. */
  static ReportTemplate templateFor(BoardReport report) {
    ReportTemplate s = ReportTemplate.somerset();
    List<ReportTemplate.StrategyRow> rows =
        report.strategyAlignments().stream()
            .map(
                a ->
                    new ReportTemplate.StrategyRow(
                        List.of("Links to " + a.strategy().title()), a.strategy()))
            .toList();
    return new ReportTemplate(
        s.name(),
        report.board(),
        s.header(),
        s.layout(),
        rows,
        s.prompts(),
        s.implicationAreas(),
        s.impactAssessment(),
        s.sections(),
        s.backgroundPapers(),
        s.paperLeadIns(),
        s.signOff());
  }

  /** The report as the layout holds it: the normalisations listed in docs/word.md. */
  static BoardReport normalised(BoardReport r, ReportTemplate template) {
    BoardReport.Builder b =
        BoardReport.builder()
            .from(r)
            .board(template.board())
            .leadOfficer(person(r.leadOfficer()))
            .author(person(r.author()))
            .recommendations(
                r.recommendations().stream()
                    .map(
                        x -> Recommendation.builder().number(x.number()).action(x.action()).build())
                    .toList());
    List<StrategyAlignment> alignments = new ArrayList<>();
    for (ReportTemplate.StrategyRow row : template.strategyRows()) {
      r.strategyAlignments().stream()
          .filter(a -> a.strategy().id().equals(row.strategy().id()))
          .findFirst()
          .ifPresent(
              a -> {
                Strategy strategy = row.strategy();
                List<AlignmentLink> links =
                    strategy.priorities().stream()
                        .filter(p -> a.link(p.id()).isPresent())
                        .map(p -> AlignmentLink.to(p.id()))
                        .toList();
                if (!links.isEmpty() || a.statement().isPresent()) {
                  alignments.add(
                      StrategyAlignment.builder()
                          .strategy(strategy)
                          .links(links)
                          .statement(a.statement())
                          .build());
                }
              });
    }
    b.strategyAlignments(alignments);
    if (!r.implications().isEmpty()) {
      b.implications(
          List.of(
              Implication.builder()
                  .areas(template.implicationAreas())
                  .statement(
                      String.join(
                          "\n", r.implications().stream().map(Implication::statement).toList()))
                  .build()));
    }
    r.equalities()
        .ifPresent(
            e -> {
              String statement = e.statement().orElse("");
              List<String> said = template.impactAssessment().get(e.impactAssessment());
              if (!Labels.mentions(statement, said)) {
                statement =
                    (statement.isEmpty() ? "" : statement + "\n")
                        + "An equalities impact assessment "
                        + said.get(0)
                        + ".";
              }
              b.equalities(
                  EqualitiesStatement.builder()
                      .impactAssessment(e.impactAssessment())
                      .statement(statement)
                      .build());
            });
    r.riskAssessment()
        .ifPresent(
            risk -> {
              List<String> lines = new ArrayList<>(List.of(risk.statement()));
              lines.addAll(risk.risks());
              b.riskAssessment(
                  RiskAssessment.builder().statement(String.join("\n", lines)).build());
            });
    b.sections(
        r.sections().stream()
            .map(
                s ->
                    ReportSection.builder()
                        .from(s)
                        .kind(template.sectionKind(s.heading()).orElse(SectionKind.OTHER))
                        .build())
            .toList());
    return b.build();
  }

  private static Person person(Person p) {
    Person.Builder person =
        Person.builder().id(PartyId.of(ReportMapper.slug(p.name(), "person"))).name(p.name());
    p.roleTitle().ifPresent(person::roleTitle);
    return person.build();
  }
}
