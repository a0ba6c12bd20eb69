package io.github.hls4j.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.hls4j.governance.GovernanceRules;
import io.github.hls4j.validation.Profile;
import io.github.hls4j.validation.Violation;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The four councils' templates, with their headings, cover-sheet roles, tick tables and dependency
 * phrases, never make the reader throw either: the random bodies of {@link
 * ArbitraryDocumentPropertiesTest}, read with each of them, give a report and import findings.
 */
class CouncilTemplatesPropertiesTest {

  private static final int EXAMPLES = Integer.getInteger("hls4j.examples", 150);

  /** Drafting writes and reads a template for each example: fewer, by default. */
  private static final int DRAFTS = Math.max(1, EXAMPLES / 3);

  private static final List<ReportTemplate> TEMPLATES =
      List.of("cabinet", "committee", "hwb", "numbered").stream()
          .map(CouncilLayouts::template)
          .toList();

  @Test
  void read_anyBodyWithACouncilsTemplate_neverThrows_andValidationNeverThrows() {
    qt().withExamples(EXAMPLES)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              byte[] docx = ArbitraryDocumentPropertiesTest.document(new SplittableRandom(seed));
              ReportTemplate template = TEMPLATES.get(Math.floorMod(seed, TEMPLATES.size()));
              DocxImport read;
              try {
                read =
                    DocxReader.of(template).read(new ByteArrayInputStream(docx), "arbitrary.docx");
              } catch (UnreadableDocumentException e) {
                assertThat(e.problem()).contains("nests");
                return;
              }
              assertThat(read.findings().violations())
                  .extracting(Violation::rule)
                  .allMatch(r -> r.namespace().equals("import"));
              GovernanceRules.validator(Profile.PUBLISHED).validate(read.report());
            });
  }

  @Test
  void draft_anyBody_neverThrows_andGivesATemplateThatReadsIt() {
    qt().withExamples(DRAFTS)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              byte[] docx = ArbitraryDocumentPropertiesTest.document(new SplittableRandom(seed));
              TemplateDraft draft;
              try {
                draft = TemplateDraft.of(new ByteArrayInputStream(docx), "arbitrary.docx");
              } catch (UnreadableDocumentException e) {
                assertThat(e.problem()).contains("nests");
                return;
              }
              ReportTemplate again =
                  ReportTemplate.read(
                      new ByteArrayInputStream(
                          draft.json().getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                      "draft.json");
              assertThat(again).isEqualTo(draft.template());
              DocxReader.of(again).read(new ByteArrayInputStream(docx), "arbitrary.docx");
            });
  }
}
