package io.github.hls4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hls4j.governance.BoardReport;
import io.github.hls4j.governance.DecisionOutcome;
import io.github.hls4j.governance.ImpactAssessment;
import io.github.hls4j.governance.ImplicationArea;
import io.github.hls4j.governance.Paragraph;
import io.github.hls4j.governance.ReportSection;
import io.github.hls4j.governance.SectionKind;
import io.github.hls4j.governance.SignOffRoleKind;
import io.github.hls4j.governance.SourceKind;
import io.github.hls4j.health.StakeholderGroup;
import io.github.hls4j.health.SystemBehaviour;
import io.github.hls4j.learning.LearningPhase;
import io.github.hls4j.learning.RecordKind;
import io.github.hls4j.render.HtmlRenderer;
import io.github.hls4j.stewardship.BarrierKind;
import io.github.hls4j.stewardship.BarrierLevel;
import io.github.hls4j.stewardship.SystemScale;
import io.github.hls4j.system.LearningSystem;
import io.github.hls4j.validation.RuleCatalog;
import io.github.hls4j.validation.RuleDescriptor;
import io.github.hls4j.validation.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A publication-mode page goes straight into an agenda pack: no rule id, no model id, no enum
 * constant.
 */
class PublicationPagesTest {

  static final List<Class<? extends Enum<?>>> ENUMS =
      List.of(
          SectionKind.class,
          ImplicationArea.class,
          ImpactAssessment.class,
          DecisionOutcome.class,
          SignOffRoleKind.class,
          SourceKind.class,
          BarrierKind.class,
          BarrierLevel.class,
          LearningPhase.class,
          RecordKind.class,
          SystemScale.class,
          StakeholderGroup.class,
          SystemBehaviour.class,
          Severity.class);

  /** Constants that are also words a page writes: "NHS", "HR". */
  static final List<String> WORDS = List.of("NHS", "HR", "VCFSE");

  static List<String> modelIds(LearningSystem system, BoardReport report) {
    List<String> ids = new ArrayList<>();
    ids.add(report.id().value());
    ids.add(report.board().id().value());
    report.board().committeesInCommon().forEach(c -> ids.add(c.id().value()));
    report.recommendations().forEach(r -> r.basedOn().forEach(s -> ids.add(s.id())));
    report.strategyAlignments().forEach(a -> a.links().forEach(l -> ids.add(l.priority().value())));
    system.escalations().forEach(e -> ids.add(e.id().value()));
    system.cycles().forEach(c -> ids.add(c.id().value()));
    system.stewards().forEach(s -> ids.add(s.id().value()));
    system.parties().forEach(p -> ids.add(p.id().value()));
    // Ids of one word ("spending", "silos") are words too; an id with a hyphen is the model's
    // alone.
    return ids.stream().filter(id -> id.contains("-")).distinct().toList();
  }

  static void assertPublishable(String html, List<String> ids) {
    // The style sheet names its classes, not the page's words.
    String page = html.replaceAll("(?s)<style>.*?</style>", "");
    for (RuleDescriptor d : RuleCatalog.builtIn().descriptors()) {
      assertThat(page).as("rule id").doesNotContain(d.id().toString());
    }
    for (String id : ids) {
      assertThat(page).as("model id").doesNotContain(id);
    }
    for (Class<? extends Enum<?>> type : ENUMS) {
      for (Enum<?> constant : type.getEnumConstants()) {
        if (!WORDS.contains(constant.name())) {
          assertThat(Pattern.compile("\\b" + constant.name() + "\\b").matcher(page).find())
              .as("enum constant %s.%s", type.getSimpleName(), constant.name())
              .isFalse();
        }
      }
    }
    assertThat(page).doesNotContain("<aside").doesNotContain("&lt;#&gt;");
  }

  @Test
  void publication_ofTheSomersetReport_showsNoRuleIdModelIdOrEnumConstant() {
    BoardReport report = SomersetReport.report();

    assertPublishable(
        HtmlRenderer.publication(report), modelIds(SomersetLearning.system(), report));
  }

  @Test
  void publication_ofTheSomersetDigest_showsNoRuleIdModelIdOrEnumConstant() {
    BoardReport paper = SomersetDigest.paper();

    assertPublishable(HtmlRenderer.publication(paper), modelIds(SomersetLearning.system(), paper));
  }

  @Test
  void publication_ofEveryBuiltInSectionKind_showsNoRuleIdModelIdOrEnumConstant() {
    BoardReport report = SomersetReport.report();
    List<ReportSection> sections =
        Stream.of(SectionKind.values())
            .map(
                kind ->
                    ReportSection.builder()
                        .number(kind.ordinal() + 1)
                        .heading("Heading " + (kind.ordinal() + 1))
                        .kind(kind)
                        .addParagraphs(
                            Paragraph.builder()
                                .number((kind.ordinal() + 1) + ".1")
                                .addText("A paragraph.")
                                .build())
                        .build())
            .toList();
    BoardReport everyKind = BoardReport.builder().from(report).sections(sections).build();

    String page = HtmlRenderer.publication(everyKind);

    assertPublishable(page, modelIds(SomersetLearning.system(), everyKind));
    assertThat(page).contains("Heading " + SectionKind.values().length);
  }

  @Test
  void
      publication_ofTheTrialsCommitteesInCommon_namesNoUnknownCommitteeById_andLeavesEmptyPartsOut() {
    BoardReport report = TrialDigestTest.read("r6-committees-in-common.json", BoardReport.class);

    String page = HtmlRenderer.publication(report);

    assertThat(page)
        .doesNotContain("anyshire-scrutiny")
        .contains("a committee the report does not name");
    assertPublishable(page, modelIds(LearningSystem.builder().place("Anyshire").build(), report));
    assertNoEmptyHeading(page, report);
  }

  @Test
  void publication_ofTheTrialsSignOffs_leavesWordPromptsAndEmptyPartsOut() {
    BoardReport report = TrialDigestTest.read("r4-signoffs.json", BoardReport.class);

    String page = HtmlRenderer.publication(report);

    assertThat(page).doesNotContain("Click or tap");
    assertThat(HtmlRenderer.render(report)).contains("Click or tap to enter a date.");
    assertNoEmptyHeading(page, report);
  }

  private static void assertNoEmptyHeading(String page, BoardReport report) {
    if (report.reasons().isEmpty()) {
      assertThat(page).doesNotContain("Reasons for recommendations");
    }
    if (report.strategyAlignments().isEmpty()) {
      assertThat(page).doesNotContain("Links to strategy priorities");
    }
    assertThat(Pattern.compile("</h2>\\s*<h2").matcher(page).find())
        .as("a heading with nothing under it")
        .isFalse();
  }
}
